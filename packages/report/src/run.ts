/**
 * The report use case: from plan ids to report files. Each plan is read once
 * (core's loadPlan) and linted once (lint's publish profile, which runs
 * core's checks too), tsc's findings are added, and the findings are
 * deduplicated: they become the report's data-quality notes. A plan that does
 * not validate is refused, named, and so are two plans with one id (as check
 * refuses them); the others go to the batch, which writes
 * each report through core's writeOutput as soon as it is done.
 *
 * The CLI parses options, calls `planReports` and `runReports`, and prints
 * their events; nothing here prints.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { dedupeFindings, dropEchoes, duplicateIdFindings, isBlocking, listPlans, loadPlan, planIdClaim, selectPlans, sortFindings, typecheck, UsageError, writeOutput, type Bilingual, type Finding, type IdClaim, type PlanFiles } from '@keikaku/core';
import { lintPlan } from '@keikaku/lint';
import { planPeriod, type Progress } from '@keikaku/schema';
import { outsidePeriod } from './evaluate/evaluate.js';
import type { CsvHeaders } from './data.js';
import { runBatch, type Format, type ReportOutput, type ReportRequest } from './pipeline.js';
import { RenderError, resolveChromium } from './render/browser.js';

export interface ReportRunOptions {
  root: string;
  /** Plan ids; empty with `all`. */
  ids: readonly string[];
  all: boolean;
  fy: number;
  /** Output folder; each plan's files go to <out>/<id>/report-<fy>.<ext>. */
  out: string;
  formats: readonly Format[];
  /** Shard i of n: every n-th plan of the id-sorted list, from the i-th. */
  shard?: { index: number; count: number };
  /** Issuing date (ISO, already checked) for the cover and the PDF's dates. */
  date?: string;
  /** Add the annex of data-quality notes (sentences about the document). */
  annex?: boolean;
  /** Pages printing at once (default 2). */
  concurrency?: number;
  /** Per-report render limit in milliseconds (default 60 000). */
  timeoutMs?: number;
  /** A report year outside a plan's period is a usage error (exit 2) instead of a warning. */
  strict?: boolean;
  /** CSV header language (default 'en'). */
  csvHeaders?: CsvHeaders;
}

/** What the use case tells its caller, one event at a time. */
export type ReportEvent =
  | { type: 'shard'; index: number; count: number; selected: number; total: number }
  | { type: 'refused'; planId: string; finding?: Finding }
  | { type: 'no-progress'; planId: string; fy: number }
  | { type: 'outside-period'; planId: string; notice: Bilingual }
  | { type: 'written'; planId: string; dir: string; files: string[]; counts: Record<string, number> }
  | { type: 'failed'; planId: string; ja: string; en: string };

export interface PlannedReports {
  requests: ReportRequest[];
  /** Plans refused because they do not validate. */
  refused: string[];
}

/** The plans of shard i of n: every n-th plan of the id-sorted list, starting at the i-th. */
export function shardOf<T extends { id: string }>(plans: readonly T[], shard?: { index: number; count: number }): T[] {
  const sorted = [...plans].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (!shard) return sorted;
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}

/**
 * Reads, checks and lints the selected plans, each once, and returns one
 * report request per plan that validates. Findings: tsc's, and lint's (which
 * hold the reader's, Zod's and core's checks as well), deduplicated.
 */
