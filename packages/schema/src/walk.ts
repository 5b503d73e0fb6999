/** Walks a plan's hierarchy, giving each node, indicator and initiative with its plan path. */
import type { z } from 'zod';
import type { Goal, Policy, Approach, Initiative, PlanObject } from './plan.js';
import type { Indicator } from './indicator.js';

export type PlanPath = (string | number)[];
type PlanShape = z.infer<typeof PlanObject>;

export type Level = 'goal' | 'policy' | 'approach';
export type AnyNode = Goal | Policy | Approach;

export interface NodeVisit {
  level: Level;
  node: AnyNode;
  path: PlanPath;
  /** Ancestors from the goal down, excluding the node itself. */
  ancestors: AnyNode[];
}
export interface IndicatorVisit {
  indicator: Indicator;
  path: PlanPath;
  /** The goal, policy or approach the indicator belongs to; undefined for the plan's own `indicators`. */
  owner: NodeVisit | undefined;
}
export interface InitiativeVisit {
  initiative: Initiative;
  path: PlanPath;
  owner: NodeVisit;
}

export function* walkNodes(plan: Pick<PlanShape, 'goals'>): Generator<NodeVisit> {
  for (const [gi, goal] of plan.goals.entries()) {
    const gPath = ['goals', gi];
    yield { level: 'goal', node: goal, path: gPath, ancestors: [] };
    for (const [pi, policy] of (goal.policies ?? []).entries()) {
      const pPath = [...gPath, 'policies', pi];
      yield { level: 'policy', node: policy, path: pPath, ancestors: [goal] };
      for (const [ai, approach] of (policy.approaches ?? []).entries()) {
        yield { level: 'approach', node: approach, path: [...pPath, 'approaches', ai], ancestors: [goal, policy] };
      }
    }
  }
}

/** Every indicator: the plan's own (plan.indicators) first, then those of each goal, policy and approach. */
export function* walkIndicators(plan: Pick<PlanShape, 'goals'> & Partial<Pick<PlanShape, 'indicators'>>): Generator<IndicatorVisit> {
  for (const [i, indicator] of (plan.indicators ?? []).entries()) yield { indicator, path: ['indicators', i], owner: undefined };
  for (const visit of walkNodes(plan)) {
    for (const [i, indicator] of (visit.node.indicators ?? []).entries()) {
      yield { indicator, path: [...visit.path, 'indicators', i], owner: visit };
    }
  }
}

export function* walkInitiatives(plan: Pick<PlanShape, 'goals'>): Generator<InitiativeVisit> {
  for (const visit of walkNodes(plan)) {
    for (const [i, initiative] of (visit.node.initiatives ?? []).entries()) {
      yield { initiative, path: [...visit.path, 'initiatives', i], owner: visit };
    }
  }
}

/** goals[2].policies[0].indicators[1].target.fy */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out || '(root)';
}
