/**
 * The open-data view of a plan: one row per indicator part. The target is the
 * one in force; target_original_value is filled where a revision changed it.
 * Nothing the plan records is left out: 参考値 (references) have their column,
 * a year the document does not print is written 「（年度記載なし）」 (never an
 * empty year that hides the entry), a year the encoder read is marked so, the
 * plan's own indicators have level "plan", and unnamed indicator frames (empty
 * rows of an evaluation sheet) are rows with an empty name.
 */
import {
  baselineOf,
  directionOf,
  formatFiscalYearShort,
  indicatorValues,
  isAbsent,
  partName,
  targetOf,
  formatValue,
  walkIndicators,
  walkNodes,
  type Indicator,
  type UnnamedIndicator,
  type Plan,
  type Value,
  type YearRef,
} from '@keikaku/schema';

export const INDICATOR_COLUMNS = [
  'plan_id', 'level', 'goal', 'policy', 'indicator_id', 'indicator_name', 'category', 'part', 'unit', 'kind', 'direction', 'direction_by',
  'baseline_fy', 'baseline_value', 'baseline_printed', 'baseline_qualifier', 'baseline_note', 'references',
  'target_fy', 'target_value', 'target_bound', 'target_condition', 'target_printed', 'target_qualifier', 'target_note',
  'target_original_value', 'target_series', 'planned', 'rationale', 'note',
] as const;
export type IndicatorRow = Record<(typeof INDICATOR_COLUMNS)[number], string>;

/**
 * One row per indicator part. A stated absence (基準値なし, 数値目標は設定しない)
 * exports as its printed words, never as an empty cell; an indicator that has
 * only a name leaves its value cells empty. Series (年次目標) and 見込量 are
 * written as "FY:value" pairs separated by "; ".
 */
export function indicatorRows(plan: Plan): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const { indicator: ind, owner } of walkIndicators(plan)) {
    const goal = owner === undefined ? undefined : owner.level === 'goal' ? owner.node : owner.ancestors[0]!;
    const policy = owner === undefined ? undefined : owner.level === 'policy' ? owner.node : owner.level === 'approach' ? owner.ancestors[1] : undefined;
    const original = originalTarget(ind);
    const b = baselineOf(ind);
    const t = targetOf(ind);
    for (const part of partNames(ind)) {
      rows.push({
        plan_id: plan.id,
        level: owner?.level ?? 'plan',
        goal: goal?.title ?? '',
        policy: policy?.title ?? '',
        indicator_id: ind.id,
        indicator_name: ind.name,
        category: ind.category ?? '',
        part: part ?? '',
        unit: unitOf(ind, part),
        kind: ind.measure ?? '',
        direction: directionOf(ind.direction) ?? '',
        direction_by: typeof ind.direction === 'string' ? 'document' : 'read' in ind.direction ? 'encoder' : 'not-stated',
        baseline_fy: b ? yearCell(b.fy) : '',
        baseline_value: b ? valueCell(b.value, part) : isAbsent(ind.baseline) ? absentCell(ind.baseline) : ind.beyondExcerpt?.includes('baseline') ? BEYOND_EXCERPT : '',
        baseline_printed: b?.printed ?? '',
        baseline_qualifier: b?.qualifier ?? '',
        baseline_note: b?.note ?? '',
        references: (ind.references ?? []).map((e) => `${yearCell(e.fy)}:${valueCell(e.value, part)}`).join('; '),
        target_fy: t ? yearCell(t.fy) : '',
        target_value: t ? valueCell(t.value, part) : isAbsent(ind.target) ? absentCell(ind.target) : ind.beyondExcerpt?.includes('target') ? BEYOND_EXCERPT : '',
        target_bound: t?.bound ?? '',
        target_condition: t?.condition ?? '',
        target_printed: t?.printed ?? '',
        target_qualifier: t?.qualifier ?? '',
        target_note: t?.note ?? '',
        target_original_value: original === undefined ? '' : typeof original === 'string' ? original : valueCell(original, part),
        target_series: (ind.series ?? []).map((e) => `${yearCell(e.fy)}:${valueCell(e.value, part)}`).join('; '),
        planned: (ind.planned ?? []).map((e) => `${yearCell(e.fy)}:${valueCell(e.value, part)}`).join('; '),
        rationale: (ind.rationale ?? []).join('\n'),
        note: (ind.notes ?? []).join('\n'),
      });
    }
  }
  rows.push(...unnamedRows(plan));
  return rows;
}

