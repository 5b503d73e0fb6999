/**
 * The evaluation table: every value shape the schema holds, with the expected
 * achievement rate and grade. Indicators are plain schema objects; nothing is
 * rendered.
 */
import { describe, expect, it } from 'vitest';
import { fy, Progress, Value, type Indicator, type Plan } from '@keikaku/schema';
import { evaluateIndicator, evaluatePlan, kenkoNippon21, monthsElapsed, scaleFromPlan } from '../src/evaluate/index.js';

type Spec = Record<string, unknown>;
const ind = (o: Spec = {}): Indicator =>
  ({
    id: 'ind',
    name: '指標',
    unit: '%',
    direction: 'increase',
    baseline: { fy: fy(2022), value: 40 },
    target: { fy: fy(2029), value: 54 },
    ...o,
  }) as unknown as Indicator;
const prog = (year: number, actuals: Spec[], extra: Spec = {}): Progress =>
  ({ plan: 'p', fy: year, actuals: actuals.map((a) => ({ indicator: 'ind', ...a })), ...extra }) as unknown as Progress;

interface Row {
  name: string;
  indicator: Indicator;
  progress: Progress[];
  fy: number;
  grade: string;
  rate?: number | null;
  mark?: string;
  reason?: RegExp;
  part?: string;
}

