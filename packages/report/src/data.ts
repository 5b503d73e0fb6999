/**
 * The report's data for open-data portals: a CSV (UTF-8 with a BOM, one row
 * per indicator part per fiscal year, cells neutralised by core's toCsv) and
 * the same evaluation as JSON.
 */
import { toCsv } from '@keikaku/core';
import type { Plan } from '@keikaku/schema';
import type { IndicatorEvaluation, NodeEvaluation, PlanEvaluation } from './evaluate/index.js';
import type { ReportDocument } from './report-schema.js';

/** One column of the report CSV: its key (the English header), its Japanese header, and its codebook entry. */
export interface ReportColumn {
  key: string;
  ja: string;
  meaning: string;
  unit: string;
  example: string;
}

/**
 * The report CSV's columns in order, with their codebook (meaning, unit,
 * example). packages/report/README.md prints this table; a test compares them.
 */
export const REPORT_CODEBOOK = [
  { key: 'municipality_code', ja: '団体コード', meaning: '全国地方公共団体コード（6桁、検査数字つき）', unit: '', example: '011002' },
  { key: 'municipality_name', ja: '自治体名', meaning: '都道府県名と市区町村名', unit: '', example: '北海道札幌市' },
  { key: 'plan_id', ja: '計画ID', meaning: 'keikaku の計画 id（plans/ のフォルダ名）', unit: '', example: 'sapporo' },
  { key: 'report_fy', ja: '報告年度', meaning: 'この報告書の年度（西暦の年度）', unit: '年度', example: '2024' },
  { key: 'goal_no', ja: '基本目標番号', meaning: '基本目標の番号（計画の記載どおり）', unit: '', example: '1' },
  { key: 'goal', ja: '基本目標', meaning: '基本目標の名称', unit: '', example: '支え合う地域づくり' },
  { key: 'policy_no', ja: '施策番号', meaning: '施策の番号（基本目標に直接つく指標では空欄）', unit: '', example: '2' },
  { key: 'policy', ja: '施策', meaning: '施策の名称（基本目標に直接つく指標では空欄）', unit: '', example: '地域の見守り活動の推進' },
  { key: 'indicator_id', ja: '指標ID', meaning: '計画の中で一意な指標 id', unit: '', example: 'mimamori-chiku-wariai' },
  { key: 'indicator_name', ja: '指標名', meaning: '指標の名称（計画の記載どおり）', unit: '', example: '見守り活動を実施・継続する地区の割合' },
  { key: 'part', ja: '内訳', meaning: '複数の値からなる指標の内訳名（個人・団体など）。単一の指標では空欄', unit: '', example: '個人' },
  { key: 'unit', ja: '単位', meaning: '値の単位', unit: '', example: '件' },
  { key: 'measure', ja: '計上方法', meaning: '年度末時点・単年度・累計・延べ（計画に記載がなければ空欄）', unit: '', example: '単年度' },
  { key: 'direction', ja: '目指す方向', meaning: 'increase（増加）・decrease（減少）・maintain（維持）。記載がなければ空欄', unit: '', example: 'increase' },
  { key: 'baseline_fy', ja: '基準年度', meaning: '基準値の年度', unit: '年度', example: '2022' },
  { key: 'baseline_value', ja: '基準値', meaning: '基準値（数値、または記載どおりの文言）', unit: '列 unit', example: '1824' },
  { key: 'fy', ja: '年度', meaning: 'この行の値の年度', unit: '年度', example: '2024' },
  { key: 'as_of', ja: '時点', meaning: '値をとった日（YYYY-MM-DD）。空欄は年度末', unit: '日付', example: '2024-12-31' },
  { key: 'actual_printed', ja: '実績値（記載値）', meaning: '進捗に記録された実績値そのもの（年度途中の値を含む）', unit: '列 unit', example: '1817' },
  { key: 'actual_value', ja: '実績値（評価に用いた値）', meaning: '評価に用いた値。年度途中の単年度・延べの件数は経過月数から年間に換算した値、ほかは記載値と同じ', unit: '列 unit', example: '2422.666667' },
  { key: 'annualised_months', ja: '換算の月数', meaning: '年間に換算したとき、記載値が何か月分か（換算しないときは空欄）', unit: 'か月', example: '9' },
  { key: 'qualifier', ja: '値の注記', meaning: '推計・見込み・暫定・速報値・参考値など、値の確かさについての記載', unit: '', example: '参考値' },
  { key: 'provisional', ja: '暫定値', meaning: '年度途中など暫定の値なら true', unit: 'true/false', example: 'true' },
  { key: 'target_fy', ja: '目標年度', meaning: 'その年度に有効だった目標の年度', unit: '年度', example: '2029' },
  { key: 'target_value', ja: '目標値', meaning: 'その年度に有効だった目標値（数値、または記載どおりの文言）', unit: '列 unit', example: '5640' },
  { key: 'achievement_rate', ja: '達成率', meaning: '（評価に用いた値 − 基準値）÷（目標値 − 基準値）。求められないときは空欄', unit: '比（1 = 100%）', example: '0.1527' },
  { key: 'expected_pace', ja: '期待される進み具合', meaning: '基準年度から目標年度までに経過した年数の割合', unit: '比（1 = 100%）', example: '0.2857' },
  { key: 'grade', ja: '評価', meaning: '評価の記号（計画の評価区分、なければ健康日本21方式の A・B・B*・C・D・E）', unit: '', example: 'B*' },
  { key: 'grade_label', ja: '評価の区分名', meaning: '評価の記号が表す区分の名称', unit: '', example: '改善しているが目標達成が危ぶまれる' },
  { key: 'grade_meaning', ja: '評価の意味', meaning: 'achieved・on-track・improved・at-risk・unchanged・worse・not-comparable・not-evaluable のいずれか', unit: '', example: 'at-risk' },
  { key: 'grade_source', ja: '評価の出所', meaning: 'computed（データから計算）または city（区分を決められないため市の評価を示す）', unit: '', example: 'computed' },
  { key: 'city_grade', ja: '市の評価', meaning: '市が進捗に記録した評価（なければ空欄）', unit: '', example: 'B' },
  { key: 'note', ja: '評価の理由', meaning: '評価の理由と、値についての注記', unit: '', example: '基準値 1,824件 から 1,817件（年間換算 約2,423件）へ改善しているが…' },
] as const satisfies readonly ReportColumn[];

