/**
 * What `keikaku check` (and every command that consumes plans: export,
 * report) runs: tsc over the modules, the static reader and Zod, the
 * workspace checks, and the judgement checks. Findings are deduplicated only
 * when place and message are the same, and sorted by place.
 *
 * For a national run (1,741 plans) it streams: tsc starts first (TypeScript
 * 7 in its own processes, with its cache), and while it runs one plan at a
 * time is read, validated and judged, and its syntax tree is let go before
 * the next, so memory stays bounded. When tsc has little to do, the plans are
 * read in worker threads too (pool/), this thread taking its share; the
 * threads run a JavaScript bundle of check-job.ts (bundle/), built in
 * esbuild's process or found cached while this thread starts reading. A plan's
 * reader, schema and judgement findings are cached like tsc's (cache.ts),
 * keyed by its files' bytes, the schema's fingerprint and core's sources, so
 * a check after one plan changed reads that plan only.
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Plan } from '@keikaku/schema';
import { FileCache, cacheHash } from './cache.js';
import { CHECK_RULES } from './checks/index.js';
import type { Finding } from './finding.js';
import { dedupeFindings, sortFindings } from './finding-at.js';
import { duplicateIdFindings, loadPlan, placeOf, type IdClaim, type Place } from './load-workspace.js';
import type { JobModule } from './bundle/index.js';
import { runBatches, threadPool, type Lane } from './pool/index.js';
import { MAX_MODULE_BYTES } from './reader/reader.js';
import { runRules } from './run-rules.js';
import { startTypecheck, type TypecheckOptions, type TypecheckStats } from './typecheck/index.js';
import { selectPlans, type PlanFiles } from './workspace.js';

export interface CheckedPlan {
  id: string;
  dir: string;
  /** The plan as Zod accepted it (kept only when `keepPlans` is set). */
  plan?: Plan;
  /** True when the plan read and validated (whether or not it was kept). */
  valid: boolean;
}

export interface CheckResult {
  plans: CheckedPlan[];
  /** Number of modules (plan and progress files) read. */
  files: number;
  findings: Finding[];
  /** What the run did (for benchmarks, --verbose output and tests). */
  stats: CheckStats;
}

export interface CheckOptions {
  /** Run the TypeScript compiler too (default true). */
  tsc?: boolean;
  typecheck?: TypecheckOptions;
  /** Keep each validated Plan in the result (export needs them; check does not). */
  keepPlans?: boolean;
  /**
   * Use and fill the per-plan cache of reader, schema and judgement findings
   * (default true; never with keepPlans, which needs the plans themselves).
   */
  cache?: boolean;
  /** Default: <root>/node_modules/.cache/keikaku/check */
  cacheDir?: string;
  /**
   * Worker threads reading plans besides this thread. Default:
   * KEIKAKU_READ_WORKERS, else one per core but this one, when at least 64
   * plans need reading and the compiler is not running; 0 reads here only.
   */
  readWorkers?: number;
}

/** What checking one plan gives: everything the result needs, as plain data a worker thread can send. */
export interface PlanOutcome {
  valid: boolean;
  /** The plan's own id (for the duplicate-id check). */
  planId?: string;
  /** Where the plan writes its id. */
  idAt?: Place;
  /** Reader, schema, workspace and judgement findings of the plan's files. */
  findings: Finding[];
  plan?: Plan;
}

export interface CheckStats {
  plans: number;
  /** Plans answered from the cache. */
  cached: number;
  /** Plans read, validated and judged. */
  read: number;
  /** Worker threads that read plans besides the calling thread. */
  readWorkers: number;
  /** Plans of `read` that the worker threads answered (a thread's batch that failed is read again here). */
  readInThreads: number;
  /**
   * The module the reading threads ran (absent without threads, or when this thread had read
   * every plan before it was known): the job's bundle (cached, or built now) or, when no bundle
   * could be had, check-job.ts through tsx, with the reason in `note`.
   */
  readJob?: JobModule;
  /** The compiler's part (absent when tsc did not run). */
  typecheck?: TypecheckStats;
}

const CACHE_FORMAT = 2;
const MIN_PLANS_FOR_WORKERS = 64;
const READ_BATCH = 16;
/**
 * A reading thread's young generation: 64 MB semi-spaces instead of V8's 16 MB. Parsing a plan
 * allocates a syntax tree that dies with the plan; with the default, scavenges took a fifth to
 * a third of the reading time (scripts/bench/floor.ts under --max-semi-space-size).
 */
