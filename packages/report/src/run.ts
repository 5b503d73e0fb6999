/**
 * The report use case: from plan ids to report files, plan by plan. The
 * selected plans are type-checked together (tsc's findings only are kept);
 * then each plan is read (core's loadPlan) and linted once (lint's publish
 * profile, which runs core's checks too), tsc's findings are added, and the
 * findings are deduplicated: they become the report's data-quality notes. A
 * plan that does not validate is refused, named, and so are two plans with one
 * id (as check refuses them); the others are evaluated,
 * rendered and written through core's writeOutput, and let go before the next
 * plan is read (as lint's `lintPlans` and core's `streamWorkspace` do), so a
 * run over 1,741 plans holds one plan at a time (a few with a PDF).
 *
 * The CLI parses options, calls `openReports` and `writeReports` (or
 * `reportPlans`, both in one), and prints their events; nothing here prints.
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

/** The selected plans of a run, type-checked, ready to be read one at a time. */
interface Selection {
  plans: PlanFiles[];
  tsc: Finding[];
  today: string;
}

/**
 * Selects the plans (ids or --all, then the shard), checks that Chromium is
 * there when a PDF is wanted, and type-checks their modules (the compiler
 * runs in its own processes; only the findings come back).
 */
async function select(o: ReportRunOptions, onEvent: (e: ReportEvent) => void): Promise<Selection> {
  const selected = o.all ? listPlans(o.root) : selectPlans(o.root, o.ids);
  if (o.all && selected.length === 0) throw new UsageError('plans/ に計画がありません', 'no plans found under plans/');
  const mine = shardOf(selected, o.shard);
  if (o.shard) onEvent({ type: 'shard', index: o.shard.index, count: o.shard.count, selected: mine.length, total: selected.length });
  const today = o.date ?? `${o.fy + 1}-03-31`;
  if (mine.length === 0) return { plans: [], tsc: [], today };
  if (o.formats.includes('pdf')) {
    try {
      resolveChromium();
    } catch (err) {
      if (err instanceof RenderError) throw new UsageError(err.ja, err.en);
      throw err;
    }
  }
  const tsc = (await typecheck(o.root, mine.flatMap(moduleFiles))).findings;
  return { plans: mine, tsc, today };
}

const ownFindings = (tsc: readonly Finding[], id: string) => tsc.filter((f) => f.file.startsWith(`plans/${id}/`));

/**
 * The first pass, before any report is written: reads each plan (reader and
 * Zod only, one at a time; only its id's place is kept) so that two plans
 * that write one id are known before either is written, and each is refused
 * with check's workspace/duplicate-plan-id error at its id (among the plans
 * the run reads: a shard sees only its own). With --strict, a report year
 * outside a plan's period also stops the run here, naming every such plan.
 * Plans that will be refused for their own errors are left to the second pass.
 * Returns the duplicate-id finding of each plan folder that has one.
 */
function firstPass(o: ReportRunOptions, s: Selection): Map<string, Finding> {
  if (s.plans.length < 2 && !o.strict) return new Map(); // one plan cannot share its id
  const outside: { planId: string; notice: Bilingual }[] = [];
  const claims: IdClaim[] = [];
  for (const files of s.plans) {
    const doc = loadPlan(o.root, files);
    const claim = planIdClaim(doc);
    if (claim) claims.push(claim);
    if (!o.strict || !doc.plan || [...ownFindings(s.tsc, files.id), ...doc.findings].some(isBlocking)) continue;
    const { start, end } = planPeriod(doc.plan);
    const notice = outsidePeriod(o.fy, start, end);
    if (notice) outside.push({ planId: files.id, notice });
  }
  if (outside.length) {
    const ids = outside.map((x) => x.planId).join(', ');
    throw new UsageError(`${o.fy}年度は計画期間の外です（${ids}）。${outside[0]!.notice.ja}`, `FY${o.fy} is outside the plan period of ${ids} (--strict): ${outside[0]!.notice.en}`);
  }
  const duplicates = new Map<string, Finding>();
  for (const f of duplicateIdFindings(claims)) {
    const dir = claims.find((c) => c.at.file === f.file)?.dir;
    if (dir !== undefined && !duplicates.has(dir)) duplicates.set(dir, f);
  }
  return duplicates;
}

/**
 * Reads and lints one plan (core's loadPlan, lint's publish profile) and
 * returns its report request, or undefined when it is refused. Its events
 * (refused, no-progress, outside-period) are sent as it is read.
 */