export const REPORT_COLUMNS = REPORT_CODEBOOK.map((c) => c.key);
export type ReportColumnKey = (typeof REPORT_CODEBOOK)[number]['key'];
export type ReportRow = Record<ReportColumnKey, string>;
/** Header language of the report CSV: the English keys, or Japanese headers (`--csv-headers ja`). */
export type CsvHeaders = 'en' | 'ja';

const num = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '' : String(Math.round(n * 1e6) / 1e6));

export function reportRows(plan: Plan, ev: PlanEvaluation): ReportRow[] {
  const rows: ReportRow[] = [];
  const labels = new Map(ev.scale.grades.map((g) => [g.code, g.label.ja]));
  const place = { code: plan.municipality.code, name: `${plan.municipality.prefecture}${plan.municipality.name}` };
  const visit = (n: NodeEvaluation, goal: NodeEvaluation, policy: NodeEvaluation | undefined) => {
    for (const ind of n.indicators) rows.push(...indicatorRows(ev, place, labels, ind, goal, policy));
    for (const c of n.children) visit(c, goal, n.level === 'goal' ? c : policy);
  };
  for (const g of ev.goals) visit(g, g, undefined);
  return rows;
}

function indicatorRows(ev: PlanEvaluation, place: { code: string; name: string }, labels: Map<string, string>, ind: IndicatorEvaluation, goal: NodeEvaluation, policy: NodeEvaluation | undefined): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const part of ind.parts) {
    for (const y of part.years) {
      const a = y.actual;
      const printed = a ? (a.number !== undefined && a.kind === 'quantity' ? num(a.number) : a.kind === 'missing' || a.kind === 'absent' ? '' : a.text) : '';
      rows.push({
        municipality_code: place.code,
        municipality_name: place.name,
        plan_id: ev.planId,
        report_fy: String(ev.fy),
        goal_no: goal.no,
        goal: goal.title,
        policy_no: policy?.no ?? '',
        policy: policy?.title ?? '',
        indicator_id: ind.id,
        indicator_name: ind.name,
        part: part.part ?? '',
        unit: part.unit,
        measure: ind.measure ?? '',
        direction: ind.direction === '（記載なし）' ? '' : ind.direction,
        baseline_fy: part.baseline.fy !== undefined ? String(part.baseline.fy) : part.baseline.kind === 'absent' ? '' : part.baseline.fyText,
        baseline_value: part.baseline.kind === 'quantity' ? num(part.baseline.number) : part.baseline.kind === 'missing' ? '' : part.baseline.text,
        fy: String(y.fy),
        as_of: a?.asOf ?? '',
        actual_printed: printed,
        actual_value: a?.graded !== undefined ? num(a.graded) : printed,
        annualised_months: a?.months !== undefined ? String(a.months) : '',
        qualifier: a?.qualifier ?? (a?.source === 'reference' ? '参考値' : ''),
        provisional: a?.provisional ? 'true' : 'false',
        target_fy: y.target.fy !== undefined ? String(y.target.fy) : y.target.fyText,
        target_value: y.target.kind === 'quantity' ? num(y.target.number) : y.target.kind === 'missing' ? '' : y.target.text,
        achievement_rate: num(y.achievementRate),
        expected_pace: num(y.expectedPace),
        grade: String(y.grade),
        grade_label: labels.get(String(y.grade)) ?? '',
        grade_meaning: y.meaning ?? '',
        grade_source: y.gradeSource,
        city_grade: y.cityGrade ?? '',
        note: [y.reason.ja, a?.note].filter(Boolean).join(' / '),
      });
    }
  }
  return rows;
}

/** The report CSV (UTF-8 with a BOM, CRLF), with English keys or Japanese headers. */
export function reportCsv(plan: Plan, ev: PlanEvaluation, opts: { headers?: CsvHeaders } = {}): string {
  const rows = reportRows(plan, ev);
  if (opts.headers !== 'ja') return toCsv(rows, REPORT_COLUMNS);
  const ja: string[] = REPORT_CODEBOOK.map((c) => c.ja);
  return toCsv<string>(
    rows.map((r) => Object.fromEntries(REPORT_CODEBOOK.map((c) => [c.ja, r[c.key]]))),
    ja,
  );
}

/** Where the report JSON's schema lives, relative to the default output (reports/<id>/report-<fy>.json). */
export const DEFAULT_SCHEMA_REF = '../../schemas/report.schema.json';

/**
 * The evaluation as JSON: no timestamp, stable key order, so the same inputs
 * give the same bytes. Typed against the report's Zod schema
 * (schemas/report.schema.json), which `$schema` points to.
 */
export function reportJson(plan: Plan, ev: PlanEvaluation, opts: { schemaRef?: string } = {}): string {
  const doc: ReportDocument = {
    $schema: opts.schemaRef ?? DEFAULT_SCHEMA_REF,
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
    ...(ev.outsidePeriod ? { outsidePeriod: ev.outsidePeriod } : {}),
    scale: ev.scale,
    counts: ev.counts,
    score: ev.score ?? null,
    graded: ev.graded,
    goals: ev.goals,
    orphanNarratives: ev.orphanNarratives,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
