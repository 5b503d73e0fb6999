/** Small helpers the rules share: years, values, and places inside strings. */
import { formatValue, isFiscalYear, valueKind, walkIndicators, type Indicator, type Plan, type Value } from '@keikaku/schema';
import { quote } from '@keikaku/core';
import type { PlanPath, Range, SourceMap } from '@keikaku/core';

/** The Western fiscal year of a YearRef (a number, or a printed year's fy), or undefined (tbd, notStated, or a kind this version does not know). */
export function yearOf(y: unknown): number | undefined {
  if (isFiscalYear(y)) return y;
  if (typeof y === 'object' && y !== null && 'printed' in y && 'fy' in y && isFiscalYear((y as { fy: unknown }).fy)) return (y as { fy: number }).fy;
  return undefined;
}

/** A baseline, reference, target or series entry that states a value (not a stated absence, not left out). */
export interface Obs {
  fy: unknown;
  value: unknown;
  printed?: string;
  note?: string;
}

export function obsOf(x: unknown): Obs | undefined {
  return typeof x === 'object' && x !== null && 'value' in x && 'fy' in x ? (x as Obs) : undefined;
}

/** A stated absence ({ absent: '数値目標は設定しない', reason }), or undefined. */
export function absentOf(x: unknown): { absent: string; reason?: string } | undefined {
  return typeof x === 'object' && x !== null && 'absent' in x && typeof (x as { absent: unknown }).absent === 'string'
    ? (x as { absent: string; reason?: string })
    : undefined;
}

export type DirectionWord = 'increase' | 'decrease' | 'maintain';

/** The direction to judge by: the document's word or the encoder's reading ({ read }); undefined when not stated. */
export function directionOf(d: unknown): DirectionWord | undefined {
  if (d === 'increase' || d === 'decrease' || d === 'maintain') return d;
  if (typeof d === 'object' && d !== null && 'read' in d) return directionOf((d as { read: unknown }).read);
  return undefined;
}

export function isTbd(y: unknown): y is { tbd: string } {
  return typeof y === 'object' && y !== null && 'tbd' in y && typeof (y as { tbd: unknown }).tbd === 'string';
}

export function isNotStated(y: unknown): boolean {
  return typeof y === 'object' && y !== null && 'notStated' in y;
}

export function planPeriod(plan: Plan): { start?: number; end?: number } {
  const p = plan.period as unknown;
  if (typeof p !== 'object' || p === null || !('start' in p)) return {};
  const { start, end } = p as { start: unknown; end: unknown };
  return { start: yearOf(start), end: yearOf(end) };
}

/** valueKind that never throws: undefined for a value of a kind this version of lint does not know. */
export function kindOf(v: unknown): ReturnType<typeof valueKind> | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? 'quantity' : undefined;
  if (typeof v !== 'object' || v === null) return undefined;
  const known = ['parts', 'milestone', 'state', 'direction', 'frequency', 'missing', 'absent', 'relative', 'recurring'];
  if (!known.some((k) => k in v)) return undefined;
  try {
    return valueKind(v as Value);
  } catch {
    return undefined;
  }
}

/** A plain number value, or undefined. */
export function numberOf(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Named numeric parts of a composite value: part → { value, unit }. */
export function partsOf(v: unknown, unit: string | undefined): Map<string, { value: unknown; unit: string | undefined }> {
  const out = new Map<string, { value: unknown; unit: string | undefined }>();
  if (kindOf(v) !== 'composite') return out;
  for (const p of (v as { parts: { part: unknown; value: unknown; unit?: string }[] }).parts) {
    const name = typeof p.part === 'string' ? p.part : (p.unit ?? unit ?? '');
    out.set(name, { value: p.value, unit: p.unit ?? unit });
  }
  return out;
}

export interface IndicatorAt {
  indicator: Indicator;
  path: PlanPath;
}

export const indicatorsOf = (plan: Plan): IndicatorAt[] => [...walkIndicators(plan)].map(({ indicator, path }) => ({ indicator, path }));

/** The file range of characters [from, to) of the string written at `path`, when it is a plain string literal. */
export function rangeIn(source: SourceMap, path: PlanPath, from: number, to: number): Range | undefined {
  return source.stringRange(path, from, to);
}

/** Every match of a global regexp in a string, with its index. */
export function* matchesOf(re: RegExp, s: string): Generator<RegExpExecArray> {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(s); m; m = g.exec(s)) {
    yield m;
    if (m[0].length === 0) g.lastIndex++;
  }
}

/** A short excerpt of a string around [from, to) for messages. */
export function excerpt(s: string, from: number, to: number, pad = 8): string {
  const a = Math.max(0, from - pad);
  const b = Math.min(s.length, to + pad);
  return `${a > 0 ? '…' : ''}${s.slice(a, b)}${b < s.length ? '…' : ''}`;
}

/** Progress actuals for an indicator id, with their fiscal year and path. */
export function actualsFor(
  progress: readonly { fy: number; progress: { fy: number; actuals: readonly { indicator: string; value: unknown }[] }; source: SourceMap }[],
  id: string,
): { fy: number; value: unknown; index: number; source: SourceMap }[] {
  const out: { fy: number; value: unknown; index: number; source: SourceMap }[] = [];
  for (const p of progress) {
    p.progress.actuals.forEach((a, i) => {
      if (a.indicator === id) out.push({ fy: p.progress.fy, value: a.value, index: i, source: p.source });
    });
  }
  return out;
}

/** The plan and each progress module, with the source map findings in it are located through. */
export function modulesOf(ctx: { plan: object; planSource: SourceMap; progress: readonly { progress: object; source: SourceMap }[] }): { doc: object; source: SourceMap; progress: boolean }[] {
  return [{ doc: ctx.plan, source: ctx.planSource, progress: false }, ...ctx.progress.map((p) => ({ doc: p.progress, source: p.source, progress: true }))];
}

/** Plain-number baseline and target of an indicator (undefined when either is not a number). */
export function numericPair(ind: Indicator): { b: number; t: number; bfy?: number; tfy?: number } | undefined {
  const b = obsOf(ind.baseline);
  const t = obsOf(ind.target);
  if (!b || !t) return undefined;
  const bv = numberOf(b.value);
  const tv = numberOf(t.value);
  if (bv === undefined || tv === undefined) return undefined;
  return { b: bv, t: tv, bfy: yearOf(b.fy), tfy: yearOf(t.fy) };
}

/** Formats a number as the plan would print it (1,888). */
const NUMBER_FORMAT = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 6 });
export const fmt = (n: number): string => NUMBER_FORMAT.format(n);

/** A value as a reviewer reads it (1,888件, 相談日：年1回 / 随時相談件数 空欄), never at full length. */
export function showValue(v: unknown, unit?: string): string {
  if (kindOf(v) === undefined) return quote(v, 30);
  try {
    return quote(formatValue(v as Value, unit), 40);
  } catch {
    return quote(v, 30);
  }
}

/** Two values are the same statement; two blanks are the same whatever dash the table printed. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (kindOf(a) === 'missing' && kindOf(b) === 'missing') return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
