/**
 * Values as the evaluation reads them, through the schema's typed accessors
 * (valueKind, valueAs, partsOf, yearOf, tbdOf: @keikaku/schema). The plan and
 * its progress arrive validated by Zod, so every shape here is one the schema
 * defines; nothing is re-derived from `unknown`.
 */
import { formatValue, isPrintedYear, isReadYear, partsOf, tbdOf, valueAs, valueKind, yearOf, type PartValue, type Value, type ValueKind, type YearRef } from '@keikaku/schema';

/** A value's kind (the schema's ValueKind). */
export type Kind = ValueKind;
export type KnownKind = ValueKind;

/** Any value a baseline, target, actual or part may hold. */
export type AnyValue = Value | PartValue;

/** The value of one part: the part of a composite, or the value itself for a whole indicator. */
export function partValue(v: Value | undefined, part: string | undefined, unit?: string): AnyValue | undefined {
  if (v === undefined) return undefined;
  if (valueKind(v) === 'composite') return part === undefined ? undefined : partsOf(v, unit).get(part)?.value;
  return part === undefined ? v : undefined;
}

/** The unit of a part (its own, else the indicator's). */
export function partUnit(values: readonly (Value | undefined)[], part: string | undefined, fallback: string): string {
  if (part === undefined) return fallback;
  for (const v of values) {
    const p = partsOf(v, fallback).get(part);
    if (p?.unit !== undefined) return p.unit;
  }
  return fallback;
}

/** Part names in order of first appearance; [undefined] when no value is composite. */
export function partNames(values: readonly (Value | undefined)[], unit?: string): (string | undefined)[] {
  const names: string[] = [];
  for (const v of values) for (const n of partsOf(v, unit).keys()) if (!names.includes(n)) names.push(n);
  return names.length ? names : [undefined];
}

const PER_YEAR: Record<string, number> = { 日: 365, 週: 52, 月: 12, 年: 1 };

/** A number to grade: a quantity, a frequency as occurrences per year, a relative target's figure. */
export function numberOf(v: AnyValue | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const f = valueAs(v, 'frequency')?.frequency;
  if (f) {
    const m = PER_YEAR[f.per];
    if (m === undefined) return undefined;
    return (f.count * m) / (f.every !== undefined && f.every > 0 ? f.every : 1);
  }
  const r = valueAs(v, 'relative');
  return r ? relativeNumber(r) : undefined;
}

/** The figure a relative target comes to: its printed value, else base × rule. */
export function relativeNumber(v: Extract<Value, { relative: unknown }>): number | undefined {
  if (v.value !== undefined && Number.isFinite(v.value)) return v.value;
  const { by, base, rule } = v.relative;
  switch (rule) {
    case 'times': return base.value * by;
    case 'percentOf': return (base.value * by) / 100;
    case 'plus': return base.value + by;
    case 'minus': return base.value - by;
  }
}

/** The text of a value as a reviewer reads it. */
export function textOf(v: AnyValue | undefined, unit?: string): string {
  if (v === undefined) return '―';
  const m = valueAs(v, 'milestone');
  if (m) {
    const y = yearView(m.fy);
    return y.fy !== undefined ? `${y.fy}年度までに${m.milestone}` : `${y.text}${m.milestone}`;
  }
  return formatValue(v, unit);
}

/** A year that may be a fiscal year, a printed year, a placeholder or not stated. */
export function yearView(y: YearRef | number | undefined): { fy?: number; text: string } {
  if (typeof y === 'number') return { fy: y, text: `${y}年度` };
  const fy = yearOf(y);
  if (isPrintedYear(y)) return { fy: y.fy, text: y.printed };
  // A year the encoder read (issue 17): judged as that year, shown as a reading.
  if (isReadYear(y)) return { fy: y.read, text: `${y.read}年度（読み取り）` };
  if (fy !== undefined) return { fy, text: `${fy}年度` };
  const tbd = tbdOf(y);
  if (tbd) return { text: tbd.tbd };
  return { text: '（年度の記載なし）' };
}

/** A qualifier on a figure (推計, 見込み, 暫定 …). */
export function qualifierOf(x: { qualifier?: string | undefined }): string | undefined {
  const q = x.qualifier?.trim();
  return q ? q : undefined;
}

// One formatter, made once: toLocaleString with options builds a new one per call (10% of a report run's CPU).
const JA_2 = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 2 });

/** Locale-formatted number with the unit: 1,817件, 97.75%. */
export function numberText(n: number, unit: string): string {
  return `${JA_2.format(n)}${unit}`;
}

