import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';

const KANJI_DIGITS: Readonly<Record<string, number>> = { 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 「…の3者の協定」「…の三者で」: a count of parties right after the list that names them. */
const PARTIES = /の([2-9２-９二三四五六七八九])者(?=の|で|が|に|間|による|協定|連携)/gu;
/**
 * Separators of a list of names: と between two name characters (協議会と公益社団法人; not the と inside ひとり親), ・,
 * 、, 及び, 並びに.
 */
const SEPARATOR = /(?<=[\p{Script=Han}\p{Script=Katakana}\p{Script=Latin}ー）)])と(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Latin}（(])|・|、|及び|並びに/gu;

function countOf(d: string): number {
  return KANJI_DIGITS[d] ?? Number(String.fromCharCode(d.charCodeAt(0) >= 0xff10 ? d.charCodeAt(0) - 0xfee0 : d.charCodeAt(0)));
}

/** Each 「N者」 whose list names fewer parties (at least two, so that it is a list). */
export function findPartyCounts(text: string): { start: number; end: number; count: number; named: number; list: string }[] {
  const out: { start: number; end: number; count: number; named: number; list: string }[] = [];
  for (const m of text.matchAll(PARTIES)) {
    const count = countOf(m[1]!);
    const sentenceStart = text.lastIndexOf('。', m.index) + 1;
    const list = text.slice(sentenceStart, m.index);
    const named = list.split(SEPARATOR).filter((p) => p.trim() !== '').length;
    // A phrase before the list (本市では、…) adds a part: only a list shorter than its count is reported, never a longer one.
    if (named >= 2 && named < count) out.push({ start: m.index + 1, end: m.index + 1 + m[1]!.length + 1, count, named, list });
  }
  return out;
}

export default createRule({
  meta: {
    id: 'party-count',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '「3者の協定」と書きながら挙げた当事者の数が合わない', en: 'a count of parties (3者) that does not match the parties named' },
    docs: docsPath('lint', 'party-count'),
    messages: defineMessages({
      fewer: {
        ja: (d: { printed: string; named: number; list: string }) => `「${d.printed}」と書いていますが、挙げている当事者は ${d.named} つです（${d.list}）`,
        en: (d: { printed: string; named: number; list: string }) => `"${d.printed}" is written, but ${d.named} parties are named (${d.list})`,
        hint: {
          ja: () => '当事者をすべて挙げてください（市が当事者なら「本市、A及びBの3者」のように）。',
          en: () => 'Name every party (if the city is one, name it too).',
        },
      },
    }),
  },
  create(ctx) {
    return {
      string: matchStrings(ctx, (text) =>
        findPartyCounts(text).map((h) => ({ start: h.start, end: h.end, messageId: 'fewer' as const, data: { printed: text.slice(h.start, h.end), named: h.named, list: quote(h.list, 40) } })),
      ),
    };
  },
});
