/**
 * bundle/launch.mjs: a TypeScript program run from its bundle, in real Node
 * processes on real files. The first run builds the bundle, the next ones run
 * it without building; a changed source is built again; KEIKAKU_BUNDLE=0 and
 * a cache folder that cannot be written run the source through tsx; and what
 * the program throws reaches the caller once (it is never run a second time).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/support/run-cli.js';

const TMP = join(ROOT, 'test', '.tmp');
mkdirSync(TMP, { recursive: true });
const LAUNCH = pathToFileURL(fileURLToPath(new URL('../src/bundle/launch.mjs', import.meta.url))).href;

/** A program that prints its argument, a helper's answer and its own import.meta.url. */
function program(): { dir: string; entry: string; cache: string } {
  const dir = mkdtempSync(join(TMP, 'launch-'));
  writeFileSync(join(dir, 'helper.ts'), 'export const ANSWER: number = 2;\n');
  writeFileSync(
    join(dir, 'main.ts'),
    `import { ANSWER } from './helper.js';
export function main(arg: string): string {
  if (arg === 'throw') throw new Error('the program failed');
  return \`\${arg}:\${ANSWER}:\${import.meta.url}\`;
}
`,
  );
  return { dir, entry: pathToFileURL(join(dir, 'main.ts')).href, cache: join(dir, 'cache') };
}

function run(p: { entry: string; cache: string }, arg: string, env: Record<string, string> = {}) {
  const script = `import { launch } from ${JSON.stringify(LAUNCH)};
globalThis.runs = (globalThis.runs ?? 0) + 1;
const { main } = await launch(new URL(${JSON.stringify(p.entry)}), { dir: ${JSON.stringify(p.cache)} });
console.log(main(${JSON.stringify(arg)}));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'keikaku', ...env }, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr };
}

describe('launch', () => {
  it('builds the bundle once, runs it after without building, and builds again when a source changes', () => {
    const p = program();
    const first = run(p, 'a');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`a:2:${p.entry}`);
    expect(first.stderr).toMatch(/bundle: built/);

    const second = run(p, 'b');
    expect(second.stdout).toBe(`b:2:${p.entry}`);
    expect(second.stderr).not.toMatch(/bundle: built/);
    expect(second.stderr).toMatch(/launch: .*main\.ts from its bundle file:.*\/cache\/main-[0-9a-f]{8}\.[0-9a-f]{16}\/main\.mjs/);

    writeFileSync(join(p.dir, 'helper.ts'), 'export const ANSWER: number = 3;\n');
    const changed = run(p, 'c');
    expect(changed.stdout).toBe(`c:3:${p.entry}`);
    expect(changed.stderr).toMatch(/bundle: built/);
  }, 60_000);

  it('runs the source through tsx with KEIKAKU_BUNDLE=0, or when the cache folder cannot be written', () => {
    const p = program();
    const off = run(p, 'x', { KEIKAKU_BUNDLE: '0' });
    expect(off.stdout).toBe(`x:2:${p.entry}`);
    expect(off.stderr).toMatch(/through tsx: KEIKAKU_BUNDLE=0/);
    expect(off.stderr).not.toMatch(/bundle: built/);

    writeFileSync(p.cache, 'a file where the cache folder should be');
    const blocked = run(p, 'y');
    expect(blocked.status).toBe(0);
    expect(blocked.stdout).toBe(`y:2:${p.entry}`);
    expect(blocked.stderr).toMatch(/through tsx: .*(EEXIST|ENOTDIR)/);
  }, 60_000);

  it('gives what the program throws as it loads to the caller, running it once, built or cached', () => {
    const p = program();
    const log = join(p.dir, 'runs.log');
    writeFileSync(join(p.dir, 'main.ts'), `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(log)}, 'ran\\n');\nthrow new Error('the program failed as it loaded');\n`);
    for (const [i, cached] of [[1, false], [2, true]] as const) {
      const r = run(p, 'z');
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/the program failed as it loaded/);
      expect(r.stderr.includes('bundle: built')).toBe(!cached);
      expect(readFileSync(log, 'utf8')).toBe('ran\n'.repeat(i));
    }
  }, 60_000);
});
