/**
 * Type-checks plan and progress modules with the real TypeScript compiler
 * (which reads, never runs, them). For a national run the files are checked
 * in batches that share one cache of library and schema source files, so
 * memory stays bounded; each file's findings are cached on disk, keyed by its
 * text (and its plan's, for a progress module), the schema's sources and the
 * TypeScript version, so a check after one plan changed re-checks that plan
 * only. If the compiler itself fails on a file, that file gets one finding and
 * the others keep theirs.
 */

import { basename, dirname, join, relative, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import ts from './typecheck-ts.js';
import { startPool } from './typecheck-pool.js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { UNITS, formatPath } from '@keikaku/schema';
import type { Finding } from './finding.js';
import { ModuleSourceMap, unwrap } from './reader/source-map-impl.js';

export function compilerOptions(root: string): ts.CompilerOptions {
  let dir = root;
  for (;;) {
    const file = join(dir, 'tsconfig.base.json');
    if (existsSync(file)) {
      const cfg = ts.readConfigFile(file, ts.sys.readFile);
      const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, dir, undefined, file);
      // Plan modules use no Node APIs: leaving out @types/node saves every program its globals.
      return withPlanCondition({ ...parsed.options, noEmit: true, types: [] });
    }
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return withPlanCondition({ strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, skipLibCheck: true });
}

/**
 * Resolve `@keikaku/schema` to its plan API (@keikaku/schema's package.json,
 * condition `keikaku-plan`): the declarations plan modules may use, generated
 * from the Zod schemas, without loading Zod's own declarations, so that each
 * program costs about 1 s of CPU instead of 2 (issue 6). Conditions need a
 * resolution mode that reads package exports.
 */
function withPlanCondition(options: ts.CompilerOptions): ts.CompilerOptions {
  const mode = options.moduleResolution;
  const exportsAware = mode === ts.ModuleResolutionKind.Bundler || mode === ts.ModuleResolutionKind.Node16 || mode === ts.ModuleResolutionKind.NodeNext;
  return exportsAware ? { ...options, customConditions: [...(options.customConditions ?? []), 'keikaku-plan'] } : options;
}

/** Japanese explanations of the diagnostics staff meet most, keyed by TS error code. */
const GLOSS: Record<number, { ja: string; fix?: string }> = {
  2322: { ja: '値が計画の型に合いません', fix: '英文に出ている型の値を書いてください（項目ごとの型は schemas/plan.schema.json にあります）。' },
  2820: { ja: '計画にない id です', fix: '綴りを確認してください（候補が英文の Did you mean に出ます）。' },
  2345: { ja: '関数に渡した値の型が合いません', fix: '年度ヘルパーには数値を渡します（reiwa(6)）。' },
  2741: { ja: '必須項目がありません', fix: '英文に出ている項目を書き足してください。原典に記載がなければ notStated() を使います。' },
  2739: { ja: '必須項目がありません' },
  2740: { ja: '必須項目がありません' },
  2352: { ja: '型の書き換え（as）が合いません', fix: 'as で型を変えず、値を原典のとおりに書いてください。' },
  2353: { ja: '使えない項目名です', fix: '項目名の綴りを確認してください。' },
  2561: { ja: '使えない項目名です', fix: '項目名の綴りを確認してください（Did you mean の候補を参照）。' },
  2304: { ja: '名前が見つかりません', fix: "ヘルパーの import を確認してください（import { reiwa } from '@keikaku/schema'）。" },
  2307: { ja: 'モジュールが見つかりません', fix: 'pnpm install を実行したか、import のパスを確認してください。' },
  1005: { ja: '構文エラーです（記号が足りません）', fix: 'カンマ・括弧・引用符の閉じ忘れを確認してください。' },
  1002: { ja: '文字列が閉じていません' },
  1109: { ja: '式がありません' },
  1128: { ja: '宣言または文がありません' },
};

/** TS prints the whole plan literal inside types like IndicatorIdOf<{…}>; shorten it. */
export function shortenTypeText(msg: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < msg.length; i++) {
    const ch = msg[i]!;
    if (ch === '{' && msg[i - 1] === '<') {
      if (depth === 0) out += '…';
      depth++;
      continue;
    }
    if (depth > 0) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
      continue;
    }
    out += ch;
  }
  // Long expanded types ('{ readonly id: string; … }') say nothing a plan author can use.
  return out
    .replace(/<unknown>/g, '') // Unit<unknown>: a plan with no vocabulary of its own; the parameter says nothing to staff
    .replace(/\s+/g, ' ')
    .replace(/'([^']{120,})'/g, (_m, t: string) => `'${t.slice(0, 100)}…'`)
    .trim();
}

