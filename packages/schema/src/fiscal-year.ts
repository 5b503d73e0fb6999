/**
 * Fiscal years (年度) and Japanese eras (和暦).
 *
 * The canonical value of a year in a plan is the Western number of the fiscal
 * year (April–March, 地方自治法§208): 令和6年度 is 2024. Plan modules write it
 * with a helper that reads like the printed plan: `reiwa(6)`, `heisei(31)`,
 * `fy(2024)`. A year the document leaves open is written `tbd('令和〇年度')`,
 * and a year the document does not print at all is `notStated()`, so the plan
 * stays valid as a draft and lint can report the gap.
 */
import type { NotStatedYear, PrintedYear, ReadYear, TbdYear, YearRef } from './generated/plan-types.js';
import type { FiscalYear } from './fiscal-year-type.js';
import { calendarDateOrThrow, calendarDateToUtc } from './calendar-date.js';

/*
 * This module loads no Zod: plan-api.ts re-exports its helpers for the
 * programs `keikaku check` compiles plans in. The Zod schemas of years are in
 * year-schema.ts; their types are generated from them (generated/plan-types.ts).
 */
export type { NotStatedYear, PrintedYear, ReadYear, TbdYear, YearRef } from './generated/plan-types.js';

/** First and last fiscal year keikaku accepts (地方自治法 is from 1947). */
export const MIN_FISCAL_YEAR = 1947;
export const MAX_FISCAL_YEAR = 2100;

/** Western number of the fiscal year (年度, April–March), branded: write fy(2024) or reiwa(6). */
export type { FiscalYear } from './fiscal-year-type.js';

/** The fiscal year a year reference denotes, if any (a number, or a printed year). */
export function yearOf(y: YearRef | undefined): FiscalYear | undefined {
  if (typeof y === 'number') return y;
  if (typeof y === 'object' && y !== null && 'printed' in y) return y.fy;
  if (typeof y === 'object' && y !== null && 'read' in y) return y.read;
  return undefined;
}

export type Era = '明治' | '大正' | '昭和' | '平成' | '令和';

/** Era start dates (first day of the era) in the Gregorian calendar. */
export const ERA_STARTS: Readonly<Record<Era, string>> = {
  明治: '1868-10-23',
  大正: '1912-07-30',
  昭和: '1926-12-25',
  平成: '1989-01-08',
  令和: '2019-05-01',
};

/** Year 1 of each era as a Western year: 令和N年 = 2018 + N. (The one era table: lint's era checks read it too.) */
export const ERA_OFFSET: Readonly<Record<Era, number>> = {
  明治: 1867,
  大正: 1911,
  昭和: 1925,
  平成: 1988,
  令和: 2018,
};

/** The last era year that exists; 平成31年 ended on 2019-04-30. 令和 has none yet. */
export const ERA_LAST_YEAR: Readonly<Partial<Record<Era, number>>> = {
  明治: 45,
  大正: 15,
  昭和: 64,
  平成: 31,
};

/** Calendar years in which an era changed, with the eras of that year: 年 (not 年度) of these years may be written in either era. */
export const ERA_CHANGE_YEARS: Readonly<Record<number, readonly Era[]>> = { 1912: ['明治', '大正'], 1926: ['大正', '昭和'], 1989: ['昭和', '平成'], 2019: ['平成', '令和'] };

/**
 * What a helper throws when its argument cannot be a year: a code and data,
 * never a bilingual string split apart later. The reader turns it into a
 * located finding through describe().
 */
export class HelperError extends RangeError {
  constructor(
    readonly code: 'not-finite' | 'not-whole-year' | 'year-out-of-range' | 'no-such-era-year' | 'not-a-number' | 'not-text' | 'not-a-year' | 'era-printed' | 'not-an-era',
    readonly data: Record<string, string | number>,
  ) {
    super(code);
    const d = HELPER_MESSAGES[code](data);
    this.message = `${d.message.ja} (${d.message.en})`;
    this.name = 'HelperError';
  }

  describe(): { message: { ja: string; en: string }; hint?: { ja: string; en: string } } {
    return HELPER_MESSAGES[this.code](this.data);
  }
}

const YEAR_HINT = {
  ja: `年度は ${MIN_FISCAL_YEAR}〜${MAX_FISCAL_YEAR} の整数で書きます（令和は reiwa(1) = 令和元年度 から、平成は heisei(31) まで）。`,
  en: `Years are whole numbers from ${MIN_FISCAL_YEAR} to ${MAX_FISCAL_YEAR}; reiwa(1) is 令和元年度, heisei() ends at 31.`,
};

