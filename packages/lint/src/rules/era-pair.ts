import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';
import { findEraPairMismatches } from '../text/era.js';

type D = { text: string; western: number; expected: string };
export default createRule({
  meta: {
    id: 'era-pair',
    defaultSeverity: 'error',
    group: 'defect',
    fixable: true,
    description: { ja: '西暦と和暦の併記（2024年度（令和6年度））が食い違う', en: 'a Western year and its era year, written together, disagree' },
    docs: docsPath('lint', 'era-pair'),
    messages: defineMessages({
      mismatch: {
        ja: (d: D) => `「${d.text}」の和暦が西暦 ${d.western} 年と合いません（${d.expected}）`,
        en: (d: D) => `in "${d.text}" the era year does not match ${d.western} (${d.expected})`,
        hint: {
          ja: () => '西暦に合わせて和暦を直します（--fix で自動修正）。西暦の方が誤りなら手で直してください。',
          en: () => 'The era text is corrected to the Western year (--fix); if the Western year is the wrong one, fix it by hand.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      // The era text is corrected to the Western year; a `printed` cell is the source's record and keeps its text.
      string: matchStrings(ctx, (text) =>
        findEraPairMismatches(text).map((h) => ({
          start: h.start,
          end: h.end,
          messageId: 'mismatch' as const,
          data: { text: quote(h.text, 30), western: h.western, expected: h.expected ? `正しくは ${h.expected}` : '改元の年のため和暦を特定できません' },
          ...(h.expected ? { fix: { start: h.eraStart, end: h.eraEnd, text: h.expected } } : {}),
        })),
      ),
    };
  },
});