const YEAR_FIX = 'この項目は年度です。reiwa(6)・heisei(31)・fy(2024) で書き、未定の年度は tbd("令和〇年度")、記載がなければ notStated() と書きます（文字列や裸の数値は使えません）。';
const VALUE_FIX = '値は数値、または { parts } { state } { direction } { frequency } { milestone } { missing } { absent, reason } { relative } { recurring } の形で書きます（schemas/plan.schema.json 参照）。';
const UNIT_FIX = `単位は組み込みの一覧（${UNITS.join(' ')}）から選びます。計画が印刷どおりに使う単位なら、plan.ts の vocabulary.units に宣言します。`;

/** The innermost message of a diagnostic chain: for a nested literal, the one that names the key. */
function innermost(m: string | ts.DiagnosticMessageChain): string {
  if (typeof m === 'string') return m;
  let c = m;
  while (c.next && c.next.length) c = c.next[c.next.length - 1]!;
  return c.messageText;
}
const EXCESS_KEY = /Object literal may only specify known properties, (?:but|and) '([^']+)' does not exist in type[^]*?(?:Did you mean to write '([^']+)'\?)?$/;

function glossFor(code: number, path: (string | number)[] | undefined): { ja: string; fix?: string } | undefined {
  const last = path?.[path.length - 1];
  if (code === 2322 && last === 'fy') return { ja: '年度の書き方が違います', fix: YEAR_FIX };
  if (code === 2322 && last === 'unit') return { ja: '単位が一覧にありません', fix: UNIT_FIX };
  if (code === 2322 && last === 'value') return { ja: '値の書き方が計画の型に合いません', fix: VALUE_FIX };
  if (code === 2322 && (last === 'indicator' || last === 'node' || last === 'initiative')) return GLOSS[2820];
  return GLOSS[code];
}


const CACHE_FORMAT = 1;
/**
 * Source bytes per program. Each program resolves the schema's types and warms
 * up again, so batches are large: at 400 synthetic plans (27 KB each, with a
 * 1 KB progress module), 120 files per program cost 66 s of CPU, 240 files
 * 53 s, 400 files 53 s (BENCHMARKS.md). A program's heap grows with what it
 * holds (0.9 GB for 240 synthetic files) and a worker's old generation is
 * limited to 1,280 MB, so batches are cut by bytes rather than by count: real
 * plans run from 13 KB (金沢) to 110 KB (苫小牧), and a count that suits one
 * corpus is five times too many bytes for another. Bytes are a cautious
 * measure for prose-heavy plans: 150 copies of 旭川 and 苫小牧 (17 MB) need
 * 1.1 GB in 6 byte-cut programs, 1.2 GB in 2 of 75 files, in the same time.
 */
const BATCH_BYTES = 3_400_000;
/** Below this many files to check, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 48;
const MAX_WORKERS = 4;

export interface TypecheckOptions {
  /** Use and fill the per-file cache (default true). */
  cache?: boolean;
  /** Default: <root>/node_modules/.cache/keikaku/tsc */
  cacheDir?: string;
  /**
   * Files per TypeScript program. Default: batches of at most 3.4 MB of source
   * (about 240 files of the synthetic corpus), as many for every worker.
   */
  batchSize?: number;
  /**
   * Worker threads running the compiler. Default: KEIKAKU_TSC_WORKERS, else
   * one per core (at most 4) when at least 48 files need checking; 0 checks in
   * the calling thread.
   */
  workers?: number;
  /** Old-generation heap limit of each worker thread in MB (default KEIKAKU_TSC_WORKER_HEAP_MB, else 1280); a worker that runs out is replaced, and its batch re-run in halves. */
  workerHeapMb?: number;
  /** The worker thread's entry (a seam for tests of a worker that dies); default ./typecheck-worker.mjs. */
  workerUrl?: URL;
}

