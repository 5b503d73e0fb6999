/** Every number a plan or progress module writes, with its unit and plan path: what the value checks look at. */
import { indicatorValues, type Indicator, type Value } from '@keikaku/schema';
import type { ActualVisit } from '../rule.js';
import type { PlanPath } from '../source-map.js';

/**
 * One number and its unit. Its plan path is made when asked for (a check asks only for a number
 * it reports, and most numbers are fine): the path of the indicator or actual, then the value's
 * own steps within it.
 */
export class NumberAt {
  constructor(
    private readonly base: PlanPath,
    private readonly at: readonly (string | number)[],
    readonly value: number,
    readonly unit: string | undefined,
  ) {}

  get path(): PlanPath {
    return [...this.base, ...this.at];
  }
}

function pushNumbers(out: NumberAt[], v: Value, base: PlanPath, at: readonly (string | number)[], unit: string | undefined): void {
  if (typeof v === 'number') out.push(new NumberAt(base, at, v, unit));
  else if ('parts' in v) {
    v.parts.forEach((p, i) => {
      if (typeof p.value === 'number') out.push(new NumberAt(base, [...at, 'parts', i, 'value'], p.value, p.unit ?? unit));
    });
  }
}

/** Baseline, references, target, series, planned amounts and revised targets of one indicator. */
export function indicatorNumbers(ind: Indicator, path: PlanPath): readonly NumberAt[] {
  // Several checks ask for the same indicator's numbers in one walk (the engine hands every
  // listener the same visit): work them out once. Keyed by the indicator object, so the entry
  // goes with the plan.
  const known = numbersByIndicator.get(ind);
  if (known && known.path === path) return known.numbers;
  const numbers: NumberAt[] = [];
  for (const v of indicatorValues(ind)) pushNumbers(numbers, v.value, path, v.path, ind.unit);
  numbersByIndicator.set(ind, { path, numbers });
  return numbers;
}
const numbersByIndicator = new WeakMap<Indicator, { path: PlanPath; numbers: readonly NumberAt[] }>();

const VALUE: readonly string[] = ['value'];

/** The numbers of one actual, in the unit of the indicator it reports on. */
export function actualNumbers(a: ActualVisit): NumberAt[] {
  const numbers: NumberAt[] = [];
  pushNumbers(numbers, a.actual.value, a.path, VALUE, a.indicator?.unit);
  return numbers;
}
