/** Shared helpers for the per-plan fidelity tests (test/plans/*.test.ts). */
import { expect } from 'vitest';
import {
  validatePlan,
  formatProblem,
  walkNodes,
  walkIndicators,
  walkInitiatives,
  isAbsent,
  type Plan,
  type Indicator,
  type Observation,
  type Target,
} from '@keikaku/schema';

/** Validates a plan module with Zod and fails the test with readable problems. */
export function expectValidPlan(module: unknown): Plan {
  const r = validatePlan(module);
  if (!r.ok) expect.fail(r.problems.map(formatProblem).join('\n'));
  return r.value;
}

export function counts(plan: Plan) {
  const nodes = [...walkNodes(plan)];
  return {
    goals: nodes.filter((n) => n.level === 'goal').length,
    policies: nodes.filter((n) => n.level === 'policy').length,
    approaches: nodes.filter((n) => n.level === 'approach').length,
    initiatives: [...walkInitiatives(plan)].length,
    indicators: [...walkIndicators(plan)].length,
  };
}

/** Indicators keyed by their printed name (names are unique within each seed). */
export function indicatorsByName(plan: Plan): Map<string, StatedIndicator> {
  const map = new Map<string, StatedIndicator>();
  for (const { indicator } of walkIndicators(plan)) map.set(indicator.name, stated(indicator));
  return map;
}

/**
 * The seeds print a baseline and a target for every indicator (or a blank
 * mark, or a placeholder year): none of them states an absence. Fidelity
 * tests read them through this view, which fails the test if that changes.
 */
export type StatedIndicator = Omit<Indicator, 'baseline' | 'target'> & { baseline: Observation; target: Target };

export function stated(ind: Indicator): StatedIndicator {
  if (ind.baseline === undefined || isAbsent(ind.baseline)) expect.fail(`${ind.id}: baseline not stated`);
  if (ind.target === undefined || isAbsent(ind.target)) expect.fail(`${ind.id}: target not stated`);
  return ind as StatedIndicator;
}

export function* walkStated(plan: Plan) {
  for (const v of walkIndicators(plan)) yield { ...v, indicator: stated(v.indicator) };
}
