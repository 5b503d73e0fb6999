// The entry of a pool thread (thread-pool.ts), in plain JavaScript because it
// loads TypeScript: it registers tsx once per thread, then runs the job
// module named by each task, whose default export answers a batch.
import { register } from 'tsx/esm/api';

register();
const jobs = new Map();

export default async function run({ job, batch, context }) {
  let fn = jobs.get(job);
  if (!fn) {
    fn = (await import(job)).default;
    jobs.set(job, fn);
  }
  return fn(batch, context);
}
