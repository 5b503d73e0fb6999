/**
 * A plan encoded from an excerpt (小樽: the opening chapter only, `source.beyondExcerpt: ['goals',
 * 'indicators']`) is not said to have no goals or indicators: the report says they lie outside the
 * encoded range. The same plan without `beyondExcerpt` keeps the plain sentence.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '@keikaku/core';
import { buildView, evaluatePlan, renderHtml } from '../src/index.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const otaru = loadWorkspace(ROOT, ['otaru']).plans[0]!.plan!;

async function view(plan: typeof otaru) {
  return buildView({ plan, evaluation: evaluatePlan(plan, [], 2024) });
}

describe('a plan encoded from an excerpt', () => {
  it('小樽 (goals and indicators beyond the excerpt): the report says so, in the overview and the summary', async () => {
    expect(otaru.source.beyondExcerpt).toEqual(['goals', 'indicators']);
    const v = await view(otaru);
    expect(v.overview.structureNote).toBe('目標・施策の体系は、記録した原典の範囲（「出典」に記載）の外にあるため、この報告書には載せていません。');
    expect(v.dashboard.note).toBe('指標は、記録した原典の範囲（「出典」に記載）の外にあるため、評価していません。');
    const html = renderHtml(v);
    expect(html).toContain(v.overview.structureNote);
    expect(html).not.toContain('目標・施策の体系が記録されていません');
  });

  it('the same plan with no beyondExcerpt: the plain sentences', async () => {
    const { beyondExcerpt: _dropped, ...source } = otaru.source;
    const v = await view({ ...otaru, source });
    expect(v.overview.structureNote).toBe('この計画には、目標・施策の体系が記録されていません。');
    expect(v.dashboard.note).toBe('この計画には、評価の対象となる指標が記録されていません。');
    expect(renderHtml(v)).toContain('この計画には、目標・施策の体系が記録されていません。');
  });
});
