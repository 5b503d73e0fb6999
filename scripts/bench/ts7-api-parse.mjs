/**
 * Syntax trees from TypeScript 7's API, the other parser installed (typescript-native, under
 * core): is it a faster way to the trees the reader walks? The native compiler parses the
 * modules in its own process (in parallel); its `unstable/sync` API hands each file's tree to
 * JavaScript over a pipe, decoded node by node as it is walked.
 *   node scripts/bench/ts7-api-parse.mjs <root>
 * Prints the wall ms of the snapshot (a program over every plan and progress module, no lib,
 * no resolution) and of getting and walking every tree with forEachChild (what the reader's
 * evaluation does), with the node count. TypeScript 5.9's own parse of the same modules: parsers.mjs.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [rootArg] = process.argv.slice(2);
if (!rootArg) {
  console.error('usage: ts7-api-parse.mjs <root>');
  process.exit(2);
}
const root = resolve(rootArg);
const files = [];
for (const d of readdirSync(join(root, 'plans')).sort()) {
  files.push(join(root, 'plans', d, 'plan.ts'));
  const pd = join(root, 'plans', d, 'progress');
  if (existsSync(pd)) for (const f of readdirSync(pd).sort()) files.push(join(pd, f));
}
const dir = mkdtempSync(join(tmpdir(), 'keikaku-ts7-'));
try {
  const options = { noResolve: true, noLib: true, types: [], target: 'es2022', module: 'esnext', moduleResolution: 'bundler', noEmit: true };
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files }));
  const core = createRequire(fileURLToPath(new URL('../../packages/core/package.json', import.meta.url)));
  const { API } = await import(core.resolve('typescript-native/unstable/sync'));
  const t0 = performance.now();
  const api = new API({ cwd: dir });
  const snapshot = api.updateSnapshot({ openProjects: [join(dir, 'tsconfig.json')] });
  const t1 = performance.now();
  const program = snapshot.getProjects()[0].program;
  let nodes = 0;
  const walk = (n) => {
    nodes++;
    n.forEachChild(walk);
  };
  for (const f of files) walk(program.getSourceFile(f));
  const t2 = performance.now();
  api.close();
  console.log(JSON.stringify({ modules: files.length, snapshotMs: Math.round(t1 - t0), getAndWalkMs: Math.round(t2 - t1), nodes }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
