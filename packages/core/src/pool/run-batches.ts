/**
 * Runs batches of items through a few lanes at once (worker threads, child
 * processes, or the calling thread) and isolates crashes: when a lane's run
 * of a batch fails (its worker or process died: out of memory, a signal, a
 * compiler bug), the batch is split in halves and queued again, down to
 * single items, and an item that still fails alone is reported as crashed
 * with the error's text. Every other item keeps its answer.
 * A lane with a `ready` promise (threads whose job module is still being
 * bundled) takes no batch before it settles, so a batch never waits for a lane
 * that cannot start while another lane is free; when the other lanes have
 * answered every batch first, it is not waited for.
 */

/** Runs one batch; rejects when the batch could not be run (the lane is then given other batches). */
export type Lane<I, R> = ((batch: readonly I[]) => Promise<Map<I, R>>) & {
  /** When set, the lane takes its first batch once this settles (fulfilled or not). */
  ready?: PromiseLike<unknown>;
};

export interface BatchResults<I, R> {
  results: Map<I, R>;
  /** Items that failed alone, with what their last run said. */
  crashed: Map<I, string>;
  /** Runs that failed and were split (or, for one item, reported as crashed). */
  failures: number;
}

export async function runBatches<I, R>(batches: readonly (readonly I[])[], lanes: readonly Lane<I, R>[]): Promise<BatchResults<I, R>> {
  const queue = batches.filter((b) => b.length > 0).map((b) => [...b]);
  const out: BatchResults<I, R> = { results: new Map(), crashed: new Map(), failures: 0 };
  // Settles once every batch is answered, so that a lane still waiting to be ready does not hold the result back.
  let running = 0;
  let allDone!: () => void;
  const done = new Promise<void>((r) => (allDone = r));
  const drive = async (lane: Lane<I, R>) => {
    if (lane.ready) await Promise.race([Promise.resolve(lane.ready).catch(() => undefined), done]);
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      running++;
      try {
        const got = await lane(batch);
        for (const item of batch) if (got.has(item)) out.results.set(item, got.get(item)!);
      } catch (err) {
        out.failures++;
        // Halves, not single items at once: a batch that ran out of memory mostly fits once split.
        if (batch.length > 1) queue.push(batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1));
        else out.crashed.set(batch[0]!, (err instanceof Error ? err.message : String(err)).slice(0, 200));
      } finally {
        running--;
      }
    }
    if (running === 0) allDone();
  };
  await Promise.all(lanes.map(drive));
  return out;
}
