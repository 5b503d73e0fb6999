/**
 * The report's data for open-data portals: a CSV (UTF-8 with a BOM, one row
 * per indicator part per fiscal year, cells neutralised by core's toCsv) and
 * the same evaluation as JSON.
 */
import { toCsv } from '@keikaku/core';
import type { Plan } from '@keikaku/schema';
import type { IndicatorEvaluation, NodeEvaluation, PlanEvaluation } from './evaluate/index.js';

export const REPORT_COLUMNS = [
  'plan_id', 'goal', 'policy', 'indicator_id', 'indicator_name', 'part', 'unit', 'baseline_fy', 'baseline_value',
  'fy', 'actual_value', 'qualifier', 'provisional', 'target_fy', 'target_value', 'achievement_rate', 'grade', 'city_grade', 'note',
] as const;
export type ReportRow = Record<(typeof REPORT_COLUMNS)[number], string>;

const num = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '' : String(Math.round(n * 1e6) / 1e6));

export function reportRows(ev: PlanEvaluation): ReportRow[] {
  const rows: ReportRow[] = [];
  const visit = (n: NodeEvaluation, goal: NodeEvaluation, policy: NodeEvaluation | undefined) => {
    for (const ind of n.indicators) rows.push(...indicatorRows(ev, ind, goal.level === 'plan' ? '' : goal.title, policy?.title ?? ''));
    for (const c of n.children) visit(c, goal, n.level === 'goal' ? c : policy);
  };
  for (const g of ev.goals) visit(g, g, undefined);
  return rows;
}

function indicatorRows(ev: PlanEvaluation, ind: IndicatorEvaluation, goal: string, policy: string): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const part of ind.parts) {
    for (const y of part.years) {
      const a = y.actual;
      const actualValue = a ? (a.number !== undefined && a.kind === 'quantity' ? num(a.number) : a.kind === 'missing' || a.kind === 'absent' ? '' : a.text) : '';
      rows.push({
        plan_id: ev.planId,
        goal,
        policy,
        indicator_id: ind.id,
        indicator_name: ind.name,
        part: part.part ?? '',
        unit: part.unit,
        baseline_fy: part.baseline.fy !== undefined ? String(part.baseline.fy) : part.baseline.kind === 'absent' ? '' : part.baseline.fyText,
        baseline_value: part.baseline.kind === 'quantity' ? num(part.baseline.number) : part.baseline.kind === 'missing' ? '' : part.baseline.text,
        fy: String(y.fy),
        actual_value: actualValue,
        qualifier: a?.qualifier ?? (a?.source === 'reference' ? '参考値' : ''),
        provisional: a?.provisional ? 'true' : 'false',
        target_fy: y.target.fy !== undefined ? String(y.target.fy) : y.target.fyText,
        target_value: y.target.kind === 'quantity' ? num(y.target.number) : y.target.kind === 'missing' ? '' : y.target.text,
        achievement_rate: num(y.achievementRate),
        grade: String(y.grade),
        city_grade: y.cityGrade ?? '',
        note: [y.reason.ja, a?.note].filter(Boolean).join(' / '),
      });
    }
  }
  return rows;
}

export function reportCsv(ev: PlanEvaluation): string {
  return toCsv(reportRows(ev), REPORT_COLUMNS);
}

/** The evaluation as JSON: no timestamp, stable key order, so the same inputs give the same bytes. */
export function reportJson(plan: Plan, ev: PlanEvaluation): string {
  const doc = {
    format: 'keikaku-progress-report',
    version: 1,
    plan: {
      id: plan.id,
      title: typeof plan.title === 'string' ? plan.title : null,
      municipality: plan.municipality,
      source: plan.source,
    },
    fy: ev.fy,
    hasProgress: ev.hasProgress,
    scale: ev.scale,
    counts: ev.counts,
    score: ev.score ?? null,
    goals: ev.goals,
    orphanNarratives: ev.orphanNarratives,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
