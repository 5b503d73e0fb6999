/** The pure diff (no git): statuses, coverage by a replaced-indicator revision, figures first written, Markdown cells. */
import { describe, expect, it } from 'vitest';
import { validatePlan, validateProgress, type Plan } from '@keikaku/schema';
import { diffPlan, markdown, type PlanSnapshot } from '../src/index.js';

function plan(indicator: Record<string, unknown>, title = '計画'): Plan {
  const r = validatePlan({
    id: 'x', municipality: { name: '札幌市', code: '011002', prefecture: '北海道' }, title, edition: '第1期',
    period: { start: 2024, end: 2029 }, legalBasis: ['社会福祉法第107条'], encompasses: [], philosophy: { notStated: true }, evaluation: { notStated: true },
    terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' },
    goals: [{ id: 'g1', no: 1, title: '目標', indicators: [{ id: 'a', name: '指標A', unit: '人', direction: 'increase', ...indicator }] }],
    source: { file: 'f', title: 't' },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}
const snap = (p: Plan, progress: { fy: number; actuals: unknown[] }[] = []): PlanSnapshot => ({
  id: 'x',
  plan: p,
  progress: progress.map((x) => {
    const v = validateProgress(p, { plan: 'x', fy: x.fy, actuals: x.actuals });
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    return { fy: x.fy, progress: v.value };
  }),
  findings: [],
});

describe('diffPlan', () => {
  it('a plan only in the head is added, only in the base removed, and equal snapshots are unchanged', () => {
    const p = snap(plan({}));
    expect(diffPlan('x', undefined, p)).toMatchObject({ status: 'added', changes: [], title: '計画' });
    expect(diffPlan('x', p, undefined)).toMatchObject({ status: 'removed', changes: [] });
    expect(diffPlan('x', p, snap(plan({})))).toMatchObject({ status: 'unchanged', changes: [] });
  });

  it('a baseline change is covered by a revision that keeps the replaced indicator with that baseline', () => {
    const before = plan({ baseline: { fy: 2022, value: 18 }, target: { fy: 2029, value: 30 } });
    const after = plan({
      name: '市民後見人の受任件数', baseline: { fy: 2022, value: 5 }, target: { fy: 2029, value: 12 },
      revisions: [{ fy: 2025, label: '中間見直し', previous: { replaced: { name: '指標A', unit: '人', baseline: { fy: 2022, value: 18 }, target: { fy: 2029, value: 30 } } } }],
    });
    const d = diffPlan('x', snap(before), snap(after));
    const cov = d.changes.flatMap((c) => (c.kind === 'indicator-changed' && c.coverage ? [[c.field, c.coverage.status]] : []));
    expect(cov).toEqual([['baseline', 'covered'], ['target', 'covered']]);
  });

  it('a figure written for the first time needs no revision record; a figure removed does', () => {
    const d = diffPlan('x', snap(plan({})), snap(plan({ target: { fy: 2029, value: 30 } })));
    expect(d.changes).toEqual([{ kind: 'indicator-changed', indicator: 'a', name: '指標A', field: 'target', parts: ['value', 'year'], before: '（なし）', after: '30人・2029年度（令和11年度）', coverage: { status: 'not-needed' } }]);
    const back = diffPlan('x', snap(plan({ target: { fy: 2029, value: 30 } })), snap(plan({})));
    expect(back.changes[0]).toMatchObject({ field: 'target', after: '（なし）', coverage: { status: 'missing' } });
  });

  it('a new progress year shows as its actuals, not as changed keys', () => {
    const p = plan({ target: { fy: 2029, value: 30 } });
    const d = diffPlan('x', snap(p), snap(p, [{ fy: 2025, actuals: [{ indicator: 'a', value: 21, asOf: '2025-12-31', provisional: true }] }]));
    expect(d.changes).toEqual([{ kind: 'actual-added', fy: 2025, indicator: 'a', name: '指標A', value: '21人（暫定・2025-12-31時点）' }]);
  });

  it('a change only to a note says which key changed rather than showing two equal texts', () => {
    const d = diffPlan('x', snap(plan({ target: { fy: 2029, value: 30 } })), snap(plan({ target: { fy: 2029, value: 30, note: '再掲' } })));
    expect(d.changes[0]).toMatchObject({ field: 'target', parts: ['other'], before: '30人・2029年度（令和11年度）（note 変更前）', after: '30人・2029年度（令和11年度）（note 変更後）' });
  });
});

describe('structure and plan fields', () => {
  const base = {
    id: 'x', municipality: { name: '札幌市', code: '011002', prefecture: '北海道' }, title: '計画', edition: '第1期',
    period: { start: 2024, end: 2029 }, legalBasis: ['社会福祉法第107条'], encompasses: [], philosophy: { notStated: true }, evaluation: { notStated: true },
    terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' }, source: { file: 'f', title: 't' },
  };
  const make = (extra: Record<string, unknown>) => {
    const r = validatePlan({ ...base, ...extra });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    return { id: 'x', plan: r.value, progress: [], findings: [] } satisfies PlanSnapshot;
  };

  it('an initiative moved to another policy, a policy removed, a goal described anew, the period changed', () => {
    const before = make({
      goals: [
        { id: 'g1', no: 'Ⅰ', title: '目標1', policies: [{ id: 'p1', no: 1, title: '施策1', initiatives: [{ id: 'i1', title: '取組1' }] }, { id: 'p2', no: 2, title: '施策2' }] },
        { id: 'g2', no: 'Ⅱ', title: '目標2', policies: [{ id: 'p3', no: 3, title: '施策3' }] },
      ],
    });
    const after = make({
      period: { start: 2024, end: 2030 },
      goals: [
        { id: 'g1', no: 'Ⅰ', title: '目標1', description: ['新しい説明'], policies: [{ id: 'p1', no: 1, title: '施策1' }] },
        { id: 'g2', no: 'Ⅱ', title: '目標2', policies: [{ id: 'p3', no: 3, title: '施策3', initiatives: [{ id: 'i1', title: '取組1' }] }] },
      ],
    });
    expect(diffPlan('x', before, after).changes).toEqual([
      { kind: 'plan-changed', key: 'period', before: '2024年度（令和6年度）〜2029年度（令和11年度）', after: '2024年度（令和6年度）〜2030年度（令和12年度）' },
      { kind: 'node-changed', level: 'goal', id: 'g1', title: '目標1', keys: ['description'] },
      { kind: 'node-removed', level: 'policy', id: 'p2', title: '施策2', where: '基本目標Ⅰ' },
      { kind: 'node-moved', level: 'initiative', id: 'i1', title: '取組1', before: '基本目標Ⅰ ＞ 施策1', after: '基本目標Ⅱ ＞ 施策3' },
    ]);
  });
});

describe('markdown', () => {
  it('escapes the table cell separator and line breaks of names as printed', () => {
    const d = diffPlan('x', snap(plan({ name: 'A|B' })), snap(plan({ name: 'A|B\n（再掲）' })));
    const md = markdown({ base: 'main', head: 'HEAD', plans: [d] });
    expect(md).toContain('| 指標名を変更 | A\\|B<br>（再掲） | A\\|B | A\\|B<br>（再掲） |   |');
  });
});
