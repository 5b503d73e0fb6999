/**
 * One TypeScript program: TypeScript 7's command line (the native compiler;
 * it has no stable in-process API yet) over a batch of files, in its own
 * process, so that a compiler that dies or runs out of memory takes only its
 * batch with it (runBatches() splits the batch and runs the halves again).
 *
 * A file with a syntax error hides the other errors of its program: its
 * findings are kept from the first run, and the rest of the batch is checked
 * again without it (the reader reports the syntax error too).
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Finding } from '../finding.js';
import { tsconfigFor } from './options.js';
import { isSyntactic, parseTscOutput, toFindings, type TscDiagnostic } from './diagnostics.js';

const require = createRequire(import.meta.url);

/** TypeScript 7's version (part of every cache key). */
export const TSC_VERSION: string = (require('typescript-native/package.json') as { version: string }).version;

let exeMemo: string | undefined;
/** The native compiler's executable, from the platform package that typescript-native (npm:typescript@7) depends on. */
export function tscExecutable(): string {
  if (exeMemo) return exeMemo;
  const pkg = require.resolve('typescript-native/package.json');
  const platform = `@typescript/typescript-${process.platform}-${process.arch}`;
  const found = createRequire(pkg).resolve(`${platform}/package.json`);
  exeMemo = join(dirname(found), 'lib', process.platform === 'win32' ? 'tsc.exe' : 'tsc');
  return exeMemo;
}

export interface ProgramOptions {
  /** The compiler command (default: TypeScript 7's executable); a seam for tests of a compiler that dies. */
  command?: readonly string[];
  /** Checker threads inside the compiler (its --checkers); default the compiler's own. */
  checkers?: number;
}

/** Runs the compiler once over `files`; resolves with every diagnostic, rejects when the process did not finish normally. */
function runOnce(root: string, files: readonly string[], opts: ProgramOptions): Promise<ReturnType<typeof parseTscOutput>> {
  const dir = mkdtempSync(join(tmpdir(), 'keikaku-tsc-'));
  const config = join(dir, 'tsconfig.json');
  writeFileSync(config, JSON.stringify(tsconfigFor(root, files)));
  // Output goes to a file, not a pipe: the calling thread may be busy reading plans meanwhile, and a full pipe would stall the compiler.
  const outFile = join(dir, 'out.txt');
  const fd = openSync(outFile, 'w');
  const [cmd, ...pre] = opts.command ?? [tscExecutable()];
  const args = [...pre, '-p', config, '--pretty', 'false', ...(opts.checkers ? ['--checkers', String(opts.checkers)] : [])];
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd!, args, { cwd: root, stdio: ['ignore', fd, fd], windowsHide: true });
    closeSync(fd);
    const done = (err: Error | undefined) => {
      let text = '';
      try {
        text = readFileSync(outFile, 'utf8');
      } catch {
        /* nothing written */
      }
      rmSync(dir, { recursive: true, force: true });
      if (err) reject(err);
      else resolveRun(parseTscOutput(text, root));
    };
    child.on('error', (err) => done(err));
    child.on('exit', (code, signal) => {
      // 0: no errors; 1 and 2: errors reported. Anything else (a signal, a panic's exit code) is a crash.
      if (signal || (code !== 0 && code !== 1 && code !== 2)) {
        let tail = '';
        try {
          tail = readFileSync(outFile, 'utf8').trim().split('\n').slice(-1)[0] ?? '';
        } catch {
          /* none */
        }
        done(new Error(`tsc ${signal ? `was killed (${signal})` : `exited with ${code}`}${tail ? `: ${tail.slice(0, 120)}` : ''}`));
      } else done(undefined);
    });
  });
}

/**
 * Checks `files` in one program and answers each file's findings. Rejects
 * when the compiler died (the caller splits the batch).
 */
export async function checkProgram(root: string, files: readonly string[], opts: ProgramOptions = {}): Promise<Map<string, Finding[]>> {
  // Answers are keyed by the caller's paths; the compiler prints resolved ones.
  const asGiven = new Map(files.map((f) => [resolve(f), f]));
  const out = new Map<string, Finding[]>();
  let todo = files.map((f) => resolve(f));
  while (todo.length) {
    const run = await runOnce(root, todo, opts);
    if (run.global.length) {
      // The compiler refused its options: no file was checked, and splitting would not help.
      throw Object.assign(new Error(run.global.join('; ').slice(0, 200)), { global: true });
    }
    const byFile = new Map<string, TscDiagnostic[]>(todo.map((f) => [f, []]));
    for (const d of run.diagnostics) byFile.get(d.file)?.push(d);
    const broken = todo.filter((f) => byFile.get(f)!.some(isSyntactic));
    for (const f of broken) out.set(f, toFindings(root, f, byFile.get(f)!));
    if (broken.length === 0 || broken.length === todo.length) {
      for (const f of todo) if (!out.has(f)) out.set(f, toFindings(root, f, byFile.get(f)!));
      break;
    }
    // The others' semantic errors were hidden by the syntax errors: check them again without those files.
    todo = todo.filter((f) => !broken.includes(f));
  }
  return new Map([...out].map(([f, r]) => [asGiven.get(f) ?? f, r]));
}