const HELPER_MESSAGES: Record<HelperError['code'], (d: Record<string, string | number>) => { message: { ja: string; en: string }; hint?: { ja: string; en: string } }> = {
  'not-finite': (d) => ({ message: { ja: `${d.value} は有限の数ではありません`, en: `${d.value} is not a finite number` }, hint: YEAR_HINT }),
  'not-whole-year': (d) => ({ message: { ja: `${d.value} は整数の年度ではありません`, en: `${d.value} is not a whole year` }, hint: YEAR_HINT }),
  'year-out-of-range': (d) => ({
    message: { ja: `${d.label} は ${MIN_FISCAL_YEAR}〜${MAX_FISCAL_YEAR} 年度の範囲にありません`, en: `${d.label} is outside fiscal years ${MIN_FISCAL_YEAR}–${MAX_FISCAL_YEAR}` },
    hint: YEAR_HINT,
  }),
  'no-such-era-year': (d) => ({ message: { ja: `${d.era}${d.n}年度 は存在しません`, en: `there is no year ${d.n} in the ${d.era} era` }, hint: YEAR_HINT }),
  'not-a-number': (d) => ({
    message: { ja: `${d.helper}() には数値を渡します（${d.got} が渡されています）`, en: `${d.helper}() takes a number (got ${d.got})` },
    hint: { ja: '例: reiwa(6), fy(2024), reiwa("元")', en: 'For example reiwa(6), fy(2024), reiwa("元").' },
  }),
  'not-a-year': (d) => ({
    message: { ja: `「${d.text}」は年度として読めません`, en: `"${d.text}" cannot be read as a year` },
    hint: {
      ja: 'printedYear() には印刷どおりの年度を渡します（例: printedYear("平成32年度"), printedYear("H32"), printedYear("令和元年度")）。未定の年度は tbd("令和〇年度") です。',
      en: 'Pass the year as printed, e.g. printedYear("平成32年度"); an undecided year is tbd("令和〇年度").',
    },
  }),
  'era-printed': (d) => ({
    message: { ja: `「${d.text}」には元号が印刷されています。第2引数の元号（${d.era}）は使えません`, en: `"${d.text}" prints its own era; the era argument (${d.era}) is not allowed` },
    hint: { ja: `printedYear("${d.text}") と書きます。第2引数は「26年度」のように元号のない印刷のときだけです。`, en: `Write printedYear("${d.text}"); the era argument is only for a printing without one, such as 26年度.` },
  }),
  'not-an-era': (d) => ({
    message: { ja: `「${d.era}」は元号ではありません`, en: `"${d.era}" is not an era` },
    hint: { ja: '明治・大正・昭和・平成・令和 のいずれかを渡します（例: printedYear("26年度", "平成")）。', en: 'Pass one of 明治 大正 昭和 平成 令和, e.g. printedYear("26年度", "平成").' },
  }),
  'not-text': (d) => ({
    message: { ja: `${d.helper}() には文字列を渡します`, en: `${d.helper}() takes a string` },
    hint: { ja: '例: tbd("令和〇年度")', en: 'For example tbd("令和〇年度").' },
  }),
};

function checkYear(year: number, label: string): FiscalYear {
  if (typeof year !== 'number') throw new HelperError('not-a-number', { helper: 'fy', got: typeof year });
  if (!Number.isFinite(year)) throw new HelperError('not-finite', { value: String(year) });
  if (!Number.isInteger(year)) throw new HelperError('not-whole-year', { value: year });
  if (year < MIN_FISCAL_YEAR || year > MAX_FISCAL_YEAR) throw new HelperError('year-out-of-range', { label });
  return year as FiscalYear;
}

function eraYear(era: Era, n: number): FiscalYear {
  const last = ERA_LAST_YEAR[era];
  if (typeof n !== 'number') throw new HelperError('not-a-number', { helper: ERA_HELPER[era], got: typeof n });
  if (!Number.isFinite(n)) throw new HelperError('not-finite', { value: String(n) });
  if (!Number.isInteger(n)) throw new HelperError('not-whole-year', { value: n });
  if (n < 1 || (last !== undefined && n > last)) throw new HelperError('no-such-era-year', { era, n });
  return checkYear(ERA_OFFSET[era] + n, `${era}${n}年度`);
}

const ERA_HELPER: Readonly<Record<Era, string>> = { 明治: 'meiji', 大正: 'taisho', 昭和: 'showa', 平成: 'heisei', 令和: 'reiwa' };

