/**
 * The typed plan accessors (access.ts): a table per accessor, over every value
 * shape the schema has, so a consumer can rely on them instead of re-deriving
 * the shape. Each table row is what the document says and what the accessor
 * must answer; years are the calendar facts (令和元年度 = 2019).
 */
import { describe, expect, it } from 'vitest';
import {
  ERA_CHANGE_YEARS,
  ERA_LAST_YEAR,
  ERA_OFFSET,
  absentOf,
  formatPath,
  walkIndicators,
  walkInitiatives,
  walkNodes,
  actualsOf,
  declaredScales,
  eraOfFiscalYear,
  fy,
  inPlanPeriod,
  indicatorsById,
  isKind,
  isNotStated,
  notStated,
  numericPair,
  partsOf,
  planPeriod,
  plannedOf,
  printedYear,
  quantityOf,
  reiwa,
  sameValue,
  seriesOf,
  tbd,
  tbdOf,
  valueAs,
  valueKind,
  type GradingScale,
  type Indicator,
  type Plan,
  type Progress,
  type Value,
  type ValueKind,
} from '@keikaku/schema';

const VALUES: [label: string, value: Value, kind: ValueKind][] = [
  ['97.75%', 97.75, 'quantity'],
  ['(個人) 525人 (団体) 279団体', { parts: [{ part: '個人', value: 525, unit: '人' }, { part: '団体', value: 279, unit: '団体' }] }, 'composite'],
  ['実施', { state: '実施' }, 'state'],
  ['↗', { direction: '↗' }, 'direction'],
  ['年1回以上', { frequency: { count: 1, per: '年', atLeast: true } }, 'frequency'],
  ['R4開設', { milestone: '開設', fy: reiwa(4) }, 'milestone'],
  ['―', { missing: '―' }, 'missing'],
  ['数値目標は設定しない', { absent: '数値目標は設定しない', reason: '新規事業のため' }, 'absent'],
  ['倍増', { relative: { rule: 'times', by: 2, base: { value: 120 } }, printed: '倍増' }, 'relative'],
  ['毎年増加', { recurring: 'increase', printed: '毎年増加' }, 'recurring'],
];
const KINDS = VALUES.map(([, , k]) => k);

describe('valueAs and isKind: one answer per shape', () => {
  for (const [label, value, kind] of VALUES) {
    it(`${label} is ${kind} and nothing else`, () => {
      expect(valueKind(value)).toBe(kind);
      for (const k of KINDS) {
        expect(isKind(value, k)).toBe(k === kind);
        expect(valueAs(value, k)).toBe(k === kind ? value : undefined);
      }
    });
  }
  it('valueAs of a left-out value is undefined', () => expect(valueAs(undefined, 'quantity')).toBeUndefined());
  it('valueAs narrows: the direction of ↗', () => expect(valueAs({ direction: '↗' }, 'direction')?.direction).toBe('↗'));
});

describe('quantityOf', () => {
  const rows: [Value | undefined, number | undefined][] = [
    [0, 0],
    [1817, 1817],
    [-3, -3],
    [Number.NaN, undefined],
    [{ state: '実施' }, undefined],
    [{ parts: [{ part: 'a', value: 1 }] }, undefined],
    [undefined, undefined],
  ];
  for (const [v, want] of rows) it(`${JSON.stringify(v)} → ${want}`, () => expect(quantityOf(v)).toBe(want));
});

describe('partsOf', () => {
  it('names parts as printed, by unit when unnamed, first occurrence wins', () => {
    const v: Value = {
      parts: [
        { part: '個人', value: 525, unit: '人' },
        { part: { notStated: true }, value: 279, unit: '団体' },
        { part: '個人', value: 1 },
        { part: 'その他', value: { missing: '―' } },
      ],
    };
    expect([...partsOf(v, '件').values()]).toEqual([
      { name: '個人', value: 525, unit: '人', index: 0 },
      { name: '団体', value: 279, unit: '団体', index: 1 },
      { name: 'その他', value: { missing: '―' }, unit: '件', index: 3 },
    ]);
  });
  for (const [label, value] of VALUES.filter(([, , k]) => k !== 'composite')) {
    it(`${label} has no parts`, () => expect(partsOf(value, '件').size).toBe(0));
  }
});

describe('sameValue', () => {
  const rows: [Value, Value, boolean][] = [
    [{ missing: '―' }, { missing: '－' }, true],
    [12, 12, true],
    [12, 13, false],
    [{ state: '実施' }, { state: '継続' }, false],
    [{ missing: '―' }, 0, false],
  ];
  for (const [a, b, want] of rows) it(`${JSON.stringify(a)} ~ ${JSON.stringify(b)}: ${want}`, () => expect(sameValue(a, b)).toBe(want));
});