const READ_YOUNG_MB = 3 * 64;

/** Reads, validates and judges one plan. */
export function checkPlan(root: string, files: PlanFiles, keepPlan: boolean): PlanOutcome {
  const doc = loadPlan(root, files);
  const findings = [...doc.findings];
  if (!doc.plan) return { valid: false, findings };
  findings.push(...runRules(CHECK_RULES, { plan: doc.plan, planSource: doc.planSource, progress: doc.progress }));
  return { valid: true, planId: doc.plan.id, idAt: placeOf(doc.planSource, ['id']), findings, ...(keepPlan ? { plan: doc.plan } : {}) };
}

function planKey(files: PlanFiles): string | undefined {
  try {
    const h = cacheHash('check', CACHE_FORMAT).update(`${files.id}\0`);
    h.update(readFileSync(files.planFile));
    for (const p of files.progressFiles) h.update(`\0${basename(p.file)}\0`).update(readFileSync(p.file));
    for (const s of files.strayProgressFiles) h.update(`\0stray\0${basename(s)}`);
    return h.digest('hex');
  } catch {
    return undefined; // unreadable (a plan.ts that is a folder): read it and let the reader say why
  }
}

const isOutcome = (v: unknown): v is PlanOutcome =>
  typeof v === 'object' && v !== null && typeof (v as PlanOutcome).valid === 'boolean' && Array.isArray((v as PlanOutcome).findings);

