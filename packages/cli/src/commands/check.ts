/** keikaku check [<planId>...]: tsc, the static reader, Zod and the judgement checks on each plan and its progress. */
import { checkWorkspace, errorCount, json, stylish, UsageError, listPlans } from '@keikaku/core';
import type { Io } from './io.js';

export async function check(root: string, ids: string[], opts: { format: 'stylish' | 'json'; color: boolean }, io: Io): Promise<number> {
  if (ids.length === 0 && listPlans(root).length === 0) {
    throw new UsageError(`${root} の plans/ に計画がありません`, `no plans found under ${root}/plans; run keikaku in a keikaku workspace or pass --root`);
  }
  const r = await checkWorkspace(root, ids);
  io.stdout(`${opts.format === 'json' ? json(r.findings) : stylish(r.findings, { plans: r.plans.length, files: r.files, color: opts.color })}\n`);
  return errorCount(r.findings) > 0 ? 1 : 0;
}
