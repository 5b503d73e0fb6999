import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

const TITLE_KEYS = new Set(['title', 'name', 'heading', 'subtitle']);

export default createRule({
  meta: {
    id: 'title-trailing-punctuation',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '読点・句点で終わる見出し・名称（「…強化、」「…推進。」）', en: 'a title or name ending in a comma or a full stop (「…強化、」, 「…推進。」)' },
    docs: docsPath('lint', 'title-trailing-punctuation'),
    messages: defineMessages({
      trailing: {
        ja: (d: { text: string; mark: string }) => `見出し・名称「${d.text}」が「${d.mark}」で終わっています。続きが欠けていませんか`,
        en: (d: { text: string; mark: string }) => `the title "${d.text}" ends in "${d.mark}": is something missing after it?`,
        hint: { ja: () => '原典で続きの語句を確認し、補うか読点を除いてください。', en: () => 'Check the source for the rest, then complete it or drop the comma.' },
      },
      period: {
        ja: (d: { text: string; mark: string }) => `見出し・名称「${d.text}」が句点「${d.mark}」で終わっています。見出しや名称には句点を付けません`,
        en: (d: { text: string; mark: string }) => `the title "${d.text}" ends in a full stop "${d.mark}"; titles and names take none`,
        hint: { ja: () => '末尾の句点を除いてください（原典の誤りなら、公表前に原典も直します）。', en: () => 'Drop the full stop (and in the source, before publishing).' },
      },
    }),
  },
  create(ctx) {
    return {
      string(s) {
        if (s.progress || !TITLE_KEYS.has(s.key) || s.kind !== 'prose') return;
        const m = /[、，,。．｡]\s*$/.exec(s.value);
        if (!m) return;
        const mark = m[0].trim();
        const range = ctx.planSource.stringRange(s.path, m.index, m.index + 1);
        ctx.report({ messageId: /[。．｡]/.test(mark) ? 'period' : 'trailing', data: { text: quote(s.value, 30), mark }, path: s.path, ...(range ? { range } : {}) });
      },
    };
  },
});
