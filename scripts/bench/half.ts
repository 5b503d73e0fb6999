/**
 * One share of check's per-plan work in this process alone, for measuring how two cores scale:
 *   node --import tsx scripts/bench/half.ts <root> <k> <n>
 * reads, validates and judges (checkPlan) every n-th plan starting at the k-th, in this thread,
 * with no pool and no result kept, and prints its count, its findings and its own CPU and wall ms
 * after start-up. scripts/bench/scaling.sh runs one share alone and two at once.
 */
import { listPlans } from '@keikaku/core';
import { checkPlan } from '../../packages/core/src/check.js';

const [root, k, n] = process.argv.slice(2);
if (!root || k === undefined || n === undefined) {
  console.error('usage: half.ts <root> <k> <n>');
  process.exit(2);
}
const plans = listPlans(root).filter((_, i) => i % Number(n) === Number(k));
const c0 = process.cpuUsage();
const t0 = performance.now();
let findings = 0;
for (const p of plans) findings += checkPlan(root, p, false).findings.length;
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ k: Number(k), n: Number(n), plans: plans.length, findings, cpuMs: Math.round((c.user + c.system) / 1000), wallMs: Math.round(performance.now() - t0), msPerPlan: Number(((c.user + c.system) / 1000 / plans.length).toFixed(3)) }));