// 2022 → 2029: in FY2024, 2/7 of the way (expected pace 28.6%).
const rows: Row[] = [
  { name: 'target reached', indicator: ind(), progress: [prog(2024, [{ value: 55 }])], fy: 2024, grade: 'A', rate: 15 / 14, reason: /目標値 54% に達した/ },
  { name: 'on pace (B)', indicator: ind(), progress: [prog(2024, [{ value: 45 }])], fy: 2024, grade: 'B', rate: 5 / 14, reason: /期待される進み具合 28\.6% 以上/ },
  { name: 'improving below pace (B*)', indicator: ind(), progress: [prog(2024, [{ value: 42 }])], fy: 2024, grade: 'B*', rate: 2 / 14, reason: /危ぶまれる/ },
  { name: 'unchanged within 5% of the gap (C)', indicator: ind(), progress: [prog(2024, [{ value: 40.5 }])], fy: 2024, grade: 'C', rate: 0.5 / 14 },
  { name: 'worse (D)', indicator: ind(), progress: [prog(2024, [{ value: 38 }])], fy: 2024, grade: 'D', rate: -2 / 14, reason: /悪化/ },
  { name: 'no progress that year (E)', indicator: ind(), progress: [], fy: 2024, grade: 'E', rate: null, reason: /2024年度の実績が記録されていない/ },
  { name: 'blank actual (E)', indicator: ind(), progress: [prog(2024, [{ value: { missing: '―' } }])], fy: 2024, grade: 'E', reason: /空欄/ },
  // one data point only
  { name: 'one data point, no baseline, short of target (E)', indicator: ind({ baseline: { fy: fy(2022), value: { missing: '―' } } }), progress: [prog(2024, [{ value: 30 }])], fy: 2024, grade: 'E', reason: /基準値も比べる前の値もない/ },
  { name: 'one data point, no baseline, target met (A)', indicator: ind({ baseline: { fy: fy(2022), value: { missing: '―' } } }), progress: [prog(2024, [{ value: 60 }])], fy: 2024, grade: 'A' },
  // missing or stated-absent baseline: an earlier actual stands in
  { name: 'missing baseline, 参考 value as start', indicator: ind({ baseline: { fy: fy(2022), value: { missing: '―' } }, references: [{ fy: fy(2023), value: 1 }], target: { fy: fy(2029), value: 100 } }), progress: [prog(2024, [{ value: 20 }])], fy: 2024, grade: 'B', rate: 19 / 99, reason: /基準値がないため2023年度の値（1%）を起点とした/ },
  { name: 'stated-absent baseline, nothing earlier (E)', indicator: ind({ baseline: { absent: '基準値なし', reason: '新規事業のため' } }), progress: [prog(2024, [{ value: 30 }])], fy: 2024, grade: 'E' },
  { name: 'baseline not yet given (E, no throw)', indicator: ind({ baseline: undefined }), progress: [prog(2024, [{ value: 30 }])], fy: 2024, grade: 'E' },
  // zero baseline
  { name: 'zero baseline, no division by zero', indicator: ind({ unit: '件', baseline: { fy: fy(2022), value: 0 }, target: { fy: fy(2029), value: 70 } }), progress: [prog(2024, [{ value: 20 }])], fy: 2024, grade: 'B', rate: 20 / 70 },
  // 維持: target equal to baseline
  { name: 'target = baseline, kept (A)', indicator: ind({ direction: 'maintain', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 100 } }), progress: [prog(2024, [{ value: 100 }])], fy: 2024, grade: 'A', rate: null, reason: /維持した/ },
  { name: 'target = baseline, not kept (D)', indicator: ind({ direction: 'maintain', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 100 } }), progress: [prog(2024, [{ value: 96 }])], fy: 2024, grade: 'D', rate: null, reason: /維持できていない/ },
  // decrease measures
  { name: 'decrease, on pace (B)', indicator: ind({ unit: '件', direction: 'decrease', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 30 } }), progress: [prog(2024, [{ value: 70 }])], fy: 2024, grade: 'B', rate: 30 / 70 },
  { name: 'decrease, reached (A)', indicator: ind({ unit: '件', direction: 'decrease', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 30 } }), progress: [prog(2024, [{ value: 25 }])], fy: 2024, grade: 'A' },
  { name: 'decrease, went up (D)', indicator: ind({ unit: '件', direction: 'decrease', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 30 } }), progress: [prog(2024, [{ value: 120 }])], fy: 2024, grade: 'D', rate: -20 / 70 },
  // direction-only targets
  { name: '↗ and up (B, never A)', indicator: ind({ target: { fy: fy(2029), value: { direction: '↗' } } }), progress: [prog(2024, [{ value: 45 }])], fy: 2024, grade: 'B', rate: null, reason: /A とはしない/ },
  { name: '↗ and flat (C)', indicator: ind({ target: { fy: fy(2029), value: { direction: '↗' } } }), progress: [prog(2024, [{ value: 40.1 }])], fy: 2024, grade: 'C' },
  { name: '↗ and down (D)', indicator: ind({ target: { fy: fy(2029), value: { direction: '↗' } } }), progress: [prog(2024, [{ value: 35 }])], fy: 2024, grade: 'D' },
  { name: '↗ with no baseline (E)', indicator: ind({ baseline: { fy: fy(2022), value: { missing: '―' } }, target: { fy: fy(2029), value: { direction: '↗' } } }), progress: [prog(2024, [{ value: 35 }])], fy: 2024, grade: 'E' },
  { name: 'stated-absent target, graded by direction', indicator: ind({ target: { absent: '数値目標は設定しない', reason: '参考指標のため' } }), progress: [prog(2024, [{ value: 45 }])], fy: 2024, grade: 'B', reason: /数値目標を設定しない指標（参考指標のため）/ },
  // qualitative targets from the recorded state
  { name: '実施 target, recorded 実施 (A)', indicator: ind({ unit: undefined, baseline: { fy: fy(2022), value: { state: '未実施' } }, target: { fy: fy(2029), value: { state: '実施' } } }), progress: [prog(2024, [{ value: { state: '実施' } }])], fy: 2024, grade: 'A' },
  { name: '継続 target, recorded 実施 (A)', indicator: ind({ unit: undefined, baseline: { fy: fy(2022), value: { state: '実施' } }, target: { fy: fy(2029), value: { state: '継続' } } }), progress: [prog(2024, [{ value: { state: '実施' } }])], fy: 2024, grade: 'A' },
  { name: '継続 target, recorded 未実施 (D)', indicator: ind({ unit: undefined, baseline: { fy: fy(2022), value: { state: '実施' } }, target: { fy: fy(2029), value: { state: '継続' } } }), progress: [prog(2024, [{ value: { state: '未実施' } }])], fy: 2024, grade: 'D' },
  { name: '開設 milestone past due, 未実施 (D)', indicator: ind({ unit: undefined, baseline: { fy: fy(2019), value: { state: '未実施' } }, target: { fy: fy(2026), value: { milestone: '開設', fy: fy(2022) } } }), progress: [prog(2024, [{ value: { state: '未実施' } }])], fy: 2024, grade: 'D', reason: /期限（2022年度）/ },
  { name: '開設 milestone before due, 未実施 (C)', indicator: ind({ unit: undefined, baseline: { fy: fy(2019), value: { state: '未実施' } }, target: { fy: fy(2026), value: { milestone: '開設', fy: fy(2025) } } }), progress: [prog(2024, [{ value: { state: '未実施' } }])], fy: 2024, grade: 'C' },
  { name: '開設 target, recorded 実施 (B, under way)', indicator: ind({ unit: undefined, baseline: { fy: fy(2019), value: { state: '未実施' } }, target: { fy: fy(2026), value: { state: '開設' } } }), progress: [prog(2024, [{ value: { state: '実施' } }])], fy: 2024, grade: 'B' },
  { name: '開設 target, recorded 開設 as milestone (A)', indicator: ind({ unit: undefined, baseline: { fy: fy(2019), value: { state: '未実施' } }, target: { fy: fy(2026), value: { milestone: '開設', fy: fy(2022) } } }), progress: [prog(2024, [{ value: { milestone: '開設', fy: fy(2022) } }])], fy: 2024, grade: 'A' },
  { name: 'state target, numeric actual (E)', indicator: ind({ unit: '回', baseline: { fy: fy(2022), value: { state: '未実施' } }, target: { fy: fy(2029), value: { state: '実施' } } }), progress: [prog(2024, [{ value: 3 }])], fy: 2024, grade: 'E' },
  { name: '維持 of a numeric level, kept (A)', indicator: ind({ unit: undefined, baseline: { fy: fy(2019), value: { frequency: { count: 680, per: '年' } } }, target: { fy: fy(2026), value: { state: '維持' } } }), progress: [prog(2024, [{ value: { frequency: { count: 700, per: '年' } } }])], fy: 2024, grade: 'A' },
  { name: '維持 of a numeric level, fell (D)', indicator: ind({ unit: undefined, baseline: { fy: fy(2019), value: { frequency: { count: 680, per: '年' } } }, target: { fy: fy(2026), value: { state: '維持' } } }), progress: [prog(2024, [{ value: { frequency: { count: 600, per: '年' } } }])], fy: 2024, grade: 'D' },
  // frequencies
  { name: '年1回以上, held twice (A)', indicator: ind({ unit: undefined, baseline: { fy: fy(2022), value: { frequency: { count: 0, per: '年' } } }, target: { fy: fy(2029), value: { frequency: { count: 1, per: '年', atLeast: true } } } }), progress: [prog(2024, [{ value: { frequency: { count: 2, per: '年' } } }])], fy: 2024, grade: 'A' },
  { name: '月1回 target, 年6回 held (B*)', indicator: ind({ unit: undefined, baseline: { fy: fy(2022), value: { frequency: { count: 1, per: '年' } } }, target: { fy: fy(2029), value: { frequency: { count: 1, per: '月' } } } }), progress: [prog(2024, [{ value: { frequency: { count: 3, per: '年' } } }])], fy: 2024, grade: 'B*', rate: 2 / 11 },
  // cumulative against single-year
  { name: '単年度 count at 12月末 is annualised', indicator: ind({ unit: '件', measure: '単年度', baseline: { fy: fy(2022), value: 1000 }, target: { fy: fy(2029), value: 1700 } }), progress: [prog(2024, [{ value: 900, asOf: '2024-12-31', provisional: true }])], fy: 2024, grade: 'B', mark: '※', rate: 200 / 700, reason: /900件（年間換算 約1,200件）/ },
  { name: '累計 count at 12月末 is not annualised', indicator: ind({ unit: '件', measure: '累計', baseline: { fy: fy(2022), value: 1000 }, target: { fy: fy(2029), value: 1700 } }), progress: [prog(2024, [{ value: 900, asOf: '2024-12-31', provisional: true }])], fy: 2024, grade: 'D', mark: '※', rate: -100 / 700 },
  // provisional and estimated values
  { name: 'provisional % graded with a mark', indicator: ind(), progress: [prog(2024, [{ value: 45, asOf: '2024-12-31', provisional: true }])], fy: 2024, grade: 'B', mark: '※', reason: /2024年12月31日時点の暫定値で判定/ },
  { name: '推計 value graded with a mark', indicator: ind(), progress: [prog(2024, [{ value: 45, qualifier: '推計' }])], fy: 2024, grade: 'B', mark: '※', reason: /「推計」の値で判定/ },
  // revised targets: the one in force that year
  { name: 'revised target, year after the revision', indicator: ind({ unit: '人', baseline: { fy: fy(2019), value: 100 }, target: { fy: fy(2026), value: 200 }, revisions: [{ fy: fy(2023), label: '中間見直し', previous: { target: { fy: fy(2026), value: 150 } } }] }), progress: [prog(2024, [{ value: 180 }])], fy: 2024, grade: 'B', rate: 0.8 },
  { name: 'revised target, year before the revision', indicator: ind({ unit: '人', baseline: { fy: fy(2019), value: 100 }, target: { fy: fy(2026), value: 200 }, revisions: [{ fy: fy(2023), label: '中間見直し', previous: { target: { fy: fy(2026), value: 150 } } }] }), progress: [prog(2022, [{ value: 160 }])], fy: 2022, grade: 'A' },
  // 参考 values are earlier years' actuals
  { name: '参考 value counts as that year\'s actual', indicator: ind({ references: [{ fy: fy(2023), value: 45 }] }), progress: [], fy: 2023, grade: 'B', rate: 5 / 14 },
  // relative, recurring, bounded targets
  { name: 'relative target (倍増) computed', indicator: ind({ unit: '件', baseline: { fy: fy(2022), value: 120 }, target: { fy: fy(2029), value: { relative: { rule: 'times', by: 2, base: { value: 120 } }, printed: '倍増' } } }), progress: [prog(2024, [{ value: 160 }])], fy: 2024, grade: 'B', rate: 40 / 120, reason: /倍増」を 240件 として判定/ },
  { name: 'recurring 毎年増加, up on last year (A)', indicator: ind({ unit: '件', baseline: { fy: fy(2022), value: 10 }, references: [{ fy: fy(2023), value: 12 }], target: { fy: fy(2029), value: { recurring: 'increase', printed: '毎年増加' } } }), progress: [prog(2024, [{ value: 14 }])], fy: 2024, grade: 'A', reason: /前年度（2023年度）/ },
  { name: 'recurring 毎年増加, down on last year (D)', indicator: ind({ unit: '件', baseline: { fy: fy(2022), value: 10 }, references: [{ fy: fy(2023), value: 12 }], target: { fy: fy(2029), value: { recurring: 'increase', printed: '毎年増加' } } }), progress: [prog(2024, [{ value: 11 }])], fy: 2024, grade: 'D' },
  { name: 'bound 80%以上 met at 80 (A)', indicator: ind({ baseline: { fy: fy(2022), value: 70 }, target: { fy: fy(2029), value: 80, bound: '以上' } }), progress: [prog(2024, [{ value: 80 }])], fy: 2024, grade: 'A' },
  // interim target series and 見込量
  { name: 'interim series reached (B)', indicator: ind({ unit: '人', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 200 }, series: [{ fy: fy(2024), value: 110 }] }), progress: [prog(2024, [{ value: 112 }])], fy: 2024, grade: 'B', reason: /その年度の目標値 110人 に達した/ },
  { name: '見込量 not reached (B*)', indicator: ind({ unit: '人', baseline: { fy: fy(2022), value: 100 }, target: { fy: fy(2029), value: 200 }, planned: [{ fy: fy(2024), value: 150 }] }), progress: [prog(2024, [{ value: 140 }])], fy: 2024, grade: 'B*', reason: /見込量 150人 に届かない/ },
  { name: 'qualitative series on schedule (B)', indicator: ind({ unit: undefined, baseline: { fy: fy(2022), value: { state: '未実施' } }, target: { fy: fy(2029), value: { state: '見直し' } }, series: [{ fy: fy(2024), value: { state: '策定' } }] }), progress: [prog(2024, [{ value: { state: '策定' } }])], fy: 2024, grade: 'B' },
  { name: 'no direction and no target (E)', indicator: ind({ direction: { notStated: true }, target: undefined }), progress: [prog(2024, [{ value: 45 }])], fy: 2024, grade: 'E' },
  // composites, each part graded
  { name: 'composite part 個人', part: '個人', indicator: ind({ unit: '人', baseline: { fy: fy(2022), value: { parts: [{ part: '個人', value: 500 }, { part: '団体', value: 280, unit: '団体' }] } }, target: { fy: fy(2029), value: { parts: [{ part: '個人', value: 640 }, { part: '団体', value: 350, unit: '団体' }] } } }), progress: [prog(2024, [{ value: { parts: [{ part: '個人', value: 540 }, { part: '団体', value: 270, unit: '団体' }] } }])], fy: 2024, grade: 'B', rate: 40 / 140 },
  { name: 'composite part 団体', part: '団体', indicator: ind({ unit: '人', baseline: { fy: fy(2022), value: { parts: [{ part: '個人', value: 500 }, { part: '団体', value: 280, unit: '団体' }] } }, target: { fy: fy(2029), value: { parts: [{ part: '個人', value: 640 }, { part: '団体', value: 350, unit: '団体' }] } } }), progress: [prog(2024, [{ value: { parts: [{ part: '個人', value: 540 }, { part: '団体', value: 270, unit: '団体' }] } }])], fy: 2024, grade: 'D', rate: -10 / 70, reason: /団体/ },
];

