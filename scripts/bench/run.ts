/**
 * pnpm bench — national-scale figures, never part of the test suite.
 *
 *   pnpm bench                 N = 5, 100, 400, 1741
 *   pnpm bench 5 100           chosen sizes
 *   BENCH_SKIP_PACKAGES=1      leave out packages/<pkg>/bench/index.ts
 *
 * For each N it generates N synthetic plans (scripts/synthetic/generate.ts)
 * into .bench/n<N>/ and times whole processes with /usr/bin/time -v (wall
 * seconds and peak resident memory): reading + Zod, tsc alone (no cache),
 * `keikaku check` cold (empty cache) and after one plan changed (warm cache),
 * and `keikaku export --all`. Then a one-plan `check` and `export` of the
 * bundled plans, and each package's own bench script if it has one.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
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
  peakMB: number;
  exit: number | null;
}

function timed(label: string, n: number | string, cmd: string[], cwd = ROOT): Measure {
  const r = spawnSync('/usr/bin/time', ['-v', ...cmd], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, NO_COLOR: '1' } });
  const err = r.stderr ?? '';
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)/.exec(err);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  const m = { label, n, seconds, peakMB: rss ? Math.round(Number(rss[1]) / 1024) : NaN, exit: r.status };
  console.log(`${String(n).padStart(5)}  ${label.padEnd(34)} ${seconds.toFixed(2).padStart(8)} s ${String(m.peakMB).padStart(7)} MB  exit ${r.status}`);
  return m;
}

const node = (script: string, ...args: string[]) => [process.execPath, '--import', 'tsx', script, ...args];
const keikaku = (...args: string[]) => [process.execPath, BIN, ...args];

const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
const Ns = sizes.length ? sizes : [5, 100, 400, 1741];
const results: Measure[] = [];

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}`);
console.log(`    N  measure                                   wall      peak`);
for (const n of Ns) {
  const dir = join(ROOT, '.bench', `n${n}`);
  mkdirSync(dir, { recursive: true });
  const ids = generateWorkspace(dir, n);
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  rmSync(join(dir, 'out'), { recursive: true, force: true });
  results.push(timed('read + Zod (static reader)', n, node(PHASE, 'read', dir)));
  results.push(timed('tsc alone (no cache)', n, node(PHASE, 'tsc', dir)));
  results.push(timed('check, cold (empty cache)', n, keikaku('check', '--root', dir)));
  appendFileSync(join(dir, 'plans', ids[0]!, 'plan.ts'), '// changed\n');
  results.push(timed('check, one plan changed (warm)', n, keikaku('check', '--root', dir)));
  results.push(timed('export --all (one process)', n, keikaku('export', '--all', '--root', dir, '--out', join(dir, 'out'))));
}

// One plan of the bundled five, warm cache (as a staffer runs it).
spawnSync(process.execPath, [BIN, 'check'], { cwd: ROOT });
results.push(timed('check sapporo (warm cache)', 'one', keikaku('check', 'sapporo')));
results.push(timed('export sapporo (warm cache)', 'one', keikaku('export', 'sapporo')));
results.push(timed('keikaku --version (start-up)', 'one', keikaku('--version')));

if (!process.env.BENCH_SKIP_PACKAGES) {
  for (const pkg of ['lint', 'report']) {
    const script = join(ROOT, 'packages', pkg, 'bench', 'index.ts');
    if (!existsSync(script)) continue;
    console.log(`\n== packages/${pkg}/bench`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) console.log(`(packages/${pkg}/bench exited ${r.status})`);
  }
}

mkdirSync(join(ROOT, '.bench'), { recursive: true });
writeFileSync(join(ROOT, '.bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
