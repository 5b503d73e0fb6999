/**
 * keikaku report <planId>... | --all --fy <year> [--out reports/] [--format pdf,html,csv,json] [--shard i/n]
 *
 * The option parsers (commander argParsers: each value is checked where it is
 * parsed) and the command: it calls @keikaku/report's use case (openReports:
 * select, shard and tsc; writeReports: read, lint, render and write each plan
 * in turn) and prints its events as they come. Exit 0 when every report was written, 1 when a plan failed or
 * does not validate, 2 for usage or environment errors (a report year
 * outside a plan's period with --strict, a missing Chromium).
 */
import { InvalidArgumentError } from 'commander';
import { UsageError } from '@keikaku/core';
import { parseCalendarDate, parseYear } from '@keikaku/schema';
import type { Io } from './io.js';

export const REPORT_FORMATS = ['pdf', 'html', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** --fy: 2024, R6, 令和6年度. */
export function parseFyOption(v: string): number {
  const y = parseYear(v);
  if (!y || y.kind !== 'fiscalYear') throw new InvalidArgumentError(`${v} は年度として読めません（例: 2024, R6, 令和6年度） (not a fiscal year, e.g. 2024, R6, 令和6年度)`);
  return y.fiscalYear;
}

/** --format pdf,html,csv,json: a comma-separated list of formats. */
export function parseFormatsOption(v: string): ReportFormat[] {
  const list = [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))];
  const formats = list.flatMap((f) => REPORT_FORMATS.filter((x) => x === f));
  const bad = list.filter((f) => !formats.some((x) => x === f));
  if (bad.length || list.length === 0) throw new InvalidArgumentError(`出力形式 ${bad.join(',') || '（空）'} は使えません（pdf,html,csv,json） (unknown format ${bad.join(',') || '(empty)'}; use pdf,html,csv,json)`);
  return formats;
}

/** --shard i/n with 1 ≤ i ≤ n. */
export function parseShardOption(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new InvalidArgumentError(`--shard ${v} は i/n（1 ≤ i ≤ n）の形で書きます (must be i/n with 1 ≤ i ≤ n)`);
  return { index, count };
}

/** --date YYYY-MM-DD, a real calendar date (@keikaku/schema's one date parser). */
export function parseDateOption(v: string): string {
  const d = parseCalendarDate(v);
  if (!d.ok) throw new InvalidArgumentError(`${d.ja} (${d.en})`);
  return v;
}

/** --out: a folder; an empty one would write the reports into the repository's root (as `export --out ''` refuses). */
export function parseOutDirOption(v: string): string {
  if (v.trim() === '') throw new InvalidArgumentError('--out の書き出し先が空です。フォルダ名を指定してください（既定は reports） (--out is empty; give a folder, or leave --out out for reports/)');
  return v;
}

/** A whole number from min to max (--concurrency, --timeout). */
export function intOption(min: number, max: number): (v: string) => number {
  return (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`${v} は ${min}〜${max} の整数で書きます (must be a whole number from ${min} to ${max})`);
    return n;
  };
}

export interface ReportCommandOptions {
  root: string;
  ids: string[];
  all?: boolean;
  fy: number;
  out: string;
  format: ReportFormat[];
  shard?: { index: number; count: number };
  date?: string;
  /** --annex: the data-quality annex in the PDF and HTML. */
  annex?: boolean;
  concurrency?: number;
  timeout?: number;
  strict?: boolean;
  csvHeaders: 'en' | 'ja';
  /** Show a listr2 progress display (TTY) instead of plain lines. */
  tty?: boolean;
}

export async function report(opts: ReportCommandOptions, io: Io): Promise<number> {
  if (opts.all && opts.ids.length) throw new UsageError('--all と計画 id は同時に指定できません', '--all cannot be combined with plan ids');
  if (!opts.all && opts.ids.length === 0) throw new UsageError('計画 id を指定するか、--all を付けてください', 'name plan ids or use --all');
  // The report package (Chromium, Vega, lint) is loaded only when a report is made.
  const rep = await import('@keikaku/report');
  const run: import('@keikaku/report').ReportRunOptions = {
    root: opts.root,
    ids: opts.ids,
    all: Boolean(opts.all),
    fy: opts.fy,
    out: opts.out,
    formats: opts.format,
    ...(opts.shard ? { shard: opts.shard } : {}),
    ...(opts.date ? { date: opts.date } : {}),
    ...(opts.annex ? { annex: true } : {}),
    ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
    ...(opts.timeout ? { timeoutMs: opts.timeout * 1000 } : {}),
    ...(opts.strict ? { strict: true } : {}),
    csvHeaders: opts.csvHeaders,
  };
  const err = (s: string) => io.stderr(`${s}\n`);
  // Selection, shard, Chromium and tsc happen here; the plans are then read one at a time.
  const stream = await rep.openReports(run, (e) => {
    const line = eventLine(e, opts.fy);
    if (line) err(line);
  });
  if (!stream.count) return 0;
  let failed: string[] = [];
  let finished = 0;
  await rep.withProgress(
    { tty: Boolean(opts.tty) && (process.stderr.columns ?? 0) >= 40, print: err, title: () => `年次進捗報告書 ${opts.fy}年度: ${finished}/${stream.count} 計画 (annual progress reports)` },
    async (line) => {
      const r = await rep.writeReports(run, stream, (e) => {
        if (e.type === 'written' || e.type === 'failed' || e.type === 'refused') finished++;
        const l = eventLine(e, opts.fy);
        if (l) line(l);
      });
      failed = r.failed;
    },
  );
  let exit = stream.refused.length ? 1 : 0;
  if (failed.length) {
    err(`✖ ${failed.length} 計画の報告書を作れませんでした: ${failed.join(', ')} (failed: ${failed.join(', ')})`);
    exit = 1;
  }
  return exit;
}

/** One line on the terminal for each event of the use case. */
function eventLine(e: import('@keikaku/report').ReportEvent, fy: number): string | undefined {
  switch (e.type) {
    case 'shard':
      return `分割 ${e.index}/${e.count}: ${e.selected} / ${e.total} 計画 (shard ${e.index}/${e.count}: ${e.selected} of ${e.total} plans)`;
    case 'refused': {
      const f = e.finding;
      return `✖ ${e.planId}: 検証を通らない計画の報告書は作りません${f ? `（${f.file}:${f.line} ${f.message.ja}）` : ''} (a plan that does not validate is not reported; run keikaku check ${e.planId})`;
    }
    case 'no-progress':
      return `ℹ ${e.planId}: ${fy}年度の進捗がないため、基準値と目標値だけの報告書にします（評価は E） (no progress for FY${fy}: baselines and targets only, grade E)`;
    case 'outside-period':
      return `⚠ ${e.planId}: ${e.notice.ja}報告書にもそう記載します。 (${e.notice.en} The report says so; --strict makes this an error.)`;
    case 'written': {
      const summary = Object.entries(e.counts).filter(([, n]) => n > 0).map(([g, n]) => `${g}:${n}`).join(' ');
      return `✔ ${e.planId}: ${e.dir}/{${e.files.join(',')}}${summary ? `  [${summary}]` : ''}`;
    }
    case 'failed':
      return `✖ ${e.planId}: ${e.ja} (${e.en})`;
  }
}
