/** Every number a plan or progress module writes, with its unit and plan path: what the value checks look at. */
import { indicatorValues, walkIndicators, type Indicator, type Plan, type Progress, type Value } from '@keikaku/schema';
import type { PlanPath } from '../source-map.js';

export interface NumberAt {
  path: PlanPath;
  value: number;
  unit: string | undefined;
}

function numbersOf(v: Value | undefined, path: PlanPath, unit: string | undefined): NumberAt[] {
  if (v === undefined) return [];
  if (typeof v === 'number') return [{ path, value: v, unit }];
  if (typeof v === 'object' && v !== null && 'parts' in v) {
    return v.parts.flatMap((p, i) =>
      typeof p.value === 'number' ? [{ path: [...path, 'parts', i, 'value'], value: p.value, unit: p.unit ?? unit }] : [],
    );
  }
  return [];
}

/** Baseline, references, target and revised targets of one indicator. */
export function indicatorNumbers(ind: Indicator, path: PlanPath): NumberAt[] {
  return indicatorValues(ind).flatMap((v) => numbersOf(v.value, [...path, ...v.path], ind.unit));
}

export function planNumbers(plan: Plan): NumberAt[] {
  return [...walkIndicators(plan)].flatMap(({ indicator, path }) => indicatorNumbers(indicator, path));
}

export function indicatorsById(plan: Plan): Map<string, Indicator> {
  return new Map([...walkIndicators(plan)].map((v) => [v.indicator.id, v.indicator]));
}

export function progressNumbers(plan: Plan, progress: Progress): NumberAt[] {
  const byId = indicatorsById(plan);
  return progress.actuals.flatMap((a, i) => numbersOf(a.value, ['actuals', i, 'value'], byId.get(a.indicator)?.unit));
}