describe('evaluation table (健康日本21 default scale)', () => {
  it.each(rows)('$name → $grade', (r) => {
    const e = evaluateIndicator(r.indicator, r.progress, r.fy);
    const part = e.parts.find((p) => p.part === r.part) ?? e.parts[0]!;
    if (r.part) expect(part.part).toBe(r.part);
    const res = part.result;
    expect(res.grade, res.reason.ja).toBe(r.grade);
    if (r.rate === null) expect(res.achievementRate).toBeUndefined();
    else if (r.rate !== undefined) expect(res.achievementRate).toBeCloseTo(r.rate, 6);
    if (r.mark) expect(res.mark).toBe(r.mark);
    else expect(res.mark).toBeUndefined();
    if (r.reason) expect(res.reason.ja).toMatch(r.reason);
    expect(res.reason.ja.length).toBeGreaterThan(5);
    expect(res.reason.en.length).toBeGreaterThan(5);
    expect(Number.isNaN(res.achievementRate ?? 0)).toBe(false);
  });

  it('a value shape the schema does not define never reaches the evaluation: Zod refuses it at the boundary', () => {
    // The evaluation reads typed values (valueKind, valueAs); the plan and progress it gets are Zod-validated.
    expect(Value.safeParse({ hologram: 3 }).success).toBe(false);
    expect(Progress.safeParse({ plan: 'p', fy: 2024, actuals: [{ indicator: 'ind', value: { hologram: 3 } }] }).success).toBe(false);
  });

  it('expected pace is the share of the baseline→target years elapsed', () => {
    const res = evaluateIndicator(ind(), [prog(2024, [{ value: 45 }])], 2024).parts[0]!.result;
    expect(res.expectedPace).toBeCloseTo(2 / 7, 9);
  });

  it('grades every year with a value, each against the target then in force', () => {
    const i = ind({ unit: '人', baseline: { fy: fy(2019), value: 100 }, target: { fy: fy(2026), value: 200 }, revisions: [{ fy: fy(2023), label: '中間見直し', previous: { target: { fy: fy(2026), value: 150 } } }] });
    const e = evaluateIndicator(i, [prog(2022, [{ value: 160 }]), prog(2024, [{ value: 180 }])], 2024);
    expect(e.parts[0]!.years.map((y) => [y.fy, y.grade, y.target.number])).toEqual([[2022, 'A', 150], [2024, 'B', 200]]);
    expect(e.originalTarget).toMatchObject({ number: 150, label: '中間見直し', revisedFy: 2023 });
    expect(e.target.number).toBe(200);
  });

  it('months elapsed in a fiscal year', () => {
    expect(monthsElapsed(2024, '2024-12-31')).toBe(9);
    expect(monthsElapsed(2024, '2024-09-30')).toBe(6);
    expect(monthsElapsed(2024, '2025-03-31')).toBeUndefined();
  });

  it('Open SDG growth status where two final years exist', () => {
    const e = evaluateIndicator(ind({ references: [{ fy: fy(2023), value: 44 }] }), [], 2023);
    expect(e.parts[0]!.growth?.status).toBe('substantial_progress');
    const worse = evaluateIndicator(ind({ references: [{ fy: fy(2023), value: 39 }] }), [], 2023);
    expect(worse.parts[0]!.growth?.status).toBe('deterioration');
    const zero = evaluateIndicator(ind({ baseline: { fy: fy(2022), value: 0 }, references: [{ fy: fy(2023), value: 3 }] }), [], 2023);
    expect(zero.parts[0]!.growth).toBeUndefined();
  });
});

