import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';

/** A number whose digits or separators mix full and half width: 2０24, 1，888, １,８８８. */
const NUMBER = /[0-9０-９]+(?:[,，.．][0-9０-９]+)*/g;
const toAscii = (s: string) => s.replace(/[０-９，．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

export function findMixedWidthNumbers(s: string): { start: number; end: number; text: string; fixed: string }[] {
  const out: { start: number; end: number; text: string; fixed: string }[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    const t = m[0];
    const wide = /[０-９，．]/.test(t);
    const narrow = /[0-9,.]/.test(t);
    if (wide && narrow) out.push({ start: m.index, end: m.index + t.length, text: t, fixed: toAscii(t) });
  }
  return out;
}

export default createRule({
  meta: {
    id: 'fullwidth-digits',
    defaultSeverity: 'warning',
    group: 'defect',
    fixable: true,
    description: { ja: '全角と半角の混ざった数値（2０24、1，888）', en: 'a number mixing full- and half-width digits or separators' },
    docs: docsPath('lint', 'fullwidth-digits'),
    messages: defineMessages({
      mixed: {
        ja: (d: { text: string; fixed: string }) => `数値「${d.text}」に全角と半角が混ざっています（${d.fixed}）`,
        en: (d: { text: string; fixed: string }) => `the number "${d.text}" mixes full- and half-width characters (${d.fixed})`,
        hint: { ja: () => '数値は半角でそろえます（--fix で自動修正）。', en: () => 'Write numbers in half-width digits (--fix corrects it).' },
      },
    }),
  },
  create(ctx) {
    return {
      string: matchStrings(ctx, (text) => findMixedWidthNumbers(text).map((h) => ({ start: h.start, end: h.end, messageId: 'mixed' as const, data: { text: quote(h.text, 20), fixed: h.fixed }, fix: { text: h.fixed } }))),
    };
  },
});
