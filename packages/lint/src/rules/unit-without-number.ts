import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';
import { findUnitsWithoutNumber } from '../text/placeholders.js';
import { excerpt } from '../util.js';

export default createRule({
  meta: {
    id: 'unit-without-number',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '数値が抜けて単位だけが残った文（「総相談件数は 件」）', en: 'a unit with no number before it (「総相談件数は 件」)' },
    docs: docsPath('lint', 'unit-without-number'),
    messages: defineMessages({
      missing: {
        ja: (d: { unit: string; context: string }) => `「${d.unit}」の前に数値がありません（${d.context}）`,
        en: (d: { unit: string; context: string }) => `no number before "${d.unit}" (${d.context})`,
        hint: { ja: () => '原典の数値を書き入れてください。', en: () => 'Write in the number from the source document.' },
      },
    }),
  },
  create(ctx) {
    return {
      string: matchStrings(ctx, (text) =>
        findUnitsWithoutNumber(text).map((h) => ({ start: h.start, end: h.end, messageId: 'missing' as const, data: { unit: h.unit, context: quote(excerpt(text, h.start, h.end, 10), 30) } })),
      ),
    };
  },
});
