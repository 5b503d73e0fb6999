/**
 * The open-data view of a plan: one row per indicator part. The target is the
 * one in force; target_original_value is filled where a revision changed it.
 */
import {
  formatFiscalYearShort,
  formatValue,
  walkIndicators,
  type Indicator,
  type Plan,
  type Value,
  type YearRef,
} from '@keikaku/schema';

export const INDICATOR_COLUMNS = [
  'plan_id', 'goal', 'policy', 'indicator_id', 'indicator_name', 'part', 'unit', 'kind', 'direction',
  'baseline_fy', 'baseline_value', 'target_fy', 'target_value', 'target_original_value',
] as const;
export type IndicatorRow = Record<(typeof INDICATOR_COLUMNS)[number], string>;

export function indicatorRows(plan: Plan): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const { indicator: ind, owner } of walkIndicators(plan)) {
    const goal = owner.level === 'goal' ? owner.node : owner.ancestors[0]!;
    const policy = owner.level === 'policy' ? owner.node : owner.level === 'approach' ? owner.ancestors[1] : undefined;
    const original = originalTarget(ind);
    for (const part of partNames(ind)) {
      rows.push({
        plan_id: plan.id,
        goal: goal.title,
        policy: policy?.title ?? '',
        indicator_id: ind.id,
        indicator_name: ind.name,
        part: part ?? '',
        unit: unitOf(ind, part),
        kind: ind.measure ?? '',
        direction: ind.direction,
        baseline_fy: yearCell(ind.baseline.fy),
        baseline_value: valueCell(ind.baseline.value, part),
        target_fy: yearCell(ind.target.fy),
        target_value: valueCell(ind.target.value, part),
        target_original_value: original === undefined ? '' : typeof original === 'string' ? original : valueCell(original, part),
      });
    }
  }
  return rows;
}

/** Part names in order of first appearance across baseline and target; [undefined] when none. */
function partNames(ind: Indicator): (string | undefined)[] {
  const names: string[] = [];
  for (const v of [ind.baseline.value, ind.target.value]) {
    if (typeof v === 'object' && 'parts' in v) for (const p of v.parts) if (!names.includes(p.part)) names.push(p.part);
  }
  return names.length ? names : [undefined];
}

function unitOf(ind: Indicator, part: string | undefined): string {
  if (part !== undefined) {
    for (const v of [ind.target.value, ind.baseline.value]) {
      if (typeof v === 'object' && 'parts' in v) {
        const p = v.parts.find((x) => x.part === part);
        if (p?.unit) return p.unit;
      }
    }
  }
  return ind.unit ?? '';
}

function yearCell(y: YearRef): string {
  if (typeof y === 'number') return String(y);
  if ('tbd' in y) return y.tbd;
  return '';
}

/** Numbers plain (no separators, no unit), qualitative values as their text, a blank as an empty cell. */
export function valueCell(v: Value, part?: string): string {
  if (typeof v === 'number') return String(v);
  if ('parts' in v) {
    const p = v.parts.find((x) => x.part === part);
    if (!p) return '';
    if (typeof p.value === 'number') return String(p.value);
    if ('missing' in p.value) return '';
    return formatValue(p.value);
  }
  if ('missing' in v) return '';
  if ('milestone' in v) return typeof v.fy === 'number' ? `${formatFiscalYearShort(v.fy)}${v.milestone}` : formatValue(v);
  return formatValue(v);
}

/** The first target a revision replaced: the 当初計画 value. A replaced indicator is named. */
function originalTarget(ind: Indicator): Value | string | undefined {
  const first = ind.revisions?.[0];
  if (!first) return undefined;
  if ('target' in first.previous) return first.previous.target.value;
  const r = first.previous.replaced;
  return `${r.name}: ${formatValue(r.target.value, r.unit)}`;
}
