/**
 * Why keikaku keeps no per-plan cache in a long-lived WeakMap, and validates plans with Zod's
 * `.check()` rather than `.superRefine()` (BENCHMARKS.md, eleventh pass):
 *   node scripts/bench/gc-retention.mjs
 * Each case allocates 20,000 short-lived "plans" (an object with 50 small records) and runs in its
 * own Node process under --trace-gc-nvp; the table gives what the young-generation collections
 * (scavenges) promoted to the old generation. A plan that nothing keeps should die young: about 0.
 *   control:         nothing kept
 *   weakmap:         an old WeakMap maps each plan to a value that points into it (as walk.ts's index,
 *                    strings.ts's list and values.ts's numbers were kept)
 *   last-one:        the value of the plan asked about last, kept strongly (memoize-one, what
 *                    keikaku does now)
 *   zod-superRefine: each plan validated by a Zod object with a superRefine that does nothing
 *                    (superRefine stores a new addIssue function on each parse's payload)
 *   zod-check:       the same with .check(), what plan-checks.ts does now
 * On Node 20.20 (V8 11.3) weakmap and zod-superRefine promote hundreds of KiB to MiBs a scavenge and
 * spend many times the control's pauses; last-one and zod-check promote nothing worth counting.
 * Run it on a newer Node before bringing a WeakMap or superRefine back.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// zod as @keikaku/schema has it (scripts/ has no dependencies of its own).
const { z } = createRequire(new URL('../../packages/schema/package.json', import.meta.url))('zod');

const CASES = ['control', 'weakmap', 'last-one', 'zod-superRefine', 'zod-check'];
const mode = process.argv[2];

if (!mode) {
  const self = fileURLToPath(import.meta.url);
  console.log(`node ${process.version} (V8 ${process.versions.v8})`);
  console.log('case            scavenges  promoted a scavenge  pause a scavenge  all pauses');
  for (const c of CASES) {
    const r = spawnSync(process.execPath, ['--trace-gc-nvp', self, c], { encoding: 'utf8' });
    const scavenges = r.stdout.split('\n').filter((l) => l.includes('gc=s '));
    const field = (l, k) => Number(new RegExp(`\\b${k}=([\\d.]+)`).exec(l)?.[1] ?? NaN);
    const promoted = scavenges.reduce((s, l) => s + field(l, 'promoted'), 0) / Math.max(1, scavenges.length);
    const pause = scavenges.reduce((s, l) => s + field(l, 'pause'), 0) / Math.max(1, scavenges.length);
    console.log(`${c.padEnd(15)} ${String(scavenges.length).padStart(9)}  ${(promoted / 1024).toFixed(0).padStart(15)} KiB  ${pause.toFixed(2).padStart(13)} ms  ${(pause * scavenges.length).toFixed(0).padStart(7)} ms`);
  }
} else {
  const cache = new WeakMap();
  // Make the WeakMap's table old, as a module-level cache is once the program has run a while.
  const keep = Array.from({ length: 8 }, (_, i) => ({ i }));
  for (const k of keep) cache.set(k, k.i);
  for (let i = 0; i < 2e6; i++) ({ i });
  let last;
  let sink = 0;
  const Plan = z.object({ id: z.string(), items: z.array(z.object({ id: z.string(), name: z.string(), n: z.number(), tags: z.array(z.string()) })) });
  const Refined = mode === 'zod-superRefine' ? Plan.superRefine(() => {}) : Plan.check(() => {});
  for (let i = 0; i < 20_000; i++) {
    const plan = { id: `p${i}`, items: Array.from({ length: 50 }, (_, j) => ({ id: `i${j}`, name: `name ${j} ${i}`, n: j, tags: ['a', 'b'] })) };
    if (mode === 'weakmap') cache.set(plan, { visits: plan.items.map((item) => ({ item })) });
    else if (mode === 'last-one') last = { plan, visits: plan.items.map((item) => ({ item })) };
    else if (mode.startsWith('zod')) sink += Refined.safeParse(plan).success ? 1 : 0;
    sink += plan.items.length;
  }
  process.stdout.write(`${sink + (last ? 1 : 0) + keep.length}\n`);
}
