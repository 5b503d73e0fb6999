/**
 * axe-core on a report's HTML in real Chromium, for tests only (it used to
 * be a method of the production ReportBrowser). The page may run a script
 * for axe itself and load nothing: every request is refused. Returns the
 * violations and the "incomplete" results (checks axe could not decide, such
 * as colour contrast over an image), both of which a test should see empty.
 */
import axeCore from 'axe-core';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS, resolveChromium } from '@keikaku/report';

export interface AxeIssue {
  id: string;
  impact: string | null;
  help: string;
  /** CSS selectors of the elements concerned, for the test's failure message. */
  targets: string[];
}

export interface AxeResult {
  violations: AxeIssue[];
  incomplete: AxeIssue[];
}

export async function launchAxe(): Promise<Browser> {
  return puppeteer.launch({ executablePath: resolveChromium(), headless: true, args: CHROMIUM_ARGS, pipe: true });
}

/** Runs axe on `html` at the viewport `width` (CSS px). */
export async function axe(browser: Browser, html: string, width: number): Promise<AxeResult> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900 });
    await page.setBypassCSP(true);
    await page.setRequestInterception(true);
    page.on('request', (r) => void r.abort('blockedbyclient').catch(() => undefined));
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate((axeCore as unknown as { source: string }).source);
    return (await page.evaluate(`axe.run(document, { resultTypes: ['violations', 'incomplete'] }).then((r) => {
      const pick = (list) => list.map((v) => ({ id: v.id, impact: v.impact || null, help: v.help, targets: v.nodes.map((n) => String(n.target)) }));
      return { violations: pick(r.violations), incomplete: pick(r.incomplete) };
    })`)) as AxeResult;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * The "incomplete" results other than the colour contrast of text drawn inside
 * a chart's SVG (whose background axe cannot tell; chartTextContrast in
 * contrast.ts measures those instead). A test expects this to be empty.
 */
export function undecidedOutsideCharts(r: AxeResult): AxeIssue[] {
  // An SVG <text>: the report's HTML has no other element of that name, and every SVG in it is a chart.
  const chartText = (t: string) => /(^|\s)text([[:.]|$)/.test(t);
  return r.incomplete
    .map((i) => (i.id === 'color-contrast' ? { ...i, targets: i.targets.filter((t) => !chartText(t)) } : i))
    .filter((i) => i.targets.length > 0);
}
