/**
 * What a baseline, reference, target or actual can be. The seeds need all of
 * these shapes:
 * - a number in the indicator's unit: 97.75 (%), 1817 (件)
 * - a composite of named parts: (個人) 525人 (団体) 279団体; ① 1回 ② 40件;
 *   樽前ハッピー号 / とこバス; 第1層 / 第2層; 求職 / 求人 / マッチング成功
 * - a qualitative state: 実施, 継続, 開設, 維持
 * - a direction only: ↗
 * - a frequency: 年1回以上, 年12回, 年間680回
 * - a milestone: R4開設
 * - an explicit blank: ―, —, －
 */
import { z } from 'zod';
import { YearRef } from './year-schema.js';
import { Unit } from './units.js';
import { openWord } from './vocabulary.js';
import { byKey } from './union-by-key.js';

/** Built-in qualitative states; a plan declares more in vocabulary.states. */
export const QUALITATIVE_STATES = ['実施', '継続', '開設', '維持', '設置', '策定', '未実施', '推進', '見直し', '作成', '検討', '拡充'] as const;
/** Built-in blank marks as printed; a plan declares more in vocabulary.marks. */
export const MISSING_MARKS = ['―', '—', '－', '-', '‐', '−', 'なし', '空欄'] as const;
export const FREQUENCY_PERIODS = ['日', '週', '月', '年'] as const;
/**
 * How sure a figure is, as the document says: 推計 (estimated), 見込み
 * (forecast), 暫定 / 速報値 (provisional). Applies to baselines, targets,
 * series entries and actuals alike.
 */
export const QUALIFIERS = ['推計', '見込み', '暫定', '速報値', '概数'] as const;

export const QualitativeStateWord = openWord('state', QUALITATIVE_STATES, 'A qualitative state');
export const MissingMark = openWord('mark', MISSING_MARKS, 'A blank mark as printed');
export const Qualifier = openWord('qualifier', QUALIFIERS, 'How sure the figure is (推計, 見込み, 暫定 …)');

export const Quantity = z.number().describe('A number in the indicator unit');

export const Frequency = z
  .strictObject({
    frequency: z.strictObject({
      count: z.number().int().nonnegative(),
      per: z.enum(FREQUENCY_PERIODS),
      every: z.number().int().min(2).optional().describe('Every N periods: 3年に1回 = { count: 1, per: "年", every: 3 }'),
      atLeast: z.boolean().optional().describe('以上'),
      label: z.string().optional().describe('What is counted, e.g. 相談日, 街頭巡回'),
    }),
  })
  .describe('A frequency: 年1回以上 = { count: 1, per: "年", atLeast: true }');

export const QualitativeState = z
  .strictObject({
    state: QualitativeStateWord,
    text: z.string().optional().describe('The sentence as printed when it says more than the state'),
  })
  .describe('A qualitative state such as 実施, 継続, 開設, 維持');

export const DirectionOnly = z
  .strictObject({ direction: z.enum(['↗', '↘', '→']) })
  .describe('A direction with no number (↗ = increase). Lint reports it as a missing target value.');

export const Milestone = z
  .strictObject({
    milestone: QualitativeStateWord,
    fy: YearRef,
  })
  .describe('An event by a year: R4開設 = { milestone: "開設", fy: reiwa(4) }');

export const Missing = z
  .strictObject({
    missing: MissingMark,
    note: z.string().optional(),
  })
  .describe('An explicit blank as printed (―, —, －)');

/**
 * Absence, stated (issue 7 §1): the document says on purpose that there is no
 * figure — 数値目標は設定しない, 基準値なし, 記載なし — with its reason as
 * printed. Distinct from an empty cell (`{ missing: '―' }`) and from a value
 * the encoder could not find (`notStated()` on a year).
 */
export const StatedAbsence = z
  .strictObject({
    absent: z.string().min(1).describe('The words as printed: 数値目標は設定しない, 基準値なし, 記載なし'),
    reason: z.string().min(1).optional().describe('The reason as printed, e.g. 新規事業のため'),
  })
  .describe('A figure the document states it does not give, with its reason');

/**
 * A target relative to something (issue 7 §3): 倍増, "6% of 1,274", +10件.
 * The rule, the base and (when printed) the computed number are data.
 */
export const Relative = z
  .strictObject({
    relative: z.strictObject({
      rule: z.enum(['times', 'percentOf', 'plus', 'minus']).describe('times: 倍増 = by 2; percentOf: 6% of the base; plus / minus: base ± by'),
      by: z.number().describe('The factor, percentage or difference as printed'),
      base: z.strictObject({
        value: z.number().describe('The base figure'),
        fy: YearRef.optional().describe('Year of the base figure, when printed'),
        of: z.string().min(1).optional().describe('What the base is, when it is not the baseline (e.g. 対象世帯数)'),
        unit: Unit.optional(),
      }),
    }),
    value: z.number().optional().describe('The resulting figure when the document prints it'),
    printed: z.string().min(1).optional().describe('As printed, e.g. 倍増, 対象者の6%'),
  })
  .describe('A figure stated relative to a base: 倍増 = { relative: { rule: "times", by: 2, base: { value: 120 } } }');

