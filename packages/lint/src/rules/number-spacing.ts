import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';

/**
 * Single digits separated by spaces, as a PDF extraction or a spaced table
 * cell leaves them: 「1 2 5 件」, 「1, 8 8 8 件」. At least one pair of digits
 * separated by spaces alone must be present, so a list such as 「1, 2, 5」 is not taken for one number.
 */
const SPACED = /(?<![0-9０-９.,，])[0-9０-９](?:(?:[,，][ 　]?|[ 　])[0-9０-９](?![0-9０-９]))+/g;

export function findSpacedNumbers(s: string): { start: number; end: number; text: string; fixed: string }[] {
  const out: { start: number; end: number; text: string; fixed: string }[] = [];
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(s); m; m = SPACED.exec(s)) {
    if (!/[0-9０-９][ 　][0-9０-９]/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], fixed: m[0].replace(/[ 　]/g, '') });
  }
  return out;
}

/** The value at a plan path, or undefined. */
function at(doc: unknown, path: readonly (string | number)[]): unknown {
  let x: unknown = doc;
  for (const k of path) {
    if (typeof x !== 'object' || x === null) return undefined;
    x = Object.getOwnPropertyDescriptor(x, k)?.value;
  }
  return x;
}

/** 「1, 8 8 8」 → 1888; NaN when it is not one number. */
const numberOf = (fixed: string) => Number(fixed.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, ''));

export default createRule({
  meta: {
    id: 'number-spacing',
    defaultSeverity: 'warning',
    group: 'defect',
    fixable: true,
    description: { ja: '数値の桁の間の空白（「1 2 5 件」）', en: 'spaces between the digits of a number (「1 2 5 件」)' },
    docs: docsPath('lint', 'number-spacing'),
    messages: defineMessages({
      spaced: {
        ja: (d: { text: string; fixed: string }) => `数値「${d.text}」の桁の間に空白があります（${d.fixed}）`,
        en: (d: { text: string; fixed: string }) => `spaces between the digits of "${d.text}" (${d.fixed})`,
        hint: {
          ja: () => '空白を除いてください（--fix で自動修正。印刷どおりの記録 printed は書き換えません）。',
          en: () => 'Remove the spaces (--fix does, except in `printed`, which records the source as printed).',
        },
      },
      spacedPrinted: {
        ja: (d: { text: string; fixed: string }) => `印刷どおりの記録で数値「${d.text}」の桁の間に空白があります（${d.fixed}。均等割付の表か抽出の跡）`,
        en: (d: { text: string; fixed: string }) => `the printed cell spaces the digits of "${d.text}" (${d.fixed}; a justified table cell or the text extraction)`,
        hint: {
          ja: () => 'printed は原典の記録なので書き換えません。値（value）が正しく読まれているかを確認してください。',
          en: () => '`printed` records the source and is not rewritten; check that `value` was read correctly.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      string: matchStrings(ctx, (text, s) =>
        findSpacedNumbers(text)
          // A printed cell whose spaced digits were read as its value (「1 2 5 件」 beside value: 125) is the
          // table's justified typography, flattened: nothing to fix and nothing to check. Only a cell whose
          // value differs (or is not a number) is worth a look.
          .filter((h) => s.kind !== 'printed' || at(s.progress?.progress ?? ctx.plan, [...s.path.slice(0, -1), 'value']) !== numberOf(h.fixed))
          .map((h) =>
          // A printed cell records the source: the spacing is the table's (均等割付) or the extraction's; info, no fix.
          s.kind === 'printed'
            ? { start: h.start, end: h.end, messageId: 'spacedPrinted' as const, data: { text: quote(h.text, 20), fixed: h.fixed }, severity: 'info' as const }
            : { start: h.start, end: h.end, messageId: 'spaced' as const, data: { text: quote(h.text, 20), fixed: h.fixed }, fix: { text: h.fixed } },
        ),
      ),
    };
  },
});
