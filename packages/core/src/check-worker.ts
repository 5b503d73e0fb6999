/**
 * A worker thread of checkWorkspace: reads, validates and judges the plans
 * whose indexes it is sent (see check.ts and typecheck-pool.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPlan } from './check.js';
import type { PlanFiles } from './workspace.js';

const port = parentPort!;
const { root, context } = workerData as { root: string; context: { selected: PlanFiles[]; keepPlans: boolean } };

port.on('message', (items: number[]) => {
  port.postMessage({ results: items.map((i) => [i, checkPlan(root, context.selected[i]!, context.keepPlans)]) });
});
port.postMessage({ ready: true });