/** A target that recurs each period, such as 毎年増加 (issue 7 §2). */
export const Recurring = z
  .strictObject({
    recurring: z.enum(['increase', 'decrease', 'maintain']).describe('What must happen each period'),
    every: z.number().int().positive().optional().describe('Every N years (default 1: 毎年)'),
    printed: z.string().min(1).describe('As printed, e.g. 毎年増加'),
  })
  .describe('A target that recurs: 毎年増加 = { recurring: "increase", printed: "毎年増加" }');

// Each shape has a required key of its own, so byKey goes straight to the shape a value's key names
// (union-by-key.ts); Zod tries every shape in this order only for a value that shape refuses. Which
// shape a wrong value is told about does not depend on the order (errors.ts narrowUnion).
export const PartValue = byKey(z.union([Quantity, Frequency, StatedAbsence, Missing, QualitativeState]));
export type PartValue = z.infer<typeof PartValue>;

export const Part = z.strictObject({
  part: z
    .union([z.string().min(1), z.strictObject({ notStated: z.literal(true), note: z.string().optional() })])
    .describe('Name of the part as printed: 個人, ①研修開催回数, 樽前ハッピー号, 第1層; notStated() when the document names the part only by its unit'),
  value: PartValue,
  unit: Unit.optional().describe('Unit of this part; defaults to the indicator unit'),
  note: z.string().optional(),
});
export type Part = z.infer<typeof Part>;

export const Composite = z
  .strictObject({ parts: z.array(Part).min(1) })
  .describe('A value made of named parts, each with its own unit');

export const Value = byKey(z.union([Quantity, Composite, DirectionOnly, Frequency, Relative, Recurring, StatedAbsence, Missing, QualitativeState, Milestone]));
export type Value = z.infer<typeof Value>;
export type Composite = z.infer<typeof Composite>;
export type Frequency = z.infer<typeof Frequency>;
export type QualitativeState = z.infer<typeof QualitativeState>;
export type DirectionOnly = z.infer<typeof DirectionOnly>;
export type Milestone = z.infer<typeof Milestone>;
export type Missing = z.infer<typeof Missing>;
export type StatedAbsence = z.infer<typeof StatedAbsence>;
export type Relative = z.infer<typeof Relative>;
export type Recurring = z.infer<typeof Recurring>;
export type Qualifier = z.infer<typeof Qualifier>;

/** The name a part is known by: its printed name, or its unit when the document names it only by that. */
export function partName(p: { part: Part['part']; unit?: string }, unit?: string): string {
  if (typeof p.part === 'string') return p.part;
  return p.unit ?? unit ?? '（名称なし / unnamed）';
}

export type ValueKind =
  | 'quantity' | 'composite' | 'state' | 'direction' | 'frequency' | 'milestone' | 'missing'
  | 'absent' | 'relative' | 'recurring';

export function valueKind(v: Value | PartValue): ValueKind {
  if (typeof v === 'number') return 'quantity';
  if ('parts' in v) return 'composite';
  if ('absent' in v) return 'absent';
  if ('relative' in v) return 'relative';
  if ('recurring' in v) return 'recurring';
  if ('milestone' in v) return 'milestone';
  if ('state' in v) return 'state';
  if ('direction' in v) return 'direction';
  if ('frequency' in v) return 'frequency';
  return 'missing';
}

/** Plain text of a value, as a reviewer would read it (used by CSV export and messages). */
export function formatValue(v: Value | PartValue, unit?: string): string {
  if (typeof v === 'number') return `${v.toLocaleString('ja-JP', { maximumFractionDigits: 20 })}${unit ?? ''}`;
  if ('parts' in v) return v.parts.map((p) => `${typeof p.part === 'string' ? `${p.part} ` : ''}${formatValue(p.value, p.unit ?? unit)}`).join(' / ');
  if ('absent' in v) return v.absent;
  if ('recurring' in v) return v.printed;
  if ('relative' in v) {
    if (v.printed) return v.printed;
    const r = v.relative;
    const base = `${r.base.of ?? '基準'} ${r.base.value.toLocaleString('ja-JP')}${r.base.unit ?? unit ?? ''}`;
    const how = r.rule === 'times' ? `の${r.by}倍` : r.rule === 'percentOf' ? `の${r.by}%` : r.rule === 'plus' ? ` + ${r.by}` : ` − ${r.by}`;
    return `${base}${how}${v.value !== undefined ? `（${formatValue(v.value, unit)}）` : ''}`;
  }
  if ('milestone' in v) return `${yearText(v.fy)}${v.milestone}`;
  if ('state' in v) return v.text ?? v.state;
  if ('direction' in v) return v.direction;
  if ('frequency' in v) {
    const f = v.frequency;
    const per = f.every ? `${f.every}${f.per}に` : f.per === '年' && f.count > 12 ? '年間' : f.per;
    return `${f.label ? `${f.label}：` : ''}${per}${f.count}回${f.atLeast ? '以上' : ''}`;
  }
  return v.missing;
}

function yearText(y: YearRef): string {
  if (typeof y === 'number') return `${y}年度`;
  if ('tbd' in y) return y.tbd;
  if ('printed' in y) return y.printed;
  if ('read' in y) return `${y.read}年度（読み取り）`;
  return '（年度記載なし）';
}
