/** Finds the workspace root, its plans and their progress modules on disk. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

export interface PlanFiles {
  id: string;
  dir: string;
  planFile: string;
  progressFiles: { fy: number; file: string }[];
  /** .ts files under progress/ whose name is not a fiscal year (e.g. R6.ts): reported, never skipped silently. */
  strayProgressFiles: string[];
}

const PLAN_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The nearest folder upwards that holds pnpm-workspace.yaml (or a plans/ folder). */
export function findRoot(start: string = process.cwd()): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml')) || existsSync(join(dir, 'plans'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new UsageError('keikaku のワークスペースが見つかりません', 'no keikaku workspace (pnpm-workspace.yaml or plans/) found above the current folder');
    dir = up;
  }
}

export function listPlans(root: string): PlanFiles[] {
  const plansDir = join(root, 'plans');
  if (!existsSync(plansDir)) return [];
  return readdirSync(plansDir)
    .filter((name) => existsSync(join(plansDir, name, 'plan.ts')))
    .sort()
    .map((id) => planFiles(root, id));
}

function planFiles(root: string, id: string): PlanFiles {
  const dir = join(root, 'plans', id);
  const progressDir = join(dir, 'progress');
  const names = existsSync(progressDir) && statSync(progressDir).isDirectory() ? readdirSync(progressDir).sort() : [];
  const progressFiles = names
    .filter((f) => /^\d{4}\.ts$/.test(f))
    .map((f) => ({ fy: Number(f.slice(0, 4)), file: join(progressDir, f) }));
  const strayProgressFiles = names.filter((f) => f.endsWith('.ts') && !/^\d{4}\.ts$/.test(f)).map((f) => join(progressDir, f));
  return { id, dir, planFile: join(dir, 'plan.ts'), progressFiles, strayProgressFiles };
}

/** The plans named on the command line, or all of them. Unknown or unsafe ids are usage errors. */
export function selectPlans(root: string, ids: readonly string[]): PlanFiles[] {
  const all = listPlans(root);
  if (ids.length === 0) return all;
  return ids.map((id) => {
    if (!PLAN_ID.test(id)) {
      throw new UsageError(`計画 id "${id}" は使えない形です（英小文字・数字・ハイフン）`, `plan id "${id}" is not a valid id (lowercase letters, digits, hyphens)`);
    }
    const found = all.find((p) => p.id === id);
    if (!found) {
      const known = all.map((p) => p.id).join(', ') || '（なし / none）';
      throw new UsageError(`計画 "${id}" は plans/ にありません。ある計画: ${known}`, `no plan "${id}" under plans/; known plans: ${known}`);
    }
    return found;
  });
}
