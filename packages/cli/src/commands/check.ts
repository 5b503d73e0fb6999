/** keikaku check [<planId>...]: tsc, the static reader, Zod and the judgement checks on each plan and its progress. */
import { checkWorkspace, errorCount, github, json, sarif, stylish, UsageError, listPlans } from '@keikaku/core';
import { githubDocsBase } from './github-env.js';
import type { Io } from './io.js';

export type CheckFormat = 'stylish' | 'json' | 'sarif' | 'github';

export async function check(root: string, ids: string[], opts: { format: CheckFormat; color: boolean; version?: string }, io: Io): Promise<number> {
  if (ids.length === 0 && listPlans(root).length === 0) {
    throw new UsageError(`${root} の plans/ に計画がありません`, `no plans found under ${root}/plans; run keikaku in a keikaku workspace or pass --root`);
  }
  const r = await checkWorkspace(root, ids);
  const docsBaseUrl = githubDocsBase();
  const out =
    opts.format === 'json'
      ? json(r.findings)
      : opts.format === 'sarif'
        ? sarif(r.findings, { ...(opts.version ? { version: opts.version } : {}), ...(docsBaseUrl ? { docsBaseUrl } : {}) })
        : opts.format === 'github'
          ? github(r.findings)
          : stylish(r.findings, { plans: r.plans.length, files: r.files, color: opts.color });
  if (out) io.stdout(`${out}\n`);
  return errorCount(r.findings) > 0 ? 1 : 0;
}
