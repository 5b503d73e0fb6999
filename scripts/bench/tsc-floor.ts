/**
 * What does the compiler cost per plan, and how low can it go? (issue 6, cold check)
 *
 *   node --import tsx scripts/bench/tsc-floor.ts [N]        (default 50)
 *
 * Compiles N synthetic plans with their progress modules in one program (as
 * `keikaku check` does, through the Zod-free plan API) under several
 * signatures of definePlan, and prints the marginal CPU cost of one plan and
 * its progress module: (time for N − time for 1) / (N − 1), so the program's
 * own set-up is left out. The signatures:
 *
 *   check      what check's compiler uses (plan-api.ts: literal ids and vocabulary, no excess-key half)
 *   editor     what editors use (define.ts: strict, excess keys at every depth)
 *   infer-only `definePlan<const P>(plan: P): P` — the literal's type is inferred and nothing is
 *              checked: the floor for any check that keeps the literal ids progress modules need
 *
 * Each variant is a copy of packages/schema/src in .bench/tsc-floor/<variant>/ with definePlanChecked
 * replaced; the corpus is scripts/synthetic/generate.ts's.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { generateWorkspace } from '../synthetic/generate.js';

const ROOT = resolve(import.meta.dirname, '../..');
const n = Number(process.argv[2] ?? 50);
const CHECK = /export function definePlanChecked[^]*?\n}\n/;

const VARIANTS: Record<string, string | undefined> = {
  check: undefined,
  editor: 'export { definePlan as definePlanChecked };\n',
  'infer-only': 'export function definePlanChecked<const P>(plan: P): P {\n  return plan;\n}\n',
};

function schemaCopy(name: string, replacement: string | undefined): string {
  const dir = join(ROOT, '.bench/tsc-floor', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'packages/schema/src'), join(dir, 'src'), { recursive: true });
  symlinkSync(join(ROOT, 'packages/schema/node_modules'), join(dir, 'node_modules'));
  if (replacement !== undefined) {
    const file = join(dir, 'src/define.ts');
    const text = readFileSync(file, 'utf8');
    if (!CHECK.test(text)) throw new Error('define.ts has no definePlanChecked to replace');
    writeFileSync(file, text.replace(CHECK, replacement));
  }
  return join(dir, 'src/plan-api.ts');
}

function compile(files: string[], api: string): { cpuMs: number; diagnostics: number } {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true, noEmit: true, skipLibCheck: true, types: [], lib: ['lib.es2023.d.ts'],
    baseUrl: ROOT, paths: { '@keikaku/schema': [api] },
  };
  const t0 = process.cpuUsage();
  const program = ts.createProgram({ rootNames: files, options });
  let diagnostics = 0;
  for (const f of files) diagnostics += program.getSemanticDiagnostics(program.getSourceFile(f)).length;
  const used = process.cpuUsage(t0);
  return { cpuMs: (used.user + used.system) / 1000, diagnostics };
}

const corpus = join(ROOT, '.bench/tsc-floor/corpus');
generateWorkspace(corpus, n);
const files = execFileSync('find', [join(corpus, 'plans'), '-name', '*.ts'], { encoding: 'utf8' }).trim().split('\n').sort();
console.log(`${n} synthetic plans with their progress modules, one program per run; CPU ms (lower is better)`);
console.log('variant\tprogram of 1 plan\tprogram of N plans\tper plan + progress\tdiagnostics');
for (const [name, replacement] of Object.entries(VARIANTS)) {
  const api = schemaCopy(name, replacement);
  compile(files.slice(0, 2), api); // warm up the compiler's own code
  const one = compile(files.slice(0, 2), api);
  const all = compile(files, api);
  const per = (all.cpuMs - one.cpuMs) / (n - 1);
  console.log([name, Math.round(one.cpuMs), Math.round(all.cpuMs), per.toFixed(1), all.diagnostics].join('\t'));
}
