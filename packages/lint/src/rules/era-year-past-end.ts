import { formatFiscalYear } from '@keikaku/schema';
import { defineMessages, quote } from '@keikaku/core';
import { createRule, docsPath } from '../rule.js';
import { textStrings } from '../strings.js';
import { ERA_LAST, eraOfFiscalYear, findPastEraEnd } from '../text/era.js';
import { modulesOf } from '../util.js';

type D = { text: string; era: string; last: number; means: string };
export default createRule({
  meta: {
    id: 'era-year-past-end',
    defaultSeverity: 'error',
    group: 'defect',
    description: { ja: '終わった元号の年（平成32年度）', en: 'a year of an era that had already ended (平成32年度)' },
    docs: docsPath('era-year-past-end'),
    messages: defineMessages({
      past: {
        ja: (d: D) => `「${d.text}」は存在しない年です（${d.era}は${d.last}年まで）。${d.means}のことです`,
        en: (d: D) => `"${d.text}" does not exist (${d.era} ended in its year ${d.last}); it means ${d.means}`,
        hint: {
          ja: () => '改元前に書かれた計画の年度は、新しい元号で書き直してください（平成32年度 → 令和2年度）。原典どおりに残すなら printedYear() の記録であることを確認してください。',
          en: () => 'Rewrite it in the new era (平成32年度 → 令和2年度); a printedYear() keeps the printed form as a record.',
        },
      },
    }),
  },
  create(ctx) {
    for (const { doc, source } of modulesOf(ctx)) {
      for (const s of textStrings(doc)) {
        for (const h of findPastEraEnd(s.value)) {
          const range = source.stringRange(s.path, h.start, h.end);
          const e = eraOfFiscalYear(h.western);
          const means = h.fiscal ? formatFiscalYear(h.western) : `${h.western}年${e ? `（${e.era}${e.n}年）` : ''}`;
          ctx.report({ messageId: 'past', data: { text: quote(h.text, 20), era: h.era, last: ERA_LAST[h.era]!, means }, path: s.path, source, ...(range ? { range } : {}) });
        }
      }
    }
  },
});
