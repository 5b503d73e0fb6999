/**
 * Grading that never says what the data does not say (issue 15 §2): a table
 * of own-scale cases (missing data, levels sharing a meaning, undecidable
 * levels), 見込量 without a target, 累計 from zero, growth status, scores
 * from meanings, previous years, provisional figures, goal-level city grades
 * and a report year outside the plan period.
 */
import { describe, expect, it } from 'vitest';
import { fy, type Indicator, type Plan, type Progress } from '@keikaku/schema';
import { chooseLevel, evaluatePlan, levelDegree, type NodeEvaluation, type PartEvaluation, type PlanEvaluation } from '../src/evaluate/index.js';

type Spec = Record<string, unknown>;
// Test data is built loosely and cast once here: the evaluation takes Zod-validated plans.
const ind = (o: Spec = {}): Indicator =>
  ({ id: 'ind', name: '指標', unit: '%', direction: 'increase', baseline: { fy: fy(2022), value: 40 }, target: { fy: fy(2029), value: 54 }, ...o }) as unknown as Indicator;
const planWith = (indicators: Indicator[], o: Spec = {}): Plan =>
  ({
    id: 'p',
    period: { start: fy(2022), end: fy(2029) },
    goals: [{ id: 'g1', no: 1, title: '目標1', policies: [{ id: 'p1', no: 1, title: '施策1', indicators }] }],
    ...o,
  }) as unknown as Plan;
const prog = (year: number, actuals: Spec[], extra: Spec = {}): Progress =>
  ({ plan: 'p', fy: year, actuals: actuals.map((a) => ({ indicator: 'ind', ...a })), ...extra }) as unknown as Progress;

const ROMAN = { id: 'roman', levels: [
  { mark: 'Ⅰ', label: '達成', meaning: 'achieved' },
  { mark: 'Ⅱ', label: '概ね順調', meaning: 'on-track' },
  { mark: 'Ⅲ', label: '遅れている', meaning: 'worse' },
  { mark: 'Ⅳ', label: '法制度等の改定により比較不能', meaning: 'not-comparable' },
] };
const OWN_WORD = { id: 'own', levels: [
  { mark: 'a', label: '順調', meaning: 'on-track' },
  { mark: 'c', label: '悪化', meaning: 'worse' },
  { mark: '－', label: '評価不能', meaning: 'not-evaluable' },
] };
const TWO_ACHIEVED = { id: 'jigyo', levels: [
  { mark: '◎', label: '当初の目標を上回って達成', meaning: 'achieved' },
  { mark: '○', label: '目標どおり達成', meaning: 'achieved' },
  { mark: '△', label: '一部未達成', meaning: 'at-risk' },
  { mark: '×', label: '未達成', meaning: 'worse' },
] };
const UNDECIDABLE = { id: 'ab', levels: [
  { mark: 'S', label: '達成', meaning: 'achieved' },
  { mark: 'A', label: '達成（良好）', meaning: 'achieved' },
  { mark: 'C', label: '悪化', meaning: 'worse' },
] };

function partOf(e: PlanEvaluation): PartEvaluation {
  return e.goals[0]!.children[0]!.indicators[0]!.parts[0]!;
}

interface Row {
  name: string;
  grading: Spec[];
  indicator: Indicator;
  progress: Progress[];
  fy?: number;
  grade: string;
  meaning?: string;
  gradeSource?: 'computed' | 'city';
  reason?: RegExp;
  not?: string[];
}

