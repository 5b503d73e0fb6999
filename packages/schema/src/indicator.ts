/**
 * Indicators (成果目標・成果指標・評価指標) with baseline, reference values,
 * target and target revisions (中間見直し).
 */
import { z } from 'zod';
import { NotStatedYear, YearRef } from './year-schema.js';
import { Unit } from './units.js';
import { FREQUENCY_PERIODS, Qualifier, StatedAbsence, Value } from './value.js';
import { Id, Owner } from './common.js';
import { openWord } from './vocabulary.js';
import { byKey } from './union-by-key.js';

export const MEASURES = ['年度末時点', '単年度', '累計', '延べ'] as const;
export const Measure = z.enum(MEASURES).describe('How the figure is counted: 年度末時点 / 単年度 / 累計 / 延べ');

export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export const DirectionWord = z.enum(DIRECTIONS).describe('Which way is better: increase / decrease / maintain');
export type DirectionWord = z.infer<typeof DirectionWord>;

/**
 * Which way is better. The document's own word ('increase'), the encoder's
 * reading where the document gives none (`{ read: 'increase', note }`,
 * issue 7 §9), or notStated() when nobody can tell.
 */
export const Direction = z
  .union([
    DirectionWord,
    z
      .strictObject({
        read: DirectionWord,
        note: z.string().min(1).optional().describe('What the reading rests on, e.g. 指標名（…の増加）から'),
      })
      .describe("The encoder's reading, not the document's: the document prints no direction"),
    z.strictObject({ notStated: z.literal(true), note: z.string().optional() }),
  ])
  .describe('Which way is better: the document\'s word, { read } for the encoder\'s reading, or notStated()');
export type Direction = z.infer<typeof Direction>;

/** The direction to judge by, whoever stated it; undefined when not stated. */
export function directionOf(d: Direction | undefined): DirectionWord | undefined {
  if (d === undefined) return undefined;
  if (typeof d === 'string') return d;
  return 'read' in d ? d.read : undefined;
}

/** Built-in indicator categories; a plan declares more in vocabulary.categories. */
export const INDICATOR_CATEGORIES = ['成果目標', '成果指標', '評価指標', '活動指標', '上位概念', 'その他の関連指標'] as const;
export const IndicatorCategory = openWord('category', INDICATOR_CATEGORIES, 'What the document calls the indicator');

/** A value at a fiscal year, as a baseline or a reference (参考) value. */
export const Observation = z.strictObject({
  fy: YearRef,
  value: Value,
  printed: z.string().optional().describe('The cell exactly as printed, when the encoding had to read it (e.g. "1 2 5 件")'),
  asOf: z.string().optional().describe('When the figure was taken, as printed: 年度末, 令和4年度末'),
  qualifier: Qualifier.optional().describe('推計, 見込み, 暫定 … when the document marks the figure so'),
  note: z.string().optional(),
});
export type Observation = z.infer<typeof Observation>;

/** A target: a value by a fiscal year. */
export const Target = z.strictObject({
  fy: YearRef,
  value: Value,
  printed: z.string().optional(),
  asOf: z.string().optional().describe('When the target is to be met, as printed: 令和11年度末'),
  bound: z.enum(['以上', '以下', '超', '未満']).optional().describe('A bound rather than a point: 80%以上 = { value: 80, bound: "以上" }'),
  condition: z.string().min(1).optional().describe('The condition under which the target holds, as printed: 大規模災害のない年'),
  qualifier: Qualifier.optional(),
  note: z.string().optional(),
});
export type Target = z.infer<typeof Target>;

/** A baseline or target the document states it does not give (基準値なし, 数値目標は設定しない), with its reason. */
export const AbsentFigure = StatedAbsence;

/** One entry of an interim or yearly target series (計画の策定 → 計画の推進 → 見直し検討). */
export const SeriesEntry = z.strictObject({
  fy: YearRef,
  value: Value,
  printed: z.string().optional(),
  bound: z.enum(['以上', '以下', '超', '未満']).optional(),
  qualifier: Qualifier.optional(),
  note: z.string().optional(),
});
export type SeriesEntry = z.infer<typeof SeriesEntry>;

/** Planned amounts per year (見込量) that actuals are compared against. */
export const PlannedEntry = z.strictObject({
  fy: YearRef,
  value: Value,
  printed: z.string().optional(),
  qualifier: Qualifier.optional(),
  note: z.string().optional(),
});

/** The indicator as it stood before a revision replaced it (苫小牧: 市民後見人数 → 市民後見人受任件数). */
export const ReplacedIndicator = z.strictObject({
  name: z.string().min(1),
  unit: Unit.optional(),
  baseline: Observation.optional(),
  target: Target,
});

/**
 * A recorded change of target (中間見直し). `target` on the indicator is the
 * one in force; each revision keeps what it replaced, so nothing is lost.
 */
export const Revision = z.strictObject({
  fy: YearRef.describe('Fiscal year of the revision, e.g. reiwa(5) for 令和5年度の中間見直し'),
  label: z.string().min(1).describe('As the document names it, e.g. 中間見直し'),
  previous: z
    .union([
      z.strictObject({ target: Target }).describe('Only the target changed'),
      z.strictObject({ replaced: ReplacedIndicator }).describe('The indicator itself was replaced'),
    ])
    .describe('What the revision replaced'),
  reason: z.string().optional().describe('Why, when the document says'),
});
export type Revision = z.infer<typeof Revision>;

/** The same measure printed a second time elsewhere in the document, differently. */
export const Restatement = z.strictObject({
  where: z.string().min(1).describe('Where it is printed, e.g. "３ 評価指標（一覧表）"'),
  name: z.string().optional(),
  unit: Unit.optional(),
  baseline: Observation.optional(),
  target: Target.optional(),
  note: z.string().optional(),
});
export type Restatement = z.infer<typeof Restatement>;

