/**
 * keikaku report <planId>... | --all --fy <year> [--out reports/] [--format pdf,html,csv,json] [--shard i/n]
 *
 * The annual progress report (年次進捗報告書) of each plan for one fiscal
 * year. Plans are checked as `check` checks them; a plan with structural
 * errors is not reported (exit 1), while the findings that remain are printed
 * in the report's appendix as data-quality notes. A plan with no progress for
 * the year still gets its report (grade E, with the reason). One Chromium
 * prints the batch, pages in parallel; a plan whose render fails fails alone.
 * --shard i/n takes every n-th plan of the sorted list, so CI jobs split a
 * national run deterministically. Exit 0 when every report was written, 1
 * when a plan failed, 2 for usage or environment errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkWorkspace, isBlocking, listPlans, loadPlan, selectPlans, UsageError, writeOutput, type Finding, type PlanDoc } from '@keikaku/core';
import { parseYear, type Progress } from '@keikaku/schema';
import type { Io } from './io.js';

const FORMATS = ['pdf', 'html', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];

export interface ReportCommandOptions {
  root: string;
  ids: string[];
  all: boolean;
  fy: number;
  out: string;
  formats: Format[];
  shard?: { index: number; count: number };
  /** A date printed on the cover and set in the PDF (ISO); none unless given. */
  date?: string;
  /** Add the data-quality annex to the PDF and HTML. */
  annex?: boolean;
  /** Pages printing at once (default 2). */
  concurrency?: number;
  /** Per-report render limit in seconds (default 60). */
  timeout?: number;
  /** Show a listr2 progress display (TTY) instead of plain lines. */
  tty?: boolean;
}

export interface ReportArgs {
  ids: string[];
  all?: boolean;
  fy: string;
  out: string;
  format: string;
  shard?: string;
  date?: string;
  annex?: boolean;
  concurrency?: string;
  timeout?: string;
}

