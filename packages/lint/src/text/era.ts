/**
 * Era (和暦) arithmetic in printed text: 2024年度（令和6年度） pairs, 令和1年
 * for 令和元年, and years past an era's end (平成32年度). The era tables and
 * the era of a fiscal year come from @keikaku/schema (fiscal-year.ts: one
 * table, and Intl's Japanese calendar), so lint and the rest of keikaku agree
 * on them.
 */
import { ERA_CHANGE_YEARS as CHANGE_YEARS, ERA_LAST_YEAR as ERA_LAST, ERA_LETTER, ERA_OFFSET, eraOfFiscalYear, type Era as EraName } from '@keikaku/schema';

export type { EraName };
export { ERA_LAST, eraOfFiscalYear };

const toAscii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const toWide = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const eraNum = (n: string) => (n === '元' ? 1 : Number(toAscii(n)));

export interface EraPairHit {
  /** The whole pair as written. */
  start: number;
  end: number;
  text: string;
  western: number;
  /** Where the era and its number are written (what a fix replaces). */
  eraStart: number;
  eraEnd: number;
  written: string;
  /** The era text that agrees with the Western year, or undefined when either era could be meant (年 of a change year). */
  expected?: string;
  fiscal: boolean;
}

const isEra = (s: string): s is EraName => Object.hasOwn(ERA_OFFSET, s);
/** A capture of ERA (the alternation of the five era names) as an era; anything else is a bug in the patterns below. */
function eraOf(s: string | undefined): EraName {
  if (s === undefined || !isEra(s)) throw new Error(`era.ts: ${String(s)} is not an era name`);
  return s;
}
const ERA = '(明治|大正|昭和|平成|令和)';
const NUM = '(元|[0-9０-９]{1,2})';
const WEST = '([0-9０-９]{4})';
const WEST_FIRST = new RegExp(`${WEST}\\s*年(度)?\\s*[（(]\\s*(${ERA}\\s*${NUM})\\s*年(度)?\\s*[）)]`, 'g');
const ERA_FIRST = new RegExp(`(${ERA}\\s*${NUM})\\s*年(度)?\\s*[（(]\\s*${WEST}\\s*年(度)?\\s*[）)]`, 'g');

/** Pairs whose era year and Western year disagree (arithmetic, ignoring era ends: 2020年度（平成32年度） agrees). */
export function findEraPairMismatches(s: string): EraPairHit[] {
  const out: EraPairHit[] = [];
  const check = (m: RegExpExecArray, western: number, eraText: string, era: EraName, n: string, fiscal: boolean) => {
    if (ERA_OFFSET[era] + eraNum(n) === western) return;
    const eraStart = m.index + m[0].indexOf(eraText);
    let expected: string | undefined;
    if (fiscal || !CHANGE_YEARS[western]) {
      const e = eraOfFiscalYear(western);
      if (e) {
        const wide = /[０-９]/.test(n);
        expected = `${e.era}${wide ? toWide(e.n) : e.n}`;
      }
    } else if (CHANGE_YEARS[western]!.some((x) => ERA_OFFSET[x] + eraNum(n) === western)) return;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], western, eraStart, eraEnd: eraStart + eraText.length, written: eraText, ...(expected ? { expected } : {}), fiscal });
  };
  WEST_FIRST.lastIndex = 0;
  for (let m = WEST_FIRST.exec(s); m; m = WEST_FIRST.exec(s)) check(m, Number(toAscii(m[1]!)), m[3]!, eraOf(m[4]), m[5]!, Boolean(m[2] || m[6]));
  ERA_FIRST.lastIndex = 0;
  for (let m = ERA_FIRST.exec(s); m; m = ERA_FIRST.exec(s)) check(m, Number(toAscii(m[5]!)), m[1]!, eraOf(m[2]), m[3]!, Boolean(m[4] || m[6]));
  return out.sort((a, b) => a.start - b.start);
}

/** 令和1年 → 令和元年: the digit (with the spaces around it) that a fix replaces by 元. */
const FIRST_AS_ONE = new RegExp(`${ERA}(\\s*[1１]\\s*)(?=年)`, 'g');
export function findFirstYearAsOne(s: string): { start: number; end: number; era: EraName; text: string }[] {
  const out: { start: number; end: number; era: EraName; text: string }[] = [];
  FIRST_AS_ONE.lastIndex = 0;
  for (let m = FIRST_AS_ONE.exec(s); m; m = FIRST_AS_ONE.exec(s)) {
    const start = m.index + m[1]!.length;
    out.push({ start, end: start + m[2]!.length, era: eraOf(m[1]), text: m[0] });
  }
  return out;
}

/** 平成32年度, H32, 昭和65年: an era year after the era had ended, with the year it denotes. */
const PAST = new RegExp(`${ERA}\\s*([0-9０-９]{1,3})\\s*年(度)?|(?<![A-Za-zＡ-Ｚａ-ｚ])([HＨ])\\s*([0-9０-９]{2})(?![0-9０-９])`, 'g');
export function findPastEraEnd(s: string): { start: number; end: number; text: string; era: EraName; n: number; western: number; fiscal: boolean }[] {
  const out: { start: number; end: number; text: string; era: EraName; n: number; western: number; fiscal: boolean }[] = [];
  PAST.lastIndex = 0;
  for (let m = PAST.exec(s); m; m = PAST.exec(s)) {
    const era = eraOf(m[1] ?? '平成');
    const n = Number(toAscii(m[2] ?? m[5]!));
    const last = ERA_LAST[era];
    if (last === undefined || n <= last) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], era, n, western: ERA_OFFSET[era] + n, fiscal: Boolean(m[3]) || m[4] !== undefined });
  }
  return out;
}

