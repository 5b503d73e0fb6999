/**
 * definePlan / defineProgress capture the literal type of a plan module, as
 * Astro's defineCollection does, and return it unchanged. Because indicator
 * ids stay literal types, a progress module that names an indicator the plan
 * does not have fails to compile.
 *
 * The parameter is `P & PlanModule<V>`, V being the plan's vocabulary: P keeps the literal
 * types, and the non-generic half makes tsc check excess properties at every
 * depth, so a misspelt optional key (`tagret`, `notes` for `note`) is
 * underlined in the editor (issue 7 §11). The same half accepts the plan's
 * declared words in the open vocabularies, so a unit the plan neither has
 * built in nor declares fails to compile.
 *
 * PlanModule and ProgressModule are declarations generated from the Zod
 * schemas (generated/plan-types.ts, see type-declarations.ts): against plain
 * interfaces tsc checks a plan about twice as fast as against Zod's inferred
 * types, and this module, like everything plan-api.ts exports, loads no Zod.
 */
import type { PlanModule, ProgressModule } from './generated/plan-types.js';

export type { PlanModule, ProgressModule } from './generated/plan-types.js';

type VocabularyOf<P> = P extends { readonly vocabulary?: infer V } ? V : unknown;

export function definePlan<const V = unknown, const P extends PlanModule<V> = PlanModule<V>>(
  // NoInfer: V is inferred from `vocabulary` alone, never by walking the whole plan type
  // against PlanModule<V> (that inference made tsc ~1.5× slower on the benchmark corpus).
  plan: P & { readonly vocabulary?: V } & NoInfer<PlanModule<V>>,
): P {
  return plan;
}

/**
 * definePlan as `keikaku check`'s compiler sees it (plan-api.ts, under the
 * `keikaku-plan` export condition): the same literal types, vocabulary and
 * errors, without the excess-key half of the parameter, which made every plan
 * about 1.6 times as costly to compile (issue 6, "Measure and scale"). A
 * plan with any other type error is still checked against PlanModule<V>
 * in full, unknown keys included; an unknown key alone is refused by Zod's
 * strict objects in the same check, at the key, with the nearest known key
 * (errors.ts). Editors see definePlan above and underline it as they type.
 */
export function definePlanChecked<const V = unknown, const P extends PlanModule<NoInfer<V>> = PlanModule<NoInfer<V>>>(
  plan: P & { readonly vocabulary?: V },
): P {
  return plan;
}

type Elem<T> = T extends readonly (infer U)[] ? U : never;
type Field<T, K extends string> = T extends { readonly [k in K]?: infer V } ? Elem<NonNullable<V>> : never;

type GoalsOf<P> = Field<P, 'goals'>;
type PoliciesOf<P> = Field<GoalsOf<P>, 'policies'>;
type ApproachesOf<P> = Field<PoliciesOf<P>, 'approaches'>;
type NodesOf<P> = GoalsOf<P> | PoliciesOf<P> | ApproachesOf<P>;
type IdOf<T> = T extends { readonly id: infer I extends string } ? I : never;

/** The literal ids of all indicators of a plan module: those of its nodes and the plan-level ones (計画全体の指標). */
export type IndicatorIdOf<P> = IdOf<Field<NodesOf<P>, 'indicators'>> | IdOf<Field<P, 'indicators'>>;
/** The literal ids of all initiatives (取組) of a plan module. */
export type InitiativeIdOf<P> = IdOf<Field<NodesOf<P>, 'initiatives'>>;
/** The literal ids of goals, policies, approaches and indicators. */
export type NodeIdOf<P> = IdOf<NodesOf<P>> | IndicatorIdOf<P>;

type ProgressShape<P> = ProgressModule<VocabularyOf<P>>;
type GradeOf<P> = P extends { readonly grading?: readonly (infer S)[] }
  ? S extends { readonly id: infer I extends string; readonly levels: readonly (infer L)[] }
    ? { readonly scale: I; readonly grade: L extends { readonly mark: infer M extends string } ? M : never }
    : never
  : never;

type SheetShape<P> = Elem<NonNullable<ProgressShape<P>['sheets']>>;
type OpinionShape<P> = Elem<NonNullable<ProgressShape<P>['opinions']>>;
/** Goals, policies, approaches and initiatives: what an evaluation sheet or an opinion may name. */
export type ReviewNodeIdOf<P> = IdOf<NodesOf<P>> | InitiativeIdOf<P>;

/** A progress module checked against its plan's ids, vocabulary and grading scales. */
export type ProgressFor<P extends { readonly id: string }> = Omit<ProgressShape<P>, 'plan' | 'actuals' | 'narratives' | 'initiatives' | 'grades' | 'sheets' | 'opinions'> & {
  readonly plan: P['id'];
  /** The city's own grades: the mark must be a level of the named scale. */
  readonly grades?: readonly (Omit<Elem<NonNullable<ProgressShape<P>['grades']>>, 'target' | 'scale' | 'grade'> & { readonly target: NodeIdOf<P> | InitiativeIdOf<P> } & GradeOf<P>)[];
  readonly actuals: readonly (Omit<Elem<ProgressShape<P>['actuals']>, 'indicator'> & { readonly indicator: IndicatorIdOf<P> })[];
  readonly narratives?: readonly (Omit<Elem<NonNullable<ProgressShape<P>['narratives']>>, 'node'> & { readonly node: NodeIdOf<P> })[];
  readonly initiatives?: readonly (Omit<Elem<NonNullable<ProgressShape<P>['initiatives']>>, 'initiative'> & {
    readonly initiative: InitiativeIdOf<P>;
  })[];
  /** Evaluation sheets: the node must be a goal, policy, approach or initiative; each evaluation a mark of the named scale. */
  readonly sheets?: readonly (Omit<SheetShape<P>, 'node' | 'evaluations'> & {
    readonly node: ReviewNodeIdOf<P>;
    readonly evaluations?: readonly (Omit<Elem<NonNullable<SheetShape<P>['evaluations']>>, 'scale' | 'grade'> & GradeOf<P>)[];
  })[];
  /** 委員会意見: on the plan as a whole, or on a goal, policy, approach or initiative. */
  readonly opinions?: readonly (Omit<OpinionShape<P>, 'node'> & { readonly node?: ReviewNodeIdOf<P> })[];
};

/**
 * Checks a progress module against its plan. The parameter is not generic in
 * the progress literal, so tsc checks excess keys in it and nothing is
 * inferred from it (the progress literal's own type is needed by no one).
 */
export function defineProgress<const P extends { readonly id: string }>(_plan: P, progress: ProgressFor<P>): ProgressFor<P> {
  return progress;
}
