// Entry of a worker thread of typecheck-pool.ts: keikaku's sources are
// TypeScript, run through tsx, which each thread registers for itself; then
// the job module named by workerData.entry (the compiler by default).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData?.entry ?? new URL('./typecheck-worker-main.ts', import.meta.url).href);
