/**
 * Issue 7 §11: what does catching unknown keys at compile time cost tsc?
 * Compiles N synthetic plans (with their progress files) in one program
 * against the schema at a git revision (default: the one before issue 7) and
 * against the working tree, and prints the check time per plan, so growth
 * with N can be read off (it should stay linear).
 *
 *   node --import tsx scripts/bench/schema-tsc.ts [baseRev] [sizes…]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { generateWorkspace } from '../synthetic/generate.js';

const ROOT = resolve(import.meta.dirname, '../..');
const [base = '944ff56', ...sizeArgs] = process.argv.slice(2);
const sizes = sizeArgs.length ? sizeArgs.map(Number) : [25, 100, 200];

const oldSchema = join(ROOT, '.bench/schema-at', base);
rmSync(oldSchema, { recursive: true, force: true });
mkdirSync(oldSchema, { recursive: true });
execFileSync('sh', ['-c', `git archive ${base} packages/schema/src | tar -x -C ${oldSchema}`], { cwd: ROOT });
// The old sources must resolve zod exactly as the package does; otherwise its types are `any` and cheap.
symlinkSync(join(ROOT, 'packages/schema/node_modules'), join(oldSchema, 'packages/schema/node_modules'));

interface Compiled {
  ms: number;
  diagnostics: number;
  /** tsc's own work counters: repeatable whatever else the machine is doing. */
  instantiations: number;
  types: number;
}

function compile(files: string[], schemaIndex: string): Compiled {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2023.d.ts'],
    baseUrl: ROOT, paths: { '@keikaku/schema': [schemaIndex] },
  };
  const t0 = performance.now();
  const program = ts.createProgram({ rootNames: files, options });
  const all = ts.getPreEmitDiagnostics(program);
  const elsewhere = all.filter((d) => !d.file || !files.includes(d.file.fileName));
  if (elsewhere.length) throw new Error(`diagnostics outside the plans: ${ts.flattenDiagnosticMessageText(elsewhere[0]!.messageText, ' ')}`);
  const diagnostics = all.length;
  const checker = program.getTypeChecker() as unknown as { getTypeCount(): number; getInstantiationCount(): number };
  return { ms: performance.now() - t0, diagnostics, instantiations: checker.getInstantiationCount(), types: checker.getTypeCount() };
}

console.log(`schema at ${base} vs working tree; one program per run (lower is better)`);
console.log('N\tbase ms\tnow ms\tbase inst/plan\tnow inst/plan\tbase types/plan\tnow types/plan\tdiagnostics (base/now)');
for (const n of sizes) {
  const dir = join(ROOT, '.bench/schema-tsc', String(n));
  generateWorkspace(dir, n);
  const files = execFileSync('find', [join(dir, 'plans'), '-name', '*.ts'], { encoding: 'utf8' }).trim().split('\n').sort();
  const b = compile(files, join(oldSchema, 'packages/schema/src/index.ts'));
  const now = compile(files, join(ROOT, 'packages/schema/src/index.ts'));
  const per = (x: number) => Math.round(x / n);
  console.log([n, Math.round(b.ms), Math.round(now.ms), per(b.instantiations), per(now.instantiations), per(b.types), per(now.types), `${b.diagnostics}/${now.diagnostics}`].join('\t'));
}