export interface TypecheckStats {
  files: number;
  cached: number;
  checked: number;
  batches: number;
  /** Worker threads used (0: the calling thread). */
  workers: number;
}

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

let schemaHashMemo: string | undefined;
/** A hash of @keikaku/schema's sources and of this module: a change to either invalidates every cached result. */
function schemaHash(): string {
  if (schemaHashMemo) return schemaHashMemo;
  const dir = join(dirname(new URL(import.meta.url).pathname), '..', '..', 'schema', 'src');
  const h = createHash('sha256');
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.ts')) h.update(f).update(readFileSync(join(dir, f)));
  // The messages written into cached findings come from this file: a change to it invalidates the cache too.
  h.update(readFileSync(new URL(import.meta.url)));
  schemaHashMemo = h.digest('hex');
  return schemaHashMemo;
}

/** The plan a progress module type-checks against: progress/<fy>.ts → ../plan.ts. */
function planOf(file: string): string | undefined {
  return basename(dirname(file)) === 'progress' ? join(dirname(dirname(file)), 'plan.ts') : undefined;
}

function cacheKey(file: string): string | undefined {
  try {
    const h = createHash('sha256').update(`keikaku-tsc:${CACHE_FORMAT}:${ts.version}:${schemaHash()}:`);
    h.update(readFileSync(file));
    const plan = planOf(file);
    if (plan) h.update('\0plan\0').update(readFileSync(plan));
    return h.digest('hex');
  } catch {
    return undefined;
  }
}

function readCache(dir: string, key: string): Finding[] | undefined {
  try {
    const v = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as unknown;
    return Array.isArray(v) ? (v as Finding[]) : undefined;
  } catch {
    return undefined; // missing or corrupt: check again
  }
}

function writeCache(dir: string, key: string, findings: Finding[]): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(findings));
    renameSync(tmp, join(dir, `${key}.json`));
  } catch {
    /* a cache that cannot be written only costs time */
  }
}

/** The plan path of the value written at `pos` (the exported literal of definePlan / defineProgress). */
function pathAtPosition(sf: ts.SourceFile, pos: number): (string | number)[] | undefined {
  let root: ts.ObjectLiteralExpression | undefined;
  for (const stmt of sf.statements) {
    if (!ts.isExportAssignment(stmt)) continue;
    const e = unwrap(stmt.expression);
    if (ts.isObjectLiteralExpression(e)) root = e;
    else if (ts.isCallExpression(e)) root = [...e.arguments].reverse().map(unwrap).find(ts.isObjectLiteralExpression);
  }
  if (!root) return undefined;
  const path = new ModuleSourceMap(sf.fileName, sf.text, sf, root).pathAt(pos);
  return path ? [...path] : undefined;
}

function toFinding(root: string, d: ts.Diagnostic): Finding {
  const sf = d.file!;
  const start = d.start ?? 0;
  const end = start + (d.length ?? 0);
  const s = sf.getLineAndCharacterOfPosition(start);
  const e = sf.getLineAndCharacterOfPosition(end);
  const path = pathAtPosition(sf, start);
  let gloss = glossFor(d.code, path);
  let en = shortenTypeText(ts.flattenDiagnosticMessageText(d.messageText, ' '));
  // An unknown key inside a nested literal arrives as TS2322 on the whole literal, with the key named
  // only at the end of the chain: say that, and only that, the way TS2353 / TS2561 do.
  const excess = EXCESS_KEY.exec(innermost(d.messageText));
  if (excess) {
    const [, key, suggestion] = excess;
    gloss = {
      ja: `使えない項目名です: ${key}${suggestion ? `（${suggestion} の書き間違いでは？）` : ''}`,
      fix: suggestion ? `項目名を ${suggestion} に直してください。` : '項目名の綴りを確認してください（使える項目は schemas/plan.schema.json にあります）。',
    };
    en = shortenTypeText(`'${key}' is not a known property here.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`);
  }
  const f: Finding = {
    ruleId: `tsc/TS${d.code}`,
    source: 'tsc',
    severity: 'error',
    file: relative(root, sf.fileName).split(sep).join('/'),
    line: s.line + 1,
    column: s.character + 1,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    messageId: `TS${d.code}`,
    message: { ja: gloss?.ja ?? '型エラーです', en },
  };
  if (path && path.length) f.path = formatPath(path);
  if (gloss?.fix) {
    f.hint = excess
      ? { ja: gloss.fix, en: excess[2] ? `Rename the key to ${excess[2]}.` : 'Check the key against schemas/plan.schema.json.' }
      : { ja: gloss.fix, en: 'The English line above is the TypeScript compiler message.' };
  }
  return f;
}

