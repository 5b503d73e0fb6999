/**
 * 「引きこもり対策推進事業福祉除雪事業」: two names of 事業 written with nothing between them, where a
 * 「、」 or 「・」 was lost. Reported when 「事業」 is directly followed by two or more kanji or katakana
 * that run on to another 「事業」, unless the first 「事業」 begins a compound (事業所, 事業者, 事業費,
 * 事業計画 …). No morphological analysis: a regular expression over the string.
 */
import { strRule, type Hit } from './rule.js';

/** What follows 「事業」 inside one compound word (事業所, 事業者支援事業, 事業計画策定事業 …). */
const COMPOUND_AFTER = /^(?:所|者|費|主|体|団|量|内容|計画|実施|評価|報告|運営|規模|単位|年度|期間|全体|化|等|別|名|数|群|部|課|系|型|区分|対象|推進|展開|継続|効果|成果|概要|目的)/;
/** What ends a name going back from its 事業. */
const SEPARATORS: ReadonlySet<string> = new Set([' ', '\u3000', '\t', '\n', '、', '，', ',', '・', '「', '」', '（', '）', '(', ')', '。', '：', ':']);
/** 事業, then 2+ kanji/katakana (no 「、」「・」 or kana between), then 事業 again. */
const RUN = /事業(?=([\p{Script=Han}\p{Script=Katakana}ー]{2,}?)事業)/gu;

export function check(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(RUN)) {
    const middle = m[1]!;
    if (COMPOUND_AFTER.test(middle)) continue;
    const start = m.index!;
    // The first name back to a separator, shown by its last 12 characters (a bounded scan: no regular expression).
    let from = start + 2;
    while (from > 0 && start + 2 - from <= 12 && !SEPARATORS.has(text[from - 1]!)) from--;
    const first = start + 2 - from > 12 ? `…${text.slice(from + 1, start + 2)}` : text.slice(from, start + 2);
    hits.push({
      start,
      end: start + 2 + middle.length + 2,
      ja: `「${first}${middle}事業」: 「事業」の後にすぐ次の事業名が続いています。二つの名称の間の「、」または「・」が抜けていないか確かめてください`,
      en: `"${first}${middle}事業": one 事業 name runs straight into the next; a 「、」 or 「・」 between the two names is probably missing`,
    });
  }
  return hits;
}

export default strRule(check);
