/**
 * Era (和暦) arithmetic in printed text: 2024年度（令和6年度） pairs, 令和1年
 * for 令和元年, and years past an era's end (平成32年度). The era tables and
 * the era of a fiscal year come from @keikaku/schema (fiscal-year.ts: one
 * table, and Intl's Japanese calendar), so lint and the rest of keikaku agree
 * on them.
 */
import { ERA_CHANGE_YEARS as CHANGE_YEARS, ERA_LAST_YEAR as ERA_LAST, ERA_OFFSET, eraOfFiscalYear, type Era as EraName } from '@keikaku/schema';

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
