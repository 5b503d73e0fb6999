/**
 * The review fixture (test/fixtures/shapes/review/) as a report request: a
 * small plan whose FY2024 progress uses every part of the year's review.
 * Read with the static reader and validated, as the workspace reads plans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModule } from '@keikaku/core';
import { validatePlan, validateProgress, type Plan, type Progress } from '@keikaku/schema';
import { ROOT } from './run-cli.js';

export const REVIEW_DIR = join(ROOT, 'test/fixtures/shapes/review');

export function reviewFixture(): { plan: Plan; progress: Progress } {
  const read = (f: string, kind: 'plan' | 'progress') => {
    const r = readModule(readFileSync(join(REVIEW_DIR, f), 'utf8'), { file: `test/fixtures/shapes/review/${f}`, kind });
    if (r.findings.length) throw new Error(JSON.stringify(r.findings));
    return r.value;
  };
  const p = validatePlan(read('plan.ts', 'plan'));
  if (!p.ok) throw new Error(JSON.stringify(p.problems));
  const g = validateProgress(p.value, read('progress/2024.ts', 'progress'));
  if (!g.ok) throw new Error(JSON.stringify(g.problems));
  return { plan: p.value, progress: g.value };
}