/** Parses and checks the options of `keikaku report`. */
export function parseReportArgs(a: ReportArgs): Omit<ReportCommandOptions, 'root'> {
  const y = parseYear(a.fy);
  if (!y || y.kind !== 'fiscalYear') {
    throw new UsageError(`--fy ${a.fy} は年度として読めません（例: 2024, R6, 令和6年度）`, `--fy ${a.fy} is not a fiscal year (e.g. 2024, R6, 令和6年度)`);
  }
  if (a.all && a.ids.length) throw new UsageError('--all と計画 id は同時に指定できません', '--all cannot be combined with plan ids');
  if (!a.all && a.ids.length === 0) throw new UsageError('計画 id を指定するか、--all を付けてください', 'name plan ids or use --all');
  const formats = [...new Set(a.format.split(',').map((s) => s.trim()).filter(Boolean))];
  const bad = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || formats.length === 0) {
    throw new UsageError(`出力形式 ${bad.join(',') || '（空）'} は使えません（pdf,html,csv,json）`, `unknown format ${bad.join(',') || '(empty)'}; use pdf,html,csv,json`);
  }
  let shard: ReportCommandOptions['shard'];
  if (a.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(a.shard.trim());
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count) {
      throw new UsageError(`--shard ${a.shard} は i/n（1 ≤ i ≤ n）の形で書きます`, `--shard ${a.shard} must be i/n with 1 ≤ i ≤ n`);
    }
    shard = { index, count };
  }
  if (a.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(a.date)) {
    throw new UsageError(`--date ${a.date} は YYYY-MM-DD で書きます`, `--date ${a.date} must be YYYY-MM-DD`);
  }
  const int = (v: string | undefined, name: string, min: number, max: number) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} ${v} は ${min}〜${max} の整数で書きます`, `${name} ${v} must be a whole number from ${min} to ${max}`);
    return n;
  };
  const concurrency = int(a.concurrency, '--concurrency', 1, 16);
  const timeout = int(a.timeout, '--timeout', 1, 3600);
  return {
    ids: a.ids,
    all: Boolean(a.all),
    fy: y.fiscalYear,
    out: a.out,
    formats: formats as Format[],
    ...(shard ? { shard } : {}),
    ...(a.date ? { date: a.date } : {}),
    ...(a.annex ? { annex: true } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(timeout !== undefined ? { timeout } : {}),
  };
}

/** The plans of shard i of n: every n-th plan of the id-sorted list, starting at the i-th. */
export function shardOf<T extends { id: string }>(plans: readonly T[], shard?: { index: number; count: number }): T[] {
  const sorted = [...plans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!shard) return sorted;
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}

/** Lint findings when @keikaku/lint is present; deterministic (today = the fiscal year's end). */
async function lintFindings(root: string, doc: PlanDoc, fy: number, date?: string): Promise<Finding[]> {
  try {
    const lint = (await import('@keikaku/lint')) as unknown as { lintPlan?: (root: string, doc: PlanDoc, o: object) => Promise<Finding[]> };
    if (typeof lint.lintPlan !== 'function') return [];
    return await lint.lintPlan(root, doc, { profile: 'publish', today: date ?? `${fy + 1}-03-31` });
  } catch {
    return [];
  }
}

export async function report(opts: ReportCommandOptions, io: Io): Promise<number> {
  const selected = opts.all ? listPlans(opts.root) : selectPlans(opts.root, opts.ids);
  if (opts.all && selected.length === 0) throw new UsageError('plans/ に計画がありません', 'no plans found under plans/');
  const mine = shardOf(selected, opts.shard);
  if (opts.shard) io.stderr(`分割 ${opts.shard.index}/${opts.shard.count}: ${mine.length} / ${selected.length} 計画 (shard ${opts.shard.index}/${opts.shard.count}: ${mine.length} of ${selected.length} plans)\n`);
  if (mine.length === 0) return 0;

  const rep = await import('@keikaku/report');
  if (opts.formats.includes('pdf')) {
    try {
      rep.resolveChromium();
    } catch (err) {
      if (err instanceof rep.RenderError) throw new UsageError(err.ja, err.en);
      throw err;
    }
  }

  const checked = checkWorkspace(opts.root, mine.map((p) => p.id), { keepPlans: false });
  let exit = 0;
  const reqs: import('@keikaku/report').ReportRequest[] = [];
  for (const files of mine) {
    const own = checked.findings.filter((f) => f.file.startsWith(`plans/${files.id}/`));
    const doc = loadPlan(opts.root, files);
    if (!doc.plan || own.some(isBlocking)) {
      const first = own.find(isBlocking) ?? doc.findings[0];
      io.stderr(`✖ ${files.id}: 検証を通らない計画の報告書は作りません${first ? `（${first.file}:${first.line} ${first.message.ja}）` : ''} (a plan that does not validate is not reported; run keikaku check ${files.id})\n`);
      exit = 1;
      continue;
    }
    const progress: Progress[] = doc.progress.map((p) => p.progress);
    if (!progress.some((p) => p.fy === opts.fy)) {
      io.stderr(`ℹ ${files.id}: ${opts.fy}年度の進捗がないため、基準値と目標値だけの報告書にします（評価は E） (no progress for FY${opts.fy}: baselines and targets only, grade E)\n`);
    }
    const lint = await lintFindings(opts.root, doc, opts.fy, opts.date);
    const changelogFile = join(files.dir, 'CHANGELOG.md');
    reqs.push({
      plan: doc.plan,
      progress,
      fy: opts.fy,
      findings: [...own, ...lint],
      ...(existsSync(changelogFile) ? { changelog: readFileSync(changelogFile, 'utf8') } : {}),
      ...(opts.date ? { date: opts.date } : {}),
      ...(opts.annex ? { annex: true } : {}),
    });
  }
  if (!reqs.length) return exit;

  const written = new Map<string, string[]>();
  const write = (o: import('@keikaku/report').ReportOutput) => {
    const dir = join(opts.out, o.planId);
    const base = `report-${opts.fy}`;
    const files: string[] = [];
    const put = (ext: string, data: string | Uint8Array | undefined) => {
      if (data === undefined) return;
      writeOutput(opts.root, join(dir, `${base}.${ext}`), data);
      files.push(`${base}.${ext}`);
    };
    put('pdf', o.pdf);
    put('html', o.html);
    put('csv', o.csv);
    put('json', o.json);
    written.set(o.planId, files);
    return `${dir}/{${files.join(',')}}`;
  };

  const failures: { planId: string; ja: string; en: string }[] = [];
  let envError: UsageError | undefined;
  const batchOpts = {
    formats: opts.formats,
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    ...(opts.timeout ? { timeoutMs: opts.timeout * 1000 } : {}),
  };
  const onEvent = (e: import('@keikaku/report').BatchEvent, line: (s: string) => void) => {
    if (e.type === 'done') {
      try {
        const where = write(e.output);
        const c = e.output.evaluation.counts;
        const summary = Object.entries(c).filter(([, n]) => n > 0).map(([g, n]) => `${g}:${n}`).join(' ');
        line(`✔ ${e.planId}: ${where}${summary ? `  [${summary}]` : ''}`);
      } catch (err) {
        if (err instanceof UsageError) envError ??= err;
        else throw err;
      }
    } else if (e.type === 'failed') {
      failures.push({ planId: e.planId, ja: e.error.ja, en: e.error.en });
      line(`✖ ${e.planId}: ${e.error.ja} (${e.error.en})`);
    }
  };

  const run = async (line: (s: string) => void) => {
    try {
      await rep.runBatch(reqs, { ...batchOpts, onEvent: (e) => onEvent(e, line) });
    } catch (err) {
      if (err instanceof rep.RenderError) throw new UsageError(err.ja, err.en);
      throw err;
    }
  };

  await rep.withProgress(
    { tty: Boolean(opts.tty) && (process.stderr.columns ?? 0) >= 40, print: (s) => io.stderr(`${s}\n`), title: (n) => `年次進捗報告書 ${opts.fy}年度: ${n}/${reqs.length} 計画 (annual progress reports)` },
    run,
  );
  if (envError) throw envError;
  if (failures.length) {
    io.stderr(`✖ ${failures.length} 計画の報告書を作れませんでした: ${failures.map((f) => f.planId).join(', ')} (failed: ${failures.map((f) => f.planId).join(', ')})\n`);
    exit = 1;
  }
  return exit;
}