function readWorkerCount(opts: CheckOptions, plans: number, tscBusy: boolean): number {
  const env = Number(process.env.KEIKAKU_READ_WORKERS);
  const asked = opts.readWorkers ?? (Number.isInteger(env) && env >= 0 ? env : undefined);
  if (asked !== undefined) return Math.max(0, Math.min(asked, Math.ceil(plans / READ_BATCH)));
  if (tscBusy || plans < MIN_PLANS_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

/** Reads the plans `misses` names, in this thread and `workers` worker threads; a plan a worker could not answer is read here. */
async function readPlans(root: string, selected: readonly PlanFiles[], misses: readonly number[], keepPlans: boolean, workers: number, stats: CheckStats): Promise<Map<number, PlanOutcome>> {
  const here = (i: number) => checkPlan(root, selected[i]!, keepPlans);
  if (workers < 1) return new Map(misses.map((i) => [i, here(i)]));
  const batches: number[][] = [];
  for (let k = 0; k < misses.length; k += READ_BATCH) batches.push(misses.slice(k, k + READ_BATCH));
  // The bundle is checked or built (in esbuild's process) from here on; this thread reads meanwhile.
  const pool = threadPool<PlanFiles, PlanOutcome>({ job: new URL('./check-job.ts', import.meta.url), bundle: true, context: { root, keepPlans }, threads: workers, youngMb: READ_YOUNG_MB });
  let job = pool.job;
  void pool.ready.then((j) => (job = j));
  const inThisThread: Lane<number, PlanOutcome> = async (batch) => {
    const got = new Map<number, PlanOutcome>();
    for (const i of batch) {
      got.set(i, here(i));
      // Let the threads' answers in after every plan: a thread waits for its next batch until this
      // thread comes back to its event loop (between whole batches, threads waited a tenth of the time).
      await new Promise((r) => setImmediate(r));
    }
    return got;
  };
  const inThread: Lane<number, PlanOutcome> = Object.assign(
    async (batch: readonly number[]) => {
      const got = await pool.run(batch.map((i) => selected[i]!));
      stats.readInThreads += batch.length;
      return new Map(batch.map((i) => [i, got.get(selected[i]!)!]));
    },
    // While esbuild builds the bundle, a thread takes no batch: until then this thread reads them all.
    pool.job ? {} : { ready: pool.ready },
  );
  try {
    // The threads' lanes first, so that they take a batch as soon as their module is known.
    const got = await runBatches(batches, [...Array.from({ length: workers }, () => inThread), inThisThread]);
    for (const i of got.crashed.keys()) got.results.set(i, here(i));
    return got.results;
  } finally {
    if (job) stats.readJob = job;
    await pool.destroy();
  }
}

export async function checkWorkspace(root: string, ids: readonly string[] = [], opts: CheckOptions = {}): Promise<CheckResult> {
  const selected = selectPlans(root, ids);
  const findings: Finding[] = [];
  const moduleFiles = selected.flatMap((p) => [p.planFile, ...p.progressFiles.map((f) => f.file)]);
  // tsc runs in its own processes while this thread reads, validates and judges.
  const pending = opts.tsc !== false && moduleFiles.length ? startTypecheck(root, moduleFiles.filter(isRegularFile), opts.typecheck) : undefined;

  const keepPlans = Boolean(opts.keepPlans);
  const cache = opts.cache !== false && !keepPlans ? FileCache.at(root, 'check', isOutcome, opts.cacheDir) : undefined;
  const outcomes: (PlanOutcome | undefined)[] = new Array(selected.length);
  const keys = new Map<number, string>();
  const misses: number[] = [];
  selected.forEach((files, i) => {
    const key = cache ? planKey(files) : undefined;
    const hit = key ? cache!.get(key) : undefined;
    if (hit) outcomes[i] = hit;
    else {
      if (key) keys.set(i, key);
      misses.push(i);
    }
  });

  const workers = readWorkerCount(opts, misses.length, pending?.busy ?? false);
  const stats: CheckStats = { plans: selected.length, cached: selected.length - misses.length, read: misses.length, readWorkers: workers, readInThreads: 0 };
  for (const [i, outcome] of await readPlans(root, selected, misses, keepPlans, workers, stats)) outcomes[i] = outcome;
  for (const [i, key] of keys) {
    const { plan: _plan, ...rest } = outcomes[i]!;
    cache!.set(key, rest);
  }

  // tsc's findings first, as before: among findings at one place, the sort keeps this order.
  if (pending) {
    const tsc = await pending.result;
    findings.push(...tsc.findings);
    stats.typecheck = tsc.stats;
  }
  const plans: CheckedPlan[] = [];
  const claims: IdClaim[] = [];
  selected.forEach((files, i) => {
    const o = outcomes[i]!;
    findings.push(...o.findings);
    if (o.valid && o.planId !== undefined && o.idAt) claims.push({ planId: o.planId, dir: files.id, at: o.idAt });
    plans.push({ id: files.id, dir: files.dir, valid: o.valid, ...(keepPlans && o.plan ? { plan: o.plan } : {}) });
  });
  findings.push(...duplicateIdFindings(claims));
  return { plans, files: moduleFiles.length, findings: sortFindings(dedupeFindings(dropEchoes(findings))), stats };
}
/** What tsc is given: a regular file no larger than the reader's MAX_MODULE_BYTES (a larger one gets the reader's plain finding instead). */
function isRegularFile(p: string): boolean {
  try {
    const st = statSync(p);
    return st.isFile() && st.size <= MAX_MODULE_BYTES;
  } catch {
    return false;
  }
}

/** Findings that stop a plan from being exported or reported: everything but the judgements (the document's own defects). */
export function isBlocking(f: Finding): boolean {
  return f.severity === 'error' && f.source !== 'check' && f.source !== 'lint';
}

/**
 * tsc and Zod (or the reader's syntax check) often see the same mistake at the
 * same value: a raw '令和6年度' string is both a type error and a shape error.
 * Keep tsc's finding, which has the exact column, and drop the other producer's
 * finding at the same plan path (or, without a path, the same line and column).
 * Two different findings on one line are both kept.
 */
export function dropEchoes(findings: readonly Finding[]): Finding[] {
  const tscAt = new Set<string>();
  for (const f of findings) {
    if (f.source !== 'tsc') continue;
    if (f.path) tscAt.add(`${f.file}\u0000path\u0000${f.path}`);
    tscAt.add(`${f.file}\u0000pos\u0000${f.line}:${f.column}`);
  }
  // A year helper given an impossible year (reiwa(0)) is refused by its type and by the helper when the
  // reader runs it: keep the reader's finding, which names the year (令和0年度 は存在しません).
  const helperAt = new Set(findings.filter((f) => f.ruleId === 'reader/helper-argument' && f.path).map((f) => `${f.file}\u0000${f.path}`));
  return findings.filter((f) => {
    if (f.ruleId === 'tsc/TS2345' && f.path && helperAt.has(`${f.file}\u0000${f.path}`)) return false;
    if (f.source !== 'schema' && f.source !== 'reader') return true;
    if (f.source === 'reader' && f.ruleId !== 'reader/syntax-error') return true;
    if (f.path && tscAt.has(`${f.file}\u0000path\u0000${f.path}`)) return false;
    return !tscAt.has(`${f.file}\u0000pos\u0000${f.line}:${f.column}`);
  });
}
