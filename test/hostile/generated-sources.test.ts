/**
 * `pnpm generate` writes packages/schema/src/generated/*.ts through core's
 * writeGeneratedFile with { generatedSource: true } (issue 14: "every writer
 * goes through core's safe write"). A pull request that commits a link there
 * cannot make CI write outside the repository, and the allowance reaches no
 * other path under packages/.
 */
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError, writeGeneratedFile } from '@keikaku/core';

function repo(): { root: string; outside: string } {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'keikaku-gen-')));
  mkdirSync(join(root, 'packages', 'schema', 'src', 'generated'), { recursive: true });
  const outside = realpathSync(mkdtempSync(join(tmpdir(), 'keikaku-outside-')));
  writeFileSync(join(outside, 'victim.ts'), 'untouched\n');
  return { root, outside };
}

describe('generated sources (pnpm generate)', () => {
  it('writes packages/<name>/src/generated/<file>.ts', () => {
    const { root } = repo();
    writeGeneratedFile(root, 'packages/schema/src/generated/plan-types.ts', 'export {};\n', { generatedSource: true });
    expect(readFileSync(join(root, 'packages/schema/src/generated/plan-types.ts'), 'utf8')).toBe('export {};\n');
  });

  it.each<[string, string, (root: string, outside: string) => void]>([
    ['the file is a link to a file outside the repository', 'plan-types.ts', (root, outside) => symlinkSync(join(outside, 'victim.ts'), join(root, 'packages/schema/src/generated/plan-types.ts'))],
    ['the generated/ folder is a link outside the repository', 'victim.ts', (root, outside) => {
      const dir = join(root, 'packages/schema/src/generated');
      rmSync(dir, { recursive: true });
      symlinkSync(outside, dir);
    }],
  ])('refuses when %s, and the outside file is untouched', (_name, file, plant) => {
    const { root, outside } = repo();
    plant(root, outside);
    expect(() => writeGeneratedFile(root, `packages/schema/src/generated/${file}`, 'pwned\n', { generatedSource: true })).toThrow(UsageError);
    expect(readFileSync(join(outside, 'victim.ts'), 'utf8')).toBe('untouched\n');
  });

  it('the allowance reaches no other path under packages/, plans/ or .git/', () => {
    const { root } = repo();
    for (const rel of ['packages/schema/src/index.ts', 'packages/schema/src/generated/../plan.ts', 'plans/x/plan.ts', '.git/config', 'packages/schema/src/generated/sub/x.ts']) {
      expect(() => writeGeneratedFile(root, rel, 'x\n', { generatedSource: true }), rel).toThrow(UsageError);
    }
  });
});