function crashFinding(root: string, file: string, err: unknown): Finding {
  const detail = (err instanceof Error ? err.message : String(err)).slice(0, 120);
  return {
    ruleId: 'tsc/crash',
    source: 'tsc',
    severity: 'error',
    file: relative(root, file).split(sep).join('/'),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    messageId: 'crash',
    data: { detail },
    message: {
      ja: `TypeScript コンパイラがこのファイルの検査中に失敗しました（${detail}）`,
      en: `the TypeScript compiler failed on this file (${detail})`,
    },
    hint: {
      ja: '入れ子が極端に深いなど、計画の書き方を確認してください。ほかのファイルの結果は有効です。',
      en: 'Check the file for extreme nesting or similar; the other files were checked.',
    },
  };
}

/** One program per batch; library and schema source files are parsed once and shared across batches. */
function makeHost(options: ts.CompilerOptions, shared: Map<string, ts.SourceFile>): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const isPlan = /[\\/]plans[\\/]/.test(fileName) && !fileName.includes('node_modules');
    if (isPlan) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    const hit = shared.get(fileName);
    if (hit) return hit;
    const sf = getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (sf) shared.set(fileName, sf);
    return sf;
  };
  return host;
}

function checkBatch(root: string, files: string[], options: ts.CompilerOptions, shared: Map<string, ts.SourceFile>): Map<string, Finding[]> {
  const program = ts.createProgram({ rootNames: files, options, host: makeHost(options, shared) });
  const out = new Map<string, Finding[]>(files.map((f) => [ts.sys.resolvePath(f), []]));
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) continue;
    const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    const seen = new Set<string>();
    const list = out.get(ts.sys.resolvePath(file))!;
    for (const d of diags) {
      if (!d.file) continue;
      const key = `${d.start}:${d.code}:${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push(toFinding(root, d));
    }
  }
  return out;
}

/**
 * Checks `files` in one program (one per batch), sharing `shared`'s library
 * and schema source files. An exception in the compiler splits the batch, and
 * a file that still fails alone gets one crash finding.
 */
export function checkFiles(root: string, files: string[], options: ts.CompilerOptions, shared: Map<string, ts.SourceFile>): Map<string, Finding[]> {
  const results = new Map<string, Finding[]>();
  const run = (batch: string[]) => {
    try {
      const got = checkBatch(root, batch, options, shared);
      for (const f of batch) results.set(f, got.get(ts.sys.resolvePath(f)) ?? []);
    } catch (err) {
      if (batch.length === 1) results.set(batch[0]!, [crashFinding(root, batch[0]!, err)]);
      else for (const f of batch) run([f]);
    }
  };
  run(files);
  return results;
}

let lastStats: TypecheckStats = { files: 0, cached: 0, checked: 0, batches: 0, workers: 0 };
/** Counts of the last typecheck() call (for benchmarks and --verbose output). */
export const typecheckStats = (): TypecheckStats => lastStats;

/** A type check under way; wait() blocks until its findings are in. */
export interface PendingTypecheck {
  /** True when worker threads are checking (the calling thread then has the other core to itself). */
  pooled: boolean;
  wait(): Finding[];
}

/** How many worker threads: the option, KEIKAKU_TSC_WORKERS, else one per core (at most 4) when there is enough work to repay their start-up. */
function workerCount(opts: TypecheckOptions, files: number): number {
  const env = Number(process.env.KEIKAKU_TSC_WORKERS);
  const asked = opts.workers ?? (Number.isInteger(env) && env >= 0 ? env : undefined);
  if (asked !== undefined) return Math.max(0, Math.min(asked, files));
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism(), MAX_WORKERS));
}

/**
 * Starts type-checking `files`. Cached results are read at once; the rest are
 * checked in batches, in worker threads when there are many (so the calling
 * thread can read and validate plans meanwhile), or in this thread at wait().
 */
export function startTypecheck(root: string, files: string[], opts: TypecheckOptions = {}): PendingTypecheck {
  const useCache = opts.cache !== false;
  const cacheDir = opts.cacheDir ?? join(root, 'node_modules', '.cache', 'keikaku', 'tsc');
  const results = new Map<string, Finding[]>();
  const keys = new Map<string, string>();
  const todo: string[] = [];
  for (const f of files) {
    const key = useCache ? cacheKey(f) : undefined;
    const hit = key ? readCache(cacheDir, key) : undefined;
    if (hit) results.set(f, hit);
    else {
      if (key) keys.set(f, key);
      todo.push(f);
    }
  }
  let workers = workerCount(opts, todo.length);
  const batches: string[][] = [];
  if (opts.batchSize !== undefined) {
    const size = Math.max(1, opts.batchSize);
    for (let i = 0; i < todo.length; i += size) batches.push(todo.slice(i, i + size));
  } else batches.push(...batchesByBytes(todo.map((f) => ({ file: f, bytes: fileBytes(f) })), workers, BATCH_BYTES));
  workers = Math.min(workers, batches.length);

  const finish = (): Finding[] => {
    for (const f of todo) {
      const key = keys.get(f);
      const r = results.get(f) ?? [];
      if (key && !r.some((x) => x.ruleId === 'tsc/crash')) writeCache(cacheDir, key, r);
    }
    lastStats = { files: files.length, cached: files.length - todo.length, checked: todo.length, batches: batches.length, workers };
    return files.flatMap((f) => results.get(f) ?? []);
  };
  const inThisThread = (list: string[][]) => {
    if (!list.length) return;
    // Only now is a compiler program needed: a check whose every file is cached never builds one.
    const options = compilerOptions(root);
    const shared = new Map<string, ts.SourceFile>();
    for (const batch of list) for (const [f, r] of checkFiles(root, batch, options, shared)) results.set(f, r);
  };

  if (workers < 1) {
    return {
      pooled: false,
      wait: () => {
        inThisThread(batches);
        return finish();
      },
    };
  }
  const heapMb = opts.workerHeapMb ?? (Number(process.env.KEIKAKU_TSC_WORKER_HEAP_MB) || undefined);
  const pool = startPool<string, Finding[]>(root, batches, workers, { heapMb, workerUrl: opts.workerUrl });
  return {
    pooled: true,
    wait: () => {
      const got = pool.wait();
      for (const [f, r] of got.results) results.set(f, r);
      for (const [f, detail] of got.crashed) results.set(f, [crashFinding(root, f, new Error(detail))]);
      // Whatever the pool could not answer (it failed to start) is checked here.
      inThisThread(batches.map((b) => b.filter((f) => !results.has(f))).filter((b) => b.length));
      return finish();
    },
  };
}

function fileBytes(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // unreadable: the compiler reports it
  }
}

/**
 * Cuts files, in order, into batches of about `budget` source bytes at most
 * (over it by less than the last file added). With workers, the batches are as many as a multiple
 * of the workers and of about equal bytes, so that no worker is left alone with
 * a last large batch while the others idle. Consecutive files stay together, so
 * a plan and its progress modules are usually checked in one program.
 */
export function batchesByBytes(files: readonly { file: string; bytes: number }[], workers: number, budget: number): string[][] {
  const total = files.reduce((n, f) => n + f.bytes, 0);
  const lanes = Math.max(1, workers);
  const count = lanes * Math.max(1, Math.ceil(total / (lanes * budget)));
  const target = Math.min(budget, Math.ceil(total / count));
  const out: string[][] = [];
  let batch: string[] = [];
  let bytes = 0;
  for (const f of files) {
    batch.push(f.file);
    bytes += f.bytes;
    // Close a batch once it reaches the target: at most `count` batches, each over it by less than one file.
    if (bytes >= target) {
      out.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length) out.push(batch);
  return out;
}

export function typecheck(root: string, files: string[], opts: TypecheckOptions = {}): Finding[] {
  return startTypecheck(root, files, opts).wait();
}