describe('absentOf', () => {
  const absence = { absent: '基準値なし', reason: '新規事業のため' };
  const rows: [label: string, x: Parameters<typeof absentOf>[0], want: unknown][] = [
    ['a stated absence in place of the figure', absence, absence],
    ['a stated absence as the value of a target', { fy: reiwa(11), value: absence }, absence],
    ['a figure', { fy: reiwa(11), value: 30 }, undefined],
    ['a blank is not a stated absence', { fy: reiwa(11), value: { missing: '―' } }, undefined],
    ['a bare value', 30, undefined],
    ['left out', undefined, undefined],
  ];
  for (const [label, x, want] of rows) it(label, () => expect(absentOf(x)).toEqual(want));
});

describe('years: tbdOf, isNotStated, planPeriod, inPlanPeriod', () => {
  it('tbdOf and isNotStated tell the four year shapes apart', () => {
    const rows = [
      [reiwa(6), undefined, false],
      [printedYear('平成32年度'), undefined, false],
      [tbd('令和〇年度'), { tbd: '令和〇年度' }, false],
      [notStated(), undefined, true],
      [undefined, undefined, false],
    ] as const;
    for (const [y, t, ns] of rows) {
      expect(tbdOf(y)).toEqual(t);
      expect(isNotStated(y)).toBe(ns);
    }
  });
  const rows: [label: string, period: Plan['period'], want: { start?: number; end?: number }][] = [
    ['令和6–11年度', { start: reiwa(6), end: reiwa(11) }, { start: 2024, end: 2029 }],
    ['a printed start (平成32年度 = 2020)', { start: printedYear('平成32年度'), end: reiwa(6) }, { start: 2020, end: 2024 }],
    ['an undecided end', { start: reiwa(6), end: tbd('令和〇年度') }, { start: 2024 }],
    ['no period stated', notStated(), {}],
  ];
  for (const [label, period, want] of rows) it(`planPeriod: ${label}`, () => expect(planPeriod({ period })).toEqual(want));
  it('inPlanPeriod is inclusive and false without a whole period', () => {
    const p = { period: { start: reiwa(6), end: reiwa(11) } };
    expect([2023, 2024, 2029, 2030].map((y) => inPlanPeriod(p, y))).toEqual([false, true, true, false]);
    expect(inPlanPeriod({ period: { start: reiwa(6), end: tbd('令和〇年度') } }, 2025)).toBe(false);
  });
});

const ind = (over: Partial<Indicator>): Indicator => ({ id: 'ind-a', name: '指標A', unit: '件', direction: 'increase', ...over });

describe('numericPair, seriesOf, plannedOf', () => {
  const rows: [label: string, i: Indicator, want: ReturnType<typeof numericPair>][] = [
    ['both numbers', ind({ baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: 20 } }), { b: 10, t: 20, bfy: fy(2022), tfy: fy(2029) }],
    ['a tbd target year keeps the numbers', ind({ baseline: { fy: reiwa(4), value: 10 }, target: { fy: tbd('令和〇年度'), value: 20 } }), { b: 10, t: 20, bfy: fy(2022) }],
    ['a qualitative target', ind({ baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: { state: '継続' } } }), undefined],
    ['a stated-absent baseline', ind({ baseline: { absent: '基準値なし' }, target: { fy: reiwa(11), value: 20 } }), undefined],
    ['no target', ind({ baseline: { fy: reiwa(4), value: 10 } }), undefined],
  ];
  for (const [label, i, want] of rows) it(`numericPair: ${label}`, () => expect(numericPair(i)).toEqual(want));
  it('seriesOf and plannedOf are empty when left out, the entries otherwise', () => {
    expect(seriesOf(ind({}))).toEqual([]);
    expect(plannedOf(ind({}))).toEqual([]);
    const series = [{ fy: reiwa(7), value: 12 }];
    expect(seriesOf(ind({ series }))).toBe(series);
    expect(plannedOf(ind({ planned: series }))).toBe(series);
  });
});

