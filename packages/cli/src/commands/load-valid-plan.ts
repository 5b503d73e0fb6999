/** Loads one plan and validates it with Zod (no tsc), for commands that consume a plan. */
import { validatePlan, type Plan } from '@keikaku/schema';
import type { Finding } from '../finding.js';
import { loadModule } from '../load.js';
import { selectPlans } from '../workspace.js';

export async function loadValidPlan(root: string, id: string): Promise<{ ok: true; plan: Plan } | { ok: false; findings: Finding[] }> {
  const [files] = selectPlans(root, [id]);
  const loaded = await loadModule(root, files!.planFile);
  if (!loaded.ok) return { ok: false, findings: [loaded.finding] };
  const r = validatePlan(loaded.value);
  if (r.ok) return { ok: true, plan: r.value };
  // The TypeScript parser is loaded only when there is something to locate.
  const { locatedFinding } = await import('../located.js');
  return { ok: false, findings: r.problems.map((p) => locatedFinding(root, files!.planFile, p)) };
}
