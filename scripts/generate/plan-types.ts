/**
 * Writes packages/schema/src/generated/plan-types.ts from the Zod schemas, or
 * with --check fails (exit 1) when the committed file is stale. `pnpm generate`
 * and `pnpm build` run it. The file is written through core's
 * writeGeneratedFile: never through a symbolic link, never outside the
 * repository (issue 14), and a refusal is a plain message with exit 2.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError, writeGeneratedFile } from '@keikaku/core';
import { planTypeDeclarations } from '@keikaku/schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rel = 'packages/schema/src/generated/plan-types.ts';
const text = planTypeDeclarations();
let current: string | undefined;
try {
  current = readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8');
} catch {
  current = undefined;
}
if (current === text) console.log(`✔ ${rel} は最新です (up to date)`);
else if (process.argv.includes('--check')) {
  console.error(`✖ ${rel} が古くなっています (stale; run: pnpm generate)`);
  process.exitCode = 1;
} else {
  try {
    writeGeneratedFile(root, rel, text, { generatedSource: true });
    console.log(`✔ 書き出しました (wrote): ${rel}`);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    console.error(`✖ ${err.ja}\n  (${err.en})`);
    process.exitCode = 2;
  }
}