async function requestFor(o: ReportRunOptions, s: Selection, duplicates: ReadonlyMap<string, Finding>, files: PlanFiles, onEvent: (e: ReportEvent) => void): Promise<ReportRequest | undefined> {
  const doc = loadPlan(o.root, files);
  // As check does: tsc's finding is kept where Zod echoes the same mistake. The prose checks (textlint: 表記,
  // typo candidates) are left to `keikaku lint`: they are notes for the encoder and the publisher, not data-quality
  // notes for a committee (the annex never printed prh's or jtf's), and the morphological analyser they load
  // (kuromoji, about 330 MB) would double a national run's memory.
  const findings = sortFindings(dedupeFindings(dropEchoes([...ownFindings(s.tsc, files.id), ...(await lintPlan(o.root, doc, { profile: 'publish', today: s.today, prose: false }))])));
  // A plan refused for its own errors is named by its first; one whose id another plan also writes, by that.
  const first = findings.find(isBlocking) ?? duplicates.get(files.id);
  if (!doc.plan || first) {
    onEvent({ type: 'refused', planId: files.id, ...(first ? { finding: first } : {}) });
    return undefined;
  }
  const progress: Progress[] = doc.progress.map((p) => p.progress);
  if (!progress.some((p) => p.fy === o.fy)) onEvent({ type: 'no-progress', planId: files.id, fy: o.fy });
  const { start, end } = planPeriod(doc.plan);
  const notice = outsidePeriod(o.fy, start, end);
  if (notice && !o.strict) onEvent({ type: 'outside-period', planId: files.id, notice });
  const changelogFile = join(files.dir, 'CHANGELOG.md');
  return {
    plan: doc.plan,
    progress,
    fy: o.fy,
    findings,
    ...(existsSync(changelogFile) ? { changelog: readFileSync(changelogFile, 'utf8') } : {}),
    ...(o.date ? { date: o.date } : {}),
    ...(o.annex ? { annex: true } : {}),
  };
}

/**
 * The selected plans' report requests, one at a time as the consumer asks
 * for them: a plan is read (core's loadPlan) and linted (lint's publish
 * profile, which runs core's checks too) only when the one before has been
 * taken, so a consumer that writes each report before asking for the next
 * holds one plan's syntax trees, findings and evaluation at a time, however
 * many plans there are. A plan that does not validate is refused (an event,
 * and `refused`), and the stream goes on with the next.
 */
export interface ReportStream extends AsyncIterable<ReportRequest> {
  /** How many plans the run covers (after the shard), refused ones included. */
  readonly count: number;
  /** Plans refused so far because they do not validate (complete once the iteration ends). */
  readonly refused: string[];
}

export async function openReports(o: ReportRunOptions, onEvent: (e: ReportEvent) => void = () => {}): Promise<ReportStream> {
  const s = await select(o, onEvent);
  const duplicates = firstPass(o, s);
  const refused: string[] = [];
  async function* requests(): AsyncGenerator<ReportRequest> {
    for (const files of s.plans) {
      const req = await requestFor(o, s, duplicates, files, onEvent);
      if (req) yield req;
      else refused.push(files.id);
    }
  }
  return { count: s.plans.length, refused, [Symbol.asyncIterator]: requests };
}

/**
 * Reads, checks and lints the selected plans, each once, and returns one
 * report request per plan that validates, all held (a caller that wants
 * them all at once; `reportPlans` streams). Findings: tsc's, and lint's
 * (which hold the reader's, Zod's and core's checks as well), deduplicated.
 */
export async function planReports(o: ReportRunOptions, onEvent: (e: ReportEvent) => void = () => {}): Promise<PlannedReports> {
  const stream = await openReports(o, onEvent);
  const requests: ReportRequest[] = [];
  for await (const r of stream) requests.push(r);
  return { requests, refused: stream.refused };
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
  return writeReports(o, planned.requests, onEvent);
}

/**
 * Builds and writes the reports of `requests`, taking the next request only
 * when the batch has room (one at a time without a browser: read, evaluate,
 * render, write, then the next), so a stream from `openReports` is read plan
 * by plan. An output folder that cannot be written stops the run after the
 * reports under way: it is a UsageError, thrown once they are done.
 */
export async function writeReports(
  o: ReportRunOptions,
  requests: Iterable<ReportRequest> | AsyncIterable<ReportRequest>,
  onEvent: (e: ReportEvent) => void = () => {},
): Promise<{ written: string[]; failed: string[] }> {
  const written: string[] = [];
  const failed: string[] = [];
  let envError: UsageError | undefined;
  // Stop taking plans once the output cannot be written.
  async function* untilEnvError(): AsyncGenerator<ReportRequest> {
    for await (const r of requests) {
      yield r;
      if (envError) return;
    }
  }
  try {
    await runBatch(untilEnvError(), {
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

/**
 * The report use case, plan by plan: each selected plan is read, linted,
 * evaluated, rendered and written before the next is read, so memory does
 * not grow with the number of plans (with a PDF, a few plans are in flight
 * while Chromium prints). Returns the plans written, failed and refused.
 */
export async function reportPlans(o: ReportRunOptions, onEvent: (e: ReportEvent) => void = () => {}): Promise<{ written: string[]; failed: string[]; refused: string[] }> {
  const stream = await openReports(o, onEvent);
  const r = await writeReports(o, stream, onEvent);
  return { ...r, refused: stream.refused };
}
