/**
 * pnpm bench → scripts/bench/report.ts: figures for the annual progress report.
 *
 *   - Chromium launch time;
 *   - time per report with 1 and 2 pages printing in parallel (札幌 FY2024, repeated);
 *   - the five bundled plans, and a 100-plan synthetic batch (scripts/synthetic/generate.ts);
 *   - the ratio of the whole pipeline (evaluation, charts, HTML, print, pdf-lib post-processing)
 *     to Chromium printing the same finished HTML alone. Goal: at most 1.3×.
 *
 * Run alone: node --import tsx scripts/bench/report.ts [syntheticCount=100]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { loadWorkspace } from '@keikaku/core';
import type { Progress } from '@keikaku/schema';
import { generateWorkspace } from '../synthetic/generate.js';
import { prepare, printPdf, ReportBrowser, runBatch, type Prepared, type ReportRequest } from '@keikaku/report';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const N_SYNTH = Number(process.argv[2] ?? 100);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function requests(root: string, fyOf: (progress: Progress[]) => number): ReportRequest[] {
  return loadWorkspace(root).plans.filter((d) => d.plan).map((d) => {
    const progress = d.progress.map((p) => p.progress);
    return { plan: d.plan!, progress, fy: fyOf(progress) };
  });
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, performance.now() - t0];
}

async function main() {
  console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  const bundled = requests(ROOT, () => 2024);
  const sapporo = bundled.find((r) => r.plan.id === 'sapporo')!;

  // Chromium launch, three times.
  const launches: number[] = [];
  for (let i = 0; i < 3; i++) {
    const b = await ReportBrowser.launch({});
    launches.push(b.launchMs);
    await b.close();
  }
  console.log(`browser launch: ${launches.map((x) => `${Math.round(x)} ms`).join(', ')} (median ${Math.round([...launches].sort((a, b) => a - b)[1]!)} ms)`);

  // Per report with 1 and 2 parallel pages (札幌 × 8, after one warm-up).
  for (const concurrency of [1, 2]) {
    const browser = await ReportBrowser.launch({ concurrency });
    try {
      await runBatch([sapporo], { formats: ['pdf'], browser });
      const reps = Array.from({ length: 8 }, () => sapporo);
      const [, ms] = await timed(() => runBatch(reps, { formats: ['pdf'], browser, concurrency }));
      console.log(`per report, ${concurrency} page${concurrency > 1 ? 's' : ''} in parallel: ${Math.round(ms / reps.length)} ms (札幌 × ${reps.length} in ${s(ms)})`);
    } finally {
      await browser.close();
    }
  }

  // The five bundled plans: whole pipeline vs Chromium printing the finished HTML alone,
  // alternated three times (the median of each), one page at a time.
  {
    const browser = await ReportBrowser.launch({ concurrency: 1 });
    try {
      await runBatch([sapporo], { formats: ['pdf'], browser }); // warm-up
      const prepared: Prepared[] = [];
      for (const r of bundled) prepared.push(await prepare(r));
      const pipeline: number[] = [];
      const printOnly: number[] = [];
      const phases = { evaluate: 0, html: 0, print: 0, post: 0 };
      for (let round = 0; round < 3; round++) {
        const [, total] = await timed(() =>
          runBatch(bundled, {
            formats: ['pdf', 'html', 'csv', 'json'],
            browser,
            concurrency: 1,
            onEvent: (e) => {
              if (e.type !== 'done' || round > 0) return;
              const t = e.output.timings;
              phases.evaluate += t.evaluateMs;
              phases.html += t.htmlMs;
              phases.print += t.printMs ?? 0;
              phases.post += t.postMs ?? 0;
            },
          }),
        );
        pipeline.push(total);
        const [, alone] = await timed(async () => {
          for (const p of prepared) await browser.print({ html: p.html, header: p.header, label: p.req.plan.id });
        });
        printOnly.push(alone);
      }
      const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
      console.log(`five bundled plans (pdf, html, csv, json; 1 page): ${pipeline.map(s).join(', ')} (median ${s(med(pipeline))})`);
      console.log(`  phases (first round): evaluate ${Math.round(phases.evaluate)} ms, charts + HTML ${Math.round(phases.html)} ms, Chromium print ${Math.round(phases.print)} ms, pdf-lib post ${Math.round(phases.post)} ms`);
      console.log(`  Chromium printing the same finished HTML alone: ${printOnly.map(s).join(', ')} (median ${s(med(printOnly))})`);
      console.log(`  ratio whole pipeline / print alone: ${(med(pipeline) / med(printOnly)).toFixed(2)}× (goal ≤ 1.30×)`);
      const one = await printPdf(browser, prepared.find((p) => p.req.plan.id === 'sapporo')!);
      console.log(`  札幌 alone: print ${Math.round(one.printMs)} ms, post-process ${Math.round(one.postMs)} ms, ${Math.round(one.pdf.length / 1024)} KB`);
    } finally {
      await browser.close();
    }
  }

  // A synthetic batch.
  {
    const dir = join(ROOT, '.bench', `report-n${N_SYNTH}`);
    mkdirSync(dir, { recursive: true });
    generateWorkspace(dir, N_SYNTH);
    const [reqs, loadMs] = await timed(async () => requests(dir, (p) => Math.max(2020, ...p.map((x) => x.fy))));
    let failed = 0;
    const [, total] = await timed(() =>
      runBatch(reqs, { formats: ['pdf', 'html', 'csv', 'json'], concurrency: 2, onEvent: (e) => void (e.type === 'failed' && failed++) }),
    );
    console.log(`synthetic batch: ${reqs.length} plans read in ${s(loadMs)}; reports (one browser, 2 pages) in ${s(total)} = ${Math.round(total / reqs.length)} ms per plan${failed ? `, ${failed} failed` : ''}`);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
