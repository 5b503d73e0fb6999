/**
 * One headless Chromium for a batch of reports. Pages are pooled and used in
 * parallel up to a limit; each page may load only the document itself (every
 * other request is blocked, so nothing reaches the network) and runs no
 * script. A render that hangs is timed out with a readable error, a crashed
 * page or browser fails only the reports it was printing, and the browser is
 * always closed.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import pLimit, { type LimitFunction } from 'p-limit';
import puppeteer, { type Browser, type Page, type PDFOptions } from 'puppeteer-core';
import { destinationPages, dropToc, fillToc, hasToc, TOC_MIN_PAGES } from './page-refs.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/** A fault of rendering, said in Japanese with the English gloss. */
export class RenderError extends Error {
  constructor(
    readonly code: 'chromium-missing' | 'launch-failed' | 'timeout' | 'crash' | 'closed',
    readonly ja: string,
    readonly en: string,
  ) {
    super(`${ja} (${en})`);
    this.name = 'RenderError';
  }
}

export interface BrowserOptions {
  executablePath?: string;
  /** Pages printing at once (default 2). */
  concurrency?: number;
  /** Per-report limit in milliseconds (default 60 s). */
  timeoutMs?: number;
  /** Test seam: called after the page holds the document and before it prints. */
  beforePrint?: (label: string, browser: ReportBrowser) => void | Promise<void>;
}

export interface PrintJob {
  html: string;
  /** Running header text (plan and year); escaped here. */
  header: string;
  /** Name of the report for messages. */
  label: string;
  /** Overrides the browser's per-report limit. */
  timeoutMs?: number;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Requests the page tried to make beyond the document itself (all blocked). */
  blocked: string[];
}

/** A CSS string literal: every ASCII character but letters, digits and space as a hex escape, so no text can end the string or the style element. */
export const cssString = (s: string) => `"${s.replace(/[\x00-\x1f\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(6, '0')}`)}"`;

/**
 * The running header and the page numbers as CSS page-margin boxes (Chromium
 * 131+), so the cover can go without them (`@page :first`), which Chromium's
 * header and footer templates cannot do.
 */
export function pageChrome(header: string): string {
  const font = `font-family: 'IPAexGothic', 'Noto Sans CJK JP', sans-serif; color: #4d4d4d;`;
  return (
    `@page { ` +
    `@top-left { content: ${cssString(header)}; font-size: 7.5pt; ${font} vertical-align: bottom; padding-bottom: 4mm; } ` +
    `@bottom-center { content: counter(page) " / " counter(pages); font-size: 8pt; ${font} vertical-align: top; padding-top: 4mm; } }\n` +
    `@page :first { @top-left { content: none; } @bottom-center { content: none; } }`
  );
}

/** The document with its page chrome added as a last style element in the head. */
export function withPageChrome(html: string, header: string): string {
  const style = `<style>${pageChrome(header)}</style>`;
  const at = html.indexOf('</head>');
  return at < 0 ? `${style}${html}` : `${html.slice(0, at)}${style}${html.slice(at)}`;
}

export function resolveChromium(explicit?: string): string {
  const path = explicit ?? process.env.KEIKAKU_CHROMIUM ?? process.env.PUPPETEER_EXECUTABLE_PATH ?? DEFAULT_CHROMIUM;
  if (!existsSync(path)) {
    throw new RenderError(
      'chromium-missing',
      `Chromium が見つかりません（${path}）。bash scripts/setup.sh を実行して Chromium と日本語フォントを入れてください`,
      `Chromium not found at ${path}; run bash scripts/setup.sh to install Chromium and the Japanese fonts`,
    );
  }
  // A folder or a file that cannot be run would fail in spawn with EACCES (an unhandled 'error' event in puppeteer): say so first.
  let runnable = false;
  try {
    runnable = statSync(path).isFile();
    if (runnable) accessSync(path, constants.X_OK);
  } catch {
    runnable = false;
  }
  if (!runnable) {
    throw new RenderError(
      'chromium-missing',
      `Chromium として指定された ${path} は実行できるファイルではありません（KEIKAKU_CHROMIUM を確かめるか、bash scripts/setup.sh を実行してください）`,
      `${path} is not an executable file, so it cannot be Chromium; check KEIKAKU_CHROMIUM or run bash scripts/setup.sh`,
    );
  }
  return path;
}

