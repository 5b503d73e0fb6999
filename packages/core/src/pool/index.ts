export { runBatches, type Lane, type BatchResults } from './run-batches.js';
export { threadPool, type ThreadPool, type ThreadPoolOptions } from './thread-pool.js';
