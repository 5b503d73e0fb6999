/**
 * One plan's report in every format, and a batch of plans with one browser.
 * A plan that fails (a render timeout, a Chromium crash) fails alone, named,
 * and the batch finishes the rest.
 */
import type { Finding } from '@keikaku/core';
import type { Plan, Progress } from '@keikaku/schema';
import { formatWarekiFiscalYear, municipalityText } from '@keikaku/schema';
import { reportCsv, reportJson } from './data.js';
import { evaluatePlan, type PlanEvaluation } from './evaluate/index.js';
import { renderHtml } from './html.js';
import { buildView } from './model.js';
import { postProcess, type PdfMeta } from './pdf-post/post.js';
import { ReportBrowser, RenderError, type BrowserOptions } from './render/browser.js';

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
}

export interface ReportOutput {
  planId: string;
  evaluation: PlanEvaluation;
  html?: string;
  pdf?: Uint8Array;
  csv?: string;
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

/** Evaluation and HTML (no browser). */
export async function prepare(req: ReportRequest): Promise<Prepared> {
  const t0 = performance.now();
  const evaluation = evaluatePlan(req.plan, req.progress, req.fy);
  const t1 = performance.now();
  const view = await buildView({ plan: req.plan, evaluation, ...(req.findings ? { findings: req.findings } : {}), ...(req.changelog !== undefined ? { changelog: req.changelog } : {}), ...(req.date ? { date: req.date } : {}) });
  const html = renderHtml(view);
  const t2 = performance.now();
  const fyText = `${req.fy}年度（${formatWarekiFiscalYear(req.fy)}）`;
  return { req, evaluation, html, title: view.docTitle, header: `${view.planTitle}　${fyText} 進捗状況報告書`, timings: { evaluateMs: t1 - t0, htmlMs: t2 - t1 } };
}

function pdfMeta(p: Prepared): PdfMeta {
  return {
    title: p.title,
    author: municipalityText(p.req.plan.municipality, '') ?? '',
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

export async function buildReport(req: ReportRequest, formats: readonly Format[], browser?: ReportBrowser): Promise<ReportOutput> {
  const p = await prepare(req);
  const out: ReportOutput = { planId: req.plan.id, evaluation: p.evaluation, timings: p.timings };
  if (formats.includes('html')) out.html = p.html;
  if (formats.includes('csv')) out.csv = reportCsv(p.evaluation);
  if (formats.includes('json')) out.json = reportJson(req.plan, p.evaluation);
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

export interface BatchOptions extends BrowserOptions {
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
 * `concurrency`. The work is pipelined: while Chromium prints one report,
 * Node prepares the next (evaluation, charts, HTML) and post-processes the
 * one before (pdf-lib), so the batch takes little more than the printing.
 */
export async function runBatch(reqs: readonly ReportRequest[], o: BatchOptions): Promise<BatchResult> {
  const needsBrowser = o.formats.includes('pdf');
  const own = needsBrowser && !o.browser;
  const browser = needsBrowser ? (o.browser ?? (await ReportBrowser.launch(o))) : undefined;
  const result: BatchResult = { done: [], failed: [], ...(browser && own ? { launchMs: browser.launchMs } : {}) };
  const fail = async (planId: string, err: unknown) => {
    const d = describe(err);
    result.failed.push({ planId, ja: d.ja, en: d.en });
    await o.onEvent?.({ type: 'failed', planId, error: d });
  };
  try {
    const limit = needsBrowser ? Math.max(1, o.concurrency ?? 2) : 1;
    // Preparation runs one at a time, up to `limit` reports ahead of printing.
    const prepared: Promise<Prepared>[] = [];
    let chain: Promise<unknown> = Promise.resolve();
    const prepareUpTo = (i: number) => {
      while (prepared.length <= Math.min(i, reqs.length - 1)) {
        const req = reqs[prepared.length]!;
        const p = chain.then(() => prepare(req));
        chain = p.catch(() => undefined);
        p.catch(() => undefined);
        prepared.push(p);
      }
    };
    const finishing: Promise<void>[] = [];
    let next = 0;
    const worker = async () => {
      while (next < reqs.length) {
        const i = next++;
        const req = reqs[i]!;
        prepareUpTo(i + limit);
        await o.onEvent?.({ type: 'start', planId: req.plan.id });
        let p: Prepared;
        try {
          p = await prepared[i]!;
        } catch (err) {
          await fail(req.plan.id, err);
          continue;
        }
        const output: ReportOutput = { planId: req.plan.id, evaluation: p.evaluation, timings: p.timings };
        if (o.formats.includes('html')) output.html = p.html;
        if (o.formats.includes('csv')) output.csv = reportCsv(p.evaluation);
        if (o.formats.includes('json')) output.json = reportJson(req.plan, p.evaluation);
        if (!browser) {
          result.done.push(req.plan.id);
          await o.onEvent?.({ type: 'done', planId: req.plan.id, output });
          continue;
        }
        let printed: PrintResultLike;
        const t0 = performance.now();
        try {
          printed = await browser.print({ html: p.html, header: p.header, label: req.plan.id });
        } catch (err) {
          await fail(req.plan.id, err);
          continue;
        }
        output.timings.printMs = performance.now() - t0;
        output.blocked = printed.blocked;
        // Post-processing overlaps the next print.
        finishing.push(
          (async () => {
            const t1 = performance.now();
            try {
              output.pdf = (await postProcess(printed.pdf, pdfMeta(p))).pdf;
              output.timings.postMs = performance.now() - t1;
              result.done.push(req.plan.id);
              await o.onEvent?.({ type: 'done', planId: req.plan.id, output });
            } catch (err) {
              await fail(req.plan.id, err);
            }
          })(),
        );
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, reqs.length) }, worker));
    await Promise.all(finishing);
  } finally {
    if (own) await browser?.close();
  }
  return result;
}

type PrintResultLike = { pdf: Uint8Array; blocked: string[] };