export async function planReports(o: ReportRunOptions, onEvent: (e: ReportEvent) => void = () => {}): Promise<PlannedReports> {
  const selected = o.all ? listPlans(o.root) : selectPlans(o.root, o.ids);
  if (o.all && selected.length === 0) throw new UsageError('plans/ に計画がありません', 'no plans found under plans/');
  const mine = shardOf(selected, o.shard);
  if (o.shard) onEvent({ type: 'shard', index: o.shard.index, count: o.shard.count, selected: mine.length, total: selected.length });
  if (mine.length === 0) return { requests: [], refused: [] };
  if (o.formats.includes('pdf')) {
    try {
      resolveChromium();
    } catch (err) {
      if (err instanceof RenderError) throw new UsageError(err.ja, err.en);
      throw err;
    }
  }
  const tsc = (await typecheck(o.root, mine.flatMap(moduleFiles))).findings;
  const today = o.date ?? `${o.fy + 1}-03-31`;
  const requests: ReportRequest[] = [];
  const refused: string[] = [];
  const outside: { planId: string; notice: Bilingual }[] = [];
  // As check does: where each plan writes its id (two plans with one id are refused below), and tsc's finding kept where Zod echoes it.
  const claims: IdClaim[] = [];
  const requestOf = new Map<string, ReportRequest>();
  for (const files of mine) {
    const doc = loadPlan(o.root, files);
    const claim = planIdClaim(doc);
    if (claim) claims.push(claim);
    const own = tsc.filter((f) => f.file.startsWith(`plans/${files.id}/`));
    const findings = sortFindings(dedupeFindings(dropEchoes([...own, ...(await lintPlan(o.root, doc, { profile: 'publish', today }))])));
    if (!doc.plan || findings.some(isBlocking)) {
      const first = findings.find(isBlocking);
      refused.push(files.id);
      onEvent({ type: 'refused', planId: files.id, ...(first ? { finding: first } : {}) });
      continue;
    }
    const progress: Progress[] = doc.progress.map((p) => p.progress);
    if (!progress.some((p) => p.fy === o.fy)) onEvent({ type: 'no-progress', planId: files.id, fy: o.fy });
    const { start, end } = planPeriod(doc.plan);
    const notice = outsidePeriod(o.fy, start, end);
    if (notice) {
      outside.push({ planId: files.id, notice });
      if (!o.strict) onEvent({ type: 'outside-period', planId: files.id, notice });
    }
    const changelogFile = join(files.dir, 'CHANGELOG.md');
    const request: ReportRequest = {
      plan: doc.plan,
      progress,
      fy: o.fy,
      findings,
      ...(existsSync(changelogFile) ? { changelog: readFileSync(changelogFile, 'utf8') } : {}),
      ...(o.date ? { date: o.date } : {}),
      ...(o.annex ? { annex: true } : {}),
    };
    requests.push(request);
    requestOf.set(files.id, request);
  }
  // Two plans with one id (check's workspace/duplicate-plan-id), among the plans read: known only now; each is refused, at its id.
  for (const f of duplicateIdFindings(claims)) {
    const dir = claims.find((c) => c.at.file === f.file)?.dir;
    const request = dir === undefined ? undefined : requestOf.get(dir);
    if (dir === undefined || !request) continue; // already refused for its own errors (an id that is not its folder's name)
    requests.splice(requests.indexOf(request), 1);
    requestOf.delete(dir);
    refused.push(dir);
    onEvent({ type: 'refused', planId: dir, finding: f });
  }
  if (o.strict && outside.length) {
    const ids = outside.map((x) => x.planId).join(', ');
    throw new UsageError(`${o.fy}年度は計画期間の外です（${ids}）。${outside[0]!.notice.ja}`, `FY${o.fy} is outside the plan period of ${ids} (--strict): ${outside[0]!.notice.en}`);
  }
  return { requests, refused };
}

/** schemas/report.schema.json relative to the folder a report JSON is written to (<out>/<id>/). */
export function schemaRef(o: Pick<ReportRunOptions, 'root' | 'out'>): string {
  return relative(resolve(o.out, 'plan'), join(o.root, 'schemas', 'report.schema.json')).split(sep).join('/');
}

function moduleFiles(p: PlanFiles): string[] {
  return [p.planFile, ...p.progressFiles.map((f) => f.file)].filter((f) => existsSync(f));
}

/** Writes one plan's report files; returns the folder and the file names. */
export function writeReport(o: Pick<ReportRunOptions, 'root' | 'out' | 'fy'>, r: ReportOutput): { dir: string; files: string[] } {
  const dir = join(o.out, r.planId);
  const base = `report-${o.fy}`;
  const files: string[] = [];
  const put = (ext: string, data: string | Uint8Array | undefined) => {
    if (data === undefined) return;
    const name = ext === 'review.csv' ? `${base}-review.csv` : `${base}.${ext}`;
    writeOutput(o.root, join(dir, name), data);
    files.push(name);
  };
  put('pdf', r.pdf);
  put('html', r.html);
  put('csv', r.csv);
  put('review.csv', r.reviewCsv);
  put('json', r.json);
  return { dir, files };
}

/**
 * Builds and writes every planned report (one browser for the batch when a
 * PDF is wanted). Returns the plans that failed; an environment fault (a
 * missing Chromium, an output folder that cannot be written) is a UsageError.
 */
export async function runReports(o: ReportRunOptions, planned: PlannedReports, onEvent: (e: ReportEvent) => void = () => {}): Promise<{ written: string[]; failed: string[] }> {
  const written: string[] = [];
  const failed: string[] = [];
  let envError: UsageError | undefined;
  try {
    await runBatch(planned.requests, {
      formats: o.formats,
      ...(o.concurrency ? { concurrency: o.concurrency } : {}),
      ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
      ...(o.csvHeaders ? { csvHeaders: o.csvHeaders } : {}),
      schemaRef: schemaRef(o),
      onEvent: (e) => {
        if (e.type === 'done') {
          try {
            const w = writeReport(o, e.output);
            written.push(e.planId);
            onEvent({ type: 'written', planId: e.planId, dir: w.dir, files: w.files, counts: e.output.evaluation.counts });
          } catch (err) {
            if (err instanceof UsageError) envError ??= err;
            else throw err;
          }
        } else if (e.type === 'failed') {
          failed.push(e.planId);
          onEvent({ type: 'failed', planId: e.planId, ja: e.error.ja, en: e.error.en });
        }
      },
    });
  } catch (err) {
    if (err instanceof RenderError) throw new UsageError(err.ja, err.en);
    throw err;
  }
  if (envError) throw envError;
  return { written, failed };
}
