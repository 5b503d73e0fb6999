/**
 * Structure and references tsc cannot express: unique ids, a unit for plain
 * numbers, references that resolve. Each issue carries a `keikaku` code;
 * errors.ts turns it into a bilingual message.
 *
 * Judgements about the document (a target year before its baseline, a
 * percentage over 100, a negative count, a reversed period, revisions out of
 * order) are not refused here: a plan that prints them is still read,
 * exported and reported, and @keikaku/core's checks (and lint) report them.
 */
import type { z } from 'zod';
import { PlanObject } from './plan.js';
import type { Value } from './value.js';
import { INDICATOR_CATEGORIES, indicatorValues } from './indicator.js';
import { UNITS } from './units.js';
import { MISSING_MARKS, QUALIFIERS, QUALITATIVE_STATES } from './value.js';
import { OUTLOOKS } from './progress.js';
import { VOCAB_KEY, allowedWords, openWords, type VocabularyKind, type WordAt } from './vocabulary.js';
import { walkIndicators, walkInitiatives, walkNodes, type PlanPath } from './walk.js';

type PlanShape = z.infer<typeof PlanObject>;
/** What Zod hands a `.check()`: the parsed plan and the issues found so far. */
type Ctx = z.core.ParsePayload<PlanShape>;

/** One issue, as Zod's superRefine `addIssue` would have made it (the input is dropped unless the parse asked for it). */
export function issue(ctx: Ctx, path: PlanPath, code: string, data: Record<string, unknown> = {}): void {
  ctx.issues.push({ code: 'custom', path, message: code, params: { keikaku: code, ...data }, input: ctx.value, continue: true });
}

function checkPlanConsistency(ctx: Ctx): void {
  const plan = ctx.value;
  checkUniqueIds(plan, ctx);
  checkWords(plan, plan, ctx);
  checkGrading(plan, ctx);
  const encompassed = new Set(plan.encompasses.map((e) => e.id));
  const initiativeIds = new Set([...walkInitiatives(plan)].map((v) => v.initiative.id));

  for (const { node, path } of walkNodes(plan)) {
    if (node.encompassed && !encompassed.has(node.encompassed)) {
      issue(ctx, [...path, 'encompassed'], 'unknown-encompassed', { id: node.encompassed });
    }
  }
  for (const { initiative, path } of walkInitiatives(plan)) {
    if (initiative.encompassed && !encompassed.has(initiative.encompassed)) {
      issue(ctx, [...path, 'encompassed'], 'unknown-encompassed', { id: initiative.encompassed });
    }
    if (initiative.repeats && !initiativeIds.has(initiative.repeats)) {
      issue(ctx, [...path, 'repeats'], 'unknown-initiative', { id: initiative.repeats });
    }
  }

  for (const { indicator: ind, path } of walkIndicators(plan)) {
    if (ind.encompassed && !encompassed.has(ind.encompassed)) {
      issue(ctx, [...path, 'encompassed'], 'unknown-encompassed', { id: ind.encompassed });
    }
    for (const v of indicatorValues(ind)) checkValue(ctx, path, v.path, v.value, ind.unit);
  }
}

/** The value at `at` within the indicator at `path` (the full path is made only for an issue: most values have none). */
function checkValue(ctx: Ctx, path: PlanPath, at: PlanPath, v: Value, unit: string | undefined): void {
  if (typeof v === 'number') {
    if (unit === undefined) issue(ctx, [...path, ...at], 'unit-required');
  } else if ('parts' in v) {
    v.parts.forEach((p, i) => {
      const partUnit = p.unit ?? unit;
      if (typeof p.value === 'number') {
        if (partUnit === undefined) issue(ctx, [...path, ...at, 'parts', i, 'value'], 'unit-required');
      }
    });
  }
}

function checkUniqueIds(plan: PlanShape, ctx: Ctx): void {
  const seen = new Map<string, PlanPath>();
  const add = (id: string, path: PlanPath) => {
    const first = seen.get(id);
    if (first) issue(ctx, [...path, 'id'], 'duplicate-id', { id, first });
    else seen.set(id, path);
  };
  plan.encompasses.forEach((e, i) => add(e.id, ['encompasses', i]));
  for (const { node, path } of walkNodes(plan)) add(node.id, path);
  for (const { indicator, path } of walkIndicators(plan)) add(indicator.id, path);
  for (const { initiative, path } of walkInitiatives(plan)) add(initiative.id, path);
}


/** Built-in words of each open vocabulary. */
export const BUILT_IN_WORDS = {
  unit: UNITS,
  state: QUALITATIVE_STATES,
  mark: MISSING_MARKS,
  category: INDICATOR_CATEGORIES,
  qualifier: QUALIFIERS,
  outlook: OUTLOOKS,
} as const;

/** A unit, state, mark, qualifier or category that is neither built in nor declared in the plan's vocabulary. */
export function unknownWords(plan: Pick<PlanShape, 'vocabulary'>, module: unknown): WordAt[] {
  // Most plans declare no words: their sets are the built-in ones, made once.
  const allowed = plan.vocabulary ? allowedWords(BUILT_IN_WORDS, plan.vocabulary) : (builtInOnly ??= allowedWords(BUILT_IN_WORDS, undefined));
  return openWords(module, (kind, word) => !allowed[kind].has(word));
}

let builtInOnly: Readonly<Record<VocabularyKind, ReadonlySet<string>>> | undefined;

function checkWords(plan: PlanShape, module: unknown, ctx: Ctx): void {
  for (const w of unknownWords(plan, module)) {
    issue(ctx, w.path, 'unknown-word', { kind: w.kind, word: w.word, key: VOCAB_KEY[w.kind], builtIn: BUILT_IN_WORDS[w.kind].join(' ') });
  }
}

function checkGrading(plan: PlanShape, ctx: Ctx): void {
  const seen = new Set<string>();
  (plan.grading ?? []).forEach((scale, i) => {
    if (seen.has(scale.id)) issue(ctx, ['grading', i, 'id'], 'duplicate-id', { id: scale.id, first: ['grading'] });
    seen.add(scale.id);
    const marks = new Set<string>();
    scale.levels.forEach((l, j) => {
      if (marks.has(l.mark)) issue(ctx, ['grading', i, 'levels', j, 'mark'], 'duplicate-grade-mark', { mark: l.mark, scale: scale.id });
      marks.add(l.mark);
      if (scale.kind !== 'assessment' && l.meaning === undefined) issue(ctx, ['grading', i, 'levels', j], 'grade-meaning-required', { mark: l.mark, scale: scale.id });
    });
  });
}

/**
 * The plan schema every plan is validated with: PlanObject's structure
 * (plan.ts), refined by the checks above.
 *
 * Through Zod's `.check()`, not `.superRefine()`: superRefine stores a new
 * `addIssue` function on each parse's payload, and in V8 (Node 20) that kept
 * every validated plan alive through the young-generation collections and
 * promoted it to the old generation (BENCHMARKS.md, eleventh pass).
 */
export const Plan = PlanObject.check(checkPlanConsistency);
export type Plan = z.infer<typeof Plan>;
export type PlanInput = z.input<typeof Plan>;
