/**
 * The defect lists lint is measured against (issue 17) stay usable: every row parses, ids are unique per
 * list, each names a plan that exists, and every row that says its defect is encoded points at a place
 * the plan module really has (so a plan edit that moves a path breaks this test, not the measurement).
 * The matcher of scripts/measure-lint.ts is checked on hand-made findings.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModuleFile, type Finding } from '@keikaku/core';
import { matchFinding, parseDefectList } from '../../scripts/measure-lint.js';
import { ROOT } from '../support/run-cli.js';

const CORPUS = join(ROOT, 'test/corpus');
const LISTS = [
  { list: 'test/corpus/seeds-defects.md', root: ROOT },
  ...readdirSync(join(CORPUS, 'plans')).map((id) => ({ list: `test/corpus/plans/${id}/defects.md`, root: CORPUS })),
];

function resolve(value: unknown, path: string): unknown {
  let v = value;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[m[2] ?? m[1]!];
  }
  return v;
}

describe.each(LISTS)('$list', ({ list, root }) => {
  const rows = parseDefectList(readFileSync(join(ROOT, list), 'utf8'), list);
  it('parses, with unique ids, known plans and at least one pre-written defect', () => {
    expect(rows.filter((r) => !r.accepted && r.verdict === 'defect').length).toBeGreaterThan(0);
    const ids = rows.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rows) {
      expect(existsSync(join(root, 'plans', r.plan, 'plan.ts')), `${r.id}: plan ${r.plan}`).toBe(true);
      expect(r.rules.length, `${r.id}: rules`).toBeGreaterThan(0);
    }
  });
  it('every encoded row points at a place the module has, holding its quote when it has one', () => {
    for (const r of rows.filter((x) => x.encoded && x.file !== '*' && x.path !== '*')) {
      const m = readModuleFile(root, join(root, 'plans', r.plan, r.file), r.file === 'plan.ts' ? 'plan' : 'progress');
      const v = resolve(m.value, r.path);
      expect(v, `${r.id}: ${r.file} ${r.path}`).toBeDefined();
      if (r.quote && typeof v === 'string') expect(v, r.id).toContain(r.quote);
    }
  });
});

describe('matchFinding', () => {
  const rows = parseDefectList(
    [
      '| id | plan | file | path | quote | rules | verdict | encoded | kind | note |',
      '|---|---|---|---|---|---|---|---|---|---|',
      '| X1 | p | plan.ts | goals[0].indicators[1] | - | missing-target | defect | yes | t | |',
      '| X2 | p | * | * | 「援体制」 | prose/* | defect | yes | t | |',
      '| X3 | p | plan.ts | goals[1] | - | * | debatable | yes | t | |',
      '| X4 | p | * | * | 「地域での福祉ボランティア活動の広がりに関して満足している市民の割合」 | actuals-past-target | defect | yes | t | |',
    ].join('\n'),
    'inline',
  );
  const f = (path: string, ruleId: string, ja = ''): Finding =>
    ({ ruleId, path, file: 'plans/p/plan.ts', message: { ja, en: '' }, severity: 'warning' }) as unknown as Finding;
  const LONG = '地域での福祉ボランティア活動の広がりに関して満足している市民の割合';
  const values = new Map<string, unknown>([
    ['plan.ts', { goals: [{ notes: ['問わない援体制'] }], indicators: [{ id: 'manzoku', name: LONG }] }],
    ['progress/2017.ts', { actuals: [{ indicator: 'manzoku', value: 57.3 }] }],
  ]);
  const ids = (x: Finding, file = 'plans/p/plan.ts') => matchFinding({ ...x, file }, 'p', 'plans/p/', values, rows).map((r) => r.id);
  it.each([
    ['goals[0].indicators[1].target.value', 'missing-target', '', ['X1']],
    ['goals[0].indicators[10].target.value', 'missing-target', '', []], // [10] is not below [1]
    ['goals[0].indicators[1]', 'baseline-missing', '', []], // wrong rule
    ['goals[0].notes[0]', 'prose/prh', '', ['X2']], // quote found in the value at the path
    ['goals[2].title', 'prose/ja-no-mistake', '「援体制」です', ['X2']], // quote found in the message
    ['goals[1].policies[0].title', 'anything', '', ['X3']],
  ])('%s %s → %j', (path, rule, ja, want) => {
    expect(ids(f(path, rule, ja))).toEqual(want);
  });
  // A message shortens a long name (「…（33文字）」): the row's whole name is found through the place.
  it('a quoted indicator name matches through the indicator the path runs through, or a progress actual\'s indicator', () => {
    const short = '指標「地域での福祉ボランティア活動の広がりに関して満足している市民…（33文字）」の実績';
    expect(ids(f('indicators[0].target.value', 'actuals-past-target', short))).toEqual(['X4']);
    expect(ids(f('actuals[0].value', 'actuals-past-target', short), 'plans/p/progress/2017.ts')).toEqual(['X4']);
    expect(ids(f('goals[0].notes[0]', 'actuals-past-target', short))).toEqual([]); // not under that indicator
  });
});
