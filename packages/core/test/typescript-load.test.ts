/**
 * typescript.js loads TypeScript 5.9 through V8's code cache (node_modules/.cache/keikaku/v8/).
 * A cache that is missing, foreign or corrupt must only cost time: the parser still works, it is
 * the same instance require('typescript') returns, and a good cache is written in its place.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/support/run-cli.js';

const CACHE = join(ROOT, 'node_modules', '.cache', 'keikaku', 'v8');
const PROBE = `
import { createRequire } from 'node:module';
const ts = (await import(${JSON.stringify(join(ROOT, 'packages/core/src/typescript.js'))})).default;
const sf = ts.createSourceFile('a.ts', 'export default definePlan({ id: "x" })', ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
const same = createRequire(${JSON.stringify(join(ROOT, 'packages/core/package.json'))})('typescript') === ts;
console.log(JSON.stringify({ statements: sf.statements.length, kind: ts.SyntaxKind[sf.statements[0].kind], same, version: ts.version }));
`;

function probe(): { statements: number; kind: string; same: boolean; version: string } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as never;
}

const cacheFiles = () => (existsSync(CACHE) ? readdirSync(CACHE).filter((f) => f.startsWith('typescript-') && f.endsWith('.bin')) : []);

describe('typescript.js', () => {
  it('parses with or without its code cache, corrupt or missing, and writes a good one back', () => {
    for (const f of cacheFiles()) rmSync(join(CACHE, f));
    expect(probe()).toEqual({ statements: 1, kind: 'ExportAssignment', same: true, version: expect.stringMatching(/^5\.9\./) });
    const [file] = cacheFiles();
    expect(file).toMatch(new RegExp(`^typescript-5\\.9\\.\\d+-node-${process.version}-${process.arch}\\.bin$`));
    const good = readFileSync(join(CACHE, file!));
    expect(good.length).toBeGreaterThan(100_000);

    // From the cache it wrote.
    expect(probe()).toMatchObject({ statements: 1, same: true });
    // A corrupt cache (what a crash in the middle of a copy could leave) is refused by V8 and replaced.
    writeFileSync(join(CACHE, file!), Buffer.alloc(4096, 0x5a));
    expect(probe()).toMatchObject({ statements: 1, kind: 'ExportAssignment', same: true });
    expect(readFileSync(join(CACHE, file!)).length).toBeGreaterThan(100_000);
  }, 120_000);
});