const plan = (o: Spec = {}): Plan =>
  ({
    id: 'p',
    municipality: { name: '札幌市', code: '011002', prefecture: '北海道' },
    period: { start: fy(2022), end: fy(2029) },
    goals: [
      {
        id: 'g1', no: 1, title: '目標1',
        policies: [
          { id: 'p1', no: 1, title: '施策1', indicators: [ind({ id: 'a' }), ind({ id: 'b' })], initiatives: [{ id: 'i1', title: '取組', departments: ['福祉課'] }] },
          { id: 'p2', no: 2, title: '施策2', indicators: [ind({ id: 'c' })] },
        ],
      },
      { id: 'g2', no: 2, title: '目標2', indicators: [ind({ id: 'd', source: '市民意識調査' })] },
    ],
    ...o,
  }) as unknown as Plan;
const progress = (extra: Spec = {}): Progress =>
  ({
    plan: 'p',
    fy: 2024,
    actuals: [
      { indicator: 'a', value: 55 },
      { indicator: 'b', value: 38 },
      { indicator: 'd', value: 42 },
    ],
    narratives: [{ node: 'p1', items: ['進んだ'] }, { node: 'zzz', items: ['どこにもない'] }],
    initiatives: [{ initiative: 'i1', status: '実施中' }],
    ...extra,
  }) as unknown as Progress;