export class ReportBrowser {
  private browser: Browser | undefined;
  private idle: Page[] = [];
  /** At most `concurrency` prints at once (p-limit); each takes an idle page or opens one. */
  private readonly slots: LimitFunction;
  /** The requests each page tried to make during its current print (all refused). */
  private readonly blockedBy = new WeakMap<Page, string[]>();
  private closed = false;
  /** Set when the browser process went away; the next print relaunches it. */
  private crashed = false;
  readonly launchMs: number;

  private constructor(
    private readonly opts: Required<Pick<BrowserOptions, 'concurrency' | 'timeoutMs'>> & Pick<BrowserOptions, 'beforePrint'> & { executablePath: string },
    browser: Browser,
    launchMs: number,
  ) {
    this.browser = browser;
    this.launchMs = launchMs;
    this.slots = pLimit(opts.concurrency);
    this.watch(browser);
  }

  static async launch(o: BrowserOptions = {}): Promise<ReportBrowser> {
    const executablePath = resolveChromium(o.executablePath);
    const t0 = performance.now();
    const timeoutMs = o.timeoutMs ?? 60_000;
    const browser = await ReportBrowser.start(executablePath, timeoutMs);
    return new ReportBrowser(
      { executablePath, concurrency: Math.max(1, o.concurrency ?? 2), timeoutMs, ...(o.beforePrint ? { beforePrint: o.beforePrint } : {}) },
      browser,
      performance.now() - t0,
    );
  }

  /**
   * Launches Chromium within `timeoutMs`: a browser that starts and never answers is killed and
   * reported (puppeteer's launch `timeout` covers the start, `protocolTimeout` the first CDP calls;
   * prints have their own, shorter, timer, so they report first).
   */
  private static async start(executablePath: string, timeoutMs: number): Promise<Browser> {
    try {
      return await puppeteer.launch({
        executablePath, headless: true, args: CHROMIUM_ARGS, pipe: true, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
        timeout: timeoutMs, protocolTimeout: timeoutMs + 1_000,
      });
    } catch (err) {
      const why = err instanceof Error ? err.message.split('\n')[0]!.slice(0, 200) : String(err);
      if (/timed out|Timed out/.test(why)) {
        const s = Math.round(timeoutMs / 1000);
        throw new RenderError('timeout', `Chromium が ${s} 秒以内に起動しませんでした（${executablePath}）。Chromium を確かめるか --timeout を延ばしてください`, `Chromium did not start within ${s} s (${executablePath}); check it or raise --timeout`);
      }
      throw new RenderError('launch-failed', `Chromium を起動できません（${why}）。bash scripts/setup.sh で入れ直してください`, `cannot launch Chromium (${why}); reinstall it with bash scripts/setup.sh`);
    }
  }

  private watch(b: Browser): void {
    b.once('disconnected', () => {
      if (this.browser !== b) return;
      this.crashed = true;
      this.idle = [];
    });
  }

  /** The process id of the running browser (for crash tests). */
  pid(): number | undefined {
    return this.browser?.process()?.pid;
  }

  private async ensureBrowser(): Promise<Browser> {
    if (this.closed) throw new RenderError('closed', 'ブラウザはすでに閉じています', 'the browser is already closed');
    if (this.crashed || !this.browser || !this.browser.connected) {
      this.crashed = false;
      const old = this.browser;
      this.browser = undefined;
      try {
        await old?.close();
      } catch {
        /* already gone */
      }
      const b = await ReportBrowser.start(this.opts.executablePath, this.opts.timeoutMs);
      this.browser = b;
      this.watch(b);
    }
    return this.browser!;
  }

