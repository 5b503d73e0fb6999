import { defineMessages, quote } from '@keikaku/core';
import { createRule, docsPath } from '../rule.js';
import { textStrings } from '../strings.js';
import { findUnitsWithoutNumber } from '../text/placeholders.js';
import { excerpt } from '../util.js';

export default createRule({
  meta: {
    id: 'unit-without-number',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '数値が抜けて単位だけが残った文（「総相談件数は 件」）', en: 'a unit with no number before it (「総相談件数は 件」)' },
    docs: docsPath('unit-without-number'),
    messages: defineMessages({
      missing: {
        ja: (d: { unit: string; context: string }) => `「${d.unit}」の前に数値がありません（${d.context}）`,
        en: (d: { unit: string; context: string }) => `no number before "${d.unit}" (${d.context})`,
        hint: { ja: () => '原典の数値を書き入れてください。', en: () => 'Write in the number from the source document.' },
      },
    }),
  },
  create(ctx) {
    const docs = [{ doc: ctx.plan as object, source: ctx.planSource }, ...ctx.progress.map((p) => ({ doc: p.progress as object, source: p.source }))];
    for (const { doc, source } of docs) {
      for (const s of textStrings(doc)) {
        for (const h of findUnitsWithoutNumber(s.value)) {
          const range = source.stringRange(s.path, h.start, h.end);
          ctx.report({ messageId: 'missing', data: { unit: h.unit, context: quote(excerpt(s.value, h.start, h.end, 10), 30) }, path: s.path, source, ...(range ? { range } : {}) });
        }
      }
    }
  },
});
