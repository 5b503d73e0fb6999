/**
 * One benchmark phase in its own process, so that /usr/bin/time measures it alone:
 *   node scripts/bench/bundled.mjs scripts/bench/phase.ts <read|each|stream|tsc> <root> [plansPerProgram]
 *   (pnpm bench starts it so, as `keikaku` starts; `node --import tsx scripts/bench/phase.ts ...` runs it through tsx)
 * read:   loadWorkspace: the static reader and Zod over every plan and progress
 *         module (no tsc), every plan and syntax tree held at once.
 * each:   streamWorkspace: the same reading, one plan at a time (what lint and
 *         report need), each plan let go before the next.
 * stream: what check and export do instead: checkWorkspace without tsc and
 *         without its cache: read, Zod and the judgement checks, one plan at a
 *         time, in worker threads and this one.
 * tsc:    the TypeScript compiler over every module, no cache.
 */

import { checkWorkspace, listPlans, loadWorkspace, streamWorkspace, typecheck } from '@keikaku/core';

const [phase, root, batch] = process.argv.slice(2);
if (!phase || !root) {
  console.error('usage: phase.ts <read|each|stream|tsc> <root> [plansPerProgram]');
  process.exit(2);
}
const t0 = performance.now();
if (phase === 'read') {
  const ws = loadWorkspace(root);
  const valid = ws.plans.filter((p) => p.plan).length;
  console.log(JSON.stringify({ phase, plans: ws.plans.length, valid, findings: ws.findings.length, ms: Math.round(performance.now() - t0) }));
} else if (phase === 'each') {
  const stream = streamWorkspace(root);
  let plans = 0;
  let valid = 0;
  let findings = 0;
  for (const doc of stream) {
    plans++;
    if (doc.plan) valid++;
    findings += doc.findings.length;
  }
  findings += stream.findings.length;
  console.log(JSON.stringify({ phase, plans, valid, findings, ms: Math.round(performance.now() - t0) }));
} else if (phase === 'stream') {
  const r = await checkWorkspace(root, [], { tsc: false, cache: false });
  const valid = r.plans.filter((p) => p.valid).length;
  console.log(JSON.stringify({ phase, plans: r.plans.length, valid, findings: r.findings.length, ms: Math.round(performance.now() - t0) }));
} else if (phase === 'tsc') {
  const files = listPlans(root).flatMap((p) => [p.planFile, ...p.progressFiles.map((f) => f.file)]);
  const r = await typecheck(root, files, { cache: false, ...(batch ? { plansPerProgram: Number(batch) } : {}) });
  console.log(JSON.stringify({ ...r.stats, phase, files: files.length, findings: r.findings.length, ms: Math.round(performance.now() - t0) }));
} else {
  console.error(`unknown phase ${phase}`);
  process.exit(2);
}

