/**
 * Walks a plan's hierarchy, giving each node, indicator and initiative with its plan path.
 *
 * Typed against the generated plan types (generated/plan-types.ts) rather than
 * the Zod schemas in plan.ts, so the walker sits below the schemas and
 * plan-checks.ts (whose checks refine PlanObject into Plan) can use it without
 * an import circle. The walkers are generic: a Zod-parsed `Plan` gives back
 * its own Zod types, a `PlanModule` literal its readonly ones.
 */
import type { Goal, Indicator } from './generated/plan-types.js';

export type PlanPath = (string | number)[];

/** Anything with the plan's hierarchy: a parsed Plan, a PlanModule literal, or `{ goals }`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any plan vocabulary: its words only widen units and categories
export interface WalkablePlan {
  readonly goals: readonly Goal<any>[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  readonly indicators?: readonly Indicator<any>[];
}

type GoalOf<P extends WalkablePlan> = P['goals'][number];
type PolicyOf<P extends WalkablePlan> = NonNullable<GoalOf<P>['policies']>[number];
type ApproachOf<P extends WalkablePlan> = NonNullable<PolicyOf<P>['approaches']>[number];
/** A goal, policy or approach of the plan type P. */
export type NodeOf<P extends WalkablePlan> = GoalOf<P> | PolicyOf<P> | ApproachOf<P>;
export type IndicatorOf<P extends WalkablePlan> = NonNullable<NodeOf<P>['indicators']>[number];
export type InitiativeOf<P extends WalkablePlan> = NonNullable<NodeOf<P>['initiatives']>[number];

export type Level = 'goal' | 'policy' | 'approach';

export interface NodeVisit<P extends WalkablePlan = WalkablePlan> {
  level: Level;
  node: NodeOf<P>;
  path: PlanPath;
  /** Ancestors from the goal down, excluding the node itself. */
  ancestors: NodeOf<P>[];
}
export interface IndicatorVisit<P extends WalkablePlan = WalkablePlan> {
  indicator: IndicatorOf<P>;
  path: PlanPath;
  /** The goal, policy or approach the indicator belongs to; undefined for the plan's own `indicators`. */
  owner: NodeVisit<P> | undefined;
}
export interface InitiativeVisit<P extends WalkablePlan = WalkablePlan> {
  initiative: InitiativeOf<P>;
  path: PlanPath;
  owner: NodeVisit<P>;
}

export function* walkNodes<P extends WalkablePlan>(plan: P): Generator<NodeVisit<P>> {
  for (const [gi, goal] of plan.goals.entries()) {
    const gPath: PlanPath = ['goals', gi];
    yield { level: 'goal', node: goal, path: gPath, ancestors: [] };
    for (const [pi, policy] of (goal.policies ?? []).entries()) {
      const pPath: PlanPath = [...gPath, 'policies', pi];
      yield { level: 'policy', node: policy, path: pPath, ancestors: [goal] };
      for (const [ai, approach] of (policy.approaches ?? []).entries()) {
        yield { level: 'approach', node: approach, path: [...pPath, 'approaches', ai], ancestors: [goal, policy] };
      }
    }
  }
}

/** Every indicator: the plan's own (plan.indicators) first, then those of each goal, policy and approach. */
export function* walkIndicators<P extends WalkablePlan>(plan: P): Generator<IndicatorVisit<P>> {
  for (const [i, indicator] of (plan.indicators ?? []).entries()) yield { indicator: indicator as IndicatorOf<P>, path: ['indicators', i], owner: undefined };
  for (const visit of walkNodes(plan)) {
    for (const [i, indicator] of (visit.node.indicators ?? []).entries()) {
      yield { indicator, path: [...visit.path, 'indicators', i], owner: visit };
    }
  }
}

export function* walkInitiatives<P extends WalkablePlan>(plan: P): Generator<InitiativeVisit<P>> {
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
