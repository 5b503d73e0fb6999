// The entry of a pool thread (thread-pool.ts), in plain JavaScript so that a
// thread running a JavaScript job (a bundle, ../bundle/) starts without
// tsx: it registers tsx only before it first imports a TypeScript job module
// (the pool's fallback), then runs the job module named by each task, whose
// default export answers a batch.
const jobs = new Map();
let tsx;
// A job that calls process.exit() would end this thread without tinypool
// settling its task (the caller would wait for ever): make it a failure of
// that batch instead, which runBatches() isolates like any other.
process.exit = (code) => {
  throw new Error(`the job called process.exit(${code ?? ''})`);
};

export default async function run({ job, batch, context }) {
  let fn = jobs.get(job);
  if (!fn) {
    if (/\.[cm]?tsx?$/.test(new URL(job).pathname)) await (tsx ??= import('tsx/esm/api').then((m) => m.register()));
    fn = (await import(job)).default;
    jobs.set(job, fn);
  }
  return fn(batch, context);
}