/** Rows for the indicator frames the document prints with no name (empty rows of an evaluation sheet). */
function unnamedRows(plan: Plan): IndicatorRow[] {
  const out: IndicatorRow[] = [];
  const nodes: { level: string; goal?: string; policy?: string; frames: UnnamedIndicator[] }[] = [];
  for (const v of walkNodes(plan)) {
    const frames = v.node.unnamedIndicators ?? [];
    if (!frames.length) continue;
    const goal = v.level === 'goal' ? v.node : v.ancestors[0]!;
    const policy = v.level === 'policy' ? v.node : v.level === 'approach' ? v.ancestors[1] : undefined;
    nodes.push({ level: v.level, goal: goal.title, ...(policy ? { policy: policy.title } : {}), frames });
  }
  for (const n of nodes) {
    for (const f of n.frames) {
      const row = Object.fromEntries(INDICATOR_COLUMNS.map((c) => [c, ''])) as IndicatorRow;
      out.push({
        ...row,
        plan_id: plan.id,
        level: n.level,
        goal: n.goal ?? '',
        policy: n.policy ?? '',
        indicator_id: f.id,
        unit: f.unit ?? '',
        direction_by: 'not-stated',
        baseline_fy: f.baseline ? yearCell(f.baseline.fy) : '',
        baseline_value: f.baseline ? valueCell(f.baseline.value) : '',
        baseline_printed: f.baseline?.printed ?? '',
        target_fy: f.target ? yearCell(f.target.fy) : '',
        target_value: f.target ? valueCell(f.target.value) : '',
        target_printed: f.target?.printed ?? '',
        note: ['（指標名の記載なし）' + (f.name.note ? ` ${f.name.note}` : ''), ...(f.notes ?? [])].join('\n'),
      });
    }
  }
  return out;
}

/** The cell of a baseline or target the encoding says lies beyond the excerpt (beyondExcerpt): shown, not left empty as if never printed. */
const BEYOND_EXCERPT = '（抜粋の範囲外）';

function absentCell(a: { absent: string; reason?: string }): string {
  return a.reason ? `${a.absent}（${a.reason}）` : a.absent;
}

/** Part names in order of first appearance across the indicator's values; [undefined] when none. */
function partNames(ind: Indicator): (string | undefined)[] {
  const names: string[] = [];
  for (const { value: v } of indicatorValues(ind)) {
    if (typeof v === 'object' && 'parts' in v) for (const p of v.parts) if (!names.includes(partName(p, ind.unit))) names.push(partName(p, ind.unit));
  }
  return names.length ? names : [undefined];
}

function unitOf(ind: Indicator, part: string | undefined): string {
  if (part !== undefined) {
    for (const { value: v } of indicatorValues(ind)) {
      if (typeof v === 'object' && 'parts' in v) {
        const p = v.parts.find((x) => partName(x, ind.unit) === part);
        if (p?.unit) return p.unit;
      }
    }
  }
  return ind.unit ?? '';
}

/** A year as a cell: 2024; 2020（H32）as printed; 2024（読み取り）when the encoder read it; （年度記載なし）when not printed. */
function yearCell(y: YearRef): string {
  if (typeof y === 'number') return String(y);
  if ('tbd' in y) return y.tbd;
  if ('printed' in y) return `${y.fy}（${y.printed}${y.era ? `、元号は${y.era}と読み取り` : ''}）`;
  if ('read' in y) return `${y.read}（読み取り）`;
  return '（年度記載なし）';
}

/** Numbers plain (no separators, no unit), qualitative values as their text, a blank as an empty cell. */
export function valueCell(v: Value, part?: string): string {
  if (typeof v === 'number') return String(v);
  if ('parts' in v) {
    const p = v.parts.find((x) => partName(x) === part || (typeof x.part !== 'string' && x.unit === part));
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
