// The entry of a pool thread (thread-pool.ts), in plain JavaScript because it
// loads TypeScript: it registers tsx once per thread, then runs the job
// module named by each task, whose default export answers a batch.
import { register } from 'tsx/esm/api';

register();
const jobs = new Map();
// A job that calls process.exit() would end this thread without tinypool
// settling its task (the caller would wait for ever): make it a failure of
// that batch instead, which runBatches() isolates like any other.
process.exit = (code) => {
  throw new Error(`the job called process.exit(${code ?? ''})`);
};

export default async function run({ job, batch, context }) {
  let fn = jobs.get(job);
  if (!fn) {
    fn = (await import(job)).default;
    jobs.set(job, fn);
  }
  return fn(batch, context);
}
