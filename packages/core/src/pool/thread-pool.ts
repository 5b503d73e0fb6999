/**
 * Worker threads (tinypool) behind an async call: `run(batch)` resolves with
 * the job module's answer, or rejects when the worker died (then tinypool
 * starts another). keikaku's sources are TypeScript, so each thread enters
 * through thread-entry.mjs, which registers tsx and imports the job module.
 * Use with runBatches() for crash isolation.
 */
import { Tinypool } from 'tinypool';

export interface ThreadPoolOptions {
  /** The job module: its default export takes (batch, context) and returns one answer per item, in order. */
  job: URL;
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
  destroy(): Promise<void>;
}

export function threadPool<I, R>(opts: ThreadPoolOptions): ThreadPool<I, R> {
  const pool = new Tinypool({
    filename: new URL('./thread-entry.mjs', import.meta.url).href,
    minThreads: 0,
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
      const answers = (await pool.run({ job: opts.job.href, batch, context: opts.context })) as R[];
      return new Map(batch.map((item, i) => [item, answers[i]!]));
    },
    destroy: () => pool.destroy(),
  };
}
