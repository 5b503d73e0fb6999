/**
 * The floor of reading: per plan (its plan module and its progress module), each step of
 * check's path alone, in one thread, warm (after one round), CPU time of this thread:
 *   node --import tsx scripts/bench/floor.ts <root> [plans=400] [rounds=5]
 * decode:  reading the files and decoding UTF-8
 * parse:   ts.createSourceFile alone (TypeScript 5.9's parser, as the reader calls it)
 * read:    readModule: parse + evaluate + source map (the static reader)
 * zod:     validatePlan + Progress.safeParse + progressAgainstPlan on values read once before
 * plan:    checkPlan: everything check does per plan (read, Zod, workspace and judgement checks)
 * Prints the least ms per plan of each step over the rounds (other work on a shared machine only
 * adds), and the share of the plan step's time spent in GC pauses of this thread.
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { listPlans, readModule } from '@keikaku/core';
import { Progress, progressAgainstPlan, validatePlan, type Plan } from '@keikaku/schema';
import ts from '../../packages/core/src/typescript.js';
import { checkPlan } from '../../packages/core/src/check.js';

const [root, nArg, rArg] = process.argv.slice(2);
if (!root) {
  console.error('usage: floor.ts <root> [plans] [rounds]');
  process.exit(2);
}
const plans = listPlans(root).slice(0, Number(nArg ?? 400));
const rounds = Number(rArg ?? 5);
const files = plans.map((p) => ({ p, plan: p.planFile, progress: p.progressFiles.map((f) => f.file) }));
const texts = files.map((f) => ({ plan: readFileSync(f.plan, 'utf8'), progress: f.progress.map((g) => readFileSync(g, 'utf8')) }));
const values = texts.map((t) => ({ plan: readModule(t.plan, { file: 'plan.ts', kind: 'plan' }).value, progress: t.progress.map((g) => readModule(g, { file: 'p.ts', kind: 'progress' }).value) }));

let gcMs = 0;
new PerformanceObserver((l) => {
  for (const e of l.getEntries()) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });

function cpuMs(fn: () => void): number {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
}
// The least of the rounds: on a shared machine other work only ever adds time.
const least = (xs: number[]) => Math.min(...xs);
const steps: Record<string, () => void> = {
  decode: () => {
    for (const f of files) {
      new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(f.plan));
      for (const g of f.progress) new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(g));
    }
  },
  parse: () => {
    for (const t of texts) {
      ts.createSourceFile('plan.ts', t.plan, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      for (const g of t.progress) ts.createSourceFile('p.ts', g, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    }
  },
  read: () => {
    for (const t of texts) {
      readModule(t.plan, { file: 'plan.ts', kind: 'plan' });
      for (const g of t.progress) readModule(g, { file: 'p.ts', kind: 'progress' });
    }
  },
  zod: () => {
    for (const v of values) {
      const r = validatePlan(v.plan);
      for (const g of v.progress) {
        const s = Progress.safeParse(g, { reportInput: true });
        if (r.ok && s.success) progressAgainstPlan(r.value as Plan, s.data);
      }
    }
  },
  plan: () => {
    for (const f of files) checkPlan(root, f.p, false);
  },
};
const out: Record<string, number> = {};
for (const [name, fn] of Object.entries(steps)) {
  fn(); // warm
  const ms: number[] = [];
  let gc = 0;
  for (let r = 0; r < rounds; r++) {
    const g0 = gcMs;
    ms.push(cpuMs(fn));
    await new Promise((r) => setTimeout(r, 20)); // let the gc entries in
    gc += gcMs - g0;
  }
  out[name] = Number((least(ms) / plans.length).toFixed(3));
  if (name === 'plan') out.planGcShare = Number((gc / ms.reduce((a, b) => a + b, 0)).toFixed(2));
}
console.log(JSON.stringify({ plans: plans.length, rounds, msPerPlan: out }));
