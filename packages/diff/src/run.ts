/**
 * The diff use case: which plans changed between two revisions, what changed
 * in each (pure, diff.ts), and whether each carries a changeset.
 */
import { UsageError } from '@keikaku/core';
import { diffPlan, uncovered } from './diff.js';
import { changedPlanIds, planChangesets, planIdsAt, readSnapshots, resolveRevision, type Side } from './git.js';
import type { DiffResult, PlanDiff } from './model.js';

export interface DiffOptions {
  /** The base revision (a branch, tag or commit). */
  base: string;
  /** The head revision; the work tree when omitted. */
  head?: string;
  /** Only these plans (default: every plan whose plan or progress modules changed). */
  ids?: readonly string[];
}

export function diffRevisions(root: string, opts: DiffOptions): DiffResult {
  const base = resolveRevision(root, opts.base) as Side & { kind: 'commit' };
  const head: Side = opts.head === undefined ? { kind: 'worktree' } : resolveRevision(root, opts.head);
  const changed = changedPlanIds(root, base, head);
  let ids = changed;
  if (opts.ids && opts.ids.length) {
    const known = new Set([...planIdsAt(root, base), ...planIdsAt(root, head)]);
    for (const id of opts.ids) {
      if (!known.has(id)) {
        const list = [...known].join(', ') || '（なし / none）';
        throw new UsageError(`計画 "${id}" は比べる二つのリビジョンのどちらにもありません。ある計画: ${list}`, `no plan "${id}" in either revision; known plans: ${list}`);
      }
    }
    ids = changed.filter((id) => opts.ids!.includes(id));
  }
  const before = readSnapshots(root, base, ids);
  const after = readSnapshots(root, head, ids);
  const { changesets, changelogChanged } = planChangesets(root, base, head);
  const plans: PlanDiff[] = ids.map((id) => {
    const d = diffPlan(id, before.get(id), after.get(id));
    const mine = changesets.filter((c) => c.planId === id);
    d.changeset = {
      present: changelogChanged.has(id) || mine.some((c) => !c.problem),
      kinds: [...new Set(mine.flatMap((c) => (c.kind ? [c.kind] : [])))],
      ...(mine.some((c) => c.problem) ? { problems: mine.filter((c) => c.problem).map((c) => ({ file: c.file, ...c.problem! })) } : {}),
    };
    return d;
  });
  return { base: opts.base, head: opts.head ?? '作業ツリー (work tree)', plans: plans.filter((p) => p.status !== 'unchanged' || p.changeset?.problems) };
}

/** What `--check` fails on, per plan: target or baseline changes no revision covers, a missing or broken changeset, unreadable modules. */
export function checkProblems(d: PlanDiff): { ja: string; en: string }[] {
  const out: { ja: string; en: string }[] = [];
  for (const c of uncovered(d)) {
    if (c.kind !== 'indicator-changed') continue;
    const what = c.field === 'target' ? '目標' : '基準値';
    out.push({
      ja: `「${c.name}」の${what}が変わりましたが、見直しの記録（revisions）がありません: ${c.before} → ${c.after}`,
      en: `the ${c.field} of "${c.indicator}" changed with no revision record (add { fy, label, previous: { ${c.field === 'target' ? 'target' : 'replaced'}: … } } to the indicator's revisions)`,
    });
  }
  if (d.status !== 'unchanged' && d.changeset && !d.changeset.present) {
    out.push({ ja: '計画が変わりましたが changeset（改訂履歴）がありません。pnpm keikaku changeset で作ってください', en: 'the plan changed without a changeset (改訂履歴); write one with pnpm keikaku changeset' });
  }
  for (const p of d.changeset?.problems ?? []) out.push({ ja: `${p.file}: ${p.ja}`, en: `${p.file}: ${p.en}` });
  for (const u of d.unreadable) out.push({ ja: `${u.file}:${u.line}:${u.column} 読めません: ${u.message.ja}`, en: `cannot read ${u.file}: ${u.message.en}` });
  return out;
}
