/**
 * streamWorkspace: plans are read one at a time as the iteration asks for
 * them, and the workspace findings (two plans with one id) are complete once
 * every plan was read; loadWorkspace, which holds them all, gives the same.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace, streamWorkspace } from '../src/load-workspace.js';
import { planModule, tempWorkspace } from '../../../test/support/temp-workspace.js';

describe('streamWorkspace', () => {
  const files = () => ({
    'plans/a/plan.ts': planModule('a'),
    'plans/b/plan.ts': planModule('b'),
    'plans/twin/plan.ts': planModule('a'),
  });

  it('reads a plan only when the iteration reaches it', () => {
    const ws = tempWorkspace(files());
    const it = streamWorkspace(ws)[Symbol.iterator]();
    expect(it.next().value?.plan?.id).toBe('a');
    // Changed after the stream started, before it reached the plan: the stream reads the new text.
    writeFileSync(join(ws, 'plans/b/plan.ts'), planModule('b', '', '書き換えた計画'));
    expect(it.next().value?.plan?.title).toBe('書き換えた計画');
  });

  it('says which plans share an id once every plan was read, as loadWorkspace does', () => {
    const ws = tempWorkspace(files());
    const stream = streamWorkspace(ws);
    const seen: string[] = [];
    for (const doc of stream) {
      seen.push(doc.id);
      expect(stream.findings).toEqual([]); // not known before the end
    }
    expect(seen).toEqual(['a', 'b', 'twin']);
    expect(stream.findings.map((f) => [f.ruleId, f.file, f.line, f.column, f.path, f.data?.others])).toEqual([
      ['workspace/duplicate-plan-id', 'plans/a/plan.ts', 4, 7, 'id', 'plans/twin'],
      ['workspace/duplicate-plan-id', 'plans/twin/plan.ts', 4, 7, 'id', 'plans/a'],
    ]);
    const held = loadWorkspace(ws);
    expect(held.findings.filter((f) => f.ruleId === 'workspace/duplicate-plan-id')).toEqual(stream.findings);
    expect(held.plans.find((p) => p.id === 'twin')!.findings.map((f) => f.ruleId)).toContain('workspace/duplicate-plan-id');
  });

  it('refuses an unknown id before reading anything', () => {
    const ws = tempWorkspace(files());
    expect(() => streamWorkspace(ws, ['nowhere'])).toThrow(/nowhere/);
  });
});
