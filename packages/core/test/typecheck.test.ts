/** tsc over plan modules: the per-file cache and crash isolation, with the real compiler. */
import { mkdtempSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { typecheck, typecheckStats } from '../src/typecheck.js';
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
