/** Every number a plan or progress module writes, with its unit and plan path: what the value checks look at. */
import { indicatorValues, type Indicator, type Value } from '@keikaku/schema';
import memoizeOne from 'memoize-one';
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

/**
 * Baseline, references, target, series, planned amounts and revised targets of one indicator.
 * Several checks ask for the same indicator's numbers one after another (the engine hands every
 * listener the same visit, path and all): the answer for the indicator and path asked about last is
 * kept. Not in a WeakMap, whose values V8's young-generation collector keeps alive (see schema's walk.ts).
 */
export const indicatorNumbers: (ind: Indicator, path: PlanPath) => readonly NumberAt[] = memoizeOne((ind: Indicator, path: PlanPath): readonly NumberAt[] => {
  const numbers: NumberAt[] = [];
  for (const v of indicatorValues(ind)) pushNumbers(numbers, v.value, path, v.path, ind.unit);
  return numbers;
});

const VALUE: readonly string[] = ['value'];

/** The numbers of one actual, in the unit of the indicator it reports on. */
export function actualNumbers(a: ActualVisit): NumberAt[] {
  const numbers: NumberAt[] = [];
  pushNumbers(numbers, a.actual.value, a.path, VALUE, a.indicator?.unit);
  return numbers;
}
