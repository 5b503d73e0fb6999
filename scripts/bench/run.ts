/**
 * pnpm bench — national-scale figures, never part of the test suite.
 *
 *   pnpm bench                 N = 5, 100, 400, 1741
 *   pnpm bench 5 100           chosen sizes
 *   BENCH_SKIP_PACKAGES=1      leave out scripts/bench/lint.ts and report.ts (each package's figures)
 *   BENCH_PHASES=read,warm     only these phases (read, each, stream, tsc, cold, warm, export, one, hostile)
 *   BENCH_OUT=file.json        where to write the results (default .bench/results.json)
 *
 * For each N it generates N synthetic plans (scripts/synthetic/generate.ts)
 * into .bench/n<N>/ and times whole processes with /usr/bin/time -v (wall
 * seconds, CPU seconds and peak resident memory): reading + Zod (all plans
 * held, as loadWorkspace does; and streamed, as check does), tsc alone (no cache),
 * `keikaku check` cold (empty cache) and after one plan changed (warm cache),
 * and `keikaku export --all`. Then a one-plan `check` and `export` of the
 * bundled plans, and each package's own bench script if it has one. Bench
 * scripts start as the `keikaku` command does, from a JavaScript bundle of
 * their code (bundled.mjs), so that the figures include the same start-up.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateWorkspace } from '../synthetic/generate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/keikaku.mjs');
const PHASE = join(ROOT, 'scripts/bench/phase.ts');

interface Measure {
  label: string;
  n: number | string;
  seconds: number;
  /** User plus system CPU seconds, all threads: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMB: number;
  exit: number | null;
  /** The machine's 1-minute load average when the measure ended (other work on the machine inflates wall time). */
  load: number;
}

function timed(label: string, n: number | string, cmd: string[], cwd = ROOT): Measure {
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const err = r.stderr ?? '';
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(err);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
  const user = /User time \(seconds\): ([\d.]+)/.exec(err);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(err);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const cpuSeconds = Number(user?.[1] ?? NaN) + Number(sys?.[1] ?? NaN);
  const m = { label, n, seconds, cpuSeconds, peakMB: rss ? Math.round(Number(rss[1]) / 1024) : NaN, exit: r.status, load: loadavg()[0] ?? 0 };
  console.log(
    `${String(n).padStart(5)}  ${label.padEnd(34)} ${seconds.toFixed(2).padStart(8)} s ${cpuSeconds.toFixed(1).padStart(7)} s ${String(m.peakMB).padStart(7)} MB  exit ${r.status}  load ${m.load.toFixed(1)}`,
  );
  return m;
}

const BUNDLED = join(ROOT, 'scripts/bench/bundled.mjs');
/** A bench script, started as `keikaku` starts: from its bundle (bundled.mjs), not through tsx. */
const node = (script: string, ...args: string[]) => [process.execPath, BUNDLED, script, ...args];
const keikaku = (...args: string[]) => [process.execPath, BIN, ...args];

const phases = process.env.BENCH_PHASES?.split(',').map((p) => p.trim());
const want = (phase: string) => !phases || phases.includes(phase);
const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const Ns = sizes.length ? sizes : [5, 100, 400, 1741];
const results: Measure[] = [];

// Bundles are built on a first run after a source change (bundled.mjs, the keikaku bin): build them here, outside the timings.
spawnSync(process.execPath, [BUNDLED, PHASE], { cwd: ROOT });
spawnSync(process.execPath, [BIN, '--version'], { cwd: ROOT });

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log(`    N  measure                                   wall      cpu      peak`);
for (const n of Ns) {
  const dir = join(ROOT, '.bench', `n${n}`);
  mkdirSync(dir, { recursive: true });
  const ids = generateWorkspace(dir, n);
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  rmSync(join(dir, 'out'), { recursive: true, force: true });
  if (want('read')) results.push(timed('read + Zod (loadWorkspace, all held)', n, node(PHASE, 'read', dir)));
  if (want('each')) results.push(timed('read + Zod (streamWorkspace, one held)', n, node(PHASE, 'each', dir)));
  if (want('stream')) results.push(timed('read + Zod + judgements (streamed)', n, node(PHASE, 'stream', dir)));
  if (want('tsc')) results.push(timed('tsc alone (no cache)', n, node(PHASE, 'tsc', dir)));
  if (want('cold')) results.push(timed('check, cold (empty cache)', n, keikaku('check', '--root', dir)));
  else if (want('warm')) spawnSync(process.execPath, [BIN, 'check', '--root', dir], { cwd: ROOT }); // fill the cache
  appendFileSync(join(dir, 'plans', ids[0]!, 'plan.ts'), '// changed\n');
  if (want('warm')) results.push(timed('check, one plan changed (warm)', n, keikaku('check', '--root', dir)));
  if (want('export')) results.push(timed('export --all (one process)', n, keikaku('export', '--all', '--root', dir, '--out', join(dir, 'out'))));
}

// One plan of the bundled five, warm cache (as a staffer runs it).
if (want('one')) {
  spawnSync(process.execPath, [BIN, 'check'], { cwd: ROOT });
  results.push(timed('check sapporo (warm cache)', 'one', keikaku('check', 'sapporo')));
  results.push(timed('export sapporo (warm cache)', 'one', keikaku('export', 'sapporo')));
  results.push(timed('keikaku --version (start-up)', 'one', keikaku('--version')));
}

// Hostile inputs (issue 14): long runs for the placeholder patterns, 10 MB strings, 100k indicators.
if (want('hostile')) {
  console.log('\n== scripts/bench/hostile.ts');
  spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/bench/hostile.ts')], { cwd: ROOT, stdio: 'inherit' });
}

if (!process.env.BENCH_SKIP_PACKAGES) {
  for (const pkg of ['lint', 'report']) {
    // Each package's figures, kept here (scripts/ sits above the packages: a package never imports scripts/).
    const script = join(ROOT, 'scripts', 'bench', `${pkg}.ts`);
    if (!existsSync(script)) continue;
    console.log(`\n== scripts/bench/${pkg}.ts`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) console.log(`(scripts/bench/${pkg}.ts exited ${r.status})`);
  }
}

mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(process.env.BENCH_OUT ?? join(ROOT, '.bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
