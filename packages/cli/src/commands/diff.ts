/**
 * keikaku diff <base-rev> [<head-rev>] [<planId>...]: what changed in the
 * plans between two revisions (head: the work tree), in plan terms. With
 * --check, exit 1 when a target or baseline changed with no revision record,
 * when a changed plan has no changeset, or when a module cannot be read.
 */
import { findRoot, listPlans } from '@keikaku/core';
import type { Io } from './io.js';

export interface DiffCommandOptions {
  root: string;
  args: string[];
  format: 'text' | 'markdown' | 'json';
  check: boolean;
}

export async function diff(opts: DiffCommandOptions, io: Io): Promise<number> {
  const { checkProblems, diffRevisions, isRevision, json, markdown, text } = await import('@keikaku/diff');
  const [base, ...rest] = opts.args;
  // The second argument is the head revision when it names a commit and no plan in the work tree.
  const planIds = new Set(listPlans(findRoot(opts.root)).map((p) => p.id));
  const headGiven = rest.length > 0 && !planIds.has(rest[0]!) && isRevision(opts.root, rest[0]!);
  const head = headGiven ? rest[0] : undefined;
  const ids = headGiven ? rest.slice(1) : rest;
  const r = diffRevisions(opts.root, { base: base!, ...(head ? { head } : {}), ids });
  const problems = new Map(r.plans.map((d) => [d.id, checkProblems(d)] as const));
  const shown = opts.check ? problems : new Map<string, { ja: string; en: string }[]>();
  io.stdout(opts.format === 'json' ? `${json(r, shown)}\n` : opts.format === 'markdown' ? markdown(r, shown) : text(r, shown));
  return opts.check && [...problems.values()].some((p) => p.length > 0) ? 1 : 0;
}
