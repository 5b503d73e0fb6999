/**
 * keikaku changeset: writes one changeset per plan, in the form
 * @keikaku/changelog-ja turns into the plan's 改訂履歴 (種別・日付・年度 and
 * the text). Asks in Japanese for what the flags leave out; with every flag
 * given (tests, CI) it asks nothing. `keikaku changeset version` runs
 * changesets' own `changeset version`.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import parseChangeset from '@changesets/parse';
import { BUMP, EntryError, formatEntry, KINDS, parseFiscalYear, planEntry, type ChangeKind } from '@keikaku/changelog-ja';
import { listPlans, readModuleFile, selectPlans, UsageError } from '@keikaku/core';
import { parseCalendarDate } from '@keikaku/schema';
import type { Io } from './io.js';

export interface ChangesetOptions {
  root: string;
  plans: string[];
  kind?: string;
  summary?: string;
  date?: string;
  fy?: string;
}

const KIND_GLOSS: Record<ChangeKind, string> = {
  新規策定: 'a new plan',
  中間見直し: 'a mid-term review',
  改定: 'a revision or new edition',
  訂正: 'a correction of the encoding; the plan itself did not change',
};

/** Today in Japan, YYYY-MM-DD. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Reads answers line by line; undefined at the end of input (then the missing flag is a usage error). */
function lineReader(input: Readable): () => Promise<string | undefined> {
  const rl = createInterface({ input, terminal: false });
  const lines: string[] = [];
  const waiting: ((l: string | undefined) => void)[] = [];
  let closed = false;
  rl.on('line', (l) => (waiting.length ? waiting.shift()!(l) : lines.push(l)));
  rl.on('close', () => {
    closed = true;
    while (waiting.length) waiting.shift()!(undefined);
  });
  return () => (lines.length ? Promise.resolve(lines.shift()) : closed ? Promise.resolve(undefined) : new Promise((res) => waiting.push(res)));
}

function missing(flag: string, ja: string, en: string): never {
  throw new UsageError(`${ja}（${flag} で指定できます）`, `${en}; pass ${flag}`);
}

function planTitle(root: string, file: string): string {
  try {
    const v = readModuleFile(root, file, 'plan').value as { title?: unknown } | undefined;
    return typeof v?.title === 'string' ? v.title : '';
  } catch {
    return '';
  }
}

