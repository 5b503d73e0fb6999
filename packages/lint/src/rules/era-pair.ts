import { defineMessages, quote } from '@keikaku/core';
import { createRule, docsPath } from '../rule.js';
import { textStrings } from '../strings.js';
import { findEraPairMismatches } from '../text/era.js';
import { modulesOf } from '../util.js';

type D = { text: string; western: number; expected: string };
export default createRule({
  meta: {
    id: 'era-pair',
    defaultSeverity: 'error',
    group: 'defect',
    fixable: true,
    description: { ja: '西暦と和暦の併記（2024年度（令和6年度））が食い違う', en: 'a Western year and its era year, written together, disagree' },
    docs: docsPath('era-pair'),
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
    for (const { doc, source } of modulesOf(ctx)) {
      for (const s of textStrings(doc)) {
        for (const h of findEraPairMismatches(s.value)) {
          const range = source.stringRange(s.path, h.start, h.end);
          const eraRange = source.stringRange(s.path, h.eraStart, h.eraEnd);
          // Only prose is rewritten; a `printed` cell is the source's record and keeps its text.
          const fix = h.expected && eraRange && s.kind === 'prose' ? { range: [eraRange.start, eraRange.end] as const, text: h.expected } : undefined;
          ctx.report({
            messageId: 'mismatch',
            data: { text: quote(h.text, 30), western: h.western, expected: h.expected ? `正しくは ${h.expected}` : '改元の年のため和暦を特定できません' },
            path: s.path,
            source,
            ...(range ? { range } : {}),
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
  },
});
