// TypeScript 5.9's API: the parser of the static reader, and of the files
// that tsc's diagnostics point into (type-checking itself runs TypeScript 7's
// command line: see typecheck/). Loaded with require(): an ESM `import ts from
// 'typescript'` makes Node scan the 9 MB CommonJS bundle twice (module-format
// detection and the named-export lexer), and tsx's loader once more: about
// 1.5 s of every keikaku command's start-up. require() loads it in 0.4 s.
// Source maps (which tsx turns on) are off meanwhile: the bundle names a
// typescript.js.map that is not shipped, and looking for it costs 0.1 s.
// Types come from typescript.d.ts (the same module as `import ts from 'typescript'`).
import { createRequire } from 'node:module';

const maps = process.sourceMapsEnabled;
if (maps) process.setSourceMapsEnabled(false);
let ts;
try {
  ts = createRequire(import.meta.url)('typescript');
} finally {
  if (maps) process.setSourceMapsEnabled(true);
}
export default ts;