describe('roll-up and scales', () => {
  it('counts grades per 施策, 基本目標 and plan', () => {
    const e = evaluatePlan(plan(), [progress()], 2024);
    const [g1, g2] = e.goals;
    expect(g1!.children[0]!.counts).toMatchObject({ A: 1, D: 1, E: 0 });
    expect(g1!.children[1]!.counts).toMatchObject({ E: 1 });
    expect(g1!.counts).toMatchObject({ A: 1, D: 1, E: 1 });
    expect(g2!.counts).toMatchObject({ 'B*': 1 });
    expect(e.counts).toMatchObject({ A: 1, B: 0, 'B*': 1, C: 0, D: 1, E: 1 });
    expect(e.score).toBeCloseTo((5 + 4 + 2) / 3, 2);
    expect(e.goals[0]!.children[0]!.narratives[0]!.items).toEqual(['進んだ']);
    expect(e.goals[0]!.children[0]!.initiatives[0]).toMatchObject({ status: '実施中', departments: ['福祉課'] });
    expect(e.orphanNarratives.map((n) => n.node)).toEqual(['zzz']);
    expect(e.hasProgress).toBe(true);
  });

  it('a plan with no progress that year: every part E with its reason', () => {
    const e = evaluatePlan(plan(), [], 2024);
    expect(e.counts.E).toBe(4);
    expect(e.hasProgress).toBe(false);
    expect(e.score).toBeUndefined();
  });

  it("grades on the plan's own scale (a/b/c, ±3 points for survey indicators) and flags a differing city grade", () => {
    const grading = [
      {
        id: 'fukuoka', name: '評価区分',
        levels: [
          { mark: 'a', label: '順調', meaning: 'on-track' },
          { mark: 'b', label: '遅れているが改善又は横ばい', meaning: 'at-risk' },
          { mark: 'c', label: '悪化', meaning: 'worse' },
        ],
        band: { points: 3, appliesTo: '市民意識調査による指標' },
      },
    ];
    const p = plan({ grading });
    const scale = scaleFromPlan(p);
    expect(scale.id).toBe('fukuoka');
    const e = evaluatePlan(p, [progress({ grades: [{ target: 'a', scale: 'fukuoka', grade: 'c' }, { target: 'd', scale: 'fukuoka', grade: 'b' }] })], 2024);
    const parts = e.goals.flatMap((g) => [...g.indicators, ...g.children.flatMap((c) => c.indicators)]).map((i) => [i.id, i.parts[0]!.result] as const);
    const by = Object.fromEntries(parts);
    expect(by.a!.grade).toBe('a'); // achieved falls back to on-track
    expect(by.a!.cityGrade).toBe('c');
    expect(by.a!.cityDiffers).toBe(true);
    expect(by.b!.grade).toBe('c');
    // d: survey indicator, +2 points is inside the ±3 band → unchanged → b
    expect(by.d!.grade).toBe('b');
    expect(by.d!.reason.ja).toMatch(/変わらない/);
    expect(by.d!.cityDiffers).toBe(false);
    expect(by.c!.grade).toBe('E'); // the scale has no "cannot be judged" level: E is added
    expect(e.scale.grades.map((g) => g.code)).toEqual(['a', 'b', 'c', 'E']);
  });

  it('issue 17 scales: an assessment scale never grades indicators; a level with two meanings stands for both; a strict band says 未満', () => {
    const grading = [
      { id: 'datousei', name: '事業の妥当性', kind: 'assessment', levels: [{ mark: '優る', label: '優る' }, { mark: '同等', label: '同等' }, { mark: '劣る', label: '劣る' }] },
      {
        id: 'abc', name: '評価',
        levels: [
          { mark: 'a', label: '目標達成', meaning: 'achieved' },
          { mark: 'b', label: '改善または現状維持', meaning: ['improved', 'unchanged'] },
          { mark: 'c', label: '悪化', meaning: 'worse' },
        ],
        band: { points: 3, bound: '未満', appliesTo: '市民意識調査による指標' },
      },
    ];
    const scale = scaleFromPlan(plan({ grading }));
    expect(scale.id).toBe('abc');
    expect(scale.explain.map((x) => x.ja).join('\n')).toContain('±3 ポイント未満の変化は「変わらない」');
    expect(scale.explain.map((x) => x.ja).join('\n')).not.toContain('±3 ポイント以内');
    // b carries improved and unchanged: an unchanged figure is b (before issue 17 it fell through to c, 悪化).
    const v = (n: number) => ({ kind: 'quantity' as const, number: n, text: `${n}%` });
    const grade = (actual: number) =>
      scale.grade({ fy: 2024, direction: 'increase', unit: '%', survey: false, baseline: { ...v(40), fy: 2022 }, actual: { ...v(actual), provisional: false }, target: { ...v(50), fy: 2029 } } as never).grade;
    expect([grade(40), grade(44), grade(50), grade(30)]).toEqual(['b', 'b', 'a', 'c']);
  });

  it('the default scale explains itself', () => {
    expect(kenkoNippon21().explain.map((x) => x.ja).join('\n')).toMatch(/B\* 改善しているが目標達成が危ぶまれる/);
  });
});

