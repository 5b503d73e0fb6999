/**
 * Walks a plan's hierarchy, giving each node, indicator and initiative with its plan path.
 *
 * Typed against the generated plan types (generated/plan-types.ts) rather than
 * the Zod schemas in plan.ts, so the walker sits below the schemas and
 * plan-checks.ts (whose checks refine PlanObject into Plan) can use it without
 * an import circle. The walkers are generic: a Zod-parsed `Plan` gives back
 * its own Zod types, a `PlanModule` literal its readonly ones.
 */
import memoizeOne from 'memoize-one';
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
/** An indicator of a goal, policy or approach, or of the plan itself (`plan.indicators`). */
export type IndicatorOf<P extends WalkablePlan> = NonNullable<NodeOf<P>['indicators']>[number] | (P extends { readonly indicators?: readonly (infer I)[] } ? I : never);
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

/**
 * The plan's goals, policies and approaches, its indicators and its initiatives, each with its
 * path. Zod's output is not changed after validation, and a plan is walked a dozen times in a
 * row on its way through check (the schema's consistency checks, progress against plan, the
 * rule engine): the index of the plan walked last is kept, and asking again for the same plan
 * object gives it back. Treat the visits as read-only; they are shared by every caller.
 *
 * Not a WeakMap keyed by the plan: V8's young-generation collector (Node 20) keeps the values
 * of a long-lived WeakMap alive until the next full collection, whether or not their key is
 * still reachable. Every plan's index, and through it the plan, was copied and then promoted
 * to the old generation: with 1,741 plans each scavenge took 2.3 times as long, and old space
 * filled with dead plans (BENCHMARKS.md, eleventh pass).
 */
interface WalkIndex<P extends WalkablePlan> {
  nodes: NodeVisit<P>[];
  indicators: IndicatorVisit<P>[];
  initiatives: InitiativeVisit<P>[];
}
const lastIndex = memoizeOne((plan: WalkablePlan): WalkIndex<WalkablePlan> => buildIndex(plan));

function indexOf<P extends WalkablePlan>(plan: P): WalkIndex<P> {
  // The index was built by buildIndex from this same plan object, so its visits are P's.
  return lastIndex(plan) as unknown as WalkIndex<P>;
}

function buildIndex<P extends WalkablePlan>(plan: P): WalkIndex<P> {
  const nodes: NodeVisit<P>[] = [];
  for (const [gi, goal] of plan.goals.entries()) {
    const gPath: PlanPath = ['goals', gi];
    nodes.push({ level: 'goal', node: goal, path: gPath, ancestors: [] });
    for (const [pi, policy] of (goal.policies ?? []).entries()) {
      const pPath: PlanPath = [...gPath, 'policies', pi];
      nodes.push({ level: 'policy', node: policy, path: pPath, ancestors: [goal] });
      for (const [ai, approach] of (policy.approaches ?? []).entries()) {
        nodes.push({ level: 'approach', node: approach, path: [...pPath, 'approaches', ai], ancestors: [goal, policy] });
      }
    }
  }
  const indicators: IndicatorVisit<P>[] = [];
  for (const [i, indicator] of (plan.indicators ?? []).entries()) indicators.push({ indicator, path: ['indicators', i], owner: undefined });
  const initiatives: InitiativeVisit<P>[] = [];
  for (const visit of nodes) {
    for (const [i, indicator] of (visit.node.indicators ?? []).entries()) indicators.push({ indicator, path: [...visit.path, 'indicators', i], owner: visit });
  }
  for (const visit of nodes) {
    for (const [i, initiative] of (visit.node.initiatives ?? []).entries()) initiatives.push({ initiative, path: [...visit.path, 'initiatives', i], owner: visit });
  }
  return { nodes, indicators, initiatives };
}

/** Goals, then each goal's policies, then each policy's approaches, depth first, in the plan's order. */
export function walkNodes<P extends WalkablePlan>(plan: P): readonly NodeVisit<P>[] {
  return indexOf(plan).nodes;
}

/** The plan's own indicators first, then each node's, in walkNodes' order. */
export function walkIndicators<P extends WalkablePlan>(plan: P): readonly IndicatorVisit<P>[] {
  return indexOf(plan).indicators;
}

/** Each node's initiatives, in walkNodes' order. */
export function walkInitiatives<P extends WalkablePlan>(plan: P): readonly InitiativeVisit<P>[] {
  return indexOf(plan).initiatives;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out || '(root)';
}
