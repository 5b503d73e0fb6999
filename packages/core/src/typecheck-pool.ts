/**
 * Runs batches of work (the compiler over files; check's reading of plans)
 * in worker threads while the calling thread goes on, and hands the answers
 * back synchronously, so that every caller of typecheck() and
 * checkWorkspace() stays synchronous.
 *
 * The calling thread cannot see a worker thread die while it is busy or
 * blocked, so a small coordinator thread (typecheck-coordinator.mjs) owns the
 * workers: it hands out batches, and when a worker dies (out of memory, or
 * worse) it re-runs that worker's batch one item at a time, so that only the
 * item that kills a worker is reported. Answers come back over a MessagePort
 * read with receiveMessageOnPort; a shared counter wakes the caller, a
 * heartbeat tells it the coordinator is alive, and a second counter lets the
 * calling thread claim batches itself (claim()) instead of only waiting.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

/** Old-generation heap of each worker (MB): two compiler workers and the main thread stay under 3 GB at 1,741 plans. */
const WORKER_HEAP_MB = 1280;
/**
 * Young generation of each worker (MB). The compiler allocates many
 * short-lived objects: a larger nursery than V8's default saved about 15% of
 * the compiler's CPU time, for about 60 MB more per worker.
 */
const WORKER_YOUNG_MB = 128;
/** With no heartbeat from the coordinator for this long, the caller does the rest itself. */
const STALL_MS = 30_000;

export interface PoolResult<I, R> {
  results: Map<I, R>;
  /** Items whose worker died while running them alone, with what the worker said. */
  crashed: Map<I, string>;
}

export interface PoolOptions {
  /** The job module each worker imports (default: the compiler, typecheck-worker-main.ts). */
  entry?: URL | undefined;
  /** Passed to every worker as workerData.context. */
  context?: unknown;
  heapMb?: number | undefined;
  /** The worker thread's entry script (a seam for tests); default typecheck-worker.mjs. */
  workerUrl?: URL | undefined;
}

export interface Pool<I, R> {
  /** The next batch nobody has taken yet, for the calling thread to run itself. */
  claim(): I[] | undefined;
  /** Blocks until every batch is answered (or the pool gives up); what is missing, the caller runs itself. */
  wait(): PoolResult<I, R>;
}

type FromCoordinator<I, R> = { results: [I, R][] } | { crashed: [I, string][] } | { done: true; fatal?: string };

export function startPool<I, R>(root: string, batches: I[][], workers: number, opts: PoolOptions = {}): Pool<I, R> {
  const { port1, port2 } = new MessageChannel();
  // [0]: messages posted; [1]: heartbeat; [2]: next batch to claim.
  const signal = new Int32Array(new SharedArrayBuffer(12));
  const coordinator = new Worker(new URL('./typecheck-coordinator.mjs', import.meta.url), {
    workerData: {
      root,
      entry: opts.entry?.href,
      context: opts.context,
      batches,
      workers,
      port: port2,
      signal,
      workerUrl: (opts.workerUrl ?? new URL('./typecheck-worker.mjs', import.meta.url)).href,
      heapMb: opts.heapMb ?? WORKER_HEAP_MB,
      youngMb: WORKER_YOUNG_MB,
    },
    transferList: [port2],
    execArgv: [],
    stdout: false,
    stderr: false,
  });
  coordinator.unref();
  // Nothing listens in this thread's event loop: a failure shows as silence, which wait() handles.
  coordinator.on('error', () => {});

  return {
    claim(): I[] | undefined {
      const i = Atomics.add(signal, 2, 1);
      return i < batches.length ? batches[i] : undefined;
    },
    wait(): PoolResult<I, R> {
      const out: PoolResult<I, R> = { results: new Map(), crashed: new Map() };
      let beat = Atomics.load(signal, 1);
      let alive = Date.now();
      for (;;) {
        const seen = Atomics.load(signal, 0);
        let done = false;
        for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
          const msg = m.message as FromCoordinator<I, R>;
          if ('results' in msg) for (const [item, r] of msg.results) out.results.set(item, r);
          else if ('crashed' in msg) for (const [item, d] of msg.crashed) out.crashed.set(item, d);
          else if ('done' in msg) done = true;
          alive = Date.now();
        }
        if (done) break;
        Atomics.wait(signal, 0, seen, 1000);
        const b = Atomics.load(signal, 1);
        if (b !== beat) {
          beat = b;
          alive = Date.now();
        } else if (Date.now() - alive > STALL_MS) break;
      }
      port1.close();
      void coordinator.terminate();
      return out;
    },
  };
}
