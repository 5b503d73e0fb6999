/**
 * Issue 15 §1 and §3: every part of the year's review (test/fixtures/shapes/
 * review/) is rendered in the committee's PDF and HTML — evaluation sheets
 * (取組実績 with figures, 課題, 今後の方向性, the evaluations and who made
 * them, 担当課, 事業費), committee opinions with 市の対応, the 総括 and the
 * issuing date and department on the cover — and the HTML passes axe at
 * 375 px and 1280 px. One render in real Chromium serves the file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorkspace } from '@keikaku/core';
import { buildReport, prepare, ReportBrowser, type ReportOutput } from '@keikaku/report';
import { ROOT } from '../support/run-cli.js';
import { axe, launchAxe, undecidedOutsideCharts } from '../support/axe.js';
import { chartTextContrast } from '../support/contrast.js';
import { reviewFixture } from '../support/review-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'keikaku-report-review-'));
const squash = (s: string) => s.replace(/\s+/g, '');
let out: ReportOutput;
let pages: string[];
let html: string;

beforeAll(async () => {
  const { plan, progress } = reviewFixture();
  const browser = await ReportBrowser.launch({ concurrency: 1 });
  try {
    out = await buildReport({ plan, progress: [progress], fy: 2024, annex: true }, ['pdf', 'html'], browser);
  } finally {
    await browser.close();
  }
  writeFileSync(join(dir, 'review.pdf'), out.pdf!);
  pages = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', join(dir, 'review.pdf'), '-'], { encoding: 'utf8' }).split('\f');
  // The HTML as text: tags out, entities back.
  html = out.html!.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}, 120_000);
afterAll(() => undefined);

/** Text of every new progress shape as the report prints it. */
const SHAPES: Record<string, string[]> = {
  '取組実績 (text)': ['取組実績', '見守り訪問を町内会と協力して実施した。', '基本目標1の取組を計画どおり実施した。'],
  '取組実績 (figures with unit)': ['見守り訪問の回数：1,380回', '修了者数：60人'],
  '課題': ['課題', '担い手の高齢化が進んでいる。', '受講者が一部の地区に偏っている。'],
  '今後の方向性 (built-in and declared words)': ['今後の方向性', '拡充：若い世代の参加を呼びかける。', '見直し：動画の配信先を見直す。', '改善', '継続'],
  'evaluations with reason and role': ['一次評価 B 概ね順調 理由：担い手が不足しているため', '二次評価 A 順調に進んでいる 理由：記載なし', '所管局 A 順調に進んでいる 理由：施策がいずれも順調なため', '担当課 C 遅れている'],
  '担当課': ['担当課 地域福祉課', '担当課 保健福祉部', '担当課 広報課'],
  '事業費 (円 and 千円)': ['事業費', '予算額 12,500千円', '決算額 11,873千円', '予算額 850,000円', '決算額 未確定（決算前のため）'],
  'stated absences': ['実績なし（新型感染症の影響で中止したため）', '課題 記載なし'],
  'sheet names as printed': ['基本目標評価シート', '施策評価シート', '事務事業評価表：主な取組 1 見守り活動者養成講座', '評価シート：主な取組 2 活動紹介の動画の作成'],
  '委員会意見 and 市の対応 with status': [
    '推進委員会の意見と市の対応',
    '計画全体 令和7年度第1回推進委員会',
    '委員会意見 計画全体として、指標の実績を市民に分かりやすく示してほしい。',
    '市の対応 報告書に評価の概要の表を設けた。（地域福祉課）',
    '対応状況 対応済',
    '施策 1 見守り活動の推進',
    '対応状況 検討中',
    '主な取組 2 活動紹介の動画の作成',
    '市の対応 記載なし',
  ],
  '総括': ['総括', '見守り訪問は基準値から増え、担い手の養成も計画どおり進んだ。', '動画による周知は翌年度に見直す。'],
};