const rows: Row[] = [
  // Missing data is "not evaluable", never a level that means something else.
  { name: 'missing is never not-comparable: no actual on a scale with 比較不能', grading: [ROMAN], indicator: ind(), progress: [], grade: 'E', meaning: 'not-evaluable', reason: /評価困難：|実績が記録されていない/, not: ['Ⅳ'] },
  { name: 'missing is never not-comparable: blank actual', grading: [ROMAN], indicator: ind(), progress: [prog(2024, [{ value: { missing: '―' } }])], grade: 'E', meaning: 'not-evaluable', not: ['Ⅳ'] },
  { name: "missing uses the plan's own word for not evaluable", grading: [OWN_WORD], indicator: ind(), progress: [], grade: '－', meaning: 'not-evaluable', reason: /^評価不能：/ },
  // Levels sharing a meaning are chosen by the scale's own wording.
  { name: 'an actual equal to the target is 目標どおり, not 上回って', grading: [TWO_ACHIEVED], indicator: ind(), progress: [prog(2024, [{ value: 54 }])], grade: '○', meaning: 'achieved' },
  { name: 'an actual beyond the target is 上回って', grading: [TWO_ACHIEVED], indicator: ind(), progress: [prog(2024, [{ value: 60 }])], grade: '◎', meaning: 'achieved' },
  {
    name: "an actual equal to the year's planned state is 目標どおり",
    grading: [TWO_ACHIEVED],
    indicator: ind({ unit: undefined, baseline: { fy: fy(2022), value: { state: '未実施' } }, target: { fy: fy(2029), value: { state: '見直し' } }, series: [{ fy: fy(2024), value: { state: '策定' } }] }),
    progress: [prog(2024, [{ value: { state: '策定' } }])],
    grade: '○',
  },
  { name: "an actual equal to the year's planned amount (見込量) is 目標どおり", grading: [TWO_ACHIEVED], indicator: ind({ unit: '人', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 200 }, planned: [{ fy: fy(2024), value: 150 }] }), progress: [prog(2024, [{ value: 150 }])], grade: '○' },
  { name: 'a decrease measure below its target is 上回って', grading: [TWO_ACHIEVED], indicator: ind({ unit: '件', direction: 'decrease', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 30 } }), progress: [prog(2024, [{ value: 25 }])], grade: '◎' },
  // Where the scale cannot decide, no computed grade: the city's, or none.
  { name: 'undecidable levels, no city grade: no computed grade', grading: [UNDECIDABLE], indicator: ind(), progress: [prog(2024, [{ value: 60 }])], grade: 'E', meaning: 'not-evaluable', reason: /どちらにあたるかを決める定めがない/, not: ['S', 'A'] },
  {
    name: "undecidable levels with a city grade: the city's grade is shown",
    grading: [UNDECIDABLE],
    indicator: ind(),
    progress: [prog(2024, [{ value: 60 }], { grades: [{ target: 'ind', scale: 'ab', grade: 'A' }] })],
    grade: 'A',
    meaning: 'achieved',
    gradeSource: 'city',
  },
  // 見込量 grades an indicator with no target.
  { name: '見込量 reached, no target (B)', grading: [], indicator: ind({ unit: '人', target: { absent: '数値目標は設定しない' }, baseline: { fy: fy(2022), value: 100 }, planned: [{ fy: fy(2024), value: 150 }] }), progress: [prog(2024, [{ value: 160 }])], grade: 'B', reason: /見込量で判定：実績値 160人 が見込量 150人 に達した/ },
  { name: '見込量 short, improving, no target (B*)', grading: [], indicator: ind({ unit: '人', target: { absent: '数値目標は設定しない' }, baseline: { fy: fy(2022), value: 100 }, planned: [{ fy: fy(2024), value: 150 }] }), progress: [prog(2024, [{ value: 140 }])], grade: 'B*', reason: /見込量 150人 に届かない/ },
  { name: '見込量 short, no baseline, no target (E: improvement unknown)', grading: [], indicator: ind({ unit: '人', target: { absent: '数値目標は設定しない' }, baseline: { absent: '基準値なし' }, planned: [{ fy: fy(2024), value: 150 }] }), progress: [prog(2024, [{ value: 140 }])], grade: 'E', reason: /改善か悪化か判断できない/ },
  { name: 'interim short with no baseline is not called improving (E, never B*)', grading: [], indicator: ind({ unit: '人', baseline: { absent: '基準値なし' }, target: { fy: fy(2029), value: 200 }, planned: [{ fy: fy(2024), value: 150 }] }), progress: [prog(2024, [{ value: 140 }])], grade: 'E' },
  // 累計 counts start from zero (the end of the year before the plan period), or a stated baseline.
  { name: '累計 with no baseline is measured from zero before the plan period', grading: [], indicator: ind({ unit: '人', measure: '累計', baseline: { absent: '基準値なし' }, target: { fy: fy(2029), value: 800 } }), progress: [prog(2024, [{ value: 320 }])], grade: 'B', reason: /0 を起点とした/ },
  { name: '累計 below the straight line from zero (B*)', grading: [], indicator: ind({ unit: '人', measure: '累計', baseline: { absent: '基準値なし' }, target: { fy: fy(2029), value: 800 } }), progress: [prog(2024, [{ value: 200 }])], grade: 'B*' },
];

