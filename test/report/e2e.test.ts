/**
 * The report end to end in real Chromium: 札幌 FY2024 from the bundled plan
 * files, printed, post-processed and read back with poppler (pdftotext,
 * pdfinfo). One browser serves the whole file.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspace, loadWorkspace } from '@keikaku/core';
import { lintPlan } from '@keikaku/lint';
import type { Plan } from '@keikaku/schema';
import { buildReport, inspectPdf, prepare, printPdf, ReportBrowser, RenderError, runBatch, type ReportOutput, type ReportRequest } from '@keikaku/report';
import { ROOT } from '../support/run-cli.js';
import { axe, launchAxe, undecidedOutsideCharts } from '../support/axe.js';
import { chartTextContrast } from '../support/contrast.js';

const dir = mkdtempSync(join(tmpdir(), 'keikaku-report-e2e-'));
const pdftotext = (pdf: Uint8Array, raw = false) => {
  const f = join(dir, `${createHash('sha1').update(pdf).digest('hex')}.pdf`);
  writeFileSync(f, pdf);
  return execFileSync('pdftotext', [...(raw ? ['-raw'] : []), '-enc', 'UTF-8', f, '-'], { encoding: 'utf8' });
};
const pdfinfo = (pdf: Uint8Array) => {
  const f = join(dir, `info-${createHash('sha1').update(pdf).digest('hex')}.pdf`);
  writeFileSync(f, pdf);
  return execFileSync('pdfinfo', [f], { encoding: 'utf8' });
};
const squash = (s: string) => s.replace(/\s+/g, '');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function sapporoRequest(): Promise<ReportRequest> {
  const ws = loadWorkspace(ROOT, ['sapporo']);
  const doc = ws.plans[0]!;
  const checked = await checkWorkspace(ROOT, ['sapporo'], { tsc: false });
  // As `keikaku report` gathers them: check's findings and lint's (publish profile).
  const linted = await lintPlan(ROOT, doc, { profile: 'publish', today: '2025-03-31' });
  return {
    plan: doc.plan!,
    progress: doc.progress.map((p) => p.progress),
    fy: 2024,
    findings: [...checked.findings, ...linted],
    changelog: readFileSync(join(ROOT, 'plans/sapporo/CHANGELOG.md'), 'utf8'),
  };
}

let browser: ReportBrowser;
let sapporo: ReportOutput;
let req: ReportRequest;

beforeAll(async () => {
  browser = await ReportBrowser.launch({ concurrency: 2, timeoutMs: 60_000 });
  req = await sapporoRequest();
  sapporo = await buildReport(req, ['pdf', 'html', 'csv', 'json'], browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('札幌 FY2024 in real Chromium', () => {
  it('pdftotext finds the indicators, their values and their grades', () => {
    const text = pdftotext(sapporo.pdf!);
    const flat = squash(text);
    for (const name of ['見守り活動を実施・継続する地区の割合', '障がい者相談支援事業所の相談者の課題解決件数', '生活就労支援センター利用者のうち就労・増収となった人数']) {
      expect(flat).toContain(squash(name));
    }
    expect(flat).toContain('1,817件');
    expect(flat).toContain('269人');
    expect(flat).toContain('97.75%');
    expect(flat).toContain('B*※');
    expect(flat).toContain('D※');
    expect(flat).toContain(squash('2024年度の実績が記録されていない'));
    expect(flat).toContain('評価の方法');
    expect(flat).toContain(squash('札幌市地域福祉社会計画 2024'));
  });

  it('the committee PDF carries no developer material: no file or plan path, seed file, rule id, CHANGELOG heading or encoder remark', () => {
    const text = pdftotext(sapporo.pdf!);
    for (const s of ['plans/', 'goals[', 'seeds/', 'Major Changes', '1.0.0', 'CHANGELOG', '.ts', '（表題の記載なし）', '（計画期間の記載なし）', 'textlint']) expect(text).not.toContain(s);
    const ruleIds = [...new Set((req.findings ?? []).map((f) => f.ruleId))];
    expect(ruleIds.length).toBeGreaterThan(0);
    for (const id of ruleIds) expect(text, id).not.toContain(id);
    // 出典 is the document's own title.
    expect(squash(text)).toContain(squash('出典札幌市地域福祉社会計画 2024 の進捗について'));
  });

  it('--annex: the data-quality notes are sentences about the document, placed in the plan\'s terms, with no path, rule id or encoder instruction', async () => {
    expect(pdftotext(sapporo.pdf!)).not.toContain('原典の記載についての注記');
    const p = await prepare({ ...req, annex: true });
    const annex = /<section class="annex"[\s\S]*?<\/section>/.exec(p.html)![0].replace(/<[^>]+>/g, ' ');
    expect(squash(annex)).toContain(squash('基本目標 Ⅰ ＞ 施策 3 ＞ 指標「個別避難計画作成の対象者に対して働きかけを行った割合」'));
    expect(squash(annex)).toContain(squash('の基準値が空欄（―）です。進み具合を測る起点がありません'));
    for (const s of ['plans/', 'goals[', 'seeds/', '.ts', 'absent:', '=>', 'textlint']) expect(annex, s).not.toContain(s);
    for (const id of new Set((req.findings ?? []).map((f) => f.ruleId))) expect(annex, id).not.toContain(id);
  });

  it('the 実績値 column shows the value graded (the annualised estimate) with the printed figure beside it', () => {
    const flat = squash(pdftotext(sapporo.pdf!, true));
    expect(flat).toContain(squash('2024年度 約2,423件（年間換算。印刷値 1,817件・12月31日時点・暫定）'));
    expect(flat).toContain(squash('2024年度 約359人（年間換算。印刷値 269人・12月31日時点・暫定）'));
  });

  it('the summary counts what was graded and lists each indicator with last year\'s grade and the ※ values', () => {
    const flat = squash(pdftotext(sapporo.pdf!, true));
    expect(flat).toContain(squash('評価の対象 9 件のうち、評価できたもの 2 件（うち暫定値・推計値などによるもの ※ 2 件）、評価できなかったもの 7 件。'));
    expect(flat).toContain(squash('12月31日時点の暫定値（年間換算）'));
    expect(flat).toMatch(/前年度（2023年度）：B/);
  });

  it('the cover has no running header or page number; a 目次 gives the page of every heading', () => {
    const pages = pdftotext(sapporo.pdf!).split('\f');
    expect(pages[0]).not.toContain('/ 13');
    expect(squash(pages[0]!)).toBe(squash('北海道 札幌市 札幌市地域福祉社会計画 2024 2024年度（令和6年度） 進捗状況報告書'));
    expect(pages[1]).toContain('目次');
    expect(pages[2]).toContain('札幌市地域福祉社会計画 2024');
    const toc = [...pages[1]!.matchAll(/(施策 \d [^\n]+)\n+(\d+)\n/g)].map((m) => [m[1]!, Number(m[2])] as const);
    expect(toc.length).toBe(7);
    for (const [heading, page] of toc) expect(squash(pages[page - 1]!), heading).toContain(squash(heading));
  });

  it('the extracted text equals the plan text (no Kangxi radicals), narratives included', () => {
    // -raw: the text in content-stream order, so a table cell's lines stay together.
    const text = pdftotext(sapporo.pdf!, true);
    expect([...text].filter((c) => { const n = c.codePointAt(0)!; return (n >= 0x2e80 && n <= 0x2ef3) || (n >= 0x2f00 && n <= 0x2fd5); })).toEqual([]);
    const flat = squash(text);
    const plan = req.plan as Plan;
    const strings = [
      ...plan.goals.flatMap((g) => [g.title, ...(g.policies ?? []).flatMap((p) => [p.title, ...(p.indicators ?? []).map((i) => i.name), ...(p.initiatives ?? []).map((i) => i.title)])]),
      ...req.progress.flatMap((p) => (p.narratives ?? []).flatMap((n) => n.items)),
    ];
    const missing = strings.filter((s) => !flat.includes(squash(s)));
    expect(missing).toEqual([]);
    // 支 and 長 are among the kanji Chromium may write as radicals.
    expect(flat).toContain('支援');
  });

  it('pdfinfo: a tagged A4 PDF whose page count matches its own footer, with the title and no dates', () => {
    const info = pdfinfo(sapporo.pdf!);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(8);
    expect(pages).toBeLessThanOrEqual(20);
    const last = pdftotext(sapporo.pdf!).split('\f').filter((p) => p.trim()).pop()!;
    expect(squash(last)).toContain(`${pages}/${pages}`);
    expect(info).toMatch(/Title:\s+札幌市地域福祉社会計画 2024 2024年度（令和6年度） 進捗状況報告書/);
    expect(info).not.toMatch(/CreationDate|ModDate/);
  });

  it('the catalog says /Lang ja, shows the title, and holds an outline and a structure tree', async () => {
    const facts = await inspectPdf(sapporo.pdf!);
    expect(facts).toMatchObject({ lang: 'ja', outline: true, structTree: true, displayDocTitle: true, dates: false });
    expect(facts.title).toBe('札幌市地域福祉社会計画 2024 2024年度（令和6年度） 進捗状況報告書');
  });

  it('two renders give the same bytes (sha256)', async () => {
    const again = await buildReport(req, ['pdf'], browser);
    expect(sha(again.pdf!)).toBe(sha(sapporo.pdf!));
  });

  it('the standalone HTML passes axe-core at 375 px and 1280 px with zero violations, has lang="ja" and no script', async () => {
    expect(sapporo.html).toMatch(/<html lang="ja">/);
    expect(sapporo.html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(sapporo.html).not.toMatch(/<script/i);
    expect(sapporo.html).toMatch(/<title id="chart-[^"]+-t">/);
    expect(sapporo.html).toMatch(/<th scope="col">/);
    const chromium = await launchAxe();
    try {
      for (const width of [375, 1280]) {
        const r = await axe(chromium, sapporo.html!, width);
        expect(r.violations, `${width} px`).toEqual([]);
        // axe cannot tell the background of text drawn inside a chart's SVG image; those colours are checked below.
        expect(undecidedOutsideCharts(r), `${width} px`).toEqual([]);
      }
    } finally {
      await chromium.close();
    }
    const contrast = chartTextContrast(sapporo.html!);
    expect(contrast.length).toBeGreaterThan(0);
    expect(contrast.filter((c) => c.ratio < 4.5)).toEqual([]);
  });

  it('the page made no network request', () => {
    expect(sapporo.blocked).toEqual([]);
  });
});

describe('safety', () => {
  let server: Server;
  let hits = 0;
  let url = '';
  beforeAll(async () => {
    server = createServer((_q, r) => {
      hits++;
      r.end('x');
    });
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    const a = server.address();
    url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  afterAll(() => new Promise<void>((res) => server.close(() => res())));

  it('markup in a plan string appears as text, and nothing it names is loaded', async () => {
    const evil = `<b>太字</b><img src="${url}/img.png"><script>document.title='x'</script>`;
    const plan = structuredClone(req.plan) as Plan & { goals: { policies: { indicators: { name: string }[] }[] }[] };
    plan.goals[0]!.policies[0]!.indicators[0]!.name = evil;
    (plan as { title: string }).title = `札幌<i>市</i> & "計画"`;
    const out = await buildReport({ ...req, plan: plan as unknown as Plan }, ['pdf', 'html'], browser);
    expect(out.html).toContain('&lt;b&gt;太字&lt;/b&gt;&lt;img src=&quot;');
    expect(out.html).not.toContain('<img');
    expect(out.html).not.toMatch(/<script/i);
    const flat = squash(pdftotext(out.pdf!));
    expect(flat).toContain(squash(`<b>太字</b><img src="${url}/img.png">`));
    expect(flat).toContain(squash('札幌<i>市</i> & "計画"'));
    expect(out.blocked).toEqual([]);
    expect(hits).toBe(0);
  });

  it('request interception blocks every request a page tries to make', async () => {
    const html = `<!DOCTYPE html><html lang="ja"><head><title>t</title><link rel="stylesheet" href="${url}/a.css"></head><body><img src="${url}/b.png" alt=""><p style="background:url(${url}/c.png)">本文</p></body></html>`;
    const r = await browser.print({ html, header: 'h', label: 'hostile' });
    expect(r.blocked.length).toBeGreaterThanOrEqual(2);
    expect(r.blocked.every((u) => u.startsWith(url))).toBe(true);
    expect(hits).toBe(0);
  });

  it('a render that hangs is timed out with a readable error, and the browser goes on', async () => {
    const p = await prepare(req);
    const err = await browser.print({ html: p.html, header: 'h', label: 'sapporo', timeoutMs: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).code).toBe('timeout');
    expect((err as RenderError).ja).toContain('sapporo の印刷が 1 ミリ秒で終わらなかった');
    const ok = await printPdf(browser, p);
    expect(ok.pdf.length).toBeGreaterThan(1000);
  });

  it('a Chromium crash mid-batch fails only the plan being printed, names it, finishes the rest, and the browser is closed', async () => {
    let killed = false;
    let pid: number | undefined;
    const own = await ReportBrowser.launch({
      concurrency: 1,
      beforePrint: (label, b) => {
        pid = b.pid();
        if (label === 'crash-me' && !killed) {
          killed = true;
          process.kill(b.pid()!, 'SIGKILL');
        }
      },
    });
    const mk = (id: string): ReportRequest => ({ ...req, plan: { ...req.plan, id } as Plan });
    try {
      const r = await runBatch([mk('first'), mk('crash-me'), mk('last')], { formats: ['pdf'], browser: own });
      expect(r.failed.map((f) => f.planId)).toEqual(['crash-me']);
      expect(r.failed[0]!.ja).toContain('crash-me の印刷中に Chromium が異常終了しました');
      expect(r.done.sort()).toEqual(['first', 'last']);
    } finally {
      await own.close();
    }
    const alive = (p?: number) => {
      if (!p) return false;
      try {
        process.kill(p, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(alive(pid)).toBe(false);
  });

  it('with a browser, runBatch takes requests from a generator as a bounded queue: at most 2 × concurrency reports between taken and done', async () => {
    let taken = 0;
    let finished = 0;
    let most = 0;
    async function* source(): AsyncGenerator<ReportRequest> {
      for (let i = 0; i < 7; i++) {
        taken++;
        most = Math.max(most, taken - finished);
        yield { ...req, plan: { ...req.plan, id: `q${i}` } as Plan };
      }
    }
    const r = await runBatch(source(), { formats: ['pdf', 'json'], browser, concurrency: 2, onEvent: (e) => void (e.type === 'done' && finished++) });
    expect(r.failed).toEqual([]);
    expect(r.done.sort()).toEqual(['q0', 'q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    // The window is full (the pages overlap preparation) and never more than full.
    expect(most).toBe(4);
  });

  it('a missing Chromium is named with the set-up command', async () => {
    const err = await ReportBrowser.launch({ executablePath: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).code).toBe('chromium-missing');
    expect((err as RenderError).ja).toContain('bash scripts/setup.sh');
    expect((err as RenderError).en).toContain('bash scripts/setup.sh');
  });
});
