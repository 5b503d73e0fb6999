/**
 * One plan's report in every format, and a batch of plans with one browser.
 * A plan that fails (a render timeout, a Chromium crash) fails alone, named,
 * and the batch finishes the rest.
 */
import type { Finding } from '@keikaku/core';
import type { Plan, Progress } from '@keikaku/schema';
import { formatWarekiFiscalYear } from '@keikaku/schema';
import pLimit from 'p-limit';
import { reportCsv, reportJson, reviewCsv, type CsvHeaders } from './data.js';
import { evaluatePlan, type PlanEvaluation } from './evaluate/index.js';
import { renderHtml } from './html.js';
import { buildView } from './model.js';
import { postProcess, type PdfMeta } from './pdf-post/post.js';
import { ReportBrowser, RenderError, type BrowserOptions } from './render/browser.js';
import { STAGE_POST, STAGE_PREPARE, withinLimit } from './deadline.js';

export const FORMATS = ['pdf', 'html', 'csv', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportRequest {
  plan: Plan;
  progress: readonly Progress[];
  fy: number;
  findings?: readonly Finding[];
  changelog?: string;
  /** A date for the cover and the PDF's dates; none unless given. */
  date?: string;
  /** Add the annex of data-quality notes (sentences about the document) to the PDF and HTML. */
  annex?: boolean;
}

export interface ReportOutput {
  planId: string;
  evaluation: PlanEvaluation;
  html?: string;
  pdf?: Uint8Array;
  csv?: string;
  /** The year's review as CSV (report-<fy>-review.csv), when the progress file holds one. */
  reviewCsv?: string;
  json?: string;
  /** Requests the page tried to make (all blocked); empty for a well-formed report. */
  blocked?: string[];
  timings: { evaluateMs: number; htmlMs: number; printMs?: number; postMs?: number };
}

export interface Prepared {
  req: ReportRequest;
  evaluation: PlanEvaluation;
  html: string;
  title: string;
  header: string;
  timings: ReportOutput['timings'];
}

/** What the CSV and JSON are made from: the evaluation alone (no view, charts or HTML). */
type Evaluated = Pick<Prepared, 'evaluation' | 'timings'> & { html?: string };

/** The view, its charts and the HTML are only built for the formats that show them. */
const needsView = (formats: readonly Format[]) => formats.includes('html') || formats.includes('pdf');

async function evaluateOnly(req: ReportRequest): Promise<Evaluated> {
  const t0 = performance.now();
  const evaluation = evaluatePlan(req.plan, req.progress, req.fy);
  return { evaluation, timings: { evaluateMs: performance.now() - t0, htmlMs: 0 } };
}

/** Evaluation and HTML (no browser). */
export async function prepare(req: ReportRequest): Promise<Prepared> {
  const t0 = performance.now();
  const evaluation = evaluatePlan(req.plan, req.progress, req.fy);
  const t1 = performance.now();
  const view = await buildView({ plan: req.plan, evaluation, ...(req.findings ? { findings: req.findings } : {}), ...(req.changelog !== undefined ? { changelog: req.changelog } : {}), ...(req.date ? { date: req.date } : {}), progress: req.progress, ...(req.annex ? { annex: true } : {}) });
  const html = renderHtml(view);
  const t2 = performance.now();
  const fyText = `${req.fy}年度（${formatWarekiFiscalYear(req.fy)}）`;
  return { req, evaluation, html, title: view.docTitle, header: `${view.planTitle}　${fyText} 進捗状況報告書`, timings: { evaluateMs: t1 - t0, htmlMs: t2 - t1 } };
}

function pdfMeta(p: Prepared): PdfMeta {
  return {
    title: p.title,
    author: `${p.req.plan.municipality.prefecture}${p.req.plan.municipality.name}`,
    subject: `${p.req.fy}年度 進捗状況報告書`,
    ...(p.req.date ? { date: p.req.date } : {}),
  };
}

/** PDF of a prepared report, post-processed (metadata, /Lang, ToUnicode). */
export async function printPdf(browser: ReportBrowser, p: Prepared): Promise<{ pdf: Uint8Array; blocked: string[]; printMs: number; postMs: number }> {
  const t0 = performance.now();
  const r = await browser.print({ html: p.html, header: p.header, label: p.req.plan.id });
  const t1 = performance.now();
  const post = await postProcess(r.pdf, pdfMeta(p));
  return { pdf: post.pdf, blocked: r.blocked, printMs: t1 - t0, postMs: performance.now() - t1 };
}

export async function buildReport(req: ReportRequest, formats: readonly Format[], browser?: ReportBrowser, opts: DataOptions = {}): Promise<ReportOutput> {
  if (!needsView(formats)) return dataOutputs(req, await evaluateOnly(req), formats, opts);
  const p = await prepare(req);
  const out = dataOutputs(req, p, formats, opts);
  if (formats.includes('pdf')) {
    if (!browser) throw new RenderError('closed', 'PDF を作るにはブラウザが必要です', 'a browser is needed to print the PDF');
    const r = await printPdf(browser, p);
    out.pdf = r.pdf;
    out.blocked = r.blocked;
    out.timings.printMs = r.printMs;
    out.timings.postMs = r.postMs;
  }
  return out;
}

export type BatchEvent =
  | { type: 'start'; planId: string }
  | { type: 'done'; planId: string; output: ReportOutput }
  | { type: 'failed'; planId: string; error: { ja: string; en: string; code?: string } };

/** How the data files are written. */
export interface DataOptions {
  /** CSV header language (default 'en'). */
  csvHeaders?: CsvHeaders;
  /** The JSON's `$schema`: where schemas/report.schema.json is, relative to the JSON file. */
  schemaRef?: string;
}

export interface BatchOptions extends BrowserOptions, DataOptions {
  formats: readonly Format[];
  onEvent?: (e: BatchEvent) => void | Promise<void>;
  /** A browser to use (and leave open); otherwise one is launched and always closed. */
  browser?: ReportBrowser;
}

export interface BatchResult {
  done: string[];
  failed: { planId: string; ja: string; en: string }[];
  launchMs?: number;
}

function describe(err: unknown): { ja: string; en: string; code?: string } {
  if (err instanceof RenderError) return { ja: err.ja, en: err.en, code: err.code };
  const msg = err instanceof Error ? err.message : String(err);
  return { ja: `報告書を作れませんでした：${msg.slice(0, 200)}`, en: `could not build the report: ${msg.slice(0, 200)}` };
}

/**
 * Builds every request; with PDF, one browser prints pages in parallel up to
 * `concurrency`. Two p-limit queues and a window make the pipeline:
 * preparation (evaluation, charts, HTML: Node's own work, one at a time),
 * printing (up to `concurrency` pages in Chromium), and a window of
 * 2 × `concurrency` reports in flight (one without a browser). The next
 * request is taken from `reqs` only when the window has room, so a lazy
 * source (a generator that reads each plan when asked) is read as the batch
 * goes: while Chromium prints, Node prepares the next reports and
 * post-processes (pdf-lib) the ones before, and a national batch stays in
 * bounded memory. Without a browser a report is built and handed to
 * `onEvent` before the next request is taken.
 */
export async function runBatch(reqs: Iterable<ReportRequest> | AsyncIterable<ReportRequest>, o: BatchOptions): Promise<BatchResult> {
  const needsBrowser = o.formats.includes('pdf');
  const own = needsBrowser && !o.browser;
  const browser = needsBrowser ? (o.browser ?? (await ReportBrowser.launch(o))) : undefined;
  const result: BatchResult = { done: [], failed: [], ...(browser && own ? { launchMs: browser.launchMs } : {}) };
  const fail = async (planId: string, err: unknown) => {
    const d = describe(err);
    result.failed.push({ planId, ja: d.ja, en: d.en });
    await o.onEvent?.({ type: 'failed', planId, error: d });
  };
  const done = async (planId: string, output: ReportOutput) => {
    result.done.push(planId);
    await o.onEvent?.({ type: 'done', planId, output });
  };
  try {
    const pages = needsBrowser ? Math.max(1, o.concurrency ?? 2) : 1;
    const printing = pLimit(pages);
    const preparing = pLimit(1);
    const window = browser ? 2 * pages : 1;
    const view = needsView(o.formats);
    const one = async (req: ReportRequest) => {
      await o.onEvent?.({ type: 'start', planId: req.plan.id });
      let p: Prepared | Evaluated;
      try {
        // CSV and JSON alone need only the evaluation: no view, charts or HTML.
        p = await preparing(() => withinLimit<Prepared | Evaluated>(view ? prepare(req) : evaluateOnly(req), o.timeoutMs, req.plan.id, STAGE_PREPARE));
      } catch (err) {
        await fail(req.plan.id, err);
        return;
      }
      const output = dataOutputs(req, p, o.formats, o);
      if (!browser || !('header' in p)) {
        await done(req.plan.id, output);
        return;
      }
      let pdf: Uint8Array;
      try {
        const r = await printing(async () => {
          const t0 = performance.now();
          const printed = await browser.print({ html: p.html, header: p.header, label: req.plan.id });
          output.timings.printMs = performance.now() - t0;
          return printed;
        });
        output.blocked = r.blocked;
        pdf = r.pdf;
      } catch (err) {
        await fail(req.plan.id, err);
        return;
      }
      // Post-processing overlaps the next prints.
      const t1 = performance.now();
      try {
        output.pdf = (await withinLimit(postProcess(pdf, pdfMeta(p)), o.timeoutMs, req.plan.id, STAGE_POST)).pdf;
        output.timings.postMs = performance.now() - t1;
        await done(req.plan.id, output);
      } catch (err) {
        await fail(req.plan.id, err);
      }
    };
    // A bounded queue: at most `window` reports between being taken and being done.
    const running = new Set<Promise<void>>();
    let thrown: { err: unknown } | undefined;
    try {
      for await (const req of reqs) {
        const p: Promise<void> = one(req)
          .catch((err: unknown) => void (thrown ??= { err }))
          .finally(() => running.delete(p));
        running.add(p);
        while (running.size >= window && !thrown) await Promise.race(running);
        if (thrown) break;
      }
    } finally {
      await Promise.all(running);
    }
    if (thrown) throw thrown.err;
  } finally {
    if (own) await browser?.close();
  }
  return result;
}

/** The outputs that need no browser (HTML, CSV, JSON), with the evaluation and timings. */
function dataOutputs(req: ReportRequest, p: Evaluated, formats: readonly Format[], o: DataOptions = {}): ReportOutput {
  const out: ReportOutput = { planId: req.plan.id, evaluation: p.evaluation, timings: p.timings };
  if (formats.includes('html') && p.html !== undefined) out.html = p.html;
  if (formats.includes('csv')) {
    out.csv = reportCsv(req.plan, p.evaluation, { headers: o.csvHeaders ?? 'en' });
    const review = reviewCsv(req.plan, p.evaluation, { headers: o.csvHeaders ?? 'en' });
    if (review !== undefined) out.reviewCsv = review;
  }
  if (formats.includes('json')) out.json = reportJson(req.plan, p.evaluation, o.schemaRef !== undefined ? { schemaRef: o.schemaRef } : {});
  return out;
}
