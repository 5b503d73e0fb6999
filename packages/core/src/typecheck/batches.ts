/**
 * Cutting the files to check into programs. One TypeScript 7 program of all
 * 1,741 synthetic plans took 8.5–15 GB; four of about 436 plans took 2.2 GB
 * in about the same time (issue 13), so programs hold about 436 plans each,
 * as many in each. A plan's progress modules import it: they stay in its
 * batch, right after it, so that a plan and its progress share a checker.
 */
import { basename, dirname, join } from 'node:path';

/** Plans per program (with their progress modules). */
export const PLANS_PER_PROGRAM = 436;

/** The plan a progress module type-checks against: progress/<fy>.ts → ../plan.ts. */
export function planOf(file: string): string | undefined {
  return basename(dirname(file)) === 'progress' ? join(dirname(dirname(file)), 'plan.ts') : undefined;
}

/**
 * Groups `files` by plan (a plan first, then its progress modules, in the
 * order given) and cuts the groups into batches of at most `perProgram`
 * groups, as equal in count as can be.
 */
export function batchesByPlan(files: readonly string[], perProgram: number = PLANS_PER_PROGRAM): string[][] {
  const groups = new Map<string, string[]>();
  for (const f of files) {
    const plan = planOf(f) ?? f;
    const g = groups.get(plan) ?? [];
    if (plan === f) g.unshift(f);
    else g.push(f);
    groups.set(plan, g);
  }
  const list = [...groups.values()];
  if (!list.length) return [];
  const count = Math.ceil(list.length / Math.max(1, perProgram));
  const size = Math.ceil(list.length / count);
  const out: string[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size).flat());
  return out;
}
