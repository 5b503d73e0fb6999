export { runBatches, type Lane, type BatchResults } from './run-batches.js';
export { threadPool, type ThreadPool, type ThreadPoolOptions } from './thread-pool.js';
export { cachedJobModule, jobModule, JOB_BUNDLE_DIR, type JobModule } from './bundle.js';
