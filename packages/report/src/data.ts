/**
 * The report's data for open-data portals: a CSV (UTF-8 with a BOM, one row
 * per indicator part per fiscal year, cells neutralised by core's toCsv) and
 * the same evaluation as JSON.
 */
import { statedText, municipalityText } from '@keikaku/schema';
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
  const place = { code: statedText(plan.municipality.code) ?? '', name: municipalityText(plan.municipality, '') ?? '' };
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
        goal_no: goal.level === 'plan' ? '' : goal.no,
        goal: goal.level === 'plan' ? '' : goal.title,
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
      municipality: {
        name: statedText(plan.municipality.name) ?? null,
        code: statedText(plan.municipality.code) ?? null,
        prefecture: statedText(plan.municipality.prefecture) ?? null,
        ...(plan.municipality.kind ? { kind: plan.municipality.kind } : {}),
      },
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
    ...(ev.review ? { review: ev.review } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// ---------------------------------------------------------------------------
// The year's review as open data: one row per item of an evaluation sheet, a
// committee opinion and its response, the 総括 and the issuing facts.

/**
 * The review CSV's columns in order, with their codebook. Written as
 * report-<fy>-review.csv beside the report CSV when the progress file holds a
 * review; packages/report/README.md prints this table and a test compares them.
 */
export const REVIEW_CODEBOOK = [
  { key: 'municipality_code', ja: '団体コード', meaning: '全国地方公共団体コード（6桁、検査数字つき）', unit: '', example: '011002' },
  { key: 'plan_id', ja: '計画ID', meaning: 'keikaku の計画 id', unit: '', example: 'sapporo' },
  { key: 'report_fy', ja: '報告年度', meaning: 'この報告書の年度', unit: '年度', example: '2024' },
  { key: 'record', ja: '記録の種類', meaning: 'sheet（評価シート）・opinion（委員会意見と市の対応）・summary（総括）・issued（発行）', unit: '', example: 'sheet' },
  { key: 'node_id', ja: '対象ID', meaning: '評価・意見の対象の基本目標・施策・取組方針・取組の id（計画全体なら空欄）', unit: '', example: 'g1-p1' },
  { key: 'node', ja: '対象', meaning: '対象の名称（計画全体なら空欄）', unit: '', example: '見守り活動の推進' },
  { key: 'sheet', ja: '様式・会議', meaning: '評価シートの名称、または意見が出された会議（記載どおり）', unit: '', example: '施策評価シート' },
  { key: 'item', ja: '項目', meaning: '担当課・取組実績・取組実績（数値）・課題・今後の方向性・評価・予算額・決算額・事業費の注記・委員会意見・市の対応・総括・発行日・発行部署', unit: '', example: '取組実績（数値）' },
  { key: 'value', ja: '内容', meaning: '項目の内容（文章・数値・評価の記号。記載しない旨の記載はその文言）', unit: '列 unit', example: '1380' },
  { key: 'unit', ja: '単位', meaning: '数値の単位（取組実績の数値、事業費の 円・千円）', unit: '', example: '回' },
  { key: 'detail', ja: '補足', meaning: '数値の名称と記載どおりの値、評価した者と評価区分と理由、対応の状況と担当課、方向性の説明', unit: '', example: '見守り訪問の回数（1,380回）' },
  { key: 'stated_absent', ja: '記載なしの記載', meaning: '文書が「記載なし」など、その項目を示さないと記載しているなら true', unit: 'true/false', example: 'false' },
] as const satisfies readonly ReportColumn[];

export const REVIEW_COLUMNS = REVIEW_CODEBOOK.map((c) => c.key);
export type ReviewRow = Record<(typeof REVIEW_CODEBOOK)[number]['key'], string>;

type Absence = { absent: string; reason?: string | undefined };
const absentText = (a: Absence) => `${a.absent}${a.reason ? `（${a.reason}）` : ''}`;
const isAbsence = (v: object): v is Absence => 'absent' in v;

/** Node and initiative titles by id, from the evaluation. */
function titles(ev: PlanEvaluation): Map<string, string> {
  const m = new Map<string, string>();
  const visit = (n: NodeEvaluation) => {
    m.set(n.id, n.title);
    for (const i of n.initiatives) m.set(i.id, i.title);
    n.children.forEach(visit);
  };
  ev.goals.forEach(visit);
  return m;
}

export function reviewRows(plan: Plan, ev: PlanEvaluation): ReviewRow[] {
  const r = ev.review;
  if (!r) return [];
  const names = titles(ev);
  const rows: ReviewRow[] = [];
  const base = { municipality_code: statedText(plan.municipality.code) ?? '', plan_id: ev.planId, report_fy: String(ev.fy) };
  const row = (record: string, node: string | undefined, sheet: string, item: string, value: string, extra: { unit?: string; detail?: string; absent?: boolean } = {}) =>
    rows.push({ ...base, record, node_id: node ?? '', node: node ? (names.get(node) ?? '') : '', sheet, item, value, unit: extra.unit ?? '', detail: extra.detail ?? '', stated_absent: extra.absent ? 'true' : 'false' });
  const absentRow = (record: string, node: string | undefined, sheet: string, item: string, a: Absence) => row(record, node, sheet, item, absentText(a), { absent: true });
  for (const s of r.sheets) {
    const h = s.heading ?? '';
    const put = (item: string, v: string | Absence | undefined) => {
      if (v === undefined) return;
      if (typeof v === 'string') row('sheet', s.node, h, item, v);
      else absentRow('sheet', s.node, h, item, v);
    };
    put('担当課', s.department);
    if (s.achievements) {
      if (isAbsence(s.achievements)) absentRow('sheet', s.node, h, '取組実績', s.achievements);
      else {
        for (const t of s.achievements.text ?? []) row('sheet', s.node, h, '取組実績', t);
        for (const f of s.achievements.figures ?? []) row('sheet', s.node, h, '取組実績（数値）', String(f.value), { unit: f.unit, detail: `${f.label}${f.printed ? `（${f.printed}）` : ''}` });
      }
    }
    if (s.issues) {
      if (Array.isArray(s.issues)) for (const t of s.issues) row('sheet', s.node, h, '課題', t);
      else absentRow('sheet', s.node, h, '課題', s.issues);
    }
    if (s.outlook) {
      if (isAbsence(s.outlook)) absentRow('sheet', s.node, h, '今後の方向性', s.outlook);
      else row('sheet', s.node, h, '今後の方向性', s.outlook.course, s.outlook.text ? { detail: s.outlook.text } : {});
    }
    for (const e of s.evaluations ?? []) {
      const reason = e.reason === undefined ? '' : typeof e.reason === 'string' ? e.reason : absentText(e.reason);
      row('sheet', s.node, h, '評価', e.grade, { detail: `${e.by}（評価区分 ${e.scale}）${reason ? `：${reason}` : ''}` });
    }
    if (s.cost) {
      if (isAbsence(s.cost)) absentRow('sheet', s.node, h, '事業費', s.cost);
      else {
        for (const [item, v] of [['予算額', s.cost.budget], ['決算額', s.cost.settlement]] as const) {
          if (v === undefined) continue;
          if (isAbsence(v)) absentRow('sheet', s.node, h, item, v);
          else row('sheet', s.node, h, item, String(v.amount), { unit: v.unit });
        }
        if (s.cost.note) row('sheet', s.node, h, '事業費の注記', s.cost.note);
      }
    }
  }
  for (const o of r.opinions) {
    const m = o.meeting ?? '';
    row('opinion', o.node, m, '委員会意見', o.opinion);
    if (o.response) {
      if (isAbsence(o.response)) absentRow('opinion', o.node, m, '市の対応', o.response);
      else row('opinion', o.node, m, '市の対応', o.response.text, { detail: [o.response.status, o.response.department].filter(Boolean).join('・') });
    }
  }
  if (r.summary) {
    if (isAbsence(r.summary)) absentRow('summary', undefined, '', '総括', r.summary);
    else for (const p of r.summary.paragraphs) row('summary', undefined, r.summary.heading ?? '', '総括', p);
  }
  if (r.issued?.date !== undefined) {
    if (typeof r.issued.date === 'string') row('issued', undefined, '', '発行日', r.issued.date);
    else absentRow('issued', undefined, '', '発行日', r.issued.date);
  }
  if (r.issued?.department !== undefined) {
    if (typeof r.issued.department === 'string') row('issued', undefined, '', '発行部署', r.issued.department);
    else absentRow('issued', undefined, '', '発行部署', r.issued.department);
  }
  return rows;
}

/** The review CSV, or undefined when the report year's progress holds no review. */
export function reviewCsv(plan: Plan, ev: PlanEvaluation, opts: { headers?: CsvHeaders } = {}): string | undefined {
  if (!ev.review) return undefined;
  const rows = reviewRows(plan, ev);
  if (opts.headers !== 'ja') return toCsv(rows, REVIEW_COLUMNS);
  return toCsv<string>(
    rows.map((r) => Object.fromEntries(REVIEW_CODEBOOK.map((c) => [c.ja, r[c.key]]))),
    REVIEW_CODEBOOK.map((c) => c.ja),
  );
}
