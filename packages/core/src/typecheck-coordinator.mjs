// The coordinator thread of typecheck-pool.ts (plain JavaScript: it loads no
// TypeScript, so it starts at once). It owns the worker threads, gives each
// the next batch when it is free, and posts their answers to the calling
// thread. Batches are claimed through a shared counter, so the calling thread
// can take batches too. A worker that dies mid-batch is replaced; its batch is
// re-run in halves, down to single items, and an item that kills a worker
// alone is reported as crashed. A worker that dies before it is ready means workers cannot run
// here at all: the coordinator stops, and the calling thread does the rest.
import { Worker, workerData } from 'node:worker_threads';

const { root, entry, context, batches, workers, port, signal, workerUrl, heapMb, youngMb } = workerData;
/** Single items of the batch of a worker that died, to run again one by one. */
const retry = [];
let live = 0;
let finished = false;

const heartbeat = setInterval(() => {
  Atomics.add(signal, 1, 1);
  Atomics.notify(signal, 1);
}, 500);

function post(msg) {
  port.postMessage(msg);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

function finish(fatal) {
  if (finished) return;
  finished = true;
  clearInterval(heartbeat);
  post(fatal ? { done: true, fatal } : { done: true });
  port.close();
}

function claim() {
  if (retry.length) return retry.shift();
  const i = Atomics.add(signal, 2, 1);
  return i < batches.length ? batches[i] : undefined;
}

function spawn() {
  live++;
  let job;
  let ready = false;
  let failure = '';
  const w = new Worker(new URL(workerUrl), {
    workerData: { root, entry, context },
    execArgv: process.env.KEIKAKU_TSC_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.KEIKAKU_TSC_PROF}`] : [],
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: youngMb },
  });
  const next = () => {
    job = claim();
    if (job) w.postMessage(job);
    else void w.terminate();
  };
  w.on('message', (m) => {
    if (m && m.ready) {
      ready = true;
      next();
      return;
    }
    post({ results: m.results });
    job = undefined;
    next();
  });
  w.on('error', (err) => {
    failure = String((err && (err.code || err.message)) || err).slice(0, 120);
  });
  w.on('exit', () => {
    live--;
    if (finished) return;
    if (!ready) {
      // Workers cannot start here (a missing loader, a broken install): the calling thread takes the rest.
      finish(failure || 'worker did not start');
      return;
    }
    if (job) {
      // Halves, not single items: a batch that ran out of memory mostly fits once split.
      if (job.length > 1) retry.push(job.slice(0, job.length >> 1), job.slice(job.length >> 1));
      else post({ crashed: [[job[0], failure || 'the worker thread stopped']] });
      job = undefined;
    }
    if (retry.length && live < workers) spawn();
    else if (live === 0) finish();
  });
}

try {
  for (let i = 0; i < Math.min(workers, batches.length); i++) spawn();
  if (live === 0) finish();
} catch (err) {
  finish(String(err));
}
