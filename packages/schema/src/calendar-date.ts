/**
 * The one strict calendar-date parser: YYYY-MM-DD in the Gregorian calendar,
 * nothing else. 2025-02-30, 2024-13-01 and 9999-99-99 are refused with a plain
 * bilingual message (what is wrong and how to write it), never rolled over into
 * another day by `Date`. Used for plan and progress dates (asOf, through the
 * Zod schema's messages), for `report --date`, `lint --today`, the fiscal-year
 * helpers, and the written dates `keikaku import` reads from a sheet (author's cells.ts).
 */

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  /** The date as written, YYYY-MM-DD. */
  iso: string;
}

export interface CalendarDateProblem {
  ja: string;
  en: string;
  fix: { ja: string; en: string };
}

export type CalendarDateResult = ({ ok: true } & CalendarDate) | ({ ok: false } & CalendarDateProblem);

const FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A value quoted in a message, never at full length. */
function quote(s: string): string {
  const chars = [...s];
  return JSON.stringify(chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : s);
}

const FIX_FORM = {
  ja: '西暦で "2024-12-31" のように書いてください（令和6年12月31日 → "2024-12-31"）。',
  en: 'Write a Western date such as "2024-12-31".',
};
const FIX_DAY = {
  ja: '月と日を原典と照合してください（2月30日などはありません）。',
  en: 'Check the month and day against the source.',
};

/** Parses YYYY-MM-DD strictly. */
export function parseCalendarDate(input: string): CalendarDateResult {
  const m = FORM.exec(input);
  if (!m) {
    return { ok: false, ja: `日付 ${quote(input)} は YYYY-MM-DD 形式ではありません`, en: `date ${quote(input)} is not in YYYY-MM-DD form`, fix: FIX_FORM };
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12) {
    return { ok: false, ja: `日付 ${input} の月 ${m[2]} は 01〜12 ではありません`, en: `date ${input}: month ${m[2]} is not 01–12`, fix: FIX_DAY };
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      ja: `日付 ${input} は存在しない日付です（${year}年${month}月は${last}日まで）`,
      en: `date ${input} does not exist (${year}-${m[2]} has ${last} days)`,
      fix: FIX_DAY,
    };
  }
  return { ok: true, year, month, day, iso: input };
}

/** True for a real YYYY-MM-DD date. */
export function isCalendarDate(input: string): boolean {
  return parseCalendarDate(input).ok;
}

/** Midnight UTC of a parsed date (a Date built from its parts, so years 0000–0099 stay themselves). */
export function calendarDateToUtc(d: CalendarDate): Date {
  const date = new Date(Date.UTC(2000, d.month - 1, d.day));
  date.setUTCFullYear(d.year);
  return date;
}

/** Parses YYYY-MM-DD or throws a RangeError whose message is the bilingual problem. */
export function calendarDateOrThrow(input: string): CalendarDate {
  const r = parseCalendarDate(input);
  if (!r.ok) throw new RangeError(`${r.ja} (${r.en})`);
  return { year: r.year, month: r.month, day: r.day, iso: r.iso };
}
