/**
 * Type-checks plan and progress modules with the real TypeScript compiler
 * (TypeScript 7's command line, which reads, never runs, them), in programs
 * of about 436 plans each in their own processes (program.ts, batches.ts),
 * and turns its diagnostics into findings with a Japanese gloss
 * (diagnostics.ts, gloss.ts). Each file's findings are cached on disk, keyed
 * by its text (and its plan's, for a progress module), the schema's
 * fingerprint, core's sources and the compiler's version, so a check after
 * one plan changed re-checks that plan only. A compiler process that dies
 * takes only its batch: the batch is re-run in halves, and a file that kills
 * it alone gets one finding; the others keep theirs.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { FileCache, cacheHash } from '../cache.js';
import type { Finding } from '../finding.js';
import { runBatches, type Lane } from '../pool/index.js';
import { batchesByPlan, planOf, PLANS_PER_PROGRAM } from './batches.js';
import { fileProblem } from './diagnostics.js';
import { checkProgram, TSC_VERSION, type ProgramOptions } from './program.js';

export { compilerOptions } from './options.js';
export { shortenTypeText, glossFor, allowedWords, missingFields } from './gloss.js';
export { batchesByPlan, PLANS_PER_PROGRAM } from './batches.js';
export { parseTscOutput } from './diagnostics.js';
export { TSC_VERSION } from './program.js';

const CACHE_FORMAT = 2;
/**
 * Deeper bracket nesting than this is not given to the compiler: TypeScript 7
 * took 68 s on one file nested 3,000 deep. The reader refuses anything deeper
 * than 64 levels (MAX_DEPTH) with its own finding.
 */
const MAX_NESTING = 256;

export interface TypecheckOptions {
  /** Use and fill the per-file cache (default true). */
  cache?: boolean;
  /** Default: <root>/node_modules/.cache/keikaku/tsc */
  cacheDir?: string;
  /** Plans per program (each with its progress modules); default 436. */
  plansPerProgram?: number;
  /**
   * Compiler processes at once. Default: KEIKAKU_TSC_PROCESSES, else one per
   * core, at most 2 (each holds a program of up to 436 plans: about 2 GB).
   */
  processes?: number;
  /**
   * Checker threads in each compiler process (its --checkers). Default:
   * KEIKAKU_TSC_CHECKERS, else 1: at 400 synthetic plans in one program, 4
   * checkers (the compiler's default) cost 38 s of CPU and 3.5 GB, 1 checker
   * 20 s and 1.9 GB, on 2 cores (BENCHMARKS.md).
   */
  checkers?: number;
  /** The compiler command (a seam for tests of a compiler that dies); default TypeScript 7's executable. */
  command?: readonly string[];
}

export interface TypecheckStats {
  files: number;
  /** Files answered from the cache. */
  cached: number;
  /** Files given to the compiler. */
  checked: number;
  /** Programs planned (before any split after a crash). */
  batches: number;
  /** Compiler processes run at once. */
  processes: number;
  /** Compiler runs that died, their batch split or their file reported. */
  crashes: number;
  /** Files not given to the compiler (nested too deep). */
  skipped: number;
}

export interface TypecheckResult {
  findings: Finding[];
  stats: TypecheckStats;
}

/** A type check under way: the compiler runs in other processes while the caller goes on. */
export interface PendingTypecheck {
  /** True when compiler processes are running (the calling thread then leaves the other cores to them). */
  busy: boolean;
  result: Promise<TypecheckResult>;
}

const isFindings = (v: unknown): v is Finding[] => Array.isArray(v);

function envCount(name: string): number | undefined {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/** The deepest bracket nesting of a text (brackets in strings and comments count too: an upper bound). */
export function nestingDepth(bytes: Uint8Array): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x5b || b === 0x7b || b === 0x28) {
      if (++depth > max) max = depth;
    } else if (b === 0x5d || b === 0x7d || b === 0x29) depth--;
  }
  return max;
}

function readBytes(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined; // unreadable: the compiler reports it
  }
}

/**
 * Starts type-checking `files`. Cached results are read at once; the rest
 * start compiling in other processes before this returns.
 */
export function startTypecheck(root: string, files: readonly string[], opts: TypecheckOptions = {}): PendingTypecheck {
  const cache = opts.cache === false ? undefined : FileCache.at(root, 'tsc', isFindings, opts.cacheDir);
  const results = new Map<string, Finding[]>();
  const keys = new Map<string, string>();
  const todo: string[] = [];
  let skipped = 0;
  for (const f of files) {
    const bytes = readBytes(f);
    let key: string | undefined;
    if (cache && bytes) {
      const h = cacheHash('tsc', CACHE_FORMAT).update(`${TSC_VERSION}\0`).update(bytes);
      const plan = planOf(f);
      const planBytes = plan ? readBytes(plan) : undefined;
      if (planBytes) h.update('\0plan\0').update(planBytes);
      key = h.digest('hex');
      const hit = cache.get(key);
      if (hit) {
        results.set(f, hit);
        continue;
      }
      keys.set(f, key);
    }
    const depth = bytes ? nestingDepth(bytes) : 0;
    if (depth > MAX_NESTING) {
      results.set(f, [fileProblem(root, f, 'too-deep', String(depth))]);
      skipped++;
    } else todo.push(f);
  }

  const batches = batchesByPlan(todo, opts.plansPerProgram ?? PLANS_PER_PROGRAM);
  const processes = Math.max(1, Math.min(opts.processes ?? envCount('KEIKAKU_TSC_PROCESSES') ?? Math.min(2, availableParallelism()), batches.length || 1));
  const program: ProgramOptions = {
    ...(opts.command ? { command: opts.command } : {}),
    checkers: opts.checkers ?? envCount('KEIKAKU_TSC_CHECKERS') ?? 1,
  };
  const lane: Lane<string, Finding[]> = async (batch) => {
    try {
      return await checkProgram(root, batch, program);
    } catch (err) {
      // Options the compiler refuses fail every batch alike: say so on each file rather than splitting.
      if ((err as { global?: boolean }).global) return new Map(batch.map((f) => [f, [fileProblem(root, f, 'crash', (err as Error).message)]]));
      throw err;
    }
  };
  const lanes = Array.from({ length: batches.length ? processes : 0 }, () => lane);

  const result = runBatches(batches, lanes).then((got) => {
    for (const [f, r] of got.results) results.set(f, r);
    for (const [f, detail] of got.crashed) results.set(f, [fileProblem(root, f, 'crash', detail)]);
    if (cache) {
      for (const [f, key] of keys) {
        const r = results.get(f);
        if (r && !r.some((x) => x.ruleId === 'tsc/crash')) cache.set(key, r);
      }
    }
    const stats: TypecheckStats = {
      files: files.length,
      cached: files.length - todo.length - skipped,
      checked: todo.length,
      batches: batches.length,
      processes: lanes.length,
      crashes: got.failures,
      skipped,
    };
    return { findings: files.flatMap((f) => results.get(f) ?? []), stats };
  });
  return { busy: batches.length > 0, result };
}

export function typecheck(root: string, files: readonly string[], opts: TypecheckOptions = {}): Promise<TypecheckResult> {
  return startTypecheck(root, files, opts).result;
}
