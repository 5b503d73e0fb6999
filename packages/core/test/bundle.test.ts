/**
 * bundle/: a TypeScript module as a JavaScript bundle made by
 * the real esbuild, on real files in a temporary folder. It is reused while its
 * inputs keep their bytes and built again when one changes; each source keeps
 * its own import.meta.url; a package left out of the bundle is imported from
 * the copy its importer finds, wherever the bundle is kept; a dynamic import
 * stays lazy; and a cache folder that cannot be
 * written (a file where the folder should be), or a build that fails, give the
 * TypeScript job back, which a pool still runs (through tsx).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cachedJobModule, jobModule } from '../src/bundle/index.js';
import { threadPool } from '../src/pool/index.js';
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

  it('leaves other packages out, imported from the copy its importer finds wherever the bundle is kept, and builds again when that copy changes', async () => {
    const { dir, entry } = makeJob(`import { external } from 'keikaku-test-external';\nexport { external };`);
    const pkg = (at: string, says: string) => {
      mkdirSync(join(at, 'node_modules', 'keikaku-test-external'), { recursive: true });
      writeFileSync(join(at, 'node_modules', 'keikaku-test-external', 'package.json'), JSON.stringify({ name: 'keikaku-test-external', type: 'module', main: 'index.js' }));
      writeFileSync(join(at, 'node_modules', 'keikaku-test-external', 'index.js'), `export const external = ${JSON.stringify(says)};\n`);
    };
    // Resolving nowhere from its importer: no bundle, the reason said.
    const cache = join(mkdtempSync(join(TMP, 'bundle-elsewhere-')), 'cache');
    expect(await jobModule(entry, { dir: cache })).toMatchObject({ kind: 'source', url: entry, note: expect.stringMatching(/Could not resolve "keikaku-test-external" \(job\.ts:3\)/) });

    // Kept in a folder where the package resolves nowhere, the bundle still imports the job's copy.
    pkg(dir, 'the job’s copy');
    const first = await jobModule(entry, { dir: cache });
    expect(first).toMatchObject({ kind: 'bundle', built: true });
    expect(readFileSync(fileURLToPath(first.url), 'utf8')).toContain(pathToFileURL(join(dir, 'node_modules', 'keikaku-test-external', 'index.js')).href);
    expect((await load(first.url)).external).toBe('the job’s copy');
    expect(cachedJobModule(entry, { dir: cache })?.url.href).toBe(first.url.href);

    // Another copy nearer the source: the cached bundle is not used, and the new one imports that copy.
    pkg(join(dir, 'src'), 'a nearer copy');
    expect(cachedJobModule(entry, { dir: cache })).toBeUndefined();
    const again = await jobModule(entry, { dir: cache });
    expect(again).toMatchObject({ kind: 'bundle', built: true });
    expect((await load(again.url)).external).toBe('a nearer copy');
  }, 60_000);

  it('keeps a dynamic import lazy: its module and the packages it imports load only when it is called', async () => {
    const { dir, entry } = makeJob(`export const later = () => import('./later.js');`);
    writeFileSync(join(dir, 'src', 'later.ts'), `import { marked } from 'keikaku-test-marker';\nexport const value: string = marked;\n`);
    mkdirSync(join(dir, 'node_modules', 'keikaku-test-marker'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'keikaku-test-marker', 'package.json'), JSON.stringify({ name: 'keikaku-test-marker', type: 'module', main: 'index.js' }));
    writeFileSync(join(dir, 'node_modules', 'keikaku-test-marker', 'index.js'), `globalThis.keikakuTestMarker = (globalThis.keikakuTestMarker ?? 0) + 1;\nexport const marked = 'loaded';\n`);
    const g = globalThis as { keikakuTestMarker?: number };
    const got = await jobModule(entry, { dir: join(dir, 'cache') });
    expect(got).toMatchObject({ kind: 'bundle', built: true });
    expect(readdirSync(dirname(fileURLToPath(got.url))).length).toBeGreaterThan(1);
    const m = (await import(got.url.href)) as { later: () => Promise<{ value: string }> }; // the job written above
    expect(g.keikakuTestMarker).toBeUndefined();
    expect((await m.later()).value).toBe('loaded');
    expect(g.keikakuTestMarker).toBe(1);
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
    expect(await jobModule(entry, { dir: join(dir, 'cache') })).toMatchObject({ kind: 'source', url: entry, note: expect.stringMatching(/Unexpected ";" \(helper\.ts:1\)/) });
  }, 60_000);

  it('removes, an hour on, its own older builds and every bundle of an entry that is gone; keeps what is younger', async () => {
    const { dir, entry } = makeJob();
    const cache = join(dir, 'cache');
    const first = await jobModule(entry, { dir: cache });
    const firstFolder = basename(dirname(fileURLToPath(first.url)));
    // A bundle of a temporary copy that was removed, two hours old; another, a minute old.
    const orphan = (stem: string, ageMs: number) => {
      mkdirSync(join(cache, `${stem}.0123456789abcdef`), { recursive: true });
      writeFileSync(join(cache, `${stem}.0123456789abcdef`, 'main.mjs'), '');
      writeFileSync(join(cache, `${stem}.json`), JSON.stringify({ key: JSON.stringify({ entry: join(dir, 'gone', `${stem}.ts`) }), folder: `${stem}.0123456789abcdef`, inputs: {}, packages: {} }));
      const t = new Date(Date.now() - ageMs);
      for (const f of [`${stem}.0123456789abcdef`, `${stem}.json`]) utimesSync(join(cache, f), t, t);
    };
    orphan('old-0000aaaa', 2 * 3600_000);
    orphan('young-0000bbbb', 60_000);
    const t = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(cache, firstFolder), t, t);

    writeFileSync(join(dir, 'src', 'helper.ts'), 'export const ANSWER: number = 5;\n');
    const second = await jobModule(entry, { dir: cache });
    expect(second).toMatchObject({ kind: 'bundle', built: true });
    const left = readdirSync(cache).sort();
    expect(left).not.toContain(firstFolder);
    expect(left.filter((f) => f.startsWith('old-'))).toEqual([]);
    expect(left.filter((f) => f.startsWith('young-'))).toEqual(['young-0000bbbb.0123456789abcdef', 'young-0000bbbb.json']);
    expect(left).toContain(basename(dirname(fileURLToPath(second.url))));
    expect((await load(second.url)).default([1])).toEqual(['5:beside']);
  }, 60_000);

  it('gives a JavaScript job back as it is, at once', () => {
    const js = pathToFileURL(join(ROOT, 'packages', 'core', 'src', 'pool', 'thread-entry.mjs'));
    expect(cachedJobModule(js)).toMatchObject({ kind: 'source', built: false, url: js });
  });
});
