import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';
import { findEraAbbreviations } from '../text/era.js';

type D = { text: string; suggest: string };
export default createRule({
  meta: {
    id: 'era-abbreviation',
    defaultSeverity: 'warning',
    group: 'defect',
    fixable: true,
    description: { ja: '元号の略記（H27年度、R４、H27.10月）', en: 'an era abbreviated to its initial (H27年度, R４, H27.10月)' },
    docs: docsPath('lint', 'era-abbreviation'),
    messages: defineMessages({
      abbreviated: {
        ja: (d: D) => `「${d.text}」は元号の略記です。「${d.suggest}」と書いてください`,
        en: (d: D) => `"${d.text}" abbreviates the era; write "${d.suggest}"`,
        hint: {
          ja: () => '公用文では元号を略さずに書きます（H27 → 平成27、R4 → 令和4）。年度か暦年かが書かれていない略記は、文脈に合わせて「年度」または「年」を補ってください。年度・年・月が書かれていれば --fix で直せます。',
          en: () => 'Official writing spells the era out (H27 → 平成27, R4 → 令和4). Where the abbreviation does not say 年度 or 年, add the one the context means; with 年度, 年 or a month, --fix rewrites it.',
        },
      },
      bare: {
        ja: (d: D) => `「${d.text}」は元号の略記です。「${d.suggest}」（暦年なら「年」）と書いてください`,
        en: (d: D) => `"${d.text}" abbreviates the era; write "${d.suggest}" (or 年 for a calendar year)`,
        hint: {
          ja: () => '公用文では元号を略さずに書きます。年度か暦年かは文脈で決めてください（自動修正はしません）。',
          en: () => 'Official writing spells the era out. Whether it is a fiscal or a calendar year is for the context to say (no automatic fix).',
        },
      },
    }),
  },
  create(ctx) {
    return {
      string: matchStrings(ctx, (text) =>
        findEraAbbreviations(text).map((h) => ({
          start: h.start,
          end: h.end,
          messageId: h.form === 'bare' ? ('bare' as const) : ('abbreviated' as const),
          data: { text: quote(h.text, 20), suggest: h.suggest },
          ...(h.fix ? { fix: { start: h.fix.start, end: h.fix.end, text: h.fix.text } } : {}),
        })),
        // Prose only: a table cell (`printed`) abbreviates for the column's width (基準値（R1） / 目標値（R8）), and the
        // column says what the year is; the sentences are what 公用文 spells out.
        ['prose'],
      ),
    };
  },
});
