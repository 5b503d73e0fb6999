/**
 * pool/: runBatches isolates crashes (a failed batch is re-run in halves, an
 * item that fails alone is reported, every other item keeps its answer), with
 * plain async lanes and with real worker threads (tinypool) that die, running
 * the TypeScript job or its bundle; a lane that is not ready takes no batch;
 * a thread registers tsx only for a TypeScript job.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBatches, threadPool, type Lane, type ThreadPoolOptions } from '../src/pool/index.js';
import { ROOT } from '../../../test/support/run-cli.js';

/** A lane that answers each item doubled, and fails any batch that holds a poisoned item. */
const lane =
  (poison: ReadonlySet<number>, runs: number[][]): Lane<number, number> =>
  async (batch) => {
    runs.push([...batch]);
    if (batch.some((i) => poison.has(i))) throw new Error(`died on ${batch.join(',')}`);
    return new Map(batch.map((i) => [i, i * 2]));
  };

describe('runBatches', () => {
  it.each<[string, number[][], number[], number, number[][]]>([
    ['no crash: every batch once', [[1, 2], [3, 4]], [], 1, [[1, 2], [3, 4]]],
    ['one poisoned item in a batch of four: halves, then the item alone', [[1, 2, 3, 4]], [3], 1, [[1, 2, 3, 4], [1, 2], [3, 4], [3], [4]]],
    ['two poisoned items in different halves', [[1, 2, 3, 4]], [1, 4], 1, [[1, 2, 3, 4], [1, 2], [3, 4], [1], [2], [3], [4]]],
    ['an empty batch is never run', [[], [5]], [], 2, [[5]]],
  ])('%s', async (_label, batches, poisoned, lanes, expectedRuns) => {
    const runs: number[][] = [];
    const got = await runBatches(batches, Array.from({ length: lanes }, () => lane(new Set(poisoned), runs)));
    const all = batches.flat();
    expect(runs).toEqual(expectedRuns);
    expect([...got.crashed.keys()].sort()).toEqual([...poisoned].sort());
    for (const i of poisoned) expect(got.crashed.get(i)).toBe(`died on ${i}`);
    expect([...got.results].sort((a, b) => a[0] - b[0])).toEqual(all.filter((i) => !poisoned.includes(i)).map((i) => [i, i * 2]));
    expect(got.failures).toBe(runs.filter((r) => r.some((i) => poisoned.includes(i))).length);
  });
});

describe('runBatches with a lane that is not ready yet', () => {
  it('gives it no batch before it is ready, then shares the rest', async () => {
    const runs: [string, number[]][] = [];
    let becomeReady!: () => void;
    const ready = new Promise<void>((r) => (becomeReady = r));
    const early: Lane<number, number> = async (batch) => {
      runs.push(['early', [...batch]]);
      if (batch[0] === 1) becomeReady();
      await new Promise((r) => setImmediate(r));
      return new Map(batch.map((i) => [i, i * 2]));
    };
    const late: Lane<number, number> = Object.assign(async (batch: readonly number[]) => {
      runs.push(['late', [...batch]]);
      return new Map(batch.map((i) => [i, i * 3]));
    }, { ready });
    // The late lane is listed first: without its ready promise it would take the first batch.
    const got = await runBatches([[1], [2], [3]], [late, early]);
    expect(runs[0]).toEqual(['early', [1]]);
    expect(runs.filter(([who]) => who === 'late').length).toBeGreaterThan(0);
    expect(runs.map(([, b]) => b[0]).sort()).toEqual([1, 2, 3]);
    for (const [who, [i]] of runs) expect(got.results.get(i!)).toBe(who === 'late' ? i! * 3 : i! * 2);
  });

  it('does not wait for a lane that never becomes ready once every batch is answered', async () => {
    const never: Lane<number, number> = Object.assign(async (): Promise<Map<number, number>> => {
      throw new Error('never called');
    }, { ready: new Promise<void>(() => {}) });
    const runs: number[][] = [];
    const got = await runBatches([[1, 2], [3]], [never, lane(new Set(), runs)]);
    expect(runs).toEqual([[1, 2], [3]]);
    expect(got.results).toEqual(new Map([[1, 2], [2, 4], [3, 6]]));
  });
});

describe('threadPool', () => {
  it.each<[string, (dir: string) => Partial<ThreadPoolOptions>]>([
    ['two threads', () => ({ threads: 2 })],
    ['two threads with a larger young generation', () => ({ threads: 2, youngMb: 48 })],
    ['two threads running the job bundled', (dir) => ({ threads: 2, bundle: { dir: join(dir, 'bundle') } })],
  ])('%s: answers in threads; a thread that runs out of memory, or a job that calls exit, takes only its batch, and the pool goes on', async (_label, more) => {
    const dir = mkdtempSync(join(ROOT, 'test', '.tmp', 'pool-'));
    mkdirSync(dir, { recursive: true });
    const opts = { threads: 2, ...more(dir) };
    const job = join(dir, 'job.ts');
    // 13 runs the thread out of memory (a real crash: tinypool replaces the thread); 7 calls process.exit().
    writeFileSync(
      job,
      `export default function (batch: number[], context: { factor: number }): number[] {
  if (batch.includes(13)) { const a: number[][] = []; for (;;) a.push(new Array(1e5).fill(1)); }
  if (batch.includes(7)) process.exit(3);
  return batch.map((i) => i * context.factor);
}
`,
    );
    const pool = threadPool<number, number>({ job: pathToFileURL(job), context: { factor: 10 }, heapMb: 64, ...opts });
    try {
      expect(await pool.ready).toMatchObject({ kind: opts.bundle ? 'bundle' : 'source' });
      const got = await runBatches([[1, 2], [12, 13, 14], [5, 7]], [pool.run, pool.run]);
      expect([...got.crashed.keys()].sort()).toEqual([13, 7].sort());
      expect(got.crashed.get(13)).toMatch(/memory/);
      expect(got.crashed.get(7)).toBe('the job called process.exit(3)');
      expect([...got.results].sort((a, b) => a[0] - b[0])).toEqual([[1, 10], [2, 20], [5, 50], [12, 120], [14, 140]]);
    } finally {
      await pool.destroy();
    }
  }, 60_000);

  it('loads a JavaScript job without tsx, and registers tsx for a TypeScript one', async () => {
    const dir = mkdtempSync(join(ROOT, 'test', '.tmp', 'pool-'));
    writeFileSync(join(dir, 'other.ts'), 'export const n: number = 1;\n');
    // Each job imports a TypeScript module: only a thread with tsx's loader can.
    const body = `export default async function (batch) {
  try { await import('./other.ts'); return batch.map(() => 'loaded'); } catch (e) { return batch.map(() => e.code); }
}
`;
    writeFileSync(join(dir, 'job.mjs'), body);
    writeFileSync(join(dir, 'job.ts'), body.replace('(batch)', '(batch: number[])').replace('(e)', '(e: any)'));
    for (const [file, expected] of [['job.mjs', 'ERR_UNKNOWN_FILE_EXTENSION'], ['job.ts', 'loaded']] as const) {
      const pool = threadPool<number, string>({ job: pathToFileURL(join(dir, file)), threads: 1 });
      try {
        expect(await pool.run([1])).toEqual(new Map([[1, expected]]));
      } finally {
        await pool.destroy();
      }
    }
  }, 60_000);
});
