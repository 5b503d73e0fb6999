/**
 * Reading values without trusting their shape. The schema keeps growing
 * (issue 7: stated absence, relative and recurring targets, qualifiers), so
 * every function here classifies a value defensively: a shape it does not
 * know is 'unknown', never an error.
 */
import { formatValue, partName, type Value } from '@keikaku/schema';

export type KnownKind =
  | 'quantity' | 'composite' | 'state' | 'direction' | 'frequency' | 'milestone' | 'missing'
  | 'absent' | 'relative' | 'recurring';
export type Kind = KnownKind | 'unknown';

export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema's valueKind(), with 'unknown' for a shape it does not know (and never a throw). */
export function kindOf(v: unknown): Kind {
  if (typeof v === 'number') return Number.isFinite(v) ? 'quantity' : 'unknown';
  if (!isObj(v)) return 'unknown';
  if (Array.isArray(v.parts)) return 'composite';
  if (typeof v.absent === 'string') return 'absent';
  if (isObj(v.relative)) return 'relative';
  if (typeof v.recurring === 'string') return 'recurring';
  if (typeof v.milestone === 'string') return 'milestone';
  if (typeof v.state === 'string') return 'state';
  if (typeof v.direction === 'string') return 'direction';
  if (isObj(v.frequency) && typeof v.frequency.count === 'number') return 'frequency';
  if (typeof v.missing === 'string') return 'missing';
  return 'unknown';
}

function nameOf(p: Record<string, unknown>, unit?: string): string | undefined {
  try {
    return partName(p as Parameters<typeof partName>[0], unit);
  } catch {
    return typeof p.part === 'string' ? p.part : undefined;
  }
}

/** The value of one part: the part of a composite, or the value itself for a whole indicator. */
export function partValue(v: unknown, part: string | undefined, unit?: string): unknown {
  if (kindOf(v) === 'composite') {
    if (part === undefined) return undefined;
    const p = (v as { parts: unknown[] }).parts.find((x) => isObj(x) && nameOf(x, unit) === part);
    return isObj(p) ? p.value : undefined;
  }
  return part === undefined ? v : undefined;
}

/** The unit of a part (its own, else the indicator's). */
export function partUnit(values: unknown[], part: string | undefined, fallback: string): string {
  if (part === undefined) return fallback;
  for (const v of values) {
    if (kindOf(v) !== 'composite') continue;
    const p = (v as { parts: unknown[] }).parts.find((x) => isObj(x) && nameOf(x, fallback) === part);
    if (isObj(p) && typeof p.unit === 'string') return p.unit;
  }
  return fallback;
}

/** Part names in order of first appearance; [undefined] when no value is composite. */
export function partNames(values: unknown[], unit?: string): (string | undefined)[] {
  const names: string[] = [];
  for (const v of values) {
    if (kindOf(v) !== 'composite') continue;
    for (const p of (v as { parts: unknown[] }).parts) {
      const n = isObj(p) ? nameOf(p, unit) : undefined;
      if (n !== undefined && !names.includes(n)) names.push(n);
    }
  }
  return names.length ? names : [undefined];
}

const PER_YEAR: Record<string, number> = { 日: 365, 週: 52, 月: 12, 年: 1 };

/** A number to grade: a quantity, a frequency as occurrences per year, a relative target's figure. */
export function numberOf(v: unknown): number | undefined {
  const k = kindOf(v);
  if (k === 'quantity') return v as number;
  if (k === 'frequency') {
    const f = (v as { frequency: { count: number; per?: string; every?: number } }).frequency;
    const m = PER_YEAR[f.per ?? '年'];
    if (m === undefined) return undefined;
    return (f.count * m) / (typeof f.every === 'number' && f.every > 0 ? f.every : 1);
  }
  if (k === 'relative') return relativeNumber(v);
  return undefined;
}

/** The figure a relative target comes to: its printed value, else base × rule. */
export function relativeNumber(v: unknown): number | undefined {
  if (!isObj(v) || !isObj(v.relative)) return undefined;
  if (typeof v.value === 'number' && Number.isFinite(v.value)) return v.value;
  const r = v.relative;
  const by = typeof r.by === 'number' ? r.by : undefined;
  const base = isObj(r.base) && typeof r.base.value === 'number' ? r.base.value : undefined;
  if (by === undefined || base === undefined) return undefined;
  switch (r.rule) {
    case 'times': return base * by;
    case 'percentOf': return (base * by) / 100;
    case 'plus': return base + by;
    case 'minus': return base - by;
    default: return undefined;
  }
}

/** The text of a value as a reviewer reads it; an unknown shape is said to be one. */
export function textOf(v: unknown, unit?: string): string {
  if (v === undefined) return '―';
  const k = kindOf(v);
  if (k === 'unknown') return '（判定できない値）';
  if (k === 'milestone') {
    const m = v as { milestone: string; fy: unknown };
    const y = yearView(m.fy);
    return y.fy !== undefined ? `${y.fy}年度までに${m.milestone}` : `${y.text}${m.milestone}`;
  }
  try {
    return formatValue(v as Value, unit);
  } catch {
    return '（判定できない値）';
  }
}

/** A year that may be a fiscal year, a printed year, a placeholder or not stated. */
export function yearView(y: unknown): { fy?: number; text: string } {
  if (typeof y === 'number' && Number.isInteger(y)) return { fy: y, text: `${y}年度` };
  if (isObj(y) && typeof y.printed === 'string' && typeof y.fy === 'number') return { fy: y.fy, text: y.printed };
  if (isObj(y) && typeof y.tbd === 'string') return { text: y.tbd };
  // A year the encoder read (issue 17): judged as that year, shown as a reading.
  if (isObj(y) && typeof y.read === 'number') return { fy: y.read, text: `${y.read}年度（読み取り）` };
  return { text: '（年度の記載なし）' };
}

/** A qualifier on a figure (推計, 見込み, 暫定 …), whatever its final shape. */
export function qualifierOf(x: unknown): string | undefined {
  if (!isObj(x)) return undefined;
  const q = x.qualifier ?? x.qualifiers;
  if (typeof q === 'string' && q.trim()) return q.trim();
  if (Array.isArray(q)) {
    const s = q.filter((y): y is string => typeof y === 'string' && y.trim() !== '');
    return s.length ? s.join('・') : undefined;
  }
  return undefined;
}

/** Locale-formatted number with the unit: 1,817件, 97.75%. */
export function numberText(n: number, unit: string): string {
  return `${n.toLocaleString('ja-JP', { maximumFractionDigits: 2 })}${unit}`;
}
