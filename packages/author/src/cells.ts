/**
 * Cells as staff type them: numbers as Excel stores them and as people write
 * them (「1,817」「１８１７」「1817件」「97.8%」), dates as Excel serials, ISO
 * or 和暦 (令和6年12月31日, R6.12.31), flags as ○ / TRUE / はい.
 */
import { ERA_OFFSET, ERA_STARTS, parseCalendarDate, type Era } from '@keikaku/schema';
import type { Cell } from './sheet.js';

export type NumberCell = { ok: true; value: number; unit?: string } | { ok: false };

/** Excel shows 15 significant digits; a formula's binary noise (0.30000000000000004) goes with the rest. */
const round = (n: number) => Number(n.toPrecision(15));

/** The text of a cell as a person sees it (NFKC: full-width digits and ％ become ASCII). */
export function cellText(c: Cell | undefined): string {
  const v = c?.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).normalize('NFKC').trim();
}

export function isBlank(c: Cell | undefined): boolean {
  return cellText(c) === '';
}

/** A number with the unit written after it, if any. */
export function parseNumberCell(c: Cell): NumberCell {
  const v = c.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { ok: false };
    // A cell formatted as a percentage stores 97.8% as 0.978.
    if (c.numFmt && /%/.test(c.numFmt.replace(/"[^"]*"/g, ''))) return { ok: true, value: round(v * 100), unit: '%' };
    return { ok: true, value: round(v) };
  }
  if (typeof v !== 'string') return { ok: false };
  const s = v
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[−–—]/g, '-')
    .replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1');
  // The number at the start; what follows it is the unit (no `(.*)$`: a linear match, issue 14).
  const m = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)/.exec(s);
  if (!m) return { ok: false };
  const value = Number(m[0]);
  if (!Number.isFinite(value)) return { ok: false };
  const unit = s.slice(m[0].length);
  // 1,8,17 or 1.2.3 is a typing mistake, not a number with a unit.
  if (/^[\d,.]/.test(unit)) return { ok: false };
  return unit ? { ok: true, value, unit } : { ok: true, value };
}

const ERA_BY_NAME: Record<string, Era> = { 明治: '明治', 大正: '大正', 昭和: '昭和', 平成: '平成', 令和: '令和', M: '明治', T: '大正', S: '昭和', H: '平成', R: '令和' };
const ERA_ORDER: Era[] = ['明治', '大正', '昭和', '平成', '令和'];

/**
 * A date written in a cell, as its Western year, month and day, checked by the schema's one strict
 * parser (the same that checks plan dates, `report --date` and `lint --today`): 2025-02-30 is refused
 * with the parser's message, never rolled over into March.
 */
function checked(year: number, month: number, day: number): DateCell {
  const r = parseCalendarDate(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  return r.ok ? { ok: true, iso: r.iso } : { ok: false, why: { ja: r.ja, en: r.en } };
}

export type DateCell = { ok: true; iso: string } | { ok: false; why?: { ja: string; en: string } };

/** Excel's day 0 is 1899-12-30 (after its 1900 leap-year bug, for every serial from 61 on). */
function fromSerial(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 61 || n > 2958465) return undefined;
  const d = new Date(Date.UTC(1899, 11, 30) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

export function parseDateCell(c: Cell): DateCell {
  const v = c.value;
  if (v instanceof Date) {
    // exceljs gives a date cell as UTC midnight of the day shown.
    return Number.isNaN(v.getTime()) ? { ok: false } : checked(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
  }
  if (typeof v === 'number') {
    const s = fromSerial(v);
    return s ? { ok: true, iso: s } : { ok: false };
  }
  if (typeof v !== 'string') return { ok: false };
  const s = v.normalize('NFKC').replace(/\s+/g, '');
  if (/^\d+$/.test(s) && s.length <= 7) {
    const d = fromSerial(Number(s));
    return d ? { ok: true, iso: d } : { ok: false };
  }
  const west = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (west) return checked(Number(west[1]), Number(west[2]), Number(west[3]));
  const wa = /^(明治|大正|昭和|平成|令和|[MTSHR])(元|\d{1,2})[年.\/-](\d{1,2})[月.\/-](\d{1,2})日?$/i.exec(s);
  if (wa) {
    const era = ERA_BY_NAME[wa[1]!.toUpperCase()] ?? ERA_BY_NAME[wa[1]!]!;
    const n = wa[2] === '元' ? 1 : Number(wa[2]);
    const year = ERA_OFFSET[era] + n;
    if (n < 1) return { ok: false, why: { ja: `${era}0年はありません（元年が1年です）`, en: `there is no year 0 of ${era} (元年 is year 1)` } };
    const date = checked(year, Number(wa[3]), Number(wa[4]));
    if (!date.ok) return date;
    const d = date.iso;
    const next = ERA_ORDER[ERA_ORDER.indexOf(era) + 1];
    if (d < ERA_STARTS[era] || (next && d >= ERA_STARTS[next])) {
      return { ok: false, why: { ja: `${era}の期間（${ERA_STARTS[era]}〜${next ? `${ERA_STARTS[next]} の前日` : ''}）にない日付です`, en: `the date lies outside the ${era} era` } };
    }
    return { ok: true, iso: d };
  }
  return { ok: false };
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '○', '◯', '〇', 'はい', '暫定', '済']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '×', '✕', 'いいえ', '確定', '-']);

export function parseFlagCell(c: Cell): boolean | undefined {
  const v = c.value;
  if (typeof v === 'boolean') return v;
  const s = cellText(c).toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return undefined;
}
