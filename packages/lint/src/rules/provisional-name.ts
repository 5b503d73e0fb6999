import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

const PROVISIONAL = /[（(]\s*仮称\s*[）)]/;

export default createRule({
  meta: {
    id: 'provisional-name',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '「(仮称)」のままの指標名', en: 'an indicator named with a provisional (仮称) name' },
    docs: docsPath('lint', 'provisional-name'),
    messages: defineMessages({
      provisional: {
        ja: (d: { indicator: string }) => `指標「${d.indicator}」の名前に「(仮称)」が残っています。名称が決まらないままでは、実績をどの事業のものとして数えるかが定まりません`,
        en: (d: { indicator: string }) => `the indicator "${d.indicator}" still carries a provisional (仮称) name; what its actuals count is not settled`,
        hint: { ja: () => '正式な名称に置き換えてください（決まっていなければ、決まる時期を注記します）。', en: () => 'Use the settled name (or note when it will be settled).' },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const m = PROVISIONAL.exec(ind.name);
        if (!m) return;
        const range = ctx.planSource.stringRange([...path, 'name'], m.index, m.index + m[0].length);
        ctx.report({ messageId: 'provisional', data: { indicator: quote(ind.name, 30) }, path: [...path, 'name'], ...(range ? { range } : {}) });
      },
    };
  },
});
