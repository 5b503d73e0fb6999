/**
 * Writes src/generated/plan-types.ts from the Zod schemas, or with --check
 * fails (exit 1) when the committed file is stale. `pnpm generate` and
 * `pnpm build` run it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planTypeDeclarations } from '../src/type-declarations.js';

const file = fileURLToPath(new URL('../src/generated/plan-types.ts', import.meta.url));
const text = planTypeDeclarations();
let current: string | undefined;
try {
  current = readFileSync(file, 'utf8');
} catch {
  current = undefined;
}
const shown = 'packages/schema/src/generated/plan-types.ts';
if (current === text) console.log(`✔ ${shown} は最新です (up to date)`);
else if (process.argv.includes('--check')) {
  console.error(`✖ ${shown} が古くなっています (stale; run: pnpm generate)`);
  process.exitCode = 1;
} else {
  writeFileSync(file, text);
  console.log(`✔ 書き出しました (wrote): ${shown}`);
}
