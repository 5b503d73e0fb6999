// The bundle cache's lookup, in plain JavaScript: the `keikaku` command
// (launch.mjs) asks it before any TypeScript can be loaded, and build.ts
// writes what it reads. What a bundle is and how it is built: index.ts.
//
// A bundle is a folder `<stem>.<hash>/` holding `<entry name>.mjs` and its
// chunks; beside it, `<stem>.json` (the manifest) names the folder and keeps
// what the build depended on: the key (FORMAT, the entry, esbuild's and Node's
// versions, OPTIONS), a SHA-256 of the bytes of every input, and for each
// package imported by name the folder it resolved to from its importer. A
// bundle is reused only while all of them still hold.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bump when what a bundle holds for the same inputs changes (the plugin, the layout, the manifest). */
export const FORMAT = 2;

/** The identifier `import.meta.url` becomes; each source that uses it declares its own (build.ts). */
export const META_URL = '__keikaku_import_meta_url';

/** esbuild's options that shape the output (part of the key). */
export const OPTIONS = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: `node${process.versions.node.split('.')[0]}`,
  // Dynamic imports stay lazy: each command, and each package it imports only when run, is its own chunk.
  splitting: true,
  outExtension: { '.js': '.mjs' },
  charset: 'utf8',
  logLevel: 'silent',
  // Packages left out are resolved as Node resolves them (no "module" condition, "main" only).
  conditions: [],
  mainFields: ['main'],
  define: { 'import.meta.url': META_URL },
  // The repository's tsconfig as tsx applies it (ES2022 class fields), stated here so that no tsconfig.json the build finds changes the bundle.
  tsconfigRaw: { compilerOptions: { target: 'ES2022', useDefineForClassFields: true, verbatimModuleSyntax: false } },
};

/** The default folder: under core's own node_modules (ignored by git, removed with the install). */
export const BUNDLE_DIR = fileURLToPath(new URL('../../node_modules/.cache/keikaku/bundle/', import.meta.url));

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The package folder that `name`, imported from a file in `from`, resolves to (Node's node_modules walk), as a real path. */
export function packageDir(from, name) {
  for (let dir = from; ; dir = dirname(dir)) {
    const p = join(dir, 'node_modules', name);
    if (existsSync(p)) return realpathSync(p);
    if (dirname(dir) === dir) return undefined;
  }
}

function esbuildVersion() {
  // Its package.json, not the module: a cached bundle needs no esbuild process.
  return createRequire(import.meta.url)('esbuild/package.json').version;
}

/** Where the bundle of `entry` (a file URL) is kept in `dir` and what it is keyed by (throws when esbuild is not installed). */
export function targetOf(entry, dir = BUNDLE_DIR) {
  const file = fileURLToPath(entry);
  const name = basename(file, extname(file));
  const stem = `${name}-${sha256(file).slice(0, 8)}`;
  const key = JSON.stringify({ format: FORMAT, entry: file, esbuild: esbuildVersion(), node: process.version, options: OPTIONS });
  return { file, name, dir, stem, manifestFile: join(dir, `${stem}.json`), key };
}

/** The bundle's entry file (a file URL) the manifest names, when every input still has the bytes it was built from and every package resolves as it did; else undefined. */
export function cachedBundle(target) {
  try {
    const m = JSON.parse(readFileSync(target.manifestFile, 'utf8'));
    if (m.key !== target.key || typeof m.folder !== 'string' || basename(m.folder) !== m.folder || !m.folder.startsWith(`${target.stem}.`)) return undefined;
    for (const [file, hash] of Object.entries(m.inputs)) if (sha256(readFileSync(file)) !== hash) return undefined;
    for (const [at, real] of Object.entries(m.packages)) {
      const [from, name] = at.split('\0');
      if (!from || !name || packageDir(from, name) !== real) return undefined;
    }
    const file = join(target.dir, m.folder, `${target.name}.mjs`);
    return existsSync(file) ? pathToFileURL(file) : undefined;
  } catch {
    return undefined; // none yet, unreadable, corrupt, or an input gone: build
  }
}
