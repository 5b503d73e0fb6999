/** The job of a pool thread of checkWorkspace (pool/thread-pool.ts), which runs it as one JavaScript bundle (bundle/): reads, validates and judges the plans it is sent. */
import { checkPlan, type PlanOutcome } from './check.js';
import type { PlanFiles } from './workspace.js';

export default function readPlans(batch: readonly PlanFiles[], context: { root: string; keepPlans: boolean }): PlanOutcome[] {
  return batch.map((files) => checkPlan(context.root, files, context.keepPlans));
}
