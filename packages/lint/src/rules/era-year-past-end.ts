import { formatFiscalYear } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';
import { ERA_LAST, eraOfFiscalYear, findPastEraEnd } from '../text/era.js';

type D = { text: string; era: string; last: number; means: string };
export default createRule({
  meta: {
    id: 'era-year-past-end',
    defaultSeverity: 'error',
    group: 'defect',
    description: { ja: '終わった元号の年（平成32年度）', en: 'a year of an era that had already ended (平成32年度)' },
    docs: docsPath('lint', 'era-year-past-end'),
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
    return {
      string: matchStrings(ctx, (text) =>
        findPastEraEnd(text).map((h) => {
          const e = eraOfFiscalYear(h.western);
          const means = h.fiscal ? formatFiscalYear(h.western) : `${h.western}年${e ? `（${e.era}${e.n}年）` : ''}`;
          return { start: h.start, end: h.end, messageId: 'past' as const, data: { text: quote(h.text, 20), era: h.era, last: ERA_LAST[h.era]!, means } };
        }),
      ),
    };
  },
});
