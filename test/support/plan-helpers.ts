/** Shared helpers for the per-plan fidelity tests (test/plans/*.test.ts). */
import { expect } from 'vitest';
import {
  validatePlan,
  formatProblem,
  walkNodes,
  walkIndicators,
  walkInitiatives,
  type Plan,
  type Indicator,
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
export function indicatorsByName(plan: Plan): Map<string, Indicator> {
  const map = new Map<string, Indicator>();
  for (const { indicator } of walkIndicators(plan)) map.set(indicator.name, indicator);
  return map;
}
