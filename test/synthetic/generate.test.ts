/** The benchmark corpus generator: deterministic, shaped like the seeds, and valid as real plan modules. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWorkspace, loadWorkspace } from '@keikaku/core';
import { generatePlan, generateWorkspace } from '../../scripts/synthetic/generate.js';
import { tempWorkspace } from '../support/temp-workspace.js';

describe('synthetic plans', () => {
  it('are the same bytes for the same seed and differ for another seed', () => {
    expect(generatePlan(7, 1)).toEqual(generatePlan(7, 1));
    expect(generatePlan(7, 2).plan).not.toBe(generatePlan(7, 1).plan);
  });

  it('hold 40–80 indicators and every value shape', () => {
    for (const i of [0, 1, 2, 3]) {
      const { plan } = generatePlan(i);
      const n = (plan.match(/^ {14}id: 'ind-/gm) ?? []).length;
      expect(n).toBeGreaterThanOrEqual(40);
      expect(n).toBeLessThanOrEqual(80);
      for (const shape of ['parts:', 'state:', "direction: '↗'", 'frequency:', 'milestone:', 'missing:', 'tbd(', 'notStated(', 'revisions:', 'absent:', 'relative:', 'recurring:', 'series:', 'planned:', 'qualifier:', "bound: '以上'", 'printedYear(', '{ read:']) {
        expect(plan, shape).toContain(shape);
      }
    }
  });

  it('pass keikaku check (tsc, reader, Zod, judgements) with no finding', async () => {
    const dir = tempWorkspace();
    const ids = generateWorkspace(dir, 3);
    expect(readFileSync(join(dir, 'plans', ids[0]!, 'plan.ts'), 'utf8')).toContain("definePlan({");
    const r = await checkWorkspace(dir, [], { typecheck: { cache: false } });
    expect(r.findings).toEqual([]);
    expect(r.plans.every((p) => p.valid)).toBe(true);
    expect(loadWorkspace(dir).plans.every((p) => p.plan && p.progress.length === 1)).toBe(true);
  });
});
