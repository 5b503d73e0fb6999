/**
 * What `keikaku check` (and every command that consumes plans: export,
 * report) runs: tsc over the modules, the static reader and Zod, the
 * workspace checks, and the judgement checks. Findings are deduplicated only
 * when place and message are the same, and sorted by place.
 *
 * For a national run (1,741 plans) it streams: tsc starts first (in batches,
 * with its cache, in worker threads when there is much to check), and while
 * it runs one plan at a time is read, validated and judged, and its syntax
 * tree is let go before the next, so memory stays bounded. When tsc has
 * little to do, the plans are read in worker threads too, this thread taking
 * its share. A plan's reader, schema and judgement findings are cached like
 * tsc's, keyed by its files' bytes and by the schema's and core's sources, so
 * a check after one plan changed reads that plan only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plan } from '@keikaku/schema';
import { CHECK_RULES } from './checks/index.js';
import type { Finding } from './finding.js';
import { dedupeFindings, findingAt, sortFindings } from './finding-at.js';
import { loadPlan } from './load-workspace.js';
import { MAX_MODULE_BYTES } from './reader/reader.js';
import { runRules } from './run-rules.js';
import { startTypecheck, type TypecheckOptions } from './typecheck.js';
import { startPool } from './typecheck-pool.js';
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
   * plans need reading and tsc's workers are not running; 0 reads here only.
   */
  readWorkers?: number;
}

/** What checking one plan gives: everything the result needs, as plain data a worker thread can send. */
export interface PlanOutcome {
  valid: boolean;
  /** The plan's own id (for the duplicate-id check). */
  planId?: string;
  /** Where the plan writes its id. */
  idAt?: Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'path'>;
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
}
let lastStats: CheckStats = { plans: 0, cached: 0, read: 0, readWorkers: 0 };
/** Counts of the last checkWorkspace() call (for benchmarks and tests). */
export const checkStats = (): CheckStats => lastStats;

const CACHE_FORMAT = 1;
const MIN_PLANS_FOR_WORKERS = 64;
const READ_BATCH = 16;

/** Reads, validates and judges one plan. */
export function checkPlan(root: string, files: PlanFiles, keepPlan: boolean): PlanOutcome {
  const doc = loadPlan(root, files);
  const findings = [...doc.findings];
  if (!doc.plan) return { valid: false, findings };
  findings.push(...runRules(CHECK_RULES, { plan: doc.plan, planSource: doc.planSource, progress: doc.progress }));
  const at = findingAt(doc.planSource, { path: ['id'] }, { ruleId: '', source: 'workspace', severity: 'error', messageId: '', message: { ja: '', en: '' } });
  const idAt = { file: at.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn, ...(at.path ? { path: at.path } : {}) };
  return { valid: true, planId: doc.plan.id, idAt, findings, ...(keepPlan ? { plan: doc.plan } : {}) };
}

let codeHashMemo: string | undefined;
/** The sources of @keikaku/schema and @keikaku/core: a change to either (a rule, a message) invalidates every cached outcome. */
function codeHash(): string {
  if (codeHashMemo) return codeHashMemo;
  const h = createHash('sha256');
  const here = dirname(fileURLToPath(import.meta.url));
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mjs|js)$/.test(e.name)) h.update(p.slice(here.length)).update(readFileSync(p));
    }
  };
  walk(here);
  walk(join(here, '..', '..', 'schema', 'src'));
  codeHashMemo = h.digest('hex');
  return codeHashMemo;
}

function planKey(files: PlanFiles): string | undefined {
  try {
    const h = createHash('sha256').update(`keikaku-check:${CACHE_FORMAT}:${codeHash()}:${files.id}\0`);
    h.update(readFileSync(files.planFile));
    for (const p of files.progressFiles) h.update(`\0${basename(p.file)}\0`).update(readFileSync(p.file));
    for (const s of files.strayProgressFiles) h.update(`\0stray\0${basename(s)}`);
    return h.digest('hex');
  } catch {
    return undefined; // unreadable (a plan.ts that is a folder): read it and let the reader say why
  }
}

function readCached(dir: string, key: string): PlanOutcome | undefined {
  try {
    const v = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as PlanOutcome;
    return typeof v === 'object' && v !== null && typeof v.valid === 'boolean' && Array.isArray(v.findings) ? v : undefined;
  } catch {
    return undefined;
  }
}

function writeCached(dir: string, key: string, outcome: PlanOutcome): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    const { plan: _plan, ...rest } = outcome;
    writeFileSync(tmp, JSON.stringify(rest));
    renameSync(tmp, join(dir, `${key}.json`));
  } catch {
    /* a cache that cannot be written only costs time */
  }
}