describe('indicatorsById, actualsOf, declaredScales', () => {
  const goals = [
    { id: 'g1', no: 1, title: '目標', indicators: [ind({ id: 'a' }), ind({ id: 'b' })], policies: [{ id: 'p1', no: 1, title: '施策', indicators: [ind({ id: 'c' }), ind({ id: 'a', name: '重複' })] }] },
  ] as Plan['goals'];
  it('indicatorsById finds indicators at every level, the first of a repeated id', () => {
    const byId = indicatorsById({ goals });
    expect([...byId.keys()]).toEqual(['a', 'b', 'c']);
    expect(byId.get('a')?.name).toBe('指標A');
  });
  it('actualsOf keeps module year and index, across modules', () => {
    const progress = [
      { fy: fy(2024), actuals: [{ indicator: 'a', value: 1 }, { indicator: 'b', value: 2 }] },
      { fy: fy(2025), actuals: [{ indicator: 'b', value: 3 }, { indicator: 'a', value: 4 }] },
    ] as Pick<Progress, 'fy' | 'actuals'>[];
    expect(actualsOf(progress, 'a').map((a) => [a.fy, a.index, a.actual.value])).toEqual([[2024, 0, 1], [2025, 1, 4]]);
    expect(actualsOf(progress, 'z')).toEqual([]);
  });
  it('declaredScales: a scale without appliesTo grades indicators', () => {
    const levels = [
      { mark: 'A', label: '達成', meaning: 'achieved' },
      { mark: 'B', label: '未達成', meaning: 'worse' },
    ] as GradingScale['levels'];
    const grading: GradingScale[] = [
      { id: 's1', levels },
      { id: 's2', levels, appliesTo: ['initiative'] },
      { id: 's3', levels, appliesTo: ['indicator', 'goal'] },
    ];
    expect(declaredScales({ grading }).map((s) => s.id)).toEqual(['s1', 's3']);
    expect(declaredScales({ grading }, 'initiative').map((s) => s.id)).toEqual(['s2']);
    expect(declaredScales({})).toEqual([]);
  });
});

describe('era tables (one place: fiscal-year.ts)', () => {
  it('ERA_OFFSET agrees with the era start dates: year 1 of each era is the year it began', () => {
    expect(Object.entries(ERA_OFFSET).map(([era, off]) => `${era}${off + 1}`)).toEqual(['明治1868', '大正1912', '昭和1926', '平成1989', '令和2019']);
  });
  it('the last year of each ended era is the year the next began', () => {
    expect(ERA_LAST_YEAR).toEqual({ 明治: 45, 大正: 15, 昭和: 64, 平成: 31 });
    expect(Object.keys(ERA_CHANGE_YEARS).map(Number)).toEqual([1912, 1926, 1989, 2019]);
  });
  const rows: [number, string, string][] = [
    [2019, '令和', '元'],
    [2024, '令和', '6'],
    [2018, '平成', '30'],
    [1988, '昭和', '63'],
  ];
  for (const [year, era, n] of rows) it(`eraOfFiscalYear(${year}) = ${era}${n}`, () => expect(eraOfFiscalYear(year)).toEqual({ era, n }));
});

describe('the walkers', () => {
  const goals = [
    {
      id: 'g1', no: 1, title: '目標',
      indicators: [ind({ id: 'a' })],
      initiatives: [{ id: 'i1', title: '取組' }],
      policies: [{ id: 'p1', no: 1, title: '施策', indicators: [ind({ id: 'b' })], approaches: [{ id: 'x1', title: '方向' }] }],
    },
  ] as Plan['goals'];
  it('give every node, indicator and initiative with its path, depth first, the plan’s own indicators first', () => {
    const plan = { goals, indicators: [ind({ id: 'top' })] };
    expect(walkNodes(plan).map((v) => [v.level, v.node.id, formatPath(v.path), v.ancestors.map((a) => a.id)])).toEqual([
      ['goal', 'g1', 'goals[0]', []],
      ['policy', 'p1', 'goals[0].policies[0]', ['g1']],
      ['approach', 'x1', 'goals[0].policies[0].approaches[0]', ['g1', 'p1']],
    ]);
    expect(walkIndicators(plan).map((v) => [v.indicator.id, formatPath(v.path), v.owner?.node.id])).toEqual([
      ['top', 'indicators[0]', undefined],
      ['a', 'goals[0].indicators[0]', 'g1'],
      ['b', 'goals[0].policies[0].indicators[0]', 'p1'],
    ]);
    expect(walkInitiatives(plan).map((v) => [v.initiative.id, formatPath(v.path), v.owner.node.id])).toEqual([['i1', 'goals[0].initiatives[0]', 'g1']]);
  });
  it('share the visits of the plan object walked last; another plan object (a copy with a goal more) gets its own', () => {
    const plan = { goals };
    expect(walkNodes(plan)).toBe(walkNodes(plan));
    expect(walkIndicators(plan)).toBe(walkIndicators(plan));
    const more = { ...plan, goals: [...goals, { id: 'g2', no: 2, title: '目標2', indicators: [ind({ id: 'c' })] }] as Plan['goals'] };
    expect(walkNodes(more).map((v) => v.node.id)).toEqual(['g1', 'p1', 'x1', 'g2']);
    expect(walkIndicators(more).map((v) => v.indicator.id)).toEqual(['a', 'b', 'c']);
    expect(walkNodes(plan).map((v) => v.node.id)).toEqual(['g1', 'p1', 'x1']);
  });
});
