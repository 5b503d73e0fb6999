import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

/** A name that ends on a change or a time series (…の増加, …の推移) names an aim or a chart, not a quantity. */
/** Matched against the name with its trailing spaces trimmed, so one `\s*` suffices (linear; issue 14). */
const CHANGE = /(?:の)?(推移|増加|減少)(?:\s*[（(][^）)]*[）)])?$/;

type D = { indicator: string; word: string };
export default createRule({
  meta: {
    id: 'name-not-a-measure',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '測る量ではなく変化や推移を名指す指標名（「…数の増加」「…の推移」）', en: 'an indicator name that names a change or a series, not a quantity (…の増加, …の推移)' },
    docs: docsPath('lint', 'name-not-a-measure'),
    messages: defineMessages({
      change: {
        ja: (d: D) => `指標名「${d.indicator}」は「${d.word}」で終わり、測る量ではなく目指す変化や推移を名指しています`,
        en: (d: D) => `the indicator name "${d.indicator}" ends on ${d.word}: it names a change or a series, not the quantity measured`,
        hint: {
          ja: () => '測る量を名前にし（「登録ボランティア数」）、増やす・減らすは direction に書いてください。',
          en: () => 'Name the quantity (登録ボランティア数) and put the aim (increase, decrease) in direction.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const m = CHANGE.exec(ind.name.trimEnd());
        if (!m) return;
        ctx.report({ messageId: 'change', data: { indicator: quote(ind.name, 30), word: m[1]! }, path: [...path, 'name'] });
      },
    };
  },
});
