// TypeScript 5.9's API: the parser of the static reader, and of the files
// that tsc's diagnostics point into (type-checking itself runs TypeScript 7's
// command line: see typecheck/). Loaded as CommonJS, not with an ESM `import ts
// from 'typescript'`, which makes Node scan the 9 MB bundle twice (module-format
// detection and the named-export lexer), and tsx's loader once more: about
// 1.5 s of every keikaku command's start-up.
//
// Compiling the bundle's top level still took 0.15–0.25 s of every process and
// of every reading thread, so it is compiled through vm.Script with V8's code
// cache, kept in <node_modules>/.cache/keikaku/v8/ beside the installed
// package and keyed by TypeScript's and Node's versions (V8 itself refuses a
// cache made by another V8 or with other flags: then it compiles as before and
// writes a new one). A cache that cannot be read or written only costs time.
// The module is registered in require's cache, so a later require('typescript')
// gets this same instance.
// Source maps (which tsx turns on) are off meanwhile: the bundle names a
// typescript.js.map that is not shipped, and looking for it costs 0.1 s.
// Types come from typescript.d.ts (the same module as `import ts from 'typescript'`).
// The installed parser carries one patched line (patches/typescript@5.9.3.patch, applied by
// pnpm): after every expression it asks whether the token is `<` or `<<` before trying to read
// type arguments, instead of saving and restoring the scanner for each of a plan's values (4% of
// reading a plan). It changes no tree and no diagnostic: core/test/typescript-patch.test.ts compares
// it with the published parser over every TypeScript file of the repository.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import vm from 'node:vm';

const require = createRequire(import.meta.url);

function cacheFile(file) {
  const at = file.indexOf(`${sep}node_modules${sep}`);
  if (at < 0) return undefined;
  let version = 'unknown';
  try {
    version = JSON.parse(readFileSync(join(dirname(file), '..', 'package.json'), 'utf8')).version;
  } catch {
    /* keyed without it: V8 still refuses a cache made from other bytes */
  }
  return join(file.slice(0, at), 'node_modules', '.cache', 'keikaku', 'v8', `typescript-${version}-node-${process.version}-${process.arch}.bin`);
}

function load() {
  const file = require.resolve('typescript');
  if (require.cache[file]) return require.cache[file].exports;
  const cache = cacheFile(file);
  let cachedData;
  try {
    cachedData = cache ? readFileSync(cache) : undefined;
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, ...(cachedData ? { cachedData } : {}) });
  const mod = new Module(file, undefined);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  require.cache[file] = mod;
  if (cache && (!cachedData || script.cachedDataRejected)) {
    try {
      mkdirSync(dirname(cache), { recursive: true });
      const tmp = `${cache}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cache);
    } catch {
      /* read-only node_modules: compile each time */
    }
  }
  return mod.exports;
}

const maps = process.sourceMapsEnabled;
if (maps) process.setSourceMapsEnabled(false);
let ts;
try {
  ts = load();
} finally {
  if (maps) process.setSourceMapsEnabled(true);
}
export default ts;