// --- the helpers' types: an impossible year does not compile ----------------
//
// A plan module writes its years as literals (the reader refuses anything
// else), so each helper's parameter is the union of the years that exist:
// reiwa(2023) or heisei(32) is underlined in the editor as it is typed, and
// `keikaku check` reports it once, with the helper's own message (its tsc
// echo at the same place is dropped). A value typed only as `number`
// (keikaku's own code, tests) is still accepted and checked when the helper
// runs. Unions written digit by digit cost tsc little: on the bundled plans,
// 10,057 instantiations instead of 7,944 and no measurable check time.

type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
type NumberOf<S> = S extends `${infer N extends number}` ? N : never;
/** 1947 … 2100 (MIN_FISCAL_YEAR … MAX_FISCAL_YEAR). */
export type FiscalYearNumber = NumberOf<`194${7 | 8 | 9}` | `19${5 | 6 | 7 | 8 | 9}${Digit}` | `20${Digit}${Digit}` | '2100'>;
type NonZero = Exclude<Digit, 0>;
/** 令和1 … 82 (FY2019 … FY2100) or '元'. */
export type ReiwaYear = NumberOf<`${NonZero}` | `${1 | 2 | 3 | 4 | 5 | 6 | 7}${Digit}` | `8${0 | 1 | 2}`> | '元';
/** 平成1 … 31 or '元' (平成32年度 as printed after the era ended is printedYear('平成32年度')). */
export type HeiseiYear = NumberOf<`${NonZero}` | `${1 | 2}${Digit}` | `3${0 | 1}`> | '元';
/** 昭和22 … 64 (FY1947, when 地方自治法 came into force, … FY1989). */
export type ShowaYear = NumberOf<`2${2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}` | `${3 | 4 | 5}${Digit}` | `6${0 | 1 | 2 | 3 | 4}`>;
/**
 * A literal must be one of `Allowed`; a value typed only as number or string
 * (not a literal) is left to the helper's run-time check.
 */
type Literal<N, Allowed> = number extends N ? N : string extends N ? N : N extends Allowed ? N : Allowed;

/** A fiscal year by its Western number: fy(2024) is 2024年度（令和6年度）. fy(1946) and fy(2101) do not compile. */
export function fy<const Y extends number>(year: Literal<Y, FiscalYearNumber>): FiscalYear {
  return checkYear(year as number, `${year}年度`);
}
/** The year number of an era year: 1 to 64, or '元' for the first year (元年). */
export type EraYearNumber = number | '元';
const eraN = (n: EraYearNumber): number => (n === '元' ? 1 : n);

/** 令和N年度. reiwa(1) and reiwa('元') are 令和元年度 = FY2019; reiwa(2023) does not compile. */
export function reiwa<const N extends EraYearNumber>(n: Literal<N, ReiwaYear>): FiscalYear {
  return eraYear('令和', eraN(n as EraYearNumber));
}
/** 平成N年度. heisei(31) is FY2019, the same fiscal year as 令和元年度; heisei(32) does not compile. */
export function heisei<const N extends EraYearNumber>(n: Literal<N, HeiseiYear>): FiscalYear {
  return eraYear('平成', eraN(n as EraYearNumber));
}
/** 昭和N年度, from 昭和22年度 (FY1947). */
export function showa<const N extends EraYearNumber>(n: Literal<N, ShowaYear>): FiscalYear {
  return eraYear('昭和', eraN(n as EraYearNumber));
}
/** A placeholder year, written exactly as printed: tbd('令和〇年度'). */
export function tbd(printed: string): TbdYear {
  if (typeof printed !== 'string') throw new HelperError('not-text', { helper: 'tbd' });
  return { tbd: printed };
}
/** A year the document does not state. */
export function notStated(note?: string): NotStatedYear {
  return note === undefined ? { notStated: true } : { notStated: true, note };
}

/**
 * A year as printed, kept with the fiscal year it denotes: printedYear('平成32年度')
 * is { printed: '平成32年度', fy: 2020 }. Years past an era's end are read
 * the way their writers meant them (平成32年度 = 令和2年度). A year printed
 * without its era (「26年度」「32年度」 in a table whose era is in the heading or
 * the text around it) takes the era as a second argument, and keeps it as the
 * encoder's reading: printedYear('26年度', '平成') is { printed: '26年度', fy: 2014, era: '平成' }.
 */