describe('the year\'s review in the committee report', () => {
  it.each(Object.entries(SHAPES))('the PDF prints %s', (_name, texts) => {
    const flat = squash(pages.join(''));
    for (const t of texts) expect(flat, t).toContain(squash(t));
  });
  it.each(Object.entries(SHAPES))('the HTML prints %s', (_name, texts) => {
    const flat = squash(html);
    for (const t of texts) expect(flat, t).toContain(squash(t));
  });

  it('the cover gives the issuing date and department, and carries no running header or page number', () => {
    const cover = squash(pages[0]!);
    expect(cover).toBe(squash('北海道 テスト市 テスト市地域福祉計画 2024年度（令和6年度） 進捗状況報告書 第1期 令和7年7月15日 保健福祉部地域福祉課'));
    expect(squash(pages[1]!)).toMatch(/^テスト市地域福祉計画2024年度（令和6年度）進捗状況報告書/);
  });

  it('an initiative\'s sheet fills the 担当課 and 状況 of the initiatives table', () => {
    const flat = squash(pages.join(''));
    expect(flat).toContain(squash('1 見守り活動者養成講座 地域福祉課 今後の方向性：改善'));
    expect(flat).toContain(squash('2 活動紹介の動画の作成 広報課 今後の方向性：見直し'));
  });

  it('the 目次 gives the page of every heading, and the annex is there on request', () => {
    const toc = pages[1]!;
    expect(toc).toContain('目次');
    const entries = [...toc.matchAll(/^(.+?) (\d+)$/gm)].map((m) => [m[1]!, Number(m[2])] as const).filter(([t]) => !t.endsWith('/'));
    expect(entries.map((e) => e[0])).toEqual(['計画の概要', '評価の概要', '総括', '基本目標 1 地域で支え合う', '施策 1 見守り活動の推進', '推進委員会の意見と市の対応', '資料', '原典の記載についての注記']);
    for (const [heading, page] of entries) expect(squash(pages[page - 1]!), heading).toContain(squash(heading));
  });

  it('no developer material: no path, id or code', () => {
    const text = pages.join('');
    for (const s of ['test/fixtures', 'plans/', 'goals[', 'sheets[', '.ts', 'yosei-koza', 'g1-p1', 'jiko']) expect(text, s).not.toContain(s);
  });

  it('the HTML has a table of contents linking every section', () => {
    const links = [...out.html!.matchAll(/<li class="toc-\d"><a href="#([^"]+)">/g)].map((m) => m[1]!);
    expect(links.length).toBe(8);
    for (const id of links) expect(out.html).toContain(`id="${id}"`);
  });

  it('axe at 375 px and 1280 px: zero violations, and the only undecided contrast is chart text, measured here', async () => {
    const chromium = await launchAxe();
    try {
      for (const width of [375, 1280]) {
        const r = await axe(chromium, out.html!, width);
        expect(r.violations, `${width} px`).toEqual([]);
        expect(undecidedOutsideCharts(r), `${width} px`).toEqual([]);
      }
    } finally {
      await chromium.close();
    }
    const c = chartTextContrast(out.html!);
    expect(c.length).toBeGreaterThan(0);
    expect(c.filter((x) => x.ratio < 4.5)).toEqual([]);
  }, 60_000);
});

describe('a plan whose document prints no title (苫小牧)', () => {
  it('is named from stated facts on the cover, in the title and the running header, never by an encoding remark', async () => {
    const doc = loadWorkspace(ROOT, ['tomakomai']).plans[0]!;
    const p = await prepare({ plan: doc.plan!, progress: doc.progress.map((x) => x.progress), fy: 2024 });
    expect(p.title).toBe('苫小牧市の地域福祉計画 2024年度（令和6年度） 進捗状況報告書');
    expect(p.header).toMatch(/^苫小牧市の地域福祉計画　/);
    expect(p.html).toContain('<h1 class="cover-title">苫小牧市の地域福祉計画<span class="cover-report">');
    for (const s of ['表題の記載なし', '計画期間の記載なし', '原典（第４章の抜粋）', 'notStated']) expect(p.html, s).not.toContain(s);
  });
});
