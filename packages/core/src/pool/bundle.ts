/**
 * A pool thread's job as one JavaScript file, so that a thread starts without
 * tsx: through tsx's loader, importing check-job.ts with core, schema, zod and
 * TypeScript took a reading thread 0.6–0.8 s; the bundle loads in about 0.15 s.
 *
 * esbuild (in its own process, async) bundles the job with its relative
 * imports, @keikaku/* and zod; every other package stays external, imported
 * from the bundle's folder (by default <core>/node_modules/.cache/keikaku/bundle/,
 * where core's dependencies resolve; a folder where one of them resolves to
 * another copy than from its importer gives no bundle). Each source that says `import.meta` gets
 * its own file's URL there, so code that finds files beside its source keeps
 * finding them: cache.ts hashes core's real src/ (not the bundle), and
 * typescript.js resolves the installed TypeScript and its V8 code cache.
 *
 * Never stale: beside the bundle a manifest keeps the build's key (this file's
 * FORMAT, the entry, esbuild's and Node's versions, the options), a SHA-256 of
 * the bytes of every input esbuild read (its metafile's list; the bytes the
 * plugin gave esbuild, not read again after the build) and, for each package
 * imported by name and inlined, the folder it resolved to. A later call
 * re-hashes those inputs (a few ms) and reuses the bundle only when all match;
 * else it builds again. A bundle file is named by its content's hash and
 * written whole (temporary file, then rename), and so is the manifest, so two
 * processes at once never see half a file nor a manifest naming other bytes.
 * (Not seen: a new file that would change how an existing import resolves,
 * such as a foo.ts put beside an imported foo.js.)
 *
 * A cache folder that cannot be written, a missing esbuild or a failed build
 * give the TypeScript entry back, run through tsx as before: slower, never a
 * failure. Why is in the answer's `note` and, with NODE_DEBUG=keikaku, on stderr.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { debuglog } from 'node:util';
import type { BuildOptions, Plugin } from 'esbuild';

const debug = debuglog('keikaku');

/** Bump when this file changes what a bundle holds for the same inputs (the plugin, the manifest). */
const FORMAT = 1;
/** Packages imported by name that go into the bundle; every other one is imported at run time. */
const INLINE = /^(@keikaku\/[^/]+|zod)(\/|$)/;
/** The identifier `import.meta.url` becomes; each source that uses it declares its own. */
const META_URL = '__keikaku_import_meta_url';
/** Bundles and manifests older than this that no manifest names are removed when a new bundle is written. */
const PRUNE_AFTER_MS = 60 * 60 * 1000;

/** The default folder: under core's own node_modules, so that core's dependencies resolve from the bundle. */
export const JOB_BUNDLE_DIR = fileURLToPath(new URL('../../node_modules/.cache/keikaku/bundle/', import.meta.url));

const OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: `node${process.versions.node.split('.')[0]}`,
  charset: 'utf8',
  logLevel: 'silent',
  define: { 'import.meta.url': META_URL },
  // The repository's tsconfig as tsx applies it (ES2022 class fields), stated here so that no tsconfig.json the build finds changes the bundle.
  tsconfigRaw: { compilerOptions: { target: 'ES2022', useDefineForClassFields: true, verbatimModuleSyntax: false } },
} satisfies BuildOptions;

export interface JobModule {
  /** The module a thread imports. */
  url: URL;
  /** 'bundle': the JavaScript bundle; 'source': the TypeScript module itself, which the thread loads through tsx. */
  kind: 'bundle' | 'source';
  /** True when this call built the bundle (nothing cached, or an input changed). */
  built: boolean;
  /** Time to the answer (ms): re-hashing the inputs, or building. */
  ms: number;
  /** Why the source is run instead of a bundle. */
  note?: string;
}

