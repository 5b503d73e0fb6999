/**
 * pool/bundle.ts: a pool thread's TypeScript job as one JavaScript file made by
 * the real esbuild, on real files in a temporary folder. It is reused while its
 * inputs keep their bytes and built again when one changes; each source keeps
 * its own import.meta.url; a package left out of the bundle must resolve from
 * the bundle's folder to the same copy; and a cache folder that cannot be
 * written (a file where the folder should be), or a build that fails, give the
 * TypeScript job back, which a pool still runs (through tsx).
 */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cachedJobModule, jobModule, threadPool } from '../src/pool/index.js';
import { ROOT } from '../../../test/support/run-cli.js';

const TMP = join(ROOT, 'test', '.tmp');
mkdirSync(TMP, { recursive: true });

interface Job {
  dir: string;
  entry: URL;
}

/** A job that imports a helper and reads a file beside itself: `i` → `<i × ANSWER>:<data.txt>`. */
function makeJob(extra = ''): Job {
  const dir = mkdtempSync(join(TMP, 'bundle-'));
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(join(dir, 'src', 'helper.ts'), 'export const ANSWER: number = 2;\n');
  writeFileSync(join(dir, 'src', 'data.txt'), 'beside');
  writeFileSync(
    join(dir, 'src', 'job.ts'),
    `import { readFileSync } from 'node:fs';
import { ANSWER } from './helper.js';
${extra}
export const where: string = import.meta.url;
export default function (batch: number[]): string[] {
  return batch.map((i) => \`\${i * ANSWER}:\${readFileSync(new URL('./data.txt', import.meta.url), 'utf8')}\`);
}
`,
  );
  return { dir, entry: pathToFileURL(join(dir, 'src', 'job.ts')) };
}

/** Imports a bundle (a fresh URL each time: every bundle file has its own name). */
const load = async (url: URL) => (await import(url.href)) as { default: (b: number[]) => string[]; where: string; external?: string }; // the job's module, written above

describe('jobModule', () => {
  it('builds a bundle, reuses it while nothing changed, and builds again when an input changes', async () => {
    const { dir, entry } = makeJob();
    const cache = join(dir, 'cache');
    expect(cachedJobModule(entry, { dir: cache })).toBeUndefined();

    const first = await jobModule(entry, { dir: cache });
    expect(first).toMatchObject({ kind: 'bundle', built: true });
    expect(fileURLToPath(first.url).startsWith(cache)).toBe(true);
    expect(first.url.pathname).toMatch(/\.mjs$/);
    const m = await load(first.url);
    expect(m.default([1, 2])).toEqual(['2:beside', '4:beside']);
    // import.meta.url is the source's, not the bundle's: a file beside the source is found.
    expect(m.where).toBe(entry.href);

    const again = await jobModule(entry, { dir: cache });
    expect(again).toMatchObject({ kind: 'bundle', built: false });
    expect(again.url.href).toBe(first.url.href);
    expect(cachedJobModule(entry, { dir: cache })?.url.href).toBe(first.url.href);

    writeFileSync(join(dir, 'src', 'helper.ts'), 'export const ANSWER: number = 3;\n');
    expect(cachedJobModule(entry, { dir: cache })).toBeUndefined();
    const changed = await jobModule(entry, { dir: cache });
    expect(changed).toMatchObject({ kind: 'bundle', built: true });
    expect(changed.url.href).not.toBe(first.url.href);
    expect((await load(changed.url)).default([1])).toEqual(['3:beside']);
    expect(await jobModule(entry, { dir: cache })).toMatchObject({ built: false, url: changed.url });

    // A corrupt manifest is a miss, never an error.
    const manifest = readdirSync(cache).find((f) => f.endsWith('.json'))!;
    writeFileSync(join(cache, manifest), '{"key":');
    expect(await jobModule(entry, { dir: cache })).toMatchObject({ kind: 'bundle', built: true, url: changed.url });
  }, 60_000);

  it('leaves other packages out, and bundles only where they resolve to the same copy', async () => {
    const { dir, entry } = makeJob(`import { external } from 'keikaku-test-external';\nexport { external };`);
    const pkg = (at: string, says: string) => {
      mkdirSync(join(at, 'node_modules', 'keikaku-test-external'), { recursive: true });
      writeFileSync(join(at, 'node_modules', 'keikaku-test-external', 'package.json'), JSON.stringify({ name: 'keikaku-test-external', type: 'module', main: 'index.js' }));
      writeFileSync(join(at, 'node_modules', 'keikaku-test-external', 'index.js'), `export const external = ${JSON.stringify(says)};\n`);
    };
    pkg(dir, 'the job’s copy');

    // Under the job's folder the package resolves to the job's copy: the bundle imports it at run time.
    const inside = await jobModule(entry, { dir: join(dir, 'cache') });
    expect(inside).toMatchObject({ kind: 'bundle', built: true });
    expect((await load(inside.url)).external).toBe('the job’s copy');

    // Elsewhere it resolves nowhere, or to another copy: no bundle.
    const elsewhere = mkdtempSync(join(TMP, 'bundle-elsewhere-'));
    const nowhere = await jobModule(entry, { dir: join(elsewhere, 'cache') });
    expect(nowhere).toMatchObject({ kind: 'source', url: entry, note: expect.stringMatching(/keikaku-test-external resolves nowhere/) });
    pkg(elsewhere, 'another copy');
    const other = await jobModule(entry, { dir: join(elsewhere, 'cache') });
    expect(other).toMatchObject({ kind: 'source', url: entry, note: expect.stringMatching(/keikaku-test-external resolves to .*, not to /) });
  }, 60_000);

  it('gives the TypeScript job back when the cache folder cannot be written, or esbuild fails; a pool still answers', async () => {
    const { dir, entry } = makeJob();
    const file = join(dir, 'not-a-folder');
    writeFileSync(file, '');
    for (const cache of [file, join(file, 'bundle')]) {
      const got = await jobModule(entry, { dir: cache });
      expect(got).toMatchObject({ kind: 'source', built: false, url: entry, note: expect.stringMatching(/EEXIST|ENOTDIR/) });
    }
    const pool = threadPool<number, string>({ job: entry, bundle: { dir: join(file, 'bundle') }, threads: 1 });
    try {
      expect(pool.job).toBeUndefined();
      expect(await pool.run([1, 5])).toEqual(new Map([[1, '2:beside'], [5, '10:beside']]));
      expect(await pool.ready).toMatchObject({ kind: 'source' });
    } finally {
      await pool.destroy();
    }

    writeFileSync(join(dir, 'src', 'helper.ts'), 'export const ANSWER: number = (;\n');
    expect(await jobModule(entry, { dir: join(dir, 'cache') })).toMatchObject({ kind: 'source', url: entry, note: expect.stringMatching(/error/i) });
  }, 60_000);

  it('gives a JavaScript job back as it is, at once', () => {
    const js = pathToFileURL(join(ROOT, 'packages', 'core', 'src', 'pool', 'thread-entry.mjs'));
    expect(cachedJobModule(js)).toMatchObject({ kind: 'source', built: false, url: js });
  });
});
