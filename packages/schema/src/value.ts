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
import { YearRef } from './fiscal-year.js';
import { Unit } from './units.js';

export const QUALITATIVE_STATES = ['実施', '継続', '開設', '維持', '設置', '策定', '未実施'] as const;
export const MISSING_MARKS = ['―', '—', '－', '-', '空欄'] as const;
export const FREQUENCY_PERIODS = ['年', '月', '週'] as const;

export const Quantity = z.number().describe('A number in the indicator unit');

export const Frequency = z
  .strictObject({
    frequency: z.strictObject({
      count: z.number().int().nonnegative(),
      per: z.enum(FREQUENCY_PERIODS),
      atLeast: z.boolean().optional().describe('以上'),
      label: z.string().optional().describe('What is counted, e.g. 相談日, 街頭巡回'),
    }),
  })
  .describe('A frequency: 年1回以上 = { count: 1, per: "年", atLeast: true }');

export const QualitativeState = z
  .strictObject({
    state: z.enum(QUALITATIVE_STATES),
    text: z.string().optional().describe('The sentence as printed when it says more than the state'),
  })
  .describe('A qualitative state such as 実施, 継続, 開設, 維持');

export const DirectionOnly = z
  .strictObject({ direction: z.enum(['↗', '↘', '→']) })
  .describe('A direction with no number (↗ = increase). Lint reports it as a missing target value.');

export const Milestone = z
  .strictObject({
    milestone: z.enum(QUALITATIVE_STATES),
    fy: YearRef,
  })
  .describe('An event by a year: R4開設 = { milestone: "開設", fy: reiwa(4) }');

export const Missing = z
  .strictObject({
    missing: z.enum(MISSING_MARKS),
    note: z.string().optional(),
  })
  .describe('An explicit blank as printed (―, —, －)');

export const PartValue = z.union([Quantity, Frequency, QualitativeState, Missing]);
export type PartValue = z.infer<typeof PartValue>;

export const Part = z.strictObject({
  part: z.string().min(1).describe('Name of the part as printed: 個人, ①研修開催回数, 樽前ハッピー号, 第1層'),
  value: PartValue,
  unit: Unit.optional().describe('Unit of this part; defaults to the indicator unit'),
  note: z.string().optional(),
});
export type Part = z.infer<typeof Part>;

export const Composite = z
  .strictObject({ parts: z.array(Part).min(1) })
  .describe('A value made of named parts, each with its own unit');

export const Value = z.union([Quantity, Composite, QualitativeState, DirectionOnly, Frequency, Milestone, Missing]);
export type Value = z.infer<typeof Value>;
export type Composite = z.infer<typeof Composite>;
export type Frequency = z.infer<typeof Frequency>;
export type QualitativeState = z.infer<typeof QualitativeState>;
export type DirectionOnly = z.infer<typeof DirectionOnly>;
export type Milestone = z.infer<typeof Milestone>;
export type Missing = z.infer<typeof Missing>;

export type ValueKind = 'quantity' | 'composite' | 'state' | 'direction' | 'frequency' | 'milestone' | 'missing';

export function valueKind(v: Value): ValueKind {
  if (typeof v === 'number') return 'quantity';
  if ('parts' in v) return 'composite';
  if ('milestone' in v) return 'milestone';
  if ('state' in v) return 'state';
  if ('direction' in v) return 'direction';
  if ('frequency' in v) return 'frequency';
  return 'missing';
}

/** Plain text of a value, as a reviewer would read it (used by CSV export and messages). */
export function formatValue(v: Value | PartValue, unit?: string): string {
  if (typeof v === 'number') return `${v.toLocaleString('ja-JP', { maximumFractionDigits: 20 })}${unit ?? ''}`;
  if ('parts' in v) return v.parts.map((p) => `${p.part} ${formatValue(p.value, p.unit ?? unit)}`).join(' / ');
  if ('milestone' in v) return `${yearText(v.fy)}${v.milestone}`;
  if ('state' in v) return v.text ?? v.state;
  if ('direction' in v) return v.direction;
  if ('frequency' in v) {
    const f = v.frequency;
    return `${f.label ? `${f.label}：` : ''}${f.per === '年' && f.count > 12 ? '年間' : f.per}${f.count}回${f.atLeast ? '以上' : ''}`;
  }
  return v.missing;
}

function yearText(y: YearRef): string {
  if (typeof y === 'number') return `${y}年度`;
  if ('tbd' in y) return y.tbd;
  return '（年度記載なし）';
}
