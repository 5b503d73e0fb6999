/** Run-time validation of plan and progress modules, returning bilingual problems. */
import { Plan } from './plan-checks.js';
import { Progress } from './progress.js';
import { customProblem, toProblems, type Problem } from './errors.js';
import { walkIndicators, walkInitiatives, walkNodes } from './walk.js';
import { BUILT_IN_WORDS, unknownWords } from './plan-checks.js';
import { VOCAB_KEY } from './vocabulary.js';
import { reviewProblems } from './progress-checks.js';

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function validatePlan(input: unknown): Validated<Plan> {
  const r = Plan.safeParse(input, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: toProblems(r.error, Plan) };
}

/** Validates a progress module on its own and against the plan it reports on. */
export function validateProgress(plan: Plan, input: unknown): Validated<Progress> {
  const r = Progress.safeParse(input, { reportInput: true });
  if (!r.success) return { ok: false, problems: toProblems(r.error, Progress) };
  const problems = progressAgainstPlan(plan, r.data);
  return problems.length ? { ok: false, problems } : { ok: true, value: r.data };
}

/** What `validateProgress` finds once the shape is valid: ids, words, scales and grades the plan does not have. For a caller that already parsed the progress (Zod once, not twice). */
export function progressAgainstPlan(plan: Plan, p: Progress): Problem[] {
  const problems: Problem[] = [];
  const push = (path: (string | number)[], code: string, data: Record<string, unknown>) =>
    problems.push(customProblem(code, path, data));
  if (p.plan !== plan.id) push(['plan'], 'plan-mismatch', { plan: p.plan, expected: plan.id });
  const indicators = new Set([...walkIndicators(plan)].map((v) => v.indicator.id));
  const nodes = new Set([...walkNodes(plan)].map((v) => v.node.id));
  p.actuals.forEach((a, i) => {
    if (!indicators.has(a.indicator)) push(['actuals', i, 'indicator'], 'unknown-indicator', { id: a.indicator, plan: plan.id });
  });
  const initiatives = new Set([...walkInitiatives(plan)].map((v) => v.initiative.id));
  (p.initiatives ?? []).forEach((s, i) => {
    if (!initiatives.has(s.initiative)) push(['initiatives', i, 'initiative'], 'unknown-initiative', { id: s.initiative, plan: plan.id });
  });
  for (const w of unknownWords(plan, p)) {
    push(w.path, 'unknown-word', { kind: w.kind, word: w.word, key: VOCAB_KEY[w.kind], builtIn: BUILT_IN_WORDS[w.kind].join(' ') });
  }
  const scales = new Map((plan.grading ?? []).map((s) => [s.id, s]));
  (p.grades ?? []).forEach((g, i) => {
    const scale = scales.get(g.scale);
    if (!scale) push(['grades', i, 'scale'], 'unknown-scale', { id: g.scale, scales: [...scales.keys()].join(' ') || '（なし / none）' });
    else if (!scale.levels.some((l) => l.mark === g.grade)) {
      push(['grades', i, 'grade'], 'unknown-grade', { grade: g.grade, scale: g.scale, marks: scale.levels.map((l) => l.mark).join(' ') });
    }
    if (!nodes.has(g.target) && !indicators.has(g.target) && !initiatives.has(g.target)) {
      push(['grades', i, 'target'], 'unknown-node', { id: g.target, plan: plan.id });
    }
  });
  (p.narratives ?? []).forEach((n, i) => {
    if (!nodes.has(n.node) && !indicators.has(n.node)) push(['narratives', i, 'node'], 'unknown-node', { id: n.node, plan: plan.id });
  });
  for (const r of reviewProblems(plan, p)) push(r.path, r.code, r.data);
  return problems;
}
