/**
 * Worker threads (tinypool) behind an async call: `run(batch)` resolves with
 * the job module's answer, or rejects when the worker died (then tinypool
 * starts another). Use with runBatches() for crash isolation.
 *
 * keikaku's sources are TypeScript. With `bundle`, the job is first bundled
 * into JavaScript (bundle/: esbuild in its own process, cached and
 * checked against its inputs' bytes) when the pool is made: `job` is the
 * module when that was known at once (a current bundle in the cache), else
 * `ready` settles when esbuild has built it, and `run` waits for it. The
 * threads themselves start with the pool (they boot meanwhile; a thread loads
 * its job module with its first task). Each thread
 * enters through thread-entry.mjs, which imports the job module, registering
 * tsx first only when that is TypeScript (no bundle, or it could not be had).
 */
import { Tinypool } from 'tinypool';
import { cachedJobModule, jobModule, type JobModule } from '../bundle/index.js';

export interface ThreadPoolOptions {
  /** The job module: its default export takes (batch, context) and returns one answer per item, in order. */
  job: URL;
  /**
   * Run a JavaScript bundle of a TypeScript job (bundle/), made or checked when the pool is
   * made: `true` keeps it in <core>/node_modules/.cache/keikaku/bundle/, `{ dir }` elsewhere.
   */
  bundle?: boolean | { dir: string };
  /** Passed to every call (structured-cloned once per batch). */
  context?: unknown;
  threads: number;
  /** Old-generation heap limit of each thread (MB). */
  heapMb?: number;
  /**
   * Young-generation size of each thread (MB; V8 splits it into two semi-spaces and a
   * large-object space, a third each). A job that allocates much it does not keep (a parser)
   * spends less time in scavenges with a larger one.
   */
  youngMb?: number;
}

export interface ThreadPool<I, R> {
  /** Answers keyed by the caller's own items (what the thread receives is a copy). */
  run(batch: readonly I[]): Promise<Map<I, R>>;
  /** The module the threads run when it was known as the pool was made (no bundle, or a cached one). */
  job: JobModule | undefined;
  /** The module the threads run, once known (never rejects): until then no thread is started. */
  ready: Promise<JobModule>;
  destroy(): Promise<void>;
}

export function threadPool<I, R>(opts: ThreadPoolOptions): ThreadPool<I, R> {
  const where = typeof opts.bundle === 'object' ? { dir: opts.bundle.dir } : {};
  const job: JobModule | undefined = opts.bundle ? cachedJobModule(opts.job, where) : { url: opts.job, kind: 'source', built: false, ms: 0 };
  const ready = job ? Promise.resolve(job) : jobModule(opts.job, where);
  const pool = new Tinypool({
    filename: new URL('./thread-entry.mjs', import.meta.url).href,
    // Threads start now, so that they boot while esbuild builds the bundle (they load no job before their first task).
    minThreads: opts.threads,
    maxThreads: opts.threads,
    isolateWorkers: false,
    execArgv: [],
    resourceLimits: {
      ...(opts.heapMb ? { maxOldGenerationSizeMb: opts.heapMb } : {}),
      ...(opts.youngMb ? { maxYoungGenerationSizeMb: opts.youngMb } : {}),
    },
  });
  return {
    async run(batch) {
      const job = await ready;
      const answers = (await pool.run({ job: job.url.href, batch, context: opts.context })) as R[]; // the job module's contract: one answer per item
      return new Map(batch.map((item, i) => [item, answers[i]!]));
    },
    job,
    ready,
    destroy: () => pool.destroy(),
  };
}