export function printedYear(printed: string, era?: Era): PrintedYear {
  if (typeof printed !== 'string') throw new HelperError('not-text', { helper: 'printedYear' });
  if (era !== undefined && !Object.prototype.hasOwnProperty.call(ERA_OFFSET, era)) throw new HelperError('not-an-era', { era: String(era).slice(0, 10) });
  const own = parseYear(printed);
  if (era !== undefined && own?.kind === 'fiscalYear') throw new HelperError('era-printed', { text: printed.slice(0, 40), era });
  const parsed = own ?? (era !== undefined ? parseYear(printed, { era }) : undefined);
  if (!parsed || parsed.kind !== 'fiscalYear') throw new HelperError('not-a-year', { text: printed.slice(0, 40) });
  return era !== undefined ? { printed, fy: parsed.fiscalYear, era } : { printed, fy: parsed.fiscalYear };
}

/** A year the encoder read (not printed): { read: fy, note }. */
export function isReadYear(y: unknown): y is ReadYear {
  return typeof y === 'object' && y !== null && 'read' in y;
}

export function isPrintedYear(y: unknown): y is PrintedYear {
  return typeof y === 'object' && y !== null && 'printed' in y && 'fy' in y;
}

export function isFiscalYear(y: unknown): y is FiscalYear {
  return typeof y === 'number' && Number.isInteger(y);
}
export function isTbdYear(y: unknown): y is TbdYear {
  return typeof y === 'object' && y !== null && 'tbd' in y;
}
export function isNotStatedYear(y: unknown): y is NotStatedYear {
  return typeof y === 'object' && y !== null && 'notStated' in y;
}

/** The fiscal year a calendar date falls in (April starts the year). */
export function fiscalYearOfDate(date: string | Date): FiscalYear {
  const d = typeof date === 'string' ? parseIsoDate(date) : date;
  const y = d.getUTCFullYear();
  return checkYear(d.getUTCMonth() >= 3 ? y : y - 1, String(date));
}

/** First and last day of a fiscal year as ISO dates. */
export function fiscalYearRange(year: number): { start: string; end: string } {
  return { start: `${year}-04-01`, end: `${year + 1}-03-31` };
}

function parseIsoDate(s: string): Date {
  return calendarDateToUtc(calendarDateOrThrow(s));
}

// --- formatting (Intl's Japanese calendar does the era arithmetic) ---------

const eraYearFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const eraDateFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/**
 * 和暦 of a fiscal year, named after the era in force for most of it: FY2019
 * is 令和元年度 (its April is still 平成31年, but the year as a whole is
 * customarily called 令和元年度). Uses Intl for the era name and 元年.
 */
export function formatWarekiFiscalYear(year: number): string {
  // 1 October lies inside the fiscal year and after every era change that
  // happened within the year (令和 began 1 May 2019).
  return `${eraYearFormat.format(new Date(Date.UTC(year, 9, 1)))}度`;
}

/** 2024年度（令和6年度）. */
export function formatFiscalYear(year: number): string {
  return `${year}年度（${formatWarekiFiscalYear(year)}）`;
}

/** Short form: R6, H31. R1 for 令和元年度. */
export function formatFiscalYearShort(year: number): string {
  const era = eraOfDate(new Date(Date.UTC(year, 9, 1)));
  return `${ERA_LETTER[era]}${year - ERA_OFFSET[era]}`;
}

/** The Latin initial each era is abbreviated to (H27 = 平成27). Lint's era-abbreviation reads it too. */
export const ERA_LETTER: Readonly<Record<Era, string>> = { 明治: 'M', 大正: 'T', 昭和: 'S', 平成: 'H', 令和: 'R' };

/** 和暦 of a calendar date: 2019-04-30 is 平成31年4月30日, 2019-05-01 is 令和元年5月1日. */
export function formatWarekiDate(date: string | Date): string {
  const d = typeof date === 'string' ? parseIsoDate(date) : date;
  return eraDateFormat.format(d);
}

/** The era and its year (元 for the first) of a fiscal year, as formatWarekiFiscalYear names it: 2019 → 令和 元, 2024 → 令和 6. */
export function eraOfFiscalYear(year: number): { era: Era; n: string } | undefined {
  const m = /^(明治|大正|昭和|平成|令和)(元|\d+)年度$/.exec(formatWarekiFiscalYear(year));
  return m ? { era: m[1] as Era, n: m[2]! } : undefined;
}

export function eraOfDate(date: Date): Era {
  const iso = date.toISOString().slice(0, 10);
  const eras = Object.entries(ERA_STARTS) as [Era, string][];
  let found: Era = '明治';
  for (const [era, start] of eras) if (iso >= start) found = era;
  return found;
}

