/**
 * tsc over plan modules (TypeScript 7's command line: the per-file cache,
 * programs by plan, crash isolation at process level, syntax errors, files
 * nested too deep, the gloss of its messages) with the real compiler, and
 * checkWorkspace's per-plan cache and reading threads.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkWorkspace } from '../src/check.js';
import { batchesByPlan, typecheck } from '../src/typecheck/index.js';
import { jobModule } from '../src/bundle/index.js';
import { planModule, tempWorkspace } from '../../../test/support/temp-workspace.js';

const brief = (fs: { file: string; ruleId: string; path?: string }[]) => fs.map((f) => [f.file, f.ruleId, f.path]);

describe('typecheck cache', () => {
  const ws = tempWorkspace({
    'plans/a/plan.ts': planModule('a'),
    'plans/b/plan.ts': planModule('b').replace("unit: '%'", "unit: '人数'"),
  });
  const files = [join(ws, 'plans/a/plan.ts'), join(ws, 'plans/b/plan.ts')];
  const cacheDir = mkdtempSync(join(tmpdir(), 'keikaku-tsc-cache-'));

  it('checks every file cold, then answers from the cache with identical findings', async () => {
    const cold = await typecheck(ws, files, { cacheDir });
    expect(cold.stats).toMatchObject({ files: 2, cached: 0, checked: 2, batches: 1, processes: 1, crashes: 0 });
    expect(brief(cold.findings)).toEqual([['plans/b/plan.ts', 'tsc/TS2322', 'goals[0].indicators[0].unit']]);
    const warm = await typecheck(ws, files, { cacheDir });
    expect(warm.stats).toMatchObject({ cached: 2, checked: 0, batches: 0 });
    expect(warm.findings).toEqual(cold.findings);
  });

  it('re-checks only the file that changed', async () => {
    appendFileSync(files[0]!, '// a comment changes the hash\n');
    expect((await typecheck(ws, files, { cacheDir })).stats).toMatchObject({ cached: 1, checked: 1 });
  });

  it('ignores a corrupt cache entry and checks again', async () => {
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), '{not json');
    const again = await typecheck(ws, files, { cacheDir });
    expect(again.stats).toMatchObject({ cached: 0, checked: 2 });
    expect(again.findings).toHaveLength(1);
  });

  it("resolves @keikaku/schema to its plan API (the keikaku-plan condition): Zod's validatePlan is not there", async () => {
    const ws2 = tempWorkspace({ 'plans/z/plan.ts': planModule('z', "import { validatePlan } from '@keikaku/schema';\nexport const v = validatePlan;") });
    const got = await typecheck(ws2, [join(ws2, 'plans/z/plan.ts')], { cache: false });
    expect(got.findings.map((f) => [f.ruleId, f.line, f.message.en])).toEqual([
      ['tsc/TS2305', 2, expect.stringContaining("has no exported member 'validatePlan'")],
    ]);
  });

  it('runs without a cache when asked', async () => {
    expect((await typecheck(ws, files, { cache: false })).stats).toMatchObject({ cached: 0, checked: 2 });
  });
});

describe('what the compiler is not given, or dies on', () => {
  const n = 3000;
  const ws = tempWorkspace({
    'plans/deep/plan.ts': `import { definePlan } from '@keikaku/schema';\nexport default definePlan({ id: 'deep', notes: ${'['.repeat(n)}1${']'.repeat(n)} });\n`,
    'plans/a/plan.ts': planModule('a'),
    'plans/b/plan.ts': planModule('b').replace("unit: '%'", "unit: '人数'"),
    'plans/c/plan.ts': planModule('c').replace("edition: '第1期'", 'edition: 1'),
    'plans/broken/plan.ts': planModule('broken').replace("title: '目標1',", "title: '目標1'"),
  });
  const file = (id: string) => join(ws, `plans/${id}/plan.ts`);

  it('a file nested too deep for the compiler gets one finding, and the others keep theirs', async () => {
    const got = await typecheck(ws, [file('deep'), file('b')], { cache: false });
    expect(brief(got.findings)).toEqual([
      ['plans/deep/plan.ts', 'tsc/too-deep', undefined],
      ['plans/b/plan.ts', 'tsc/TS2322', 'goals[0].indicators[0].unit'],
    ]);
    expect(got.stats).toMatchObject({ skipped: 1, checked: 1 });
    expect(got.findings[0]!.message.ja).toContain('3002 段');
  });

  it('a syntax error keeps its own finding and hides no error of the other files of its program', async () => {
    const got = await typecheck(ws, [file('broken'), file('b'), file('c')], { cache: false });
    expect(brief(got.findings)).toEqual([
      ['plans/broken/plan.ts', 'tsc/TS1005', 'goals[0].indicators'],
      ['plans/b/plan.ts', 'tsc/TS2322', 'goals[0].indicators[0].unit'],
      ['plans/c/plan.ts', 'tsc/TS2322', 'edition'],
    ]);
  });

  it('programs in several processes give what one process gives, in the order of the files', async () => {
    const files = ['a', 'b', 'c'].map(file);
    const one = await typecheck(ws, files, { cache: false });
    const three = await typecheck(ws, files, { cache: false, processes: 2, plansPerProgram: 1 });
    expect(three.stats).toMatchObject({ batches: 3, processes: 2, checked: 3 });
    expect(three.findings).toEqual(one.findings);
    expect(brief(one.findings).map((f) => f[0])).toEqual(['plans/b/plan.ts', 'plans/c/plan.ts']);
  });

  it('a compiler process that dies takes only its batch: the batch is re-run in halves and only the file that killed it is reported', async () => {
    // A stand-in compiler that dies (SIGKILL) on any program holding the marked file, and finds nothing otherwise.
    const fake = join(ws, 'dying-tsc.mjs');
    writeFileSync(
      fake,
      `import { readFileSync } from 'node:fs';
const config = JSON.parse(readFileSync(process.argv[process.argv.indexOf('-p') + 1], 'utf8'));
if (config.files.some((f) => readFileSync(f, 'utf8').includes('KILL-THE-COMPILER'))) process.kill(process.pid, 'SIGKILL');
`,
    );
    const killer = file('killer');
    mkdirSync(dirname(killer), { recursive: true });
    writeFileSync(killer, `${planModule('killer')}\n// KILL-THE-COMPILER\n`);
    const files = [file('a'), killer, file('b'), file('c')];
    const got = await typecheck(ws, files, { cache: false, command: [process.execPath, fake] });
    expect(brief(got.findings)).toEqual([['plans/killer/plan.ts', 'tsc/crash', undefined]]);
    expect(got.findings[0]!.message.en).toMatch(/the TypeScript compiler failed on this file \(tsc was killed \(SIGKILL\)/);
    // 4 files: the batch of 4, then 2 + 2, then the killer's half of 2, then the killer alone.
    expect(got.stats.crashes).toBe(3);
  });

  it('options the compiler refuses are said on every file, without splitting the batch', async () => {
    const fake = join(ws, 'refusing-tsc.mjs');
    writeFileSync(fake, "console.log(\"error TS5023: Unknown compiler option '--nonsense'.\");\nprocess.exit(1);\n");
    const got = await typecheck(ws, [file('a'), file('b')], { cache: false, command: [process.execPath, fake] });
    expect(got.findings.map((f) => [f.file, f.ruleId, f.data?.detail])).toEqual([
      ['plans/a/plan.ts', 'tsc/crash', "TS5023: Unknown compiler option '--nonsense'."],
      ['plans/b/plan.ts', 'tsc/crash', "TS5023: Unknown compiler option '--nonsense'."],
    ]);
    expect(got.stats.crashes).toBe(0);
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
  let cold: Awaited<ReturnType<typeof checkWorkspace>>;

  it('answers a second check from the cache with identical findings, duplicate ids included', async () => {
    cold = await run({ readWorkers: 0 });
    expect(cold.stats).toMatchObject({ plans: 4, cached: 0, read: 4 });
    expect(cold.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['workspace/duplicate-plan-id', 'period-reversed', 'schema/unrecognized_keys', 'workspace/plan-id-folder']),
    );
    const dup = cold.findings.filter((f) => f.ruleId === 'workspace/duplicate-plan-id');
    expect(dup.map((f) => [f.file, f.line, f.path])).toEqual([
      ['plans/a/plan.ts', 4, 'id'],
      ['plans/twin/plan.ts', 4, 'id'],
    ]);
    const warm = await run({ readWorkers: 0 });
    expect(warm.stats).toMatchObject({ cached: 4, read: 0 });
    expect({ ...warm, stats: undefined }).toEqual({ ...cold, stats: undefined });
  });

  it('reads again only the plan whose files changed', async () => {
    appendFileSync(join(ws, 'plans/c/plan.ts'), '// changed\n');
    const again = await run({ readWorkers: 0 });
    expect(again.findings).toEqual(cold.findings);
    expect(again.stats).toMatchObject({ cached: 3, read: 1 });
  });

  it('reads in worker threads, running the bundle of check-job.ts, with the findings and plans of this thread', async () => {
    // Made (or found current) first: with the bundle known when the pool is made, the thread takes the one batch of four plans.
    expect(await jobModule(new URL('../src/check-job.ts', import.meta.url))).toMatchObject({ kind: 'bundle' });
    const here = await run({ cache: false, keepPlans: true, readWorkers: 0 });
    const pooled = await run({ cache: false, keepPlans: true, readWorkers: 2 });
    expect(pooled.stats).toMatchObject({ read: 4, readWorkers: 1, readInThreads: 4, readJob: { kind: 'bundle', built: false } });
    expect({ ...pooled, stats: undefined }).toEqual({ ...here, stats: undefined });
    expect(pooled.findings).toEqual(cold.findings);
    expect(pooled.plans.filter((p) => p.plan).map((p) => p.plan!.id)).toEqual(['a', 'b', 'a']);
  });
});

describe('batchesByPlan: about 436 plans a program, each plan with its progress modules', () => {
  const p = (id: string, ...fys: number[]) => [`/w/plans/${id}/plan.ts`, ...fys.map((y) => `/w/plans/${id}/progress/${y}.ts`)];
  const short = (batches: string[][]) => batches.map((b) => b.map((f) => f.replace('/w/plans/', '').replace('/plan.ts', '').replace('/progress/', '@').replace('.ts', '')));
  it.each<[string, string[], number, string[][]]>([
    ['all in one program', [...p('a', 2024), ...p('b')], 436, [['a', 'a@2024', 'b']]],
    ['a progress module given before its plan still follows it', ['/w/plans/a/progress/2024.ts', ...p('a'), ...p('b')], 436, [['a', 'a@2024', 'b']]],
    ['five plans, at most two a program: three programs of 2, 2 and 1', [...p('a', 2024, 2025), ...p('b'), ...p('c', 2024), ...p('d'), ...p('e')], 2, [['a', 'a@2024', 'a@2025', 'b'], ['c', 'c@2024', 'd'], ['e']]],
    ['1,741 plans: four programs as equal as can be', Array.from({ length: 1741 }, (_, i) => p(`x${i}`)).flat(), 436, [[`x0`], [`x436`], [`x872`], [`x1308`]]],
    ['a progress module without its plan is a group alone', ['/w/plans/a/progress/2024.ts'], 436, [['a@2024']]],
    ['nothing to check: no program', [], 436, []],
  ])('%s', (label, files, per, expected) => {
    const out = batchesByPlan(files, per);
    expect(out.flat().sort()).toEqual([...files].sort()); // every file once
    if (label.startsWith('1,741')) {
      expect(out.map((b) => b.length)).toEqual([436, 436, 436, 433]);
      expect(short(out).map((b) => [b[0]])).toEqual(expected);
    } else expect(short(out)).toEqual(expected);
  });
});