  private async newPage(): Promise<Page> {
    const b = await this.ensureBrowser();
    const page = await b.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const log = this.blockedBy.get(page);
      // Only the document itself may load; setContent makes no request, so every request is refused.
      if (req.isInterceptResolutionHandled()) return;
      log?.push(req.url());
      void req.abort('blockedbyclient').catch(() => undefined);
    });
    return page;
  }

  private async acquire(): Promise<Page> {
    const p = this.idle.pop();
    if (p && !p.isClosed()) return p;
    return this.newPage();
  }

  private release(page: Page, healthy: boolean): void {
    if (healthy) this.idle.push(page);
    else void page.close().catch(() => undefined);
  }

  /** Prints one report's HTML to PDF bytes (Chromium's own, before post-processing), up to `concurrency` at once. */
  print(job: PrintJob): Promise<PrintResult> {
    return this.slots(() => this.printOnPage(job));
  }

  private async printOnPage(job: PrintJob): Promise<PrintResult> {
    const page = await this.acquire();
    const blocked: string[] = [];
    this.blockedBy.set(page, blocked);
    let healthy = true;
    const limit = job.timeoutMs ?? this.opts.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    let onCrash: (() => void) | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          healthy = false;
          const secs = limit >= 1000 ? `${Math.round(limit / 1000)} 秒` : `${limit} ミリ秒`;
          reject(new RenderError('timeout', `${job.label} の印刷が ${secs}で終わらなかったため中止しました（--timeout で延ばせます）`, `printing ${job.label} did not finish within ${limit} ms and was stopped (raise it with --timeout)`));
        }, limit);
      });
      const crashed = new Promise<never>((_, reject) => {
        onCrash = () => {
          healthy = false;
          reject(new RenderError('crash', `${job.label} の印刷中に Chromium が異常終了しました`, `Chromium crashed while printing ${job.label}`));
        };
        page.once('error', onCrash);
        page.once('close', onCrash);
        this.browser?.once('disconnected', onCrash);
      });
      const work = (async () => {
        // A fresh document for every report: nothing (CSP, state) carries over from the last one.
        await page.goto('about:blank', { waitUntil: 'load', timeout: limit });
        const opts: PDFOptions = {
          format: 'A4',
          printBackground: true,
          // The running header and page numbers are CSS page-margin boxes (pageChrome), absent on the cover.
          displayHeaderFooter: false,
          margin: { top: '16mm', bottom: '14mm', left: '15mm', right: '15mm' },
          tagged: true,
          outline: true,
          timeout: limit,
        };
        const html = withPageChrome(job.html, job.header);
        const print = async (h: string, first: boolean) => {
          if (!first) await page.goto('about:blank', { waitUntil: 'load', timeout: limit });
          await page.setContent(h, { waitUntil: 'load', timeout: limit });
          if (first) await this.opts.beforePrint?.(job.label, this);
          return page.pdf(opts);
        };
        if (!hasToc(html)) return print(html, true);
        // A first layout gives the page of every heading the 目次 links to (its numbers are blank, so its length
        // does not change when they are filled in); a short report is printed again without a 目次.
        const draft = await print(html, true);
        const { pages, total } = await destinationPages(draft);
        const pdf = await print(total - 1 <= TOC_MIN_PAGES ? dropToc(html) : fillToc(html, pages), false);
        return pdf;
      })();
      work.catch(() => undefined); // a page closed after a timeout rejects late; that is expected
      const pdf = await Promise.race([work, timeout, crashed]);
      return { pdf, blocked };
    } catch (err) {
      healthy = false;
      if (err instanceof RenderError) throw err;
      const msg = err instanceof Error ? err.message : String(err);
      if (this.crashed || /Target closed|Session closed|Protocol error|crash|disconnected|Connection closed/i.test(msg)) {
        throw new RenderError('crash', `${job.label} の印刷中に Chromium が異常終了しました`, `Chromium crashed while printing ${job.label}`);
      }
      if (/timeout/i.test(msg)) {
        throw new RenderError('timeout', `${job.label} の印刷が時間内に終わりませんでした`, `printing ${job.label} timed out`);
      }
      throw err;
    } finally {
      if (timer) clearTimeout(timer);
      if (onCrash) {
        page.off('error', onCrash);
        page.off('close', onCrash);
        this.browser?.off('disconnected', onCrash);
      }
      this.release(page, healthy && !page.isClosed() && !this.crashed);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    const b = this.browser;
    this.browser = undefined;
    this.idle = [];
    if (!b) return;
    try {
      await b.close();
    } catch {
      try {
        b.process()?.kill('SIGKILL');
      } catch {
        /* gone */
      }
    }
  }
}

/** Runs `fn` with a browser that is always closed afterwards. */
export async function withBrowser<T>(o: BrowserOptions, fn: (b: ReportBrowser) => Promise<T>): Promise<T> {
  const b = await ReportBrowser.launch(o);
  try {
    return await fn(b);
  } finally {
    await b.close();
  }
}