/** H27年度, Ｒ４, S60年, H27.10月: an era abbreviated to its Latin initial (平成 H, 令和 R, 昭和 S). */
export interface EraAbbreviationHit {
  /** The abbreviation and what tells it is a year (年度, 年, .10月), as written. */
  start: number;
  end: number;
  text: string;
  era: EraName;
  /** The year written out: 平成27年度, 平成27年10月, 令和４年度. */
  suggest: string;
  /** How the year is marked: 年度 / 年 / a month after a dot / nothing (a year standing alone: Ｒ４, (H26実績)). */
  form: 'fy' | 'year' | 'month' | 'date' | 'bare';
  /** The certain edit, when the written form says which it is (年度, 年, .10月): [start, end) of the value and the text. */
  fix?: { start: number; end: number; text: string };
}

/**
 * The eras prose abbreviates, by the schema's initials, half- and full-width (H / Ｈ = 平成). 明治 M and 大正 T are
 * left out: before a number they are mostly Latin text (M3, T2). ABBR's character class spells the same six letters.
 */
const PROSE_ABBREVIATED: readonly EraName[] = ['昭和', '平成', '令和'];
const ABBR_ERAS: Readonly<Record<string, EraName>> = Object.fromEntries(
  PROSE_ABBREVIATED.flatMap((era) => {
    const letter = ERA_LETTER[era];
    return [
      [letter, era],
      [String.fromCharCode(letter.charCodeAt(0) + 0xfee0), era],
    ];
  }),
);
/**
 * The initial, not inside a Latin word, a number or a code (HbA1c, H2O, COVID-19, R-1, ver.R2, No.S3), then one or
 * two digits (or 元) that are not followed by another letter, digit or hyphen (H2O, R2D2, S1-2).
 */
const ABBR = /(?<![A-Za-zＡ-Ｚａ-ｚ0-9０-９_\-－.．/／#＃])([HRSＨＲＳ])(\s?)(元|[0-9０-９]{1,2})(?![0-9０-９A-Za-zＡ-Ｚａ-ｚ_\-－])/g;
const AFTER_FY = /^\s*年度/;
const AFTER_YEAR = /^\s*年/;
const AFTER_MONTH = /^[.．]\s*([0-9０-９]{1,2})(?![0-9０-９.．])(\s*月)?/;
const AFTER_DATE = /^[.．]([0-9０-９]{1,2})[.．]([0-9０-９]{1,2})(?![0-9０-９.．])/;

/** [start, end) of each 「…」 or 『…』: a quotation (詳細表の目標値は「R４」のみ) cites a form, it does not use it. */
function quotedRanges(s: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of s.matchAll(/「[^「」]*」|『[^『』]*』/g)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * Era abbreviations in prose, outside quotation brackets. A year past the era's end (H32) is left to findPastEraEnd,
 * which names the year it means.
 */
export function findEraAbbreviations(s: string): EraAbbreviationHit[] {
  const out: EraAbbreviationHit[] = [];
  const quoted = quotedRanges(s);
  ABBR.lastIndex = 0;
  for (let m = ABBR.exec(s); m; m = ABBR.exec(s)) {
    const at = m.index;
    if (quoted.some(([a, b]) => at > a && at < b)) continue;
    const era = ABBR_ERAS[m[1]!]!;
    const nText = m[3]!;
    const n = eraNum(nText);
    const last = ERA_LAST[era];
    if (n < 1 || (last !== undefined && n > last)) continue;
    const rest = s.slice(m.index + m[0].length);
    // 平成元年, not 平成1年 (era-gannen).
    const head = `${era}${n === 1 ? '元' : nText}`;
    const base = { start: m.index, era };
    const fy = AFTER_FY.exec(rest);
    const yr = fy ? undefined : AFTER_YEAR.exec(rest);
    const mo = fy || yr ? undefined : AFTER_MONTH.exec(rest);
    const date = fy || yr || mo ? undefined : AFTER_DATE.exec(rest);
    if (date) {
      // 「R4.3.31」: a date, written out 令和4年3月31日.
      const month = Number(toAscii(date[1]!));
      const day = Number(toAscii(date[2]!));
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const end = m.index + m[0].length + date[0].length;
      const written = `${head}年${date[1]}月${date[2]}日`;
      out.push({ ...base, end, text: s.slice(m.index, end), suggest: written, form: 'date', fix: { start: m.index, end, text: written } });
      continue;
    }
    if (fy || yr) {
      const suffix = fy ? '年度' : '年';
      const end = m.index + m[0].length + (fy ?? yr)![0].length;
      out.push({ ...base, end, text: s.slice(m.index, end), suggest: `${head}${suffix}`, form: fy ? 'fy' : 'year', fix: { start: m.index, end: end - (fy ? 2 : 1), text: head } });
    } else if (mo) {
      const month = Number(toAscii(mo[1]!));
      if (month < 1 || month > 12) continue;
      const end = m.index + m[0].length + mo[0].length;
      const hit: EraAbbreviationHit = { ...base, end, text: s.slice(m.index, end), suggest: `${head}年${mo[1]}月`, form: 'month' };
      // 「H27.10月」: the dot becomes 年; without 月 (「R6.12末」) the edit is not certain.
      if (mo[2] !== undefined) hit.fix = { start: m.index, end: m.index + m[0].length + mo[0].length - mo[2].length - mo[1]!.length, text: `${head}年` };
      out.push(hit);
    } else {
      // A year standing alone (Ｒ４, (H26実績)): 昭和's S alone is too often a label (S1, S2) to be read as a year.
      if (era === '昭和' || nText === '元') continue;
      out.push({ ...base, end: m.index + m[0].length, text: m[0], suggest: `${head}年度`, form: 'bare' });
    }
  }
  return out;
}
