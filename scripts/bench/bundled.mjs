// Runs a bench script as the `keikaku` command runs its own code: from its
// JavaScript bundle (@keikaku/core's launch), not through tsx.
//   node scripts/bench/bundled.mjs scripts/bench/phase.ts stream .bench/n1741
// The script sees the rest of the command line as process.argv.slice(2).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from '@keikaku/core/launch';

const [script] = process.argv.splice(2, 1);
if (!script) {
  console.error('usage: bundled.mjs <script.ts> [args...]');
  process.exit(2);
}
await launch(pathToFileURL(resolve(script)));