describe('grading table: own scales and what the data does not say', () => {
  it.each(rows)('$name → $grade', (r) => {
    const e = evaluatePlan(planWith([r.indicator], { grading: r.grading }), r.progress, r.fy ?? 2024);
    const res = partOf(e).result;
    expect(res.grade, res.reason.ja).toBe(r.grade);
    if (r.meaning) expect(res.meaning).toBe(r.meaning);
    expect(res.gradeSource).toBe(r.gradeSource ?? 'computed');
    if (r.reason) expect(res.reason.ja).toMatch(r.reason);
    for (const n of r.not ?? []) expect(res.grade).not.toBe(n);
  });

  it('累計 from zero: the rate and pace are counted from the origin', () => {
    const e = evaluatePlan(planWith([ind({ unit: '人', measure: '累計', baseline: { absent: '基準値なし' }, target: { fy: fy(2029), value: 800 } })]), [prog(2024, [{ value: 320 }])], 2024);
    const res = partOf(e).result;
    expect(res.achievementRate).toBeCloseTo(320 / 800, 9);
    expect(res.expectedPace).toBeCloseTo(3 / 8, 9); // 2021年度末 → 2029: 3 of 8 years by FY2024
  });

  it('a stated 累計 baseline is the origin (not zero)', () => {
    const e = evaluatePlan(planWith([ind({ unit: '人', measure: '累計', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 800 } })]), [prog(2024, [{ value: 320 }])], 2024);
    expect(partOf(e).result.achievementRate).toBeCloseTo(220 / 700, 9);
  });

  it('levels are chosen by their wording; undecidable wording decides nothing', () => {
    expect(levelDegree({ label: '当初の目標を上回って達成' })).toBe('above');
    expect(levelDegree({ label: '目標どおり達成' })).toBe('as-planned');
    expect(levelDegree({ label: '達成' })).toBeUndefined();
    const levels = TWO_ACHIEVED.levels.map((l) => ({ ...l, meanings: [l.meaning] })) as Parameters<typeof chooseLevel>[0];
    expect(chooseLevel(levels, { meaning: 'achieved', degree: 'as-planned' })).toEqual({ level: levels[1] });
    expect(chooseLevel(levels, { meaning: 'achieved', degree: 'above' })).toEqual({ level: levels[0] });
    expect(chooseLevel(levels, { meaning: 'achieved' })).toEqual({ undecided: [levels[0], levels[1]] });
    // not evaluable never falls back to another meaning
    expect(chooseLevel(ROMAN.levels.map((l) => ({ ...l, meanings: [l.meaning] })) as Parameters<typeof chooseLevel>[0], { meaning: 'not-evaluable' })).toBeUndefined();
  });

  it('a growth status is never given on a row graded not evaluable', () => {
    const i = ind({ references: [{ fy: fy(2023), value: 44 }] });
    const graded = partOf(evaluatePlan(planWith([i]), [], 2023));
    expect(graded.result.grade).toBe('B');
    expect(graded.growth?.status).toBe('substantial_progress');
    const notEvaluable = partOf(evaluatePlan(planWith([i]), [], 2024));
    expect(notEvaluable.result.grade).toBe('E');
    expect(notEvaluable.growth).toBeUndefined();
  });

  it("the previous year's grade stands beside this year's where a previous progress year exists", () => {
    const e = evaluatePlan(planWith([ind()]), [prog(2023, [{ value: 38 }]), prog(2024, [{ value: 45 }])], 2024);
    const part = partOf(e);
    expect(part.result.grade).toBe('B');
    expect(part.previous).toMatchObject({ fy: 2023, grade: 'D' });
    // a progress file for the previous year without this indicator: graded E that year
    const none = partOf(evaluatePlan(planWith([ind()]), [prog(2023, [], {}), prog(2024, [{ value: 45 }])], 2024));
    expect(none.previous).toMatchObject({ fy: 2023, grade: 'E' });
    // no previous progress year and no value: nothing
    expect(partOf(evaluatePlan(planWith([ind()]), [prog(2024, [{ value: 45 }])], 2024)).previous).toBeUndefined();
  });

  it('provisional figures are flagged and counted; the annualised figure is on the point', () => {
    const i = ind({ unit: '件', measure: '単年度', baseline: { fy: fy(2022), value: 1000 }, target: { fy: fy(2029), value: 1700 } });
    const e = evaluatePlan(planWith([i, ind({ id: 'other' })]), [prog(2024, [{ value: 900, asOf: '2024-12-31', provisional: true }])], 2024);
    const part = partOf(e);
    expect(part.result.provisional).toBe(true);
    expect(part.result.mark).toBe('※');
    expect(part.result.actual).toMatchObject({ number: 900, graded: 1200, months: 9 });
    expect(e.graded).toEqual({ parts: 2, graded: 1, provisional: 1 });
  });
});