// --- parsing (Intl does not parse; this is the small parser it lacks) -------

/** An era by its name or its initial (ERA_LETTER). */
const ERA_NAMES: Readonly<Record<string, Era>> = Object.fromEntries(
  // Object.keys widens to string[]; ERA_OFFSET's keys are exactly the eras.
  (Object.keys(ERA_OFFSET) as Era[]).flatMap((era) => [
    [era, era],
    [ERA_LETTER[era], era],
  ]),
);

/** Characters printed where a number is not yet decided. NFKC keeps them. */
export const PLACEHOLDER_CHARS = '〇○◯●＊*×';

export type ParsedYear =
  | {
      kind: 'fiscalYear';
      fiscalYear: FiscalYear;
      era?: Era;
      eraYear?: number;
      /** 年度 (or a one-letter era such as R6, which plans use for fiscal years) rather than 年. */
      isFiscal: boolean;
      /** The era had ended before this year: 平成32年度 (= 令和2年度), H31 is still within 平成. */
      pastEraEnd?: boolean;
      /** 令和1年 written for 令和元年. */
      firstYearAsOne?: boolean;
    }
  | { kind: 'placeholder'; text: string };

export interface ParseYearOptions {
  /** The era to read a bare 元年 / 2年度 in (e.g. from the surrounding text). */
  era?: Era;
}

const KANJI_DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 六 → 6, 十二 → 12, 三十一 → 31; undefined when not a kanji numeral of 1–99. */
function kanjiNumber(s: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  if (!m[2]) return m[1] && !m[3] ? KANJI_DIGITS[m[1]] : undefined;
  return (m[1] ? KANJI_DIGITS[m[1]]! : 1) * 10 + (m[3] ? KANJI_DIGITS[m[3]]! : 0);
}

/**
 * Parses a printed year: 令和6年度, 令和元年度, 令和六年度, 平成31年度, 平成32年度
 * (past the era's end, read as its writer meant it: FY2020), R6, Ｒ４, H32,
 * 2024年度, 2024年, and 元年 / 2年度 when `options.era` says which era. A
 * placeholder (令和〇年度) is reported as such, before any number is read,
 * because a kanji-numeral parser would read 〇 as 0.
 */
export function parseYear(text: string, options: ParseYearOptions = {}): ParsedYear | undefined {
  const raw = text.trim();
  if (new RegExp(`[${PLACEHOLDER_CHARS}]`).test(raw)) return { kind: 'placeholder', text: raw };
  const s = raw.normalize('NFKC').replace(/\s+/g, '');
  const era = /^(明治|大正|昭和|平成|令和|[MTSHR])?(元|\d{1,2}|[一二三四五六七八九十]{1,3})(?:年(度)?)?$/i.exec(s);
  if (era && (era[1] !== undefined || options.era)) {
    const eraName = era[1] ? ERA_NAMES[era[1].toUpperCase()] ?? ERA_NAMES[era[1]] : options.era;
    if (!eraName) return undefined;
    // A bare number needs 年 after it ("6" alone is not a year).
    if (!era[1] && !/年/.test(s)) return undefined;
    const n = era[2] === '元' ? 1 : /^\d+$/.test(era[2]!) ? Number(era[2]) : kanjiNumber(era[2]!);
    if (n === undefined || n < 1) return undefined;
    const fiscal = era[3] !== undefined || (era[1] !== undefined && era[1].length === 1);
    const last = ERA_LAST_YEAR[eraName];
    const western = ERA_OFFSET[eraName] + n;
    if (western < MIN_FISCAL_YEAR || western > MAX_FISCAL_YEAR) return undefined;
    return {
      kind: 'fiscalYear',
      fiscalYear: western as FiscalYear,
      era: eraName,
      eraYear: n,
      isFiscal: fiscal,
      ...(last !== undefined && n > last ? { pastEraEnd: true } : {}),
      ...(n === 1 && era[2] !== '元' && era[1] !== undefined && era[1].length > 1 ? { firstYearAsOne: true } : {}),
    };
  }
  const west = /^(\d{4})(?:年(度)?)?$/.exec(s);
  if (west) {
    const y = Number(west[1]);
    if (y < MIN_FISCAL_YEAR || y > MAX_FISCAL_YEAR) return undefined;
    return { kind: 'fiscalYear', fiscalYear: y as FiscalYear, isFiscal: west[2] !== undefined };
  }
  return undefined;
}
