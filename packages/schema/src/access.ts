/**
 * One typed way to read a plan (issue 13). Lint, report and core take `Plan`
 * and `Progress` as Zod has validated them and read them through these
 * accessors, instead of re-deriving the shape from `unknown`.
 *
 * Every function here is total over its typed input: it never throws, and
 * "not stated", "stated absent" and "left out" come back as `undefined` (or an
 * empty collection), so a caller narrows once, with the discriminants the
 * schema defines.
 *
 * Already typed elsewhere in the schema and re-used here: valueKind and
 * formatValue (value.ts), yearOf and the year guards (fiscal-year.ts),
 * periodYears (plan.ts), baselineOf, targetOf, isAbsent, directionOf and
 * indicatorValues (indicator.ts), the walkers (walk.ts).
 */
import type { Actual, Progress } from './progress.js';
import type { GradingScale } from './grading.js';
import type { Indicator, Observation, SeriesEntry, Target } from './indicator.js';
import { baselineOf, targetOf } from './indicator.js';
import type { Plan } from './plan.js';
import { periodYears } from './plan.js';
import { isNotStatedYear, isTbdYear, yearOf, type FiscalYear, type YearRef } from './fiscal-year.js';
import type { TbdYear } from './generated/plan-types.js';
import { valueKind, type PartValue, type StatedAbsence, type Value, type ValueKind } from './value.js';
import { walkIndicators } from './walk.js';

// --- values -------------------------------------------------------------------

/** The value shape of each kind valueKind() names. */
export interface ValueOfKind {
  quantity: number;
  composite: Extract<Value, { parts: unknown }>;
  state: Extract<Value, { state: unknown }>;
  direction: Extract<Value, { direction: unknown }>;
  frequency: Extract<Value, { frequency: unknown }>;
  milestone: Extract<Value, { milestone: unknown }>;
  missing: Extract<Value, { missing: unknown }>;
  absent: Extract<Value, { absent: unknown }>;
  relative: Extract<Value, { relative: unknown }>;
  recurring: Extract<Value, { recurring: unknown }>;
}

/** True when `v` is of `kind`; narrows it. */
export function isKind<K extends ValueKind>(v: Value | PartValue, kind: K): v is Extract<Value | PartValue, ValueOfKind[K]> {
  return valueKind(v) === kind;
}

/** The value as `kind`, or undefined when it is of another kind: valueAs(t.value, 'direction')?.direction. */
export function valueAs<K extends ValueKind>(v: Value | PartValue | undefined, kind: K): ValueOfKind[K] | undefined {
  if (v === undefined || valueKind(v) !== kind) return undefined;
  // The one deliberate cast of this module: valueKind() is the discriminant, and TypeScript cannot relate its result to K.
  return v as ValueOfKind[K];
}

/** A plain number value (a quantity), or undefined. */
export function quantityOf(v: Value | PartValue | undefined): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export interface NamedPart {
  /** The part's name as printed, or its unit when the document names it only by that. */
  name: string;
  value: PartValue;
  /** The part's own unit, else the indicator's. */
  unit: string | undefined;
  /** Index of the part in the composite. */
  index: number;
}

/** The parts of a composite value, by name, in order (empty for any other kind). */
export function partsOf(v: Value | undefined, unit: string | undefined): Map<string, NamedPart> {
  const out = new Map<string, NamedPart>();
  const c = valueAs(v, 'composite');
  if (!c) return out;
  c.parts.forEach((p, index) => {
    const name = typeof p.part === 'string' ? p.part : (p.unit ?? unit ?? '');
    if (!out.has(name)) out.set(name, { name, value: p.value, unit: p.unit ?? unit, index });
  });
  return out;
}

