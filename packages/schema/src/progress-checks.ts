/**
 * Checks of a progress module's review against its plan (issue 15 §1): every
 * evaluation sheet and committee opinion names a node of the plan, and every
 * evaluation is a mark of a scale the plan declares. Called by
 * validateProgress; each problem is located at the key that is wrong.
 */
import type { Plan } from './plan-checks.js';
import type { Progress } from './progress.js';
import { walkIndicators, walkInitiatives, walkNodes } from './walk.js';

export type ReviewProblem = { path: (string | number)[]; code: string; data: Record<string, unknown> };

/** Problems of the sheets and opinions of `p` against `plan` (empty when none). */
export function reviewProblems(plan: Plan, p: Progress): ReviewProblem[] {
  const out: ReviewProblem[] = [];
  const nodes = new Set<string>([...walkNodes(plan)].map((v) => v.node.id));
  for (const v of walkInitiatives(plan)) nodes.add(v.initiative.id);
  const indicators = new Set([...walkIndicators(plan)].map((v) => v.indicator.id));
  const scales = new Map((plan.grading ?? []).map((s) => [s.id, s]));
  const node = (id: string, path: (string | number)[]) => {
    // An indicator has no sheet of its own: its figures are actuals.
    if (!nodes.has(id)) out.push({ path, code: 'unknown-node', data: { id, plan: plan.id, ...(indicators.has(id) ? { indicator: true } : {}) } });
  };
  (p.sheets ?? []).forEach((s, i) => {
    node(s.node, ['sheets', i, 'node']);
    (s.evaluations ?? []).forEach((e, j) => {
      const scale = scales.get(e.scale);
      if (!scale) out.push({ path: ['sheets', i, 'evaluations', j, 'scale'], code: 'unknown-scale', data: { id: e.scale, scales: [...scales.keys()].join(' ') || '（なし / none）' } });
      else if (!scale.levels.some((l) => l.mark === e.grade)) {
        out.push({ path: ['sheets', i, 'evaluations', j, 'grade'], code: 'unknown-grade', data: { grade: e.grade, scale: e.scale, marks: scale.levels.map((l) => l.mark).join(' ') } });
      }
    });
  });
  (p.opinions ?? []).forEach((o, i) => {
    if (o.node !== undefined) node(o.node, ['opinions', i, 'node']);
  });
  return out;
}
