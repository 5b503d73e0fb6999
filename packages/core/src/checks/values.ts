/** Every number a plan or progress module writes, with its unit and plan path: what the value checks look at. */
import { indicatorValues, type Indicator, type Value } from '@keikaku/schema';
import type { ActualVisit } from '../rule.js';
import type { PlanPath } from '../source-map.js';

export interface NumberAt {
  path: PlanPath;
  value: number;
  unit: string | undefined;
}

function numbersOf(v: Value, path: PlanPath, unit: string | undefined): NumberAt[] {
  if (typeof v === 'number') return [{ path, value: v, unit }];
  if ('parts' in v) {
    return v.parts.flatMap((p, i) => (typeof p.value === 'number' ? [{ path: [...path, 'parts', i, 'value'], value: p.value, unit: p.unit ?? unit }] : []));
  }
  return [];
}

/** Baseline, references, target, series, planned amounts and revised targets of one indicator. */
export function indicatorNumbers(ind: Indicator, path: PlanPath): readonly NumberAt[] {
  // Several checks ask for the same indicator's numbers in one walk (the engine hands every
  // listener the same visit): work them out once. Keyed by the indicator object, so the entry
  // goes with the plan.
  const known = numbersByIndicator.get(ind);
  if (known && known.path === path) return known.numbers;
  const numbers = indicatorValues(ind).flatMap((v) => numbersOf(v.value, [...path, ...v.path], ind.unit));
  numbersByIndicator.set(ind, { path, numbers });
  return numbers;
}
const numbersByIndicator = new WeakMap<Indicator, { path: PlanPath; numbers: readonly NumberAt[] }>();

/** The numbers of one actual, in the unit of the indicator it reports on. */
export function actualNumbers(a: ActualVisit): NumberAt[] {
  return numbersOf(a.actual.value, [...a.path, 'value'], a.indicator?.unit);
}