/** Two values are the same statement; two blanks are the same whatever dash the table printed. */
export function sameValue(a: Value | PartValue, b: Value | PartValue): boolean {
  if (valueKind(a) === 'missing' && valueKind(b) === 'missing') return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

// --- absence ------------------------------------------------------------------

/**
 * A stated absence ({ absent: '数値目標は設定しない', reason }) written where a
 * figure belongs: as the whole baseline or target, or as its value. Undefined
 * for a figure that is given, and for one that is simply left out.
 */
export function absentOf(x: Observation | Target | StatedAbsence | Value | undefined): StatedAbsence | undefined {
  if (x === undefined || typeof x === 'number') return undefined;
  if ('absent' in x) return x;
  if ('fy' in x && 'value' in x) return valueAs(x.value, 'absent');
  return undefined;
}

// --- years --------------------------------------------------------------------

/** A placeholder year as printed (tbd('令和〇年度')), or undefined. */
export function tbdOf(y: YearRef | undefined): TbdYear | undefined {
  return isTbdYear(y) ? y : undefined;
}
/** True for a year the document does not state (notStated()). */
export function isNotStated(y: YearRef | undefined): boolean {
  return isNotStatedYear(y);
}

/** The plan's first and last fiscal year; either is undefined when not stated or not yet decided. */
export function planPeriod(plan: Pick<Plan, 'period'>): { start?: FiscalYear; end?: FiscalYear } {
  return periodYears(plan.period);
}

/** True when a fiscal year lies inside the plan period (false when the period is not known). */
export function inPlanPeriod(plan: Pick<Plan, 'period'>, year: number): boolean {
  const { start, end } = planPeriod(plan);
  return start !== undefined && end !== undefined && year >= start && year <= end;
}

// --- baseline and target ------------------------------------------------------

/** The plain-number baseline and target of an indicator, or undefined when either is not a number. */
export function numericPair(ind: Pick<Indicator, 'baseline' | 'target'>): { b: number; t: number; bfy?: FiscalYear; tfy?: FiscalYear } | undefined {
  const b = baselineOf(ind);
  const t = targetOf(ind);
  const bv = quantityOf(b?.value);
  const tv = quantityOf(t?.value);
  if (b === undefined || t === undefined || bv === undefined || tv === undefined) return undefined;
  const bfy = yearOf(b.fy);
  const tfy = yearOf(t.fy);
  return { b: bv, t: tv, ...(bfy !== undefined ? { bfy } : {}), ...(tfy !== undefined ? { tfy } : {}) };
}

/** The interim or yearly targets (年次目標), empty when none. */
export function seriesOf(ind: Pick<Indicator, 'series'>): readonly SeriesEntry[] {
  return ind.series ?? [];
}

/** The planned amounts per year (見込量), empty when none. */
export function plannedOf(ind: Pick<Indicator, 'planned'>): readonly NonNullable<Indicator['planned']>[number][] {
  return ind.planned ?? [];
}

// --- indicators, actuals, scales ----------------------------------------------

/** Every indicator of the plan by id (the first one, when an id is repeated). */
export function indicatorsById(plan: Pick<Plan, 'goals'>): Map<string, Indicator> {
  const out = new Map<string, Indicator>();
  for (const { indicator } of walkIndicators(plan)) if (!out.has(indicator.id)) out.set(indicator.id, indicator);
  return out;
}

export interface ActualAt {
  /** The progress module's fiscal year. */
  fy: FiscalYear;
  actual: Actual;
  /** Index in the module's `actuals`. */
  index: number;
}

/** The actuals reported for one indicator, across progress modules, in the order given. */
export function actualsOf(progress: readonly Pick<Progress, 'fy' | 'actuals'>[], indicatorId: string): ActualAt[] {
  const out: ActualAt[] = [];
  for (const p of progress) {
    p.actuals.forEach((actual, index) => {
      if (actual.indicator === indicatorId) out.push({ fy: p.fy, actual, index });
    });
  }
  return out;
}

/** The grading scales the plan declares for `what` (scales without `appliesTo` grade indicators). */
export function declaredScales(plan: Pick<Plan, 'grading'>, what: NonNullable<GradingScale['appliesTo']>[number] = 'indicator'): GradingScale[] {
  return (plan.grading ?? []).filter((s) => (s.appliesTo ?? ['indicator']).includes(what));
}