function readWorkerCount(opts: CheckOptions, plans: number, tscBusy: boolean): number {
  const env = Number(process.env.KEIKAKU_READ_WORKERS);
  const asked = opts.readWorkers ?? (Number.isInteger(env) && env >= 0 ? env : undefined);
  if (asked !== undefined) return Math.max(0, Math.min(asked, Math.ceil(plans / READ_BATCH)));
  if (tscBusy || plans < MIN_PLANS_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

export function checkWorkspace(root: string, ids: readonly string[] = [], opts: CheckOptions = {}): CheckResult {
  const selected = selectPlans(root, ids);
  const findings: Finding[] = [];
  const moduleFiles = selected.flatMap((p) => [p.planFile, ...p.progressFiles.map((f) => f.file)]);
  // tsc runs in worker threads (when there is much to check) while this thread reads, validates and judges.
  const pending = opts.tsc !== false && moduleFiles.length ? startTypecheck(root, moduleFiles.filter(isRegularFile), opts.typecheck) : undefined;

  const keepPlans = Boolean(opts.keepPlans);
  const useCache = opts.cache !== false && !keepPlans;
  const cacheDir = opts.cacheDir ?? join(root, 'node_modules', '.cache', 'keikaku', 'check');
  const outcomes: (PlanOutcome | undefined)[] = new Array(selected.length);
  const keys = new Map<number, string>();
  const misses: number[] = [];
  selected.forEach((files, i) => {
    const key = useCache ? planKey(files) : undefined;
    const hit = key ? readCached(cacheDir, key) : undefined;
    if (hit) outcomes[i] = hit;
    else {
      if (key) keys.set(i, key);
      misses.push(i);
    }
  });

  const here = (i: number) => {
    outcomes[i] = checkPlan(root, selected[i]!, keepPlans);
  };
  const workers = readWorkerCount(opts, misses.length, pending?.pooled ?? false);
  if (workers > 0) {
    const batches: number[][] = [];
    for (let k = 0; k < misses.length; k += READ_BATCH) batches.push(misses.slice(k, k + READ_BATCH));
    const pool = startPool<number, PlanOutcome>(root, batches, workers, {
      entry: new URL('./check-worker.ts', import.meta.url),
      context: { selected, keepPlans },
    });
    for (let batch = pool.claim(); batch; batch = pool.claim()) for (const i of batch) here(i);
    const got = pool.wait();
    for (const [i, outcome] of got.results) outcomes[i] = outcome;
    // A plan a worker could not answer is read here (it finds the same fault, or none).
    for (const i of misses) if (!outcomes[i]) here(i);
  } else for (const i of misses) here(i);
  for (const [i, key] of keys) writeCached(cacheDir, key, outcomes[i]!);
  lastStats = { plans: selected.length, cached: selected.length - misses.length, read: misses.length, readWorkers: workers };

  // tsc's findings first, as before: among findings at one place, the sort keeps this order.
  if (pending) findings.push(...pending.wait());
  const plans: CheckedPlan[] = [];
  const byPlanId = new Map<string, { dir: string; idAt: NonNullable<PlanOutcome['idAt']> }[]>();
  selected.forEach((files, i) => {
    const o = outcomes[i]!;
    findings.push(...o.findings);
    if (o.valid && o.planId !== undefined && o.idAt) {
      const list = byPlanId.get(o.planId) ?? [];
      list.push({ dir: files.id, idAt: o.idAt });
      byPlanId.set(o.planId, list);
    }
    plans.push({ id: files.id, dir: files.dir, valid: o.valid, ...(keepPlans && o.plan ? { plan: o.plan } : {}) });
  });
  for (const [planId, list] of byPlanId) {
    if (list.length < 2) continue;
    for (const entry of list) {
      const others = list.filter((o) => o !== entry).map((o) => `plans/${o.dir}`).join(', ');
      const { path, ...place } = entry.idAt;
      findings.push({
        ruleId: 'workspace/duplicate-plan-id', source: 'workspace', severity: 'error',
        ...place,
        messageId: 'duplicate-plan-id',
        message: { ja: `計画 id "${planId}" が ${others} と重複しています`, en: `plan id "${planId}" is also used by ${others}` },
        ...(path ? { path } : {}),
        data: { id: planId, others },
        hint: { ja: '計画 id はフォルダ名と同じにし、全体で一意にしてください。', en: 'A plan id equals its folder name and is unique.' },
      });
    }
  }
  return { plans, files: moduleFiles.length, findings: sortFindings(dedupeFindings(dropEchoes(findings))) };
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
function dropEchoes(findings: readonly Finding[]): Finding[] {
  const tscAt = new Set<string>();
  for (const f of findings) {
    if (f.source !== 'tsc') continue;
    if (f.path) tscAt.add(`${f.file}\u0000path\u0000${f.path}`);
    tscAt.add(`${f.file}\u0000pos\u0000${f.line}:${f.column}`);
  }
  return findings.filter((f) => {
    if (f.source !== 'schema' && f.source !== 'reader') return true;
    if (f.source === 'reader' && f.ruleId !== 'reader/syntax-error') return true;
    if (f.path && tscAt.has(`${f.file}\u0000path\u0000${f.path}`)) return false;
    return !tscAt.has(`${f.file}\u0000pos\u0000${f.line}:${f.column}`);
  });
}