describe('years the encoder read (issue 17)', () => {
  it('are judged as their year and shown as a reading, never as 年度の記載なし', async () => {
    const { yearView } = await import('../src/evaluate/values.js');
    expect(yearView({ read: fy(2017), note: '列の位置から' })).toEqual({ fy: 2017, text: '2017年度（読み取り）' });
    expect(yearView({ notStated: true })).toEqual({ text: '（年度の記載なし）' });
  });
});

describe('plan-level indicators (issue 17)', () => {
  it('are evaluated and counted as their own first group, with their plan paths; none is left out', async () => {
    const p = plan({ indicators: [ind({ id: 'zentai' })] });
    const e = evaluatePlan(p, [progress({ actuals: [{ indicator: 'zentai', value: 55 }, { indicator: 'a', value: 55 }] })], 2024);
    expect(e.goals.map((g) => [g.level, g.id])).toEqual([['plan', 'plan'], ['goal', 'g1'], ['goal', 'g2']]);
    expect(e.goals[0]!.indicators.map((i) => i.id)).toEqual(['zentai']);
    expect(e.goals[0]!.counts).toMatchObject({ A: 1 });
    expect(e.counts.A).toBe(2);
    const { reportRows } = await import('../src/data.js');
    const row = reportRows(p, e).find((r) => r.indicator_id === 'zentai')!;
    expect([row.goal, row.policy]).toEqual(['', '']);
  });
});

describe('nothing recorded is dropped (issue 17)', () => {
  it('undated 参考値 / 年次目標 / 見込量 become notes, and unnamed indicator frames are listed on their node', () => {
    const undated = ind({ id: 'u', references: [{ fy: { notStated: true }, value: 44 }], series: [{ fy: { notStated: true }, value: 57 }] });
    const e = evaluateIndicator(undated, [], 2024);
    expect(e.notes).toEqual(expect.arrayContaining(['参考値 44%（年度の記載なし）', '年次目標 57%（年度の記載なし）']));
    const p = plan();
    (p.goals[1] as unknown as Record<string, unknown>).unnamedIndicators = [{ id: 'row3', name: { notStated: true, note: '3行目は空欄' }, row: 3 }];
    const ev = evaluatePlan(p, [], 2024);
    expect(ev.goals[1]!.unnamedIndicators).toEqual(['3：指標名の記載なし（3行目は空欄）']);
  });
});
