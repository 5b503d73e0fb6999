/**
 * The edge of the diff: reads plan and progress modules of a git revision
 * (`git cat-file --batch`, never a checkout) or of the work tree, and the
 * changesets added since the base. Everything it reads goes through core's
 * static reader and the schema's validation; nothing is executed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import { EntryError, DEFAULT_PLAN_SCOPE, parseEntry } from '@keikaku/changelog-ja';
import { fileFinding, readModule, schemaFinding, UsageError, type Finding } from '@keikaku/core';
import { validatePlan, validateProgress, type Progress } from '@keikaku/schema';
import type { PlanSnapshot } from './model.js';

/** A revision to read: a git commit, or the work tree (files on disk, tracked or not). */
export type Side = { kind: 'commit'; rev: string; sha: string } | { kind: 'worktree' };

const PLAN_FILE = /^plans\/([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\/(plan\.ts|progress\/(\d{4})\.ts)$/;
const MAX_BUFFER = 1 << 30;

function git(root: string, args: string[], input?: string): { status: number; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', args, { cwd: root, input, maxBuffer: MAX_BUFFER });
  if (r.error) {
    throw new UsageError('git を実行できません。git をインストールしてください', `cannot run git: ${r.error.message}`);
  }
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** Resolves a revision (branch, tag, sha, HEAD~1, origin/main) to a commit; a clear usage error when it is none. */
export function resolveRevision(root: string, rev: string): Side {
  const inside = git(root, ['rev-parse', '--is-inside-work-tree']);
  if (inside.status !== 0) {
    throw new UsageError(`${root} は git のリポジトリではありません`, `${root} is not inside a git repository; keikaku diff compares git revisions`);
  }
  const r = git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (r.status !== 0) {
    throw new UsageError(
      `リビジョン "${rev}" が見つかりません（ブランチ名・タグ・コミット。CI では fetch-depth: 0 で取得してください）`,
      `no revision "${rev}" in this repository (a branch, tag or commit; in CI, check out with fetch-depth: 0)`,
    );
  }
  return { kind: 'commit', rev, sha: r.stdout.toString('utf8').trim() };
}

/** True when `name` resolves to a commit (used to tell a head revision from a plan id). */
export function isRevision(root: string, name: string): boolean {
  return git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`]).status === 0;
}

/** The folder of the keikaku root inside the git work tree ('' at the top, else 'sub/dir/'). */
function prefixOf(root: string): string {
  return git(root, ['rev-parse', '--show-prefix']).stdout.toString('utf8').trim();
}

const splitZ = (b: Buffer) => b.toString('utf8').split('\0').filter(Boolean);

/** Files (root-relative) under the given folders at a side. */
function listFiles(root: string, side: Side, dirs: string[]): string[] {
  if (side.kind === 'commit') {
    const r = git(root, ['ls-tree', '-r', '-z', '--name-only', side.sha, '--', ...dirs]);
    return splitZ(r.stdout);
  }
  const out: string[] = [];
  const walk = (rel: string) => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    for (const name of readdirSync(abs)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const child = `${rel}/${name}`;
      const st = statSync(join(root, child));
      if (st.isDirectory()) walk(child);
      else if (st.isFile()) out.push(child);
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}

/** Reads many files of one commit with one `git cat-file --batch`. */
function readBlobs(root: string, side: Side, files: string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  if (files.length === 0) return out;
  if (side.kind === 'worktree') {
    for (const f of files) if (existsSync(join(root, f))) out.set(f, readFileSync(join(root, f)));
    return out;
  }
  const prefix = prefixOf(root);
  const r = git(root, ['cat-file', '--batch'], files.map((f) => `${side.sha}:${prefix}${f}`).join('\n') + '\n');
  const buf = r.stdout;
  let at = 0;
  for (const f of files) {
    const nl = buf.indexOf(0x0a, at);
    const header = buf.subarray(at, nl).toString('utf8');
    at = nl + 1;
    const m = / blob (\d+)$/.exec(header);
    if (!m) continue; // "<object> missing": the file is not in this revision
    const size = Number(m[1]);
    out.set(f, buf.subarray(at, at + size));
    at += size + 1;
  }
  return out;
}

/** The ids of plans whose plan or progress modules differ between base and head (and, for the work tree, untracked ones). */
export function changedPlanIds(root: string, base: Side & { kind: 'commit' }, head: Side): string[] {
  const args = ['diff', '--name-only', '--relative', '-z', '--no-renames', base.sha, ...(head.kind === 'commit' ? [head.sha] : []), '--', 'plans'];
  const files = splitZ(git(root, args).stdout);
  if (head.kind === 'worktree') files.push(...splitZ(git(root, ['ls-files', '--others', '--exclude-standard', '-z', '--', 'plans']).stdout));
  const ids = new Set<string>();
  for (const f of files) {
    const m = PLAN_FILE.exec(f);
    if (m) ids.add(m[1]!);
  }
  return [...ids].sort();
}

/** Plan ids present at a side. */
export function planIdsAt(root: string, side: Side): string[] {
  const ids = new Set<string>();
  for (const f of listFiles(root, side, ['plans'])) {
    const m = PLAN_FILE.exec(f);
    if (m && m[2] === 'plan.ts') ids.add(m[1]!);
  }
  return [...ids].sort();
}

const labelOf = (side: Side, file: string) => (side.kind === 'commit' ? `${side.rev}:${file}` : file);

function decode(bytes: Buffer, file: string): { text: string } | { finding: Finding } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      finding: fileFinding(file, {
        ruleId: 'reader/not-utf8', source: 'reader', severity: 'error', messageId: 'not-utf8',
        message: { ja: 'UTF-8 ではないファイルです（Shift_JIS など）。UTF-8 で保存し直してください', en: 'the file is not UTF-8 (Shift_JIS?); save it as UTF-8' },
      }),
    };
  }
}

/** Reads one plan and its progress modules at a side, statically; undefined when the plan is not there. */
export function readSnapshots(root: string, side: Side, ids: readonly string[]): Map<string, PlanSnapshot | undefined> {
  const files = listFiles(root, side, ids.map((id) => `plans/${id}`)).filter((f) => PLAN_FILE.test(f));
  const blobs = readBlobs(root, side, files);
  const out = new Map<string, PlanSnapshot | undefined>();
  for (const id of ids) {
    const planFile = `plans/${id}/plan.ts`;
    const planBytes = blobs.get(planFile);
    if (!planBytes) {
      out.set(id, undefined);
      continue;
    }
    const snap: PlanSnapshot = { id, progress: [], findings: [] };
    const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');
    const decoded = decode(planBytes, labelOf(side, planFile));
    if ('finding' in decoded) snap.findings.push(decoded.finding);
    else {
      const m = readModule(decoded.text, { file: labelOf(side, planFile), kind: 'plan' });
      snap.findings.push(...errors(m.findings));
      if (m.value !== undefined && m.findings.every((f) => f.severity !== 'error')) {
        const v = validatePlan(m.value);
        if (v.ok) snap.plan = v.value;
        else snap.findings.push(...v.problems.map((p) => schemaFinding(m.sourceMap, p)));
      }
    }
    for (const f of files.filter((x) => x.startsWith(`plans/${id}/progress/`))) {
      const fy = Number(PLAN_FILE.exec(f)![3]);
      const d = decode(blobs.get(f)!, labelOf(side, f));
      if ('finding' in d) {
        snap.findings.push(d.finding);
        continue;
      }
      const m = readModule(d.text, { file: labelOf(side, f), kind: 'progress' });
      snap.findings.push(...errors(m.findings));
      if (!snap.plan || m.value === undefined || m.findings.some((x) => x.severity === 'error')) continue;
      const v = validateProgress(snap.plan, m.value);
      if (v.ok) snap.progress.push({ fy, progress: v.value as Progress });
      else snap.findings.push(...v.problems.map((p) => schemaFinding(m.sourceMap, p)));
    }
    out.set(id, snap);
  }
  return out;
}

/** A changeset added since the base that names a plan. */
export interface PlanChangeset {
  file: string;
  planId: string;
  kind?: string;
  /** Why it cannot become a 改訂履歴 entry (names other packages too, no 種別 …), in Japanese with the gloss. */
  problem?: { ja: string; en: string };
}

/** Package name → plan id, from plans/<id>/package.json at the head. */
function planPackages(root: string, head: Side): Map<string, string> {
  const files = listFiles(root, head, ['plans']).filter((f) => /^plans\/[^/]+\/package\.json$/.test(f));
  const blobs = readBlobs(root, head, files);
  const out = new Map<string, string>();
  for (const [f, b] of blobs) {
    try {
      const name = (JSON.parse(b.toString('utf8')) as { name?: unknown }).name;
      if (typeof name === 'string') out.set(name, f.split('/')[1]!);
    } catch {
      /* a broken package.json is pnpm's to report */
    }
  }
  return out;
}

/**
 * The changesets added between base and head that name plans, and the plans
 * whose CHANGELOG.md changed (a changeset already turned into 改訂履歴 by
 * `changeset version`).
 */
export function planChangesets(root: string, base: Side & { kind: 'commit' }, head: Side): { changesets: PlanChangeset[]; changelogChanged: Set<string> } {
  const before = new Set(listFiles(root, base, ['.changeset']));
  const added = listFiles(root, head, ['.changeset']).filter((f) => f.endsWith('.md') && !f.endsWith('/README.md') && !before.has(f));
  const blobs = readBlobs(root, head, added);
  const packages = planPackages(root, head);
  const changesets: PlanChangeset[] = [];
  for (const file of added) {
    let parsed: { releases: { name: string }[]; summary: string };
    try {
      parsed = parseChangeset(blobs.get(file)?.toString('utf8') ?? '');
    } catch (err) {
      changesets.push({ file, planId: '', problem: { ja: `changeset を読めません: ${String((err as Error).message).split('\n')[0]}`, en: 'the changeset cannot be parsed' } });
      continue;
    }
    const names = parsed.releases.map((r) => r.name);
    const plans = names.map((n) => packages.get(n) ?? (n.startsWith(DEFAULT_PLAN_SCOPE) ? n.slice(DEFAULT_PLAN_SCOPE.length) : undefined)).filter((x): x is string => Boolean(x));
    for (const planId of plans) {
      const entry: PlanChangeset = { file, planId };
      if (names.length > 1) {
        entry.problem = { ja: `一つの changeset が複数のパッケージを挙げています（${names.join(', ')}）。計画ごとに分けてください`, en: `one changeset names several packages (${names.join(', ')}); write one per plan` };
      } else {
        try {
          entry.kind = parseEntry(parsed.summary).kind;
        } catch (err) {
          if (!(err instanceof EntryError)) throw err;
          entry.problem = { ja: err.ja, en: err.en };
        }
      }
      changesets.push(entry);
    }
  }
  const changelogArgs = ['diff', '--name-only', '--relative', '-z', base.sha, ...(head.kind === 'commit' ? [head.sha] : []), '--', 'plans'];
  const changelogChanged = new Set(
    splitZ(git(root, changelogArgs).stdout)
      .map((f) => /^plans\/([^/]+)\/CHANGELOG\.md$/.exec(f)?.[1])
      .filter((x): x is string => Boolean(x)),
  );
  return { changesets, changelogChanged };
}
