/**
 * Indicators (成果目標・成果指標・評価指標) with baseline, reference values,
 * target and target revisions (中間見直し).
 */
import { z } from 'zod';
import { YearRef } from './fiscal-year.js';
import { Unit } from './units.js';
import { Value } from './value.js';
import { Id, Owner } from './common.js';

export const MEASURES = ['年度末時点', '単年度', '累計', '延べ'] as const;
export const Measure = z.enum(MEASURES).describe('How the figure is counted: 年度末時点 / 単年度 / 累計 / 延べ');

export const DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export const Direction = z.enum(DIRECTIONS).describe('Which way is better: increase / decrease / maintain');

export const INDICATOR_CATEGORIES = ['成果目標', '成果指標', '評価指標'] as const;

/** A value at a fiscal year, as a baseline or a reference (参考) value. */
export const Observation = z.strictObject({
  fy: YearRef,
  value: Value,
  printed: z.string().optional().describe('The cell exactly as printed, when the encoding had to read it (e.g. "1 2 5 件")'),
  asOf: z.string().optional().describe('When the figure was taken, as printed: 年度末, 令和4年度末'),
  note: z.string().optional(),
});
export type Observation = z.infer<typeof Observation>;

/** A target: a value by a fiscal year. */
export const Target = z.strictObject({
  fy: YearRef,
  value: Value,
  printed: z.string().optional(),
  asOf: z.string().optional().describe('When the target is to be met, as printed: 令和11年度末'),
  note: z.string().optional(),
});
export type Target = z.infer<typeof Target>;

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
  category: z.enum(INDICATOR_CATEGORIES).optional().describe('What the document calls it'),
  name: z.string().min(1).describe('Name as printed'),
  unit: Unit.optional().describe('Unit of plain-number values; required when any value is a plain number'),
  measure: Measure.optional(),
  source: z.string().optional().describe('Data source, e.g. 市民意識調査, 旭川市民アンケート'),
  direction: Direction,
  owner: Owner.optional(),
  departments: z.array(z.string().min(1)).optional().describe('担当課'),
  encompassed: Id.optional().describe('Id of the encompassed plan this indicator belongs to'),
  baseline: Observation,
  references: z.array(Observation).optional().describe('参考値 by year'),
  target: Target.describe('The target in force'),
  revisions: z.array(Revision).optional(),
  restatements: z.array(Restatement).optional(),
  notes: z.array(z.string()).optional(),
});
export type Indicator = z.infer<typeof Indicator>;
