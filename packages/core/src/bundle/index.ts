/**
 * keikaku's TypeScript as JavaScript bundles, so that a process or a thread
 * starts without tsx: through tsx's loader, the `keikaku` command spent about
 * 0.5 s before its first line of work, and a reading thread 0.6–0.8 s.
 *
 * esbuild (in its own process, async) bundles an entry with its relative
 * imports, @keikaku/* and zod, in ES module chunks (a dynamic import stays
 * lazy: each command is its own chunk). Every other package is left out and
 * imported at run time by the absolute URL of the file Node would load for the
 * source that imports it, so a bundle runs from any folder with the very copies
 * its sources would get. Each source that says `import.meta` gets its own
 * file's URL, so code that finds files beside its source keeps finding them
 * (report's templates, cache.ts hashing core's real src/, typescript.js
 * loading TypeScript with its V8 code cache).
 *
 * Never stale: a bundle is reused only while its manifest's key (cache.mjs:
 * FORMAT, the entry, esbuild's and Node's versions, the options), the bytes
 * of every input and the folder every package imported by name resolves to
 * are unchanged; a later call re-hashes them (a few ms) and builds again on any
 * difference. Builds are written whole (a folder of their own, renamed into
 * place; the manifest likewise), so two processes at once never see half a
 * bundle. (Not seen: a new file that would change how an existing import
 * resolves, such as a foo.ts put beside an imported foo.js.)
 *
 * A cache folder that cannot be written, a missing esbuild or a failed build
 * give the TypeScript entry back, to be run through tsx: slower, never a
 * failure. Why is in the answer's `note` and, with NODE_DEBUG=keikaku, on
 * stderr. launch.mjs is the same for a whole program (the `keikaku` command).
 */
import { debuglog } from 'node:util';
import { BUNDLE_DIR, cachedBundle, targetOf } from './cache.mjs';
import { build } from './build.js';

const debug = debuglog('keikaku');

/** The default folder: under core's own node_modules. */
export const JOB_BUNDLE_DIR = BUNDLE_DIR;

export interface JobModule {
  /** The module to import. */
  url: URL;
  /** 'bundle': the JavaScript bundle's entry; 'source': the module itself (TypeScript is loaded through tsx). */
  kind: 'bundle' | 'source';
  /** True when this call built the bundle (nothing cached, or an input changed). */
  built: boolean;
  /** Time to the answer (ms): re-hashing the inputs, or building. */
  ms: number;
  /** Why the source is run instead of a bundle. */
  note?: string;
}

/** One line on why a build failed: esbuild's first error with its file, or the error's first line. */
function reason(err: unknown): string {
  const first = (err as { errors?: { text?: unknown; location?: { file?: unknown; line?: unknown } | null }[] } | null)?.errors?.[0]; // esbuild's BuildFailure, else undefined
  if (first && typeof first.text === 'string') {
    const at = first.location && typeof first.location.file === 'string' ? ` (${first.location.file}:${String(first.location.line)})` : '';
    return `${first.text}${at}`;
  }
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

const isTypeScript = (entry: URL) => entry.protocol === 'file:' && /\.[cm]?ts$/.test(entry.pathname);

/**
 * The module for `entry` when it is known without building (synchronous: it re-hashes
 * the inputs): `entry` itself when it is JavaScript, else its bundle if cached and current.
 */
export function cachedJobModule(entry: URL, opts: { dir?: string } = {}): JobModule | undefined {
  const t0 = performance.now();
  if (!isTypeScript(entry)) return { url: entry, kind: 'source', built: false, ms: 0 };
  try {
    const hit = cachedBundle(targetOf(entry, opts.dir ?? BUNDLE_DIR));
    return hit ? { url: hit, kind: 'bundle', built: false, ms: Math.round(performance.now() - t0) } : undefined;
  } catch {
    return undefined; // jobModule() says why
  }
}

/**
 * The module to import for `entry`: its cached bundle, a bundle built now,
 * or (for a JavaScript entry, or when no bundle can be had) the entry itself.
 * Never rejects.
 */
export async function jobModule(entry: URL, opts: { dir?: string } = {}): Promise<JobModule> {
  const t0 = performance.now();
  const known = cachedJobModule(entry, opts);
  if (known) return known;
  try {
    const url = await build(targetOf(entry, opts.dir ?? BUNDLE_DIR));
    const ms = Math.round(performance.now() - t0);
    debug('bundle: built %s in %d ms', entry.href, ms);
    return { url, kind: 'bundle', built: true, ms };
  } catch (err) {
    const note = reason(err);
    debug('bundle: running %s through tsx: %s', entry.href, note);
    return { url: entry, kind: 'source', built: false, ms: Math.round(performance.now() - t0), note };
  }
}
