/**
 * tsc over plan modules (the per-file cache, crash isolation, worker threads)
 * with the real compiler, and checkWorkspace's per-plan cache and reading threads.
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkStats, checkWorkspace } from '../src/check.js';
import { batchesByBytes, typecheck, typecheckStats } from '../src/typecheck.js';
import { planModule, tempWorkspace } from '../../../test/support/temp-workspace.js';

describe('typecheck cache', () => {
  const ws = tempWorkspace({
    'plans/a/plan.ts': planModule('a'),
    'plans/b/plan.ts': planModule('b').replace("unit: '%'", "unit: '人数'"),
  });
  const files = [join(ws, 'plans/a/plan.ts'), join(ws, 'plans/b/plan.ts')];
  const cacheDir = mkdtempSync(join(tmpdir(), 'keikaku-tsc-cache-'));

  it('checks every file cold, then answers from the cache with identical findings', () => {
    const cold = typecheck(ws, files, { cacheDir });
    expect(typecheckStats()).toMatchObject({ files: 2, cached: 0, checked: 2 });
    expect(cold.map((f) => [f.file, f.ruleId, f.path])).toEqual([['plans/b/plan.ts', 'tsc/TS2322', 'goals[0].indicators[0].unit']]);
    const warm = typecheck(ws, files, { cacheDir });
    expect(typecheckStats()).toMatchObject({ cached: 2, checked: 0 });
    expect(warm).toEqual(cold);
  });

  it('re-checks only the file that changed', () => {
    appendFileSync(files[0]!, '// a comment changes the hash\n');
    typecheck(ws, files, { cacheDir });
    expect(typecheckStats()).toMatchObject({ cached: 1, checked: 1 });
  });

  it('ignores a corrupt cache entry and checks again', () => {
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), '{not json');
    const again = typecheck(ws, files, { cacheDir });
    expect(typecheckStats()).toMatchObject({ cached: 0, checked: 2 });
    expect(again).toHaveLength(1);
  });

  it('runs without a cache when asked', () => {
    typecheck(ws, files, { cache: false });
    expect(typecheckStats()).toMatchObject({ cached: 0, checked: 2 });
  });
});

describe('a compiler crash on one file', () => {
  it('becomes one finding for that file, and the others keep theirs', () => {
    const n = 3000;
    const ws = tempWorkspace({
      'plans/deep/plan.ts': `import { definePlan } from '@keikaku/schema';\nexport default definePlan({ id: 'deep', notes: ${'['.repeat(n)}1${']'.repeat(n)} });\n`,
      'plans/b/plan.ts': planModule('b').replace("unit: '%'", "unit: '人数'"),
    });
    const got = typecheck(ws, [join(ws, 'plans/deep/plan.ts'), join(ws, 'plans/b/plan.ts')], { cache: false });
    expect(got.map((f) => [f.file, f.ruleId])).toEqual([
      ['plans/deep/plan.ts', 'tsc/crash'],
      ['plans/b/plan.ts', 'tsc/TS2322'],
    ]);
    expect(got[0]!.message.ja).toContain('TypeScript コンパイラ');
  });
});

describe('in worker threads', () => {
  const ws = tempWorkspace({
    'plans/a/plan.ts': planModule('a'),
    'plans/b/plan.ts': planModule('b').replace("unit: '%'", "unit: '人数'"),
    'plans/c/plan.ts': planModule('c').replace("edition: '第1期'", 'edition: 1'),
  });
  const files = ['a', 'b', 'c'].map((id) => join(ws, `plans/${id}/plan.ts`));
  const brief = (fs: { file: string; ruleId: string; path?: string }[]) => fs.map((f) => [f.file, f.ruleId, f.path]);
  let here: ReturnType<typeof typecheck> = [];

  it('gives the findings the calling thread gives, in the order of the files', () => {
    here = typecheck(ws, files, { cache: false, workers: 0 });
    expect(typecheckStats()).toMatchObject({ workers: 0, checked: 3 });
    const pooled = typecheck(ws, files, { cache: false, workers: 2, batchSize: 2 });
    expect(typecheckStats()).toMatchObject({ workers: 2, batches: 2, checked: 3 });
    expect(pooled).toEqual(here);
    expect(brief(pooled).map((f) => f[0])).toEqual(['plans/b/plan.ts', 'plans/c/plan.ts']);
  });

  it('keep crash isolation: a file that crashes the compiler gets one finding', () => {
    const n = 3000;
    const deep = join(ws, 'plans/deep/plan.ts');
    mkdirSync(dirname(deep), { recursive: true });
    writeFileSync(deep, `import { definePlan } from '@keikaku/schema';\nexport default definePlan({ id: 'deep', notes: ${'['.repeat(n)}1${']'.repeat(n)} });\n`);
    const got = typecheck(ws, [deep, files[1]!], { cache: false, workers: 1 });
    expect(brief(got)).toEqual([
      ['plans/deep/plan.ts', 'tsc/crash', undefined],
      ['plans/b/plan.ts', 'tsc/TS2322', 'goals[0].indicators[0].unit'],
    ]);
  });

  it('replace a worker that dies mid-batch, re-run its batch in halves, and report only the file that killed it', () => {
    const worker = join(ws, 'dying-worker.mjs');
    writeFileSync(
      worker,
      `import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
parentPort.on('message', (files) => {
  if (files.some((f) => readFileSync(f, 'utf8').includes('KILL-THE-WORKER'))) process.exit(7);
  parentPort.postMessage({ results: files.map((f) => [f, []]) });
});
parentPort.postMessage({ ready: true });
`,
    );
    const killer = join(ws, 'plans/killer/plan.ts');
    mkdirSync(dirname(killer), { recursive: true });
    writeFileSync(killer, `${planModule('killer')}\n// KILL-THE-WORKER\n`);
    const got = typecheck(ws, [files[0]!, killer, files[2]!], { cache: false, workers: 1, batchSize: 3, workerUrl: pathToFileURL(worker) });
    expect(brief(got)).toEqual([['plans/killer/plan.ts', 'tsc/crash', undefined]]);
    expect(got[0]!.message.en).toContain('the TypeScript compiler failed on this file');
  });

  it('fall back to the calling thread when workers cannot start', () => {
    const worker = join(ws, 'broken-worker.mjs');
    writeFileSync(worker, "throw new Error('cannot start');\n");
    const got = typecheck(ws, files, { cache: false, workers: 2, batchSize: 1, workerUrl: pathToFileURL(worker) });
    expect(here.length).toBeGreaterThan(0);
    expect(got).toEqual(here);
  });
});

describe('checkWorkspace: per-plan cache and reading in worker threads', () => {
  const twin = planModule('a').replace("id: 'a',", "id: 'a', // copied folder, id not changed");
  const ws = tempWorkspace({
    'plans/a/plan.ts': planModule('a'),
    'plans/b/plan.ts': planModule('b').replace("period: { start: fy(2024), end: fy(2029) }", 'period: { start: fy(2029), end: fy(2024) }'),
    'plans/c/plan.ts': planModule('c').replace("municipality: {", "municipality: { extra: 1,"),
    'plans/twin/plan.ts': twin,
  });
  const cacheDir = mkdtempSync(join(tmpdir(), 'keikaku-check-cache-'));
  const run = (o: Parameters<typeof checkWorkspace>[2] = {}) => checkWorkspace(ws, [], { tsc: false, cacheDir, ...o });
  let cold: ReturnType<typeof checkWorkspace>;

  it('answers a second check from the cache with identical findings, duplicate ids included', () => {
    cold = run({ readWorkers: 0 });
    expect(checkStats()).toMatchObject({ plans: 4, cached: 0, read: 4 });
    expect(cold.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['workspace/duplicate-plan-id', 'period-reversed', 'schema/unrecognized_keys', 'workspace/plan-id-folder']),
    );
    const dup = cold.findings.filter((f) => f.ruleId === 'workspace/duplicate-plan-id');
    expect(dup.map((f) => [f.file, f.line, f.path])).toEqual([
      ['plans/a/plan.ts', 4, 'id'],
      ['plans/twin/plan.ts', 4, 'id'],
    ]);
    const warm = run({ readWorkers: 0 });
    expect(checkStats()).toMatchObject({ cached: 4, read: 0 });
    expect(warm).toEqual(cold);
  });

  it('reads again only the plan whose files changed', () => {
    appendFileSync(join(ws, 'plans/c/plan.ts'), '// changed\n');
    expect(run({ readWorkers: 0 })).toEqual(cold);
    expect(checkStats()).toMatchObject({ cached: 3, read: 1 });
  });

  it('reads in worker threads with the findings and plans of this thread', () => {
    const here = run({ cache: false, keepPlans: true, readWorkers: 0 });
    const pooled = run({ cache: false, keepPlans: true, readWorkers: 2 });
    expect(checkStats()).toMatchObject({ read: 4, readWorkers: 1 });
    expect(pooled).toEqual(here);
    expect(pooled.findings).toEqual(cold.findings);
    expect(pooled.plans.filter((p) => p.plan).map((p) => p.plan!.id)).toEqual(['a', 'b', 'a']);
  });
});

describe('batchesByBytes: programs cut by source bytes, as many for every worker', () => {
  const files = (...bytes: number[]) => bytes.map((b, i) => ({ file: `f${i}`, bytes: b }));
  const shape = (batches: string[][]) => batches.map((b) => b.length);
  it.each<[string, ReturnType<typeof files>, number, number, number[]]>([
    ['one thread, all within the budget: one program', files(10, 10, 10), 0, 100, [3]],
    ['one thread, over the budget: cut near it', files(40, 40, 40, 40, 40), 1, 100, [3, 2]],
    ['two workers, within one budget: one batch each', files(10, 10, 10, 10), 2, 100, [2, 2]],
    ['two workers, 2.5 budgets: four even batches, not three and an idle worker', files(...Array<number>(10).fill(25)), 2, 100, [3, 3, 3, 1]],
    ['a file larger than the budget is a program alone', files(10, 500, 10), 1, 100, [2, 1]],
    ['real plans and synthetic ones mixed: over the budget by less than one file', files(110, 1, 27, 1, 27, 1, 110, 1), 1, 120, [1, 6, 1]],
    ['unreadable files (0 bytes) still get checked', files(0, 0), 2, 100, [1, 1]],
  ])('%s', (_label, input, workers, budget, expected) => {
    const out = batchesByBytes(input, workers, budget);
    expect(shape(out)).toEqual(expected);
    expect(out.flat()).toEqual(input.map((f) => f.file)); // every file once, in order
    const size = new Map(input.map((f) => [f.file, f.bytes]));
    // Before its last file was added, every batch was under the budget.
    for (const b of out) expect(b.slice(0, -1).reduce((n, f) => n + size.get(f)!, 0)).toBeLessThan(budget);
  });
});
