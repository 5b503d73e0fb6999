/**
 * definePlan / defineProgress capture the literal type of a plan module, as
 * Astro's defineCollection does, and return it unchanged. Because indicator
 * ids stay literal types, a progress module that names an indicator the plan
 * does not have fails to compile.
 */
import type { PlanInput } from './plan.js';
import type { ProgressInput } from './progress.js';

/** Readonly all the way down, so `const` literals are accepted. */
export type DeepReadonly<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T // primitives, including branded ones such as FiscalYear, stay as they are
  : T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

export type PlanModule = DeepReadonly<PlanInput>;

export function definePlan<const P extends PlanModule>(plan: P): P {
  return plan;
}

type Elem<T> = T extends readonly (infer U)[] ? U : never;
type Field<T, K extends string> = T extends { readonly [k in K]?: infer V } ? Elem<NonNullable<V>> : never;

type GoalsOf<P> = Field<P, 'goals'>;
type PoliciesOf<P> = Field<GoalsOf<P>, 'policies'>;
type ApproachesOf<P> = Field<PoliciesOf<P>, 'approaches'>;
type NodesOf<P> = GoalsOf<P> | PoliciesOf<P> | ApproachesOf<P>;
type IdOf<T> = T extends { readonly id: infer I extends string } ? I : never;

/** The literal ids of all indicators of a plan module. */
export type IndicatorIdOf<P> = IdOf<Field<NodesOf<P>, 'indicators'>>;
/** The literal ids of all initiatives (取組) of a plan module. */
export type InitiativeIdOf<P> = IdOf<Field<NodesOf<P>, 'initiatives'>>;
/** The literal ids of goals, policies, approaches and indicators. */
export type NodeIdOf<P> = IdOf<NodesOf<P>> | IndicatorIdOf<P>;

type ProgressShape = DeepReadonly<ProgressInput>;

/** A progress module checked against its plan's ids. */
export type ProgressFor<P extends PlanModule> = Omit<ProgressShape, 'plan' | 'actuals' | 'narratives' | 'initiatives'> & {
  readonly plan: P['id'];
  readonly actuals: readonly (Omit<Elem<ProgressShape['actuals']>, 'indicator'> & { readonly indicator: IndicatorIdOf<P> })[];
  readonly narratives?: readonly (Omit<Elem<NonNullable<ProgressShape['narratives']>>, 'node'> & { readonly node: NodeIdOf<P> })[];
  readonly initiatives?: readonly (Omit<Elem<NonNullable<ProgressShape['initiatives']>>, 'initiative'> & {
    readonly initiative: InitiativeIdOf<P>;
  })[];
};

export function defineProgress<const P extends PlanModule, const R extends ProgressFor<P>>(_plan: P, progress: R): R {
  return progress;
}
