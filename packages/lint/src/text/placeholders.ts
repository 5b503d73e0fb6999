/**
 * Finding placeholders in printed Japanese text, and telling them apart from
 * a generic example.
 *
 * Placeholder marks: 〇 (U+3007) ○ (U+25CB) ◯ (U+25EF) ● (U+25CF) ＊ (U+FF0A)
 * × (U+00D7), and ※※. NFKC does not touch them, so they are listed here.
 *
 * How a placeholder is told from the rest (documented in
 * docs/rules/placeholder.md):
 * 1. A year: an era or 「年度」 around the marks (令和〇年度, R●年, 〇〇年度).
 * 2. A page: 〇〇ページ, 〇頁, Ｐ●●●, p.〇〇.
 * 3. ※※ (two or more reference marks with nothing to refer to).
 * 4. A run of marks in a value position: after 第 / 令和 / P, or before a
 *    counter (件, 人, 回, %, 円, 条, 年, 月, 日 …).
 * 5. Two or more marks anywhere else — unless they are a generic example:
 *    followed by の / など / 等 / や / と / という / といった / のような /
 *    さん … (「〇〇の活動」「〇〇など」), which is how Japanese prose writes
 *    "such-and-such". ● never is a generic example.
 * 6. A single ○ or ● after the start of the text, a space, 。 or ） is a
 *    bullet, not a placeholder. 〇 next to a kanji numeral (二〇二四) is zero.
 * 7. A run of circles and crosses together (○×, ×○) outside a value
 *    position is a term — a ○×-style evaluation's name (○×式, ○×で評価) —
 *    not a blank: a blank repeats one mark.
 */

export type PlaceholderKind = 'year' | 'page' | 'mark' | 'value';

export interface PlaceholderHit {
  start: number;
  end: number;
  text: string;
  kind: PlaceholderKind;
}

export const MARKS = '〇○◯●＊×';
const M = `[${MARKS}]`;
const COUNTERS = '(?:件|人|名|回|か所|箇所|ヶ所|カ所|%|％|円|条|項|号|世帯|団体|校|学級|年|月|日|時|歳|倍|割|万|億|千|ページ|頁|か月|ヶ月|カ月|点|台|本|冊|店|社|施設|地区|事業所)';
const GENERIC_AFTER = /^(?:の|など|等|や|と|という|といった|のよう|さん|ちゃん|くん|君|氏|様)/;
const KANJI_DIGIT = /[一二三四五六七八九十百千万]/;

// Linear on any input (issue 14): a run of marks is tried only from its first mark ((?<!mark)), so a long run
// with no 年度 or ページ after it is scanned once, not once per mark; `P . 〇` has one way to take its spaces.
const PATTERNS: { re: RegExp; kind: PlaceholderKind }[] = [
  { re: new RegExp(`(?:令和|平成|昭和|[RＲHＨ])\\s*${M}+\\s*(?:年度|年)?|(?<!${M})${M}+\\s*年度`, 'g'), kind: 'year' },
  { re: new RegExp(`[PpＰｐ]\\s*(?:[.．]\\s*)?${M}+|(?<!${M})${M}+\\s*(?:ページ|頁)`, 'g'), kind: 'page' },
  { re: /(?<!※)※{2,}/g, kind: 'mark' },
];

/** Whether [start, end) overlaps a hit; `hits` is kept sorted by start and its hits never overlap, so a binary search does (20k hits stay linear-logarithmic). */
function overlaps(hits: PlaceholderHit[], start: number, end: number): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < hits.length && hits[lo]!.start < end;
}

/** Inserts a hit in start order. */
function insertHit(hits: PlaceholderHit[], hit: PlaceholderHit): void {
  let i = hits.length;
  while (i > 0 && hits[i - 1]!.start > hit.start) i--;
  hits.splice(i, 0, hit);
}

export function findPlaceholders(s: string): PlaceholderHit[] {
  const hits: PlaceholderHit[] = [];
  for (const { re, kind } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      // An era letter inside a word (e.g. the R of "PR") is not an era.
      if (kind === 'year' && /^[RＲHＨ]/.test(m[0]) && m.index > 0 && /[A-Za-zＡ-Ｚａ-ｚ]/.test(s[m.index - 1]!)) continue;
      if (!overlaps(hits, m.index, m.index + m[0].length)) insertHit(hits, { start: m.index, end: m.index + m[0].length, text: m[0], kind });
    }
  }
  const run = new RegExp(`${M}+`, 'g');
  for (let m = run.exec(s); m; m = run.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(hits, start, end)) continue;
    const before = s.slice(Math.max(0, start - 2), start);
    const after = s.slice(end, end + 6);
    const prev = s[start - 1];
    const next = s[end];
    // 〇 as a kanji zero: 二〇二四年.
    if (/^〇+$/.test(m[0]) && ((prev && KANJI_DIGIT.test(prev)) || (next && KANJI_DIGIT.test(next)))) continue;
    const valueContext = /(?:第|令和|平成)$/.test(before) || new RegExp(`^\\s*${COUNTERS}`).test(after);
    if (!valueContext && /[〇○◯]/.test(m[0]) && m[0].includes('×')) continue; // ○×式: a term (7)
    if (m[0].length === 1) {
      if (!valueContext) continue;
      // A bullet before a word that happens to start with a counter (○人権…, ●地区…).
      if (prev === undefined || /[\s。．）)」』、]/.test(prev)) continue;
      insertHit(hits, { start, end, text: m[0], kind: 'value' });
      continue;
    }
    if (!valueContext && !m[0].includes('●') && GENERIC_AFTER.test(after)) continue; // generic example: 「〇〇の活動」
    insertHit(hits, { start, end, text: m[0], kind: valueContext ? 'value' : 'mark' });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * A counter unit with no number before it: 「総相談件数は 件」「参加者 人」.
 * The unit stands alone (after a particle or a space, and before the end, a
 * space or punctuation), and no digit, kanji numeral or placeholder precedes it.
 */
const UNIT_ALONE = /(?:[はがをも：:]\s*|[^\s\d０-９〇一二三四五六七八九十百千万,，.．]\s+)(件|人|名|回|か所|箇所|団体|世帯|%|％|円|校|学級|施設|事業所)(?=$|[\s、。，．,.)）」』])/g;

export function findUnitsWithoutNumber(s: string): { start: number; end: number; unit: string }[] {
  const out: { start: number; end: number; unit: string }[] = [];
  UNIT_ALONE.lastIndex = 0;
  for (let m = UNIT_ALONE.exec(s); m; m = UNIT_ALONE.exec(s)) {
    const unit = m[1]!;
    const start = m.index + m[0].length - unit.length;
    out.push({ start, end: start + unit.length, unit });
  }
  return out;
}

/**
 * A law article with no number: 「社会福祉法第に規定」「法第 条」, or a
 * citation that stops at 第. 第 followed by anything but a number (or a placeholder, reported as one).
 */
const ARTICLE = new RegExp(`(法律|法|政令|省令|条例|規則|要綱|告示)第(?![\\s]*[0-9０-９一二三四五六七八九十百${MARKS}])`, 'g');

export function findArticlesWithoutNumber(s: string): { start: number; end: number; law: string }[] {
  const out: { start: number; end: number; law: string }[] = [];
  ARTICLE.lastIndex = 0;
  for (let m = ARTICLE.exec(s); m; m = ARTICLE.exec(s)) {
    out.push({ start: m.index, end: m.index + m[0].length, law: m[1]! });
  }
  return out;
}