interface Manifest {
  key: string;
  /** The bundle's file name in the same folder. */
  bundle: string;
  /** Absolute path → SHA-256 of the bytes bundled. */
  inputs: Record<string, string>;
  /** `<importer's folder>\0<package name>` → the real path of the package folder it resolved to. */
  packages: Record<string, string>;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** The package folder that `name`, imported from a file in `from`, resolves to (Node's node_modules walk), as a real path. */
function packageDir(from: string, name: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const p = join(dir, 'node_modules', name);
    if (existsSync(p)) return realpathSync(p);
    if (dirname(dir) === dir) return undefined;
  }
}

function esbuildVersion(): string {
  // Its package.json, not the module: a cached bundle needs no esbuild process.
  return (createRequire(import.meta.url)('esbuild/package.json') as { version: string }).version; // a package.json: JSON of a known shape
}

function writeWhole(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/** The bundle the manifest names, when every input still has the bytes it was built from. */
function cachedBundle(dir: string, manifestFile: string, key: string): URL | undefined {
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest; // ours, written by build(); any other shape fails the checks below
    if (m.key !== key || typeof m.bundle !== 'string' || basename(m.bundle) !== m.bundle) return undefined;
    for (const [file, hash] of Object.entries(m.inputs)) if (sha256(readFileSync(file)) !== hash) return undefined;
    for (const [at, real] of Object.entries(m.packages)) {
      const [from, name] = at.split('\0');
      if (!from || !name || packageDir(from, name) !== real) return undefined;
    }
    const file = join(dir, m.bundle);
    return existsSync(file) ? pathToFileURL(file) : undefined;
  } catch {
    return undefined; // none yet, unreadable, corrupt, or an input gone: build
  }
}

async function build({ file: entry, dir, stem, manifestFile, key }: Target): Promise<URL> {
  const esbuild = await import('esbuild');
  const bytesOf = new Map<string, string>();
  const packages: Record<string, string> = {};
  /** `<importer's folder>\0<package name>` of each package left out → the folder it resolves to from there. */
  const externals = new Map<string, string | undefined>();
  const plugin: Plugin = {
    name: 'keikaku-job',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (a) => {
        if (a.kind === 'entry-point' || a.path.startsWith('node:')) return undefined;
        const inline = INLINE.exec(a.path);
        if (!inline) {
          const name = /^(@[^/]+\/[^/]+|[^/]+)/.exec(a.path)![1]!; // the filter: a bare specifier has a package name
          externals.set(`${a.resolveDir}\0${name}`, packageDir(a.resolveDir, name));
          return { path: a.path, external: true };
        }
        const real = packageDir(a.resolveDir, inline[1]!);
        if (real) packages[`${a.resolveDir}\0${inline[1]}`] = real;
        return undefined;
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
  const absWorkingDir = dirname(entry);
  const result = await esbuild.build({ ...OPTIONS, entryPoints: [entry], absWorkingDir, outfile: join(dir, `${stem}.mjs`), write: false, metafile: true, plugins: [plugin] });
  const code = result.outputFiles[0]!.contents;
  const inputs: Record<string, string> = {};
  for (const rel of Object.keys(result.metafile.inputs)) {
    const file = resolve(absWorkingDir, rel);
    inputs[file] = bytesOf.get(file) ?? sha256(readFileSync(file)); // a file esbuild loaded itself (none today)
  }
  // The bundle imports these by name from its own folder: it must get the packages its sources would.
  for (const [at, real] of externals) {
    const pkg = at.slice(at.indexOf('\0') + 1);
    const got = packageDir(dir, pkg);
    if (!got || got !== real) throw new Error(`${pkg} resolves ${got ? `to ${got}` : 'nowhere'} from ${dir}${real ? `, not to ${real}` : ''}`);
    packages[`${dir}\0${pkg}`] = got;
  }
  const name = `${stem}.${sha256(code).slice(0, 16)}.mjs`;
  mkdirSync(dir, { recursive: true });
  writeWhole(join(dir, name), code);
  const manifest: Manifest = { key, bundle: name, inputs, packages };
  writeWhole(manifestFile, JSON.stringify(manifest));
  prune(dir, stem, name);
  return pathToFileURL(join(dir, name));
}

/** Removes this entry's older bundles (and left-over temporary files) once they are an hour old, so that a process that read the previous manifest a moment ago still finds its file. */
function prune(dir: string, stem: string, keep: string): void {
  const now = Date.now();
  for (const f of readdirSync(dir)) {
    if (f === keep || !f.startsWith(`${stem}.`) || f === `${stem}.json`) continue;
    try {
      if (now - statSync(join(dir, f)).mtimeMs > PRUNE_AFTER_MS) rmSync(join(dir, f), { force: true });
    } catch {
      /* removed by another process */
    }
  }
}

interface Target {
  file: string;
  dir: string;
  stem: string;
  manifestFile: string;
  key: string;
}

/** Where the bundle of `entry` is kept and what it is keyed by (throws when esbuild is not installed). */
function targetOf(entry: URL, dir: string): Target {
  const file = fileURLToPath(entry);
  const stem = `${basename(file, extname(file))}-${sha256(file).slice(0, 8)}`;
  const key = JSON.stringify({ format: FORMAT, entry: file, esbuild: esbuildVersion(), node: process.version, options: OPTIONS });
  return { file, dir, stem, manifestFile: join(dir, `${stem}.json`), key };
}

const isTypeScript = (entry: URL) => entry.protocol === 'file:' && /\.[cm]?ts$/.test(entry.pathname);

/**
 * The module for the job `entry` when it is known without building (synchronous: it re-hashes
 * the inputs): `entry` itself when it is JavaScript, else its bundle if cached and current.
 */
export function cachedJobModule(entry: URL, opts: { dir?: string } = {}): JobModule | undefined {
  const t0 = performance.now();
  if (!isTypeScript(entry)) return { url: entry, kind: 'source', built: false, ms: 0 };
  try {
    const t = targetOf(entry, opts.dir ?? JOB_BUNDLE_DIR);
    const hit = cachedBundle(t.dir, t.manifestFile, t.key);
    return hit ? { url: hit, kind: 'bundle', built: false, ms: Math.round(performance.now() - t0) } : undefined;
  } catch {
    return undefined; // jobModule() says why
  }
}

/**
 * The module a pool thread should import for the job `entry`: its cached
 * bundle, a bundle built now, or (for a JavaScript entry, or when no bundle
 * can be had) the entry itself. Never rejects.
 */
export async function jobModule(entry: URL, opts: { dir?: string } = {}): Promise<JobModule> {
  const t0 = performance.now();
  const known = cachedJobModule(entry, opts);
  if (known) return known;
  try {
    const t = targetOf(entry, opts.dir ?? JOB_BUNDLE_DIR);
    const url = await build(t);
    const ms = Math.round(performance.now() - t0);
    debug('pool: bundled %s in %d ms', entry.href, ms);
    return { url, kind: 'bundle', built: true, ms };
  } catch (err) {
    const note = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    debug('pool: running %s through tsx: %s', entry.href, note);
    return { url: entry, kind: 'source', built: false, ms: Math.round(performance.now() - t0), note };
  }
}