export async function changeset(opts: ChangesetOptions, io: Io, input: Readable = process.stdin): Promise<number> {
  let read: (() => Promise<string | undefined>) | undefined;
  const ask = async (question: string): Promise<string | undefined> => {
    io.stderr(question);
    read ??= lineReader(input);
    const a = await read();
    return a?.trim();
  };

  let ids = opts.plans;
  if (ids.length === 0) {
    const all = listPlans(opts.root);
    if (all.length === 0) throw new UsageError(`${opts.root} の plans/ に計画がありません`, `no plans under ${opts.root}/plans`);
    const list = all.map((p, i) => `  ${i + 1}) ${p.id}  ${planTitle(opts.root, p.planFile)}`).join('\n');
    const a = await ask(`どの計画が変わりましたか (which plan changed?)\n${list}\n番号または id (number or id): `);
    if (!a) missing('--plan <id>', '計画が選ばれていません', 'no plan chosen');
    const n = Number(a);
    ids = [Number.isInteger(n) && n >= 1 && n <= all.length ? all[n - 1]!.id : a];
  }
  const plans = selectPlans(opts.root, ids);

  let kind = opts.kind;
  if (kind === undefined) {
    const list = KINDS.map((k, i) => `  ${i + 1}) ${k} (${KIND_GLOSS[k]})`).join('\n');
    const a = await ask(`変更の種類は (kind of change?)\n${list}\n番号 (number): `);
    if (!a) missing('--kind <種別>', '変更の種類が選ばれていません', 'no kind of change chosen');
    const n = Number(a);
    kind = Number.isInteger(n) && n >= 1 && n <= KINDS.length ? KINDS[n - 1]! : a;
  }
  if (!(KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`変更の種類「${kind}」は使えません。使える種類: ${KINDS.join('・')}`, `kind "${kind}" is not one of ${KINDS.join(', ')}`);
  }

  const date = opts.date ?? today();
  // The schema's one calendar parser, as for report --date and lint --today: 2025-02-30 is refused.
  const parsed = parseCalendarDate(date);
  if (!parsed.ok) throw new UsageError(`--date: ${parsed.ja}`, `--date: ${parsed.en}`);
  let fy: number | undefined;
  if (opts.fy !== undefined) {
    fy = parseFiscalYear(opts.fy);
    if (fy === undefined) throw new UsageError(`--fy ${opts.fy} は年度として読めません（例: 2025, R7, 令和7年度）`, `--fy ${opts.fy} is not a fiscal year (e.g. 2025, R7, 令和7年度)`);
  } else {
    const [y, m] = date.split('-').map(Number) as [number, number];
    fy = m >= 4 ? y : y - 1;
  }

  let summary = opts.summary;
  if (summary === undefined) {
    const lines: string[] = [];
    let l = await ask('何をどう変えましたか。指標名と 変更前 → 変更後、根拠（見直しの会議など）を書き、空行で終えます\n(what changed: indicator, before → after, and why; end with an empty line):\n');
    while (l) {
      lines.push(l);
      l = await ask('');
    }
    summary = lines.join('\n');
  }
  if (!summary.trim()) missing('--summary <text>', '本文がありません。何をどう変えたかを書いてください', 'the changeset has no text');

  mkdirSync(join(opts.root, '.changeset'), { recursive: true });
  for (const p of plans) {
    const pkgFile = join(p.dir, 'package.json');
    let name: unknown;
    try {
      name = (JSON.parse(readFileSync(pkgFile, 'utf8')) as { name?: unknown }).name;
    } catch {
      name = undefined;
    }
    if (typeof name !== 'string') {
      throw new UsageError(`plans/${p.id}/package.json に name がありません`, `plans/${p.id}/package.json has no package name`);
    }
    const text = `---\n${JSON.stringify(name)}: ${BUMP[kind as ChangeKind]}\n---\n\n${formatEntry({ kind: kind as ChangeKind, date, fy, body: summary })}`;
    const rel = `.changeset/${p.id}-${date.replace(/-/g, '')}-${randomBytes(3).toString('hex')}.md`;
    writeFileSync(join(opts.root, rel), text, { flag: 'wx' });
    io.stdout(`✔ ${rel} を書きました（${p.id}・${kind}・${date}・${fy}年度） (wrote the changeset)\n`);
  }
  return 0;
}

/** `keikaku changeset version`: changesets' own command, which turns the changesets into each CHANGELOG.md. */
export function changesetVersion(root: string, io: Io): number {
  let bin: string;
  try {
    bin = createRequire(join(root, 'package.json')).resolve('@changesets/cli/bin.js');
  } catch {
    throw new UsageError('@changesets/cli が見つかりません。pnpm install を実行してください', '@changesets/cli is not installed; run pnpm install');
  }
  if (!existsSync(join(root, '.changeset', 'config.json'))) {
    throw new UsageError('.changeset/config.json がありません', 'no .changeset/config.json in the workspace');
  }
  // Every pending changeset is checked first, so that a mistake is named here (file, what, how) rather than
  // as changesets' stack trace; changesets would stop before writing anything too.
  const problems: string[] = [];
  const dir = join(root, '.changeset');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.md') && x !== 'README.md').sort()) {
    try {
      planEntry({ id: f.replace(/\.md$/, ''), ...parseChangeset(readFileSync(join(dir, f), 'utf8')) });
    } catch (err) {
      if (err instanceof EntryError) problems.push(`✖ ${err.ja}\n  (${err.en})\n`);
      else problems.push(`✖ .changeset/${f}: changeset を読めません (cannot parse the changeset): ${String((err as Error).message).split('\n')[0]}\n`);
    }
  }
  if (problems.length) {
    io.stderr(`${problems.join('')}何も書き換えていません (nothing was changed)\n`);
    return 1;
  }
  const r = spawnSync(process.execPath, [bin, 'version'], { cwd: root, encoding: 'utf8' });
  if (r.stdout) io.stdout(r.stdout);
  if (r.stderr) io.stderr(r.stderr);
  return r.status ?? 1;
}