export const Indicator = z.strictObject({
  id: Id,
  category: IndicatorCategory.optional(),
  name: z.string().min(1).describe('Name as printed (a frame with no printed name is an UnnamedIndicator)'),
  unit: Unit.optional().describe('Unit of plain-number values; required when any value is a plain number'),
  measure: Measure.optional(),
  per: z
    .strictObject({ count: z.number().int().positive(), period: z.enum(FREQUENCY_PERIODS), printed: z.string().min(1).optional() })
    .optional()
    .describe('A figure per period: 1月当たり = { count: 1, period: "月" }'),
  source: z.string().optional().describe('Data source, e.g. 市民意識調査, 旭川市民アンケート'),
  direction: Direction,
  owner: Owner.optional(),
  departments: z.array(z.string().min(1)).optional().describe('担当課'),
  encompassed: Id.optional().describe('Id of the encompassed plan this indicator belongs to'),
  baseline: byKey(z.union([Observation, AbsentFigure]))
    .optional()
    .describe('The baseline; { absent, reason } when the document says there is none; left out while the indicator has only a name'),
  references: z.array(Observation).optional().describe('参考値 by year'),
  target: byKey(z.union([Target, AbsentFigure]))
    .optional()
    .describe('The target in force; { absent, reason } for 数値目標は設定しない; left out while the indicator has only a name'),
  series: z.array(SeriesEntry).optional().describe('Interim or yearly targets (年次目標), numeric or qualitative, beside the final target'),
  planned: z.array(PlannedEntry).optional().describe('Planned amounts per year (見込量) that actuals are compared against'),
  rationale: z.array(z.string().min(1)).optional().describe('目標設定の考え方 as printed'),
  revisions: z.array(Revision).optional(),
  restatements: z.array(Restatement).optional(),
  notes: z.array(z.string()).optional(),
  beyondExcerpt: z
    .array(z.enum(['unit', 'direction', 'baseline', 'references', 'target', 'series', 'planned']))
    .min(1)
    .optional()
    .describe("Parts of the indicator that lie beyond the excerpt (the excerpt ends inside it), e.g. ['baseline', 'target']: not encoded because the encoder could not read them, not because the document leaves them out"),
});
export type Indicator = z.infer<typeof Indicator>;

/**
 * An indicator frame the document leaves unnamed (issue 17): a row of an
 * evaluation sheet whose name cell is empty, with or without figures. Kept
 * beside the named indicators so nothing printed is lost; it is not an
 * Indicator (nothing can be judged by a name that is not there), and the CSV
 * exports it as a row with an empty name.
 */
export const UnnamedIndicator = z
  .strictObject({
    id: Id,
    name: NotStatedYear.describe('notStated(): the name cell is empty, with what the encoder saw'),
    row: z.union([z.number().int(), z.string().min(1)]).optional().describe('Its row or position as printed, e.g. 3, "④"'),
    unit: Unit.optional(),
    baseline: Observation.optional(),
    target: Target.optional(),
    notes: z.array(z.string()).optional(),
  })
  .describe('An indicator frame with no name printed (an empty row of an evaluation sheet)');
export type UnnamedIndicator = z.infer<typeof UnnamedIndicator>;

/** True for a figure the document states it does not give ({ absent, reason }). */
export function isAbsent(x: unknown): x is z.infer<typeof StatedAbsence> {
  return typeof x === 'object' && x !== null && 'absent' in x;
}
/** The baseline as an observation, or undefined when stated absent or not yet given. */
export function baselineOf(ind: Pick<Indicator, 'baseline'>): Observation | undefined {
  return ind.baseline === undefined || isAbsent(ind.baseline) ? undefined : ind.baseline;
}
/** The target in force, or undefined when stated absent or not yet given. */
export function targetOf(ind: Pick<Indicator, 'target'>): Target | undefined {
  return ind.target === undefined || isAbsent(ind.target) ? undefined : ind.target;
}

export type ValueRole = 'baseline' | 'reference' | 'target' | 'series' | 'planned' | 'revision';
export interface IndicatorValue {
  role: ValueRole;
  /** Path of the value below the indicator, e.g. ['series', 2, 'value']. */
  path: (string | number)[];
  value: Value;
  fy?: YearRef;
}

/** Every value an indicator states, with its role and path: baseline, 参考, target, series, 見込量 and revised targets. */
export function indicatorValues(ind: Indicator): IndicatorValue[] {
  const out: IndicatorValue[] = [];
  const b = baselineOf(ind);
  if (b) out.push({ role: 'baseline', path: ['baseline', 'value'], value: b.value, fy: b.fy });
  (ind.references ?? []).forEach((r, i) => out.push({ role: 'reference', path: ['references', i, 'value'], value: r.value, fy: r.fy }));
  const t = targetOf(ind);
  if (t) out.push({ role: 'target', path: ['target', 'value'], value: t.value, fy: t.fy });
  (ind.series ?? []).forEach((s, i) => out.push({ role: 'series', path: ['series', i, 'value'], value: s.value, fy: s.fy }));
  (ind.planned ?? []).forEach((s, i) => out.push({ role: 'planned', path: ['planned', i, 'value'], value: s.value, fy: s.fy }));
  (ind.revisions ?? []).forEach((rev, i) => {
    if ('target' in rev.previous) {
      out.push({ role: 'revision', path: ['revisions', i, 'previous', 'target', 'value'], value: rev.previous.target.value, fy: rev.previous.target.fy });
    }
  });
  return out;
}
