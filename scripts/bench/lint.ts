/**
 * Lint figures (run by `pnpm bench`, or: node --import tsx scripts/bench/lint.ts [N]):
 * - the five seed plans in one warm process (first run, then the median of warm runs), with prose off,
 *   basic (default) and full (kuromoji: its first run includes loading the dictionary);
 * - the synthetic national corpus (scripts/synthetic/generate.ts, default 1,741 plans) with prose off and basic;
 * - findings per second and peak memory (resident set, from process.resourceUsage().maxRSS).
 * Timings never go in the tests.
 */
import { mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearProseCache, lintWorkspace, type LintOptions } from '@keikaku/lint';
import { generateWorkspace } from '../synthetic/generate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const N = Number(process.argv[2] ?? process.env.LINT_BENCH_N ?? 1741);
const TODAY = '2025-06-01';

const ms = (t: number) => `${t.toFixed(0).padStart(7)} ms`;
const mb = () => `${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

async function time(root: string, opts: LintOptions): Promise<{ t: number; cpu: number; findings: number; plans: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await lintWorkspace(root, [], { today: TODAY, ...opts });
  const c = process.cpuUsage(c0);
  return { t: performance.now() - t0, cpu: (c.user + c.system) / 1000, findings: r.findings.length, plans: r.plans.length };
}

async function warm(label: string, root: string, opts: LintOptions, runs = 5, uncached = false): Promise<void> {
  if (uncached) clearProseCache();
  const first = await time(root, opts);
  const ts: number[] = [];
  const cpuTimes: number[] = [];
  let findings = first.findings;
  for (let i = 0; i < runs; i++) {
    if (uncached) clearProseCache();
    const r = await time(root, opts);
    ts.push(r.t);
    cpuTimes.push(r.cpu);
    findings = r.findings;
  }
  ts.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  const median = ts[Math.floor(ts.length / 2)]!;
  const cpu = cpuTimes[Math.floor(cpuTimes.length / 2)]!;
  console.log(`${label.padEnd(44)} first ${ms(first.t)}   warm median ${ms(median)} (cpu ${ms(cpu).trim()})   ${String(findings).padStart(6)} findings   ${Math.round(findings / (median / 1000))} findings/s   peak ${mb()}`);
}

console.log(`node ${process.version}; --today ${TODAY}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} CPUs (wall time is inflated by other work; cpu time is steadier)`);
console.log('\n== the five seed plans, one process');
await warm('seeds, prose off', ROOT, { prose: false });
await warm('seeds, prose basic, results not cached', ROOT, { prose: { level: 'basic' } }, 5, true);
await warm('seeds, prose basic (default; cached strings)', ROOT, { prose: { level: 'basic' } });
await warm('seeds, prose full, not cached (first: kuromoji load)', ROOT, { prose: { level: 'full' } }, 3, true);

if (N > 0) {
  const dir = join(ROOT, '.bench', `lint-n${N}`);
  mkdirSync(dir, { recursive: true });
  const g0 = performance.now();
  generateWorkspace(dir, N);
  console.log(`\n== synthetic corpus: ${N} plans (generated in ${ms(performance.now() - g0).trim()}) — one pass each`);
  clearProseCache();
  for (const [label, opts] of [
    ['synthetic, prose off', { prose: false }],
    ['synthetic, prose basic (default)', { prose: { level: 'basic' } }],
  ] as const) {
    const r = await time(dir, opts as LintOptions);
    console.log(`${label.padEnd(44)} ${ms(r.t)} (cpu ${ms(r.cpu).trim()})   ${r.plans} plans   ${r.findings} findings   ${Math.round(r.findings / (r.t / 1000))} findings/s   ${(r.t / r.plans).toFixed(1)} ms/plan   peak ${mb()}`);
  }
}
