/**
 * The parse floor with the parsers available on Node 20, over the same modules:
 *   npm i --prefix /tmp/parsers oxc-parser@0.160.0 @swc/core@1.16.22
 *   node scripts/bench/parsers.mjs <root> /tmp/parsers [rounds=3]
 * TypeScript 5.9 (the reader's parser, from this repository), oxc-parser (Rust; on Node 20 its
 * AST crosses to JavaScript as JSON: its raw transfer needs Node 22) and @swc/core (Rust; JSON
 * too). CPU ms of this thread per plan (its plan module and progress modules), per round.
 * Neither Rust parser is a dependency of keikaku: this only measures what they would give.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [root, prefix, roundsArg] = process.argv.slice(2);
if (!root || !prefix) {
  console.error('usage: parsers.mjs <root> <prefix with oxc-parser and @swc/core> [rounds]');
  process.exit(2);
}
const ts = createRequire(fileURLToPath(new URL('../../packages/core/package.json', import.meta.url)))('typescript');
const other = createRequire(join(prefix, 'package.json'));
const oxc = other('oxc-parser');
const swc = other('@swc/core');
const dirs = readdirSync(join(root, 'plans'));
const texts = [];
for (const d of dirs) {
  texts.push(readFileSync(join(root, 'plans', d, 'plan.ts'), 'utf8'));
  const pd = join(root, 'plans', d, 'progress');
  if (existsSync(pd)) for (const f of readdirSync(pd)) texts.push(readFileSync(join(pd, f), 'utf8'));
}
const cpu = (fn) => {
  const t = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};
const parsers = {
  'typescript 5.9': (t) => ts.createSourceFile('plan.ts', t, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, ts.ScriptKind.TS),
  'oxc-parser': (t) => oxc.parseSync('plan.ts', t, { lang: 'ts' }),
  '@swc/core': (t) => swc.parseSync(t, { syntax: 'typescript' }),
};
console.log(JSON.stringify({ plans: dirs.length, modules: texts.length, mb: Number((texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6).toFixed(1)) }));
for (let r = 0; r < Number(roundsArg ?? 3); r++) {
  const row = { round: r };
  for (const [name, parse] of Object.entries(parsers)) row[name] = Number((cpu(() => { for (const t of texts) parse(t); }) / dirs.length).toFixed(3));
  console.log(JSON.stringify(row));
}
