/** Builds a bundle with esbuild (in its own process) and writes it whole: see index.ts for what a bundle is, cache.mjs for how it is found again. */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BuildResult, Plugin } from 'esbuild';
import { META_URL, OPTIONS, packageDir, sha256, type Manifest, type Target } from './cache.mjs';

/** Packages imported by name that go into the bundle; every other one is imported at run time from where its importer finds it. */
const INLINE = /^(@keikaku\/[^/]+|zod)(\/|$)/;
/** Builds and manifests older than this that no manifest names are removed when a new build is written. */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/** The package name of a bare specifier (`@scope/name/sub` → `@scope/name`). */
const packageName = (spec: string): string => /^(@[^/]+\/[^/]+|[^/]+)/.exec(spec)?.[1] ?? spec;

const tmpName = (path: string) => `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

function writeWhole(file: string, data: string | Uint8Array): void {
  const tmp = tmpName(file);
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** Fails at once when `dir` cannot hold a bundle, before esbuild spends a second on one. */
export function assertWritable(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const probe = tmpName(join(dir, '.probe'));
  writeFileSync(probe, '');
  rmSync(probe, { force: true });
}

/** Builds running in this process (esbuild's service is shared by all of them). */
let building = 0;

export async function build(t: Target): Promise<URL> {
  assertWritable(t.dir);
  const esbuild = await import('esbuild');
  const bytesOf = new Map<string, string>();
  const packages: Record<string, string> = {};
  const plugin: Plugin = {
    name: 'keikaku-bundle',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, async (a) => {
        if (a.kind === 'entry-point' || a.path.startsWith('node:') || a.pluginData === plugin) return undefined;
        const name = packageName(a.path);
        const real = packageDir(a.resolveDir, name);
        if (real) packages[`${a.resolveDir}\0${name}`] = real;
        if (INLINE.test(a.path)) return undefined;
        // Left out: imported at run time by the absolute URL of the file Node would load for this importer,
        // so that the bundle runs from any folder and gets the very copy its source would.
        const got = await b.resolve(a.path, { kind: a.kind, resolveDir: a.resolveDir, importer: a.importer, pluginData: plugin });
        if (got.errors.length) return { errors: got.errors };
        if (got.external || !got.path) return { path: a.path, external: true }; // a Node built-in named without node:
        // import needs a URL (an absolute path is a URL on POSIX only); require() takes the path.
        return { path: a.kind.startsWith('require') ? got.path : pathToFileURL(got.path).href, external: true };
      });
      b.onLoad({ filter: /\.[cm]?[jt]s$/ }, (a) => {
        const bytes = readFileSync(a.path);
        bytesOf.set(a.path, sha256(bytes));
        const text = bytes.toString('utf8');
        // On the first line, so that line numbers stay the source's.
        const contents = text.includes('import.meta') ? `var ${META_URL} = ${JSON.stringify(pathToFileURL(a.path).href)};${text}` : text;
        return { contents, loader: /\.[cm]?ts$/.test(a.path) ? 'ts' : 'js' };
      });
    },
  };
  const absWorkingDir = dirname(t.file);
  const staging = tmpName(join(t.dir, t.stem));
  let result: BuildResult<{ write: false; metafile: true }>;
  building++;
  try {
    result = await esbuild.build({ ...OPTIONS, entryPoints: [t.file], absWorkingDir, outdir: staging, write: false, metafile: true, plugins: [plugin] });
  } finally {
    // esbuild's service process would otherwise outlive this one by a second or two (it waits to see
    // its input closed): stopped once no build is running; a later build starts a new one.
    if (--building === 0) await esbuild.stop();
  }
  const inputs: Record<string, string> = {};
  for (const rel of Object.keys(result.metafile.inputs)) {
    const file = resolve(absWorkingDir, rel);
    inputs[file] = bytesOf.get(file) ?? sha256(readFileSync(file)); // a file esbuild loaded itself (none today)
  }
  const files = result.outputFiles.map((f) => ({ rel: relative(staging, f.path), bytes: f.contents })).sort((x, y) => (x.rel < y.rel ? -1 : 1));
  const hash = sha256(files.map((f) => `${f.rel}\0${sha256(f.bytes)}`).join('\n')).slice(0, 16);
  const folder = `${t.stem}.${hash}`;
  const final = join(t.dir, folder);
  if (!existsSync(final)) {
    // Written in a folder of its own, then renamed: another process never sees half a bundle.
    for (const f of files) {
      if (f.rel.startsWith('..') || f.rel.includes(`${sep}..`)) throw new Error(`esbuild wrote outside its folder: ${f.rel}`);
      mkdirSync(dirname(join(staging, f.rel)), { recursive: true });
      writeFileSync(join(staging, f.rel), f.bytes);
    }
    try {
      renameSync(staging, final);
    } catch (err) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(final)) throw err; // else another process wrote the same build first
    }
  }
  const manifest: Manifest = { key: t.key, folder, inputs, packages };
  writeWhole(t.manifestFile, JSON.stringify(manifest));
  prune(t.dir, t.stem, folder);
  return pathToFileURL(join(final, `${t.name}.mjs`));
}

/**
 * Removes, once they are an hour old (so that a process that read a manifest a moment ago still
 * finds its files): this entry's older builds and left-over temporary files, and every bundle of an
 * entry that no longer exists (a temporary copy of the repository that a test ran and removed).
 */
function prune(dir: string, stem: string, keep: string): void {
  const now = Date.now();
  const old = (f: string) => now - statSync(join(dir, f)).mtimeMs > PRUNE_AFTER_MS;
  const remove = (f: string) => rmSync(join(dir, f), { recursive: true, force: true });
  const names = readdirSync(dir);
  // Stems whose entry is gone: what their manifest names, read as cache.mjs reads it (any other shape is left alone).
  const gone = new Set<string>();
  for (const f of names) {
    if (!f.endsWith('.json') || f === `${stem}.json`) continue;
    try {
      const entry: unknown = JSON.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')).key).entry; // a manifest written by build(), or anything: checked below
      if (typeof entry === 'string' && !existsSync(entry) && old(f)) gone.add(f.slice(0, -'.json'.length));
    } catch {
      /* not a manifest of ours, or removed by another process */
    }
  }
  const ours = (f: string) => f !== keep && f !== `${stem}.json` && f.startsWith(`${stem}.`);
  const orphaned = (f: string) => [...gone].some((g) => f.startsWith(`${g}.`));
  for (const f of names) {
    try {
      if ((ours(f) || orphaned(f)) && old(f)) remove(f);
    } catch {
      /* removed by another process */
    }
  }
}