describe('roll-up: scores from meanings, and city grades of goals and policies', () => {
  const TASSEI = { id: 'tassei', name: '達成度', appliesTo: ['policy', 'goal'], levels: [
    { mark: '5', label: '達成', meaning: 'achieved' },
    { mark: '4', label: '順調', meaning: 'on-track' },
    { mark: '3', label: 'やや遅れ', meaning: 'at-risk' },
    { mark: '2', label: '遅れ', meaning: 'worse' },
  ] };
  const ABC = { id: 'abc', levels: [
    { mark: 'a', label: '順調', meaning: 'on-track' },
    { mark: 'b', label: '遅れているが改善又は横ばい', meaning: 'at-risk' },
    { mark: 'c', label: '悪化', meaning: 'worse' },
  ] };
  const two = [ind({ id: 'x' }), ind({ id: 'y' })];
  const actuals = (x: number, y: number) => [{ indicator: 'x', value: x }, { indicator: 'y', value: y }];

  it('per-goal and per-policy scores come from the meaning of each grade, on every scale', () => {
    const own = evaluatePlan(planWith(two, { grading: [ABC] }), [prog(2024, actuals(45, 38))], 2024);
    const g = own.goals[0]!;
    expect(own.counts).toMatchObject({ a: 1, c: 1 });
    expect(g.score).toBeCloseTo((4 + 2) / 2, 9); // a = on-track (4), c = worse (2): no "―"
    expect(g.children[0]!.score).toBeCloseTo(3, 9);
    expect(own.score).toBeCloseTo(3, 9);
    const kenko = evaluatePlan(planWith(two), [prog(2024, actuals(55, 42))], 2024);
    expect(kenko.goals[0]!.score).toBeCloseTo((5 + 4) / 2, 9);
    expect(evaluatePlan(planWith(two), [], 2024).goals[0]!.score).toBeUndefined();
  });

  const goalGrades = (g: string, p: string) => [{ target: 'g1', scale: 'tassei', grade: g }, { target: 'p1', scale: 'tassei', grade: p, reason: '取組は概ね進んだ' }];
  const byId = (e: PlanEvaluation) => {
    const m = new Map<string, NodeEvaluation>();
    const visit = (n: NodeEvaluation) => { m.set(n.id, n); n.children.forEach(visit); };
    e.goals.forEach(visit);
    return m;
  };

  it('a city grade of a goal and a policy is shown beside the computed roll-up', () => {
    // computed: A (5) and B (4) → 4.5; the city says 5 達成 for the goal and 4 順調 for the policy
    const e = evaluatePlan(planWith(two, { grading: [TASSEI] }), [prog(2024, actuals(55, 45), { grades: goalGrades('5', '4') })], 2024);
    const n = byId(e);
    expect(n.get('g1')!.cityGrade).toMatchObject({ scale: 'tassei', grade: '5', label: '達成', meaning: 'achieved', rollup: { graded: 2, score: 4.5 }, differs: false });
    expect(n.get('p1')!.cityGrade).toMatchObject({ grade: '4', label: '順調', reason: '取組は概ね進んだ', differs: false });
    expect(n.get('g1')!.cityGrade!.comparison.ja).toContain('市の評価「5 達成」');
  });

  it('a city grade that differs from the roll-up by a step is flagged', () => {
    // computed: D (2) and D (2) → 2.0; the city says 4 順調
    const e = evaluatePlan(planWith(two, { grading: [TASSEI] }), [prog(2024, actuals(38, 39), { grades: goalGrades('4', '4') })], 2024);
    const g = byId(e).get('g1')!.cityGrade!;
    expect(g).toMatchObject({ differs: true, rollup: { score: 2, meaning: 'worse' } });
    expect(g.comparison.ja).toContain('1点以上の差があります');
  });

  it('a city grade over indicators none of which could be graded is not compared', () => {
    const e = evaluatePlan(planWith(two, { grading: [TASSEI] }), [prog(2024, [], { grades: goalGrades('4', '4') })], 2024);
    const g = byId(e).get('g1')!.cityGrade!;
    expect(g.differs).toBeUndefined();
    expect(g.rollup).toEqual({ graded: 0 });
    expect(g.comparison.ja).toContain('比べられません');
  });
});

describe('a report year outside the plan period', () => {
  it('says so in a plain sentence', () => {
    const e = evaluatePlan(planWith([ind()], { period: { start: fy(2019), end: fy(2023) } }), [], 2024);
    expect(e.outsidePeriod?.ja).toBe('2024年度（令和6年度）は、この計画の計画期間（2019年度（令和元年度）から2023年度（令和5年度）まで）が終わった後の年度です。');
    expect(evaluatePlan(planWith([ind()]), [], 2024).outsidePeriod).toBeUndefined();
  });
});
