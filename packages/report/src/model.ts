/**
 * The report's view model: every string the templates print, prepared from
 * the plan, its evaluation, the year's review in its progress module, and
 * (for the optional annex) its findings. Templates only place these strings
 * ({{ }} escapes all of them); nothing here is HTML.
 *
 * The report is read by a 推進委員会: it prints no file path, plan path,
 * rule id, package version or seed file name (issue 15 §3). Data-quality
 * notes are sentences about the document, in an annex printed on request.
 */
import { formatFiscalYear, formatWarekiDate, formatWarekiFiscalYear, headingText, planPeriod, tbdOf, type Plan, type Progress, type YearRef } from '@keikaku/schema';
import type { Finding } from '@keikaku/core';
import { renderChart } from './charts/chart.js';
import type { IndicatorEvaluation, NodeEvaluation, PartEvaluation, PlanEvaluation, SeriesPoint } from './evaluate/index.js';
import { pct } from './evaluate/scale.js';
import { numberText } from './evaluate/values.js';
import { reviewView, type NodeName, type OpinionView, type SheetView } from './model-review.js';

export type { OpinionView, SheetView } from './model-review.js';

export interface ReportInput {
  plan: Plan;
  evaluation: PlanEvaluation;
  /** Findings that remain for this plan (check, lint); shown, as sentences about the document, only in the annex. */
  findings?: readonly Finding[];
  /**
   * plans/<id>/CHANGELOG.md. Not printed: its entries describe the encoding,
   * not the plan; the 改訂履歴 comes from the plan's own revision records.
   */
  changelog?: string;
  /** A date for the cover (ISO); otherwise the progress module's issuing date; none when neither is given. */
  date?: string;
  /** The plan's progress modules (the report year's title is cited in 出典; its review comes through the evaluation). */
  progress?: readonly Progress[];
  /** Print the data-quality annex (資料: 原典の記載についての注記). */
  annex?: boolean;
}

export interface ChartView {
  svg: string;
  caption: string;
  /** What the chart plots when it is not the printed figure (an annualised value). */
  note?: string;
}

/** A value and its year, each kept on one line (「100%」「（2029年度）」). */
export interface ValueAt {
  value: string;
  at?: string;
}

export interface IndicatorRowView {
  first: boolean;
  rowspan: number;
  name: string;
  meta: string;
  part?: string;
  baseline: ValueAt;
  /** value: the value graded (the annualised estimate for a mid-year count); note: the printed figure and its date. */
  years: { label: string; value: string; note?: string }[];
  target: ValueAt & { extra?: string };
  original?: string;
  rate: string;
  pace?: string;
  grade: string;
  mark?: string;
  gradeClass: string;
  gradeLabel: string;
  /** Set when keikaku could not decide between two levels and shows the city's grade instead. */
  gradeBy?: string;
  reason: string;
  /** Last year's grade, where the report has one. */
  previous?: string;
  city?: string;
  cityDiffers?: boolean;
  growth?: string;
}

export interface NodeView {
  anchor: string;
  heading: 'h2' | 'h3' | 'h4';
  label: string;
  title: string;
  /** Lead text kept on the page of the heading; the rest of the description follows it and may break. */
  lead: string[];
  more: string[];
  /** True when the heading, its lead and its counts are short enough to keep with the indicator table. */
  keep: boolean;
  departments?: string;
  counts?: string;
  /** The city's own grade of the node beside the roll-up of its indicators. */
  cityGrade?: { text: string; comparison: string; differs: boolean };
  rows: IndicatorRowView[];
  /** A table of a few rows is kept on one page with its charts; a longer one may break between rows. */
  keepTable: boolean;
  charts: ChartView[];
  indicatorNotes: { name: string; notes: string[] }[];
  narratives: { heading: string; items: string[]; about?: string }[];
  initiatives: { no?: string; title: string; content?: string; markers?: string; departments: string; owner?: string; status?: string; sheet?: string }[];
  initiativeTerm: string;
  /** The node's own evaluation sheets. */
  sheets: SheetView[];
  /** Evaluation sheets of the node's initiatives, shown after the initiatives table. */
  initiativeSheets: SheetView[];
  noIndicators?: string;
  children: NodeView[];
  isGoal: boolean;
}

export interface TocEntry {
  anchor: string;
  text: string;
  level: 1 | 2;
}

export interface SummaryRowView {
  label: string;
  name: string;
  part?: string;
  grade: string;
  gradeClass: string;
  mark?: string;
  previous?: string;
  previousClass?: string;
  note?: string;
  /** Graded this year (not 評価困難 or 比較不能). */
  evaluated: boolean;
}

export interface ReportView {
  docTitle: string;
  planTitle: string;
  subtitle?: string;
  municipality: string;
  fyLabel: string;
  reportName: string;
  date?: string;
  department?: string;
  edition?: string;
  toc: TocEntry[];
  overview: {
    period?: string;
    philosophy?: string;
    philosophyDescription: string[];
    legalBasis?: string;
    encompasses: string[];
    structure: { label: string; title: string; children: { label: string; title: string }[] }[];
    /** Said when the structure is empty: that the plan records none, or that the encoded excerpt does not hold it. */
    structureNote: string;
    sections: { heading: string; paragraphs: string[]; subsections: { heading: string; paragraphs: string[] }[] }[];
  };
  dashboard: {
    columns: { code: string; label: string; short: string; cls: string }[];
    rows: { label: string; title: string; counts: number[]; total: number; score: string }[];
    total: { counts: number[]; total: number; score: string };
    note?: string;
    scaleName: string;
    /** 評価の対象 n 件のうち評価できたもの m 件 … */
    graded: string;
    /** How the average score is counted, from the scale's own scores. */
    scoreRule: string;
    /** The report year lies outside the plan period. */
    outsidePeriod?: string;
    /** Every indicator part: this year's grade beside last year's, and the ※ note. */
    summary: SummaryRowView[];
    thisFy: string;
    previousFy: string;
    provisionalCount: number;
  };
  summary?: { heading: string; paragraphs: string[] };
  opinions: OpinionView[];
  goals: NodeView[];
  appendix: {
    explain: string[];
    revisions: { when: string; items: string[] }[];
    sources: string[];
    orphanNarratives: { heading: string; items: string[] }[];
  };
  /** The data-quality annex, when asked for. */
  annex?: { notes: { where: string; text: string }[] };
}

const SHORT: Record<string, string> = { A: '目標達成', B: '改善', 'B*': '改善・要注意', C: '変わらない', D: '悪化', E: '評価困難' };
const termOf = (t: unknown, fallback: string) => (typeof t === 'string' ? t : fallback);

export function gradeClass(g: string): string {
  const k = g.normalize('NFKC');
  return k === 'A' ? 'g-a' : k === 'B' ? 'g-b' : k === 'B*' ? 'g-bs' : k === 'C' ? 'g-c' : k === 'D' ? 'g-d' : k === 'E' ? 'g-e' : 'g-x';
}

const monthDay = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_s, _y, m, d) => `${Number(m)}月${Number(d)}日`);

function pointLabel(p: SeriesPoint): string {
  if (p.provisional) return p.asOf ? `${monthDay(p.asOf)}時点・暫定` : '暫定';
  if (p.qualifier) return p.qualifier;
  return p.source === 'reference' ? '参考値' : p.source === 'baseline' ? '基準値' : '実績';
}

/** A year as the report prints it beside a value: 2029年度, or the printed year. */
const yearAt = (fy: number | undefined, text: string) => (fy !== undefined ? `${fy}年度` : text);

/** Last year's grade, where the evaluation has one (a progress file or a value that year). */
function previousGrade(p: PartEvaluation): { grade: string; mark?: string } | undefined {
  const y = p.previous;
  return y ? { grade: String(y.grade), ...(y.mark ? { mark: y.mark } : {}) } : undefined;
}

function rowsOf(ind: IndicatorEvaluation, gradeLabels: Map<string, string>, fy: number): IndicatorRowView[] {
  const meta = [ind.category, ind.measure, ind.source].filter(Boolean).join('・');
  return ind.parts.map((p: PartEvaluation, i) => {
    const r = p.result;
    const shown = p.series.filter((s) => s.source !== 'baseline');
    const years = shown.map((s) => {
      // The report year's figure as graded: a mid-year single-year count is graded on its full-year estimate.
      if (s.graded !== undefined) {
        return { label: `${s.fy}年度`, value: `約${numberText(Math.round(s.graded), p.unit)}`, note: `年間換算。印刷値 ${s.text}・${pointLabel(s)}` };
      }
      return { label: `${s.fy}年度`, value: s.text, note: pointLabel(s) };
    });
    if (!shown.some((s) => s.fy === r.fy)) years.push({ label: `${r.fy}年度`, value: '―', note: '未記録' });
    const t = r.target;
    const prev = previousGrade(p);
    const o = ind.originalTarget;
    const row: IndicatorRowView = {
      first: i === 0,
      rowspan: ind.parts.length,
      name: ind.name,
      meta,
      ...(p.part !== undefined ? { part: p.part } : {}),
      baseline: { value: p.baseline.text, ...(p.baseline.kind !== 'absent' && (p.baseline.fy !== undefined || p.baseline.fyText) ? { at: yearAt(p.baseline.fy, p.baseline.fyText) } : {}) },
      years,
      target: {
        value: `${t.text}${t.bound && !t.text.includes(t.bound) ? t.bound : ''}`,
        ...(t.fy !== undefined || t.fyText ? { at: yearAt(t.fy, t.fyText) } : {}),
        ...(t.condition ? { extra: `［${t.condition}］` } : {}),
      },
      ...(o ? { original: `当初：${o.name ? `${o.name} ` : ''}${o.text}${o.fyText ? `（${yearAt(o.fy, o.fyText)}）` : ''}→ ${o.label}${o.revisedFy !== undefined ? `（${o.revisedFy}年度）` : ''}で改定` } : {}),
      rate: r.achievementRate !== undefined ? pct(r.achievementRate) : '―',
      ...(r.expectedPace !== undefined ? { pace: pct(r.expectedPace) } : {}),
      grade: String(r.grade),
      ...(r.mark ? { mark: r.mark } : {}),
      gradeClass: gradeClass(String(r.grade)),
      gradeLabel: gradeLabels.get(String(r.grade)) ?? '',
      ...(r.gradeSource === 'city' ? { gradeBy: '（市の評価）' } : {}),
      reason: r.reason.ja,
      ...(prev ? { previous: `前年度（${fy - 1}年度）：${prev.grade}${prev.mark ?? ''}` } : {}),
      ...(r.cityGrade ? { city: `市の評価：${r.cityGrade}${r.cityReason ? `（${r.cityReason}）` : ''}`, cityDiffers: Boolean(r.cityDiffers) } : {}),
      // A growth status says how a series moves; it says nothing on a row that could not be graded.
      ...(p.growth && r.grade !== 'E' && r.meaning !== 'not-evaluable' ? { growth: `伸び率による評価（Open SDG 方式）：${p.growth.label.ja}（年平均 ${pct(p.growth.cagr)}）` } : {}),
    };
    return row;
  });
}

/** A heading keeps its whole lead with the table below when the lead is short; otherwise its first paragraph. */
const KEEP_CHARS = 240;
function headParts(description: readonly string[]): { lead: string[]; more: string[]; keep: boolean } {
  const keep = description.join('').length <= KEEP_CHARS;
  return keep ? { lead: [...description], more: [], keep } : { lead: description.slice(0, 1), more: description.slice(1), keep };
}

function countsText(n: NodeEvaluation, codes: string[]): string {
  const parts = codes.filter((c) => (n.counts[c] ?? 0) > 0).map((c) => `${c}：${n.counts[c]}`);
  return parts.length ? parts.join('　') : '';
}

interface Ctx {
  plan: Plan;
  ev: PlanEvaluation;
  gradeLabels: Map<string, string>;
  sheets: Map<string, SheetView[]>;
}

function termsOf(plan: Plan) {
  const terms = 'notStated' in plan.terms ? undefined : plan.terms;
  return {
    goal: termOf(terms?.goal, '基本目標'),
    policy: termOf(terms?.policy, '施策'),
    approach: termOf(terms?.approach, '取組方針'),
    initiative: termOf(terms?.initiative, '取組'),
  };
}

/** Labels of every goal, policy, approach and initiative, for sheets, opinions and notes. */
function nodeNames(plan: Plan, ev: PlanEvaluation): Map<string, NodeName> {
  const t = termsOf(plan);
  const names = new Map<string, NodeName>();
  const visit = (n: NodeEvaluation) => {
    names.set(n.id, { label: `${n.level === 'plan' ? '' : n.level === 'goal' ? t.goal : n.level === 'policy' ? t.policy : t.approach} ${n.no}`.trim(), title: n.title });
    for (const i of n.initiatives) names.set(i.id, { label: `${t.initiative}${i.no ? ` ${i.no}` : ''}`, title: i.title });
    n.children.forEach(visit);
  };
  ev.goals.forEach(visit);
  return names;
}

async function nodeView(n: NodeEvaluation, c: Ctx, depth: number): Promise<NodeView> {
  const t = termsOf(c.plan);
  const term = n.level === 'plan' ? '' : n.level === 'goal' ? t.goal : n.level === 'policy' ? t.policy : t.approach;
  const codes = c.ev.scale.grades.map((g) => g.code);
  const charts: ChartView[] = [];
  for (const ind of n.indicators) {
    for (const part of ind.parts) {
      const ch = await renderChart({ indicator: ind, part, fy: c.ev.fy });
      if (ch) charts.push({ svg: ch.svg, caption: `${ind.name}${part.part ? `（${part.part}）` : ''}`, ...(ch.note ? { note: ch.note } : {}) });
    }
  }
  const children: NodeView[] = [];
  for (const x of n.children) children.push(await nodeView(x, c, depth + 1));
  const names = new Map(n.indicators.map((i) => [i.id, i.name]));
  const initiativeSheets = n.initiatives.flatMap((i) => c.sheets.get(i.id) ?? []);
  return {
    anchor: `${n.level}-${n.id}`,
    heading: depth === 0 ? 'h2' : depth === 1 ? 'h3' : 'h4',
    label: `${term} ${n.no}`.trim(),
    title: n.title,
    ...headParts(n.description),
    ...(n.departments.length ? { departments: n.departments.join('、') } : {}),
    ...(n.indicators.length || n.children.length ? { counts: countsText(n, codes) } : {}),
    ...(n.cityGrade
      ? {
          cityGrade: {
            text: `市の評価：${n.cityGrade.grade}${n.cityGrade.label ? ` ${n.cityGrade.label}` : ''}${n.cityGrade.reason ? `（${n.cityGrade.reason}）` : ''}`,
            comparison: n.cityGrade.comparison.ja,
            differs: n.cityGrade.differs === true,
          },
        }
      : {}),
    rows: n.indicators.flatMap((i) => rowsOf(i, c.gradeLabels, c.ev.fy)),
    keepTable: n.indicators.reduce((k, i) => k + i.parts.length, 0) <= 2,
    charts,
    indicatorNotes: [
      ...n.indicators.filter((i) => i.notes.length).map((i) => ({ name: i.name, notes: i.notes })),
      // Empty rows of an evaluation sheet (issue 17): shown, not dropped.
      ...(n.unnamedIndicators?.length ? [{ name: '名称のない指標の枠', notes: n.unnamedIndicators }] : []),
    ],
    narratives: [
      ...n.narratives.map((x) => ({ heading: x.heading, items: x.items })),
      ...n.indicators.flatMap((i) => i.narratives.map((x) => ({ heading: x.heading, items: x.items, about: names.get(x.node) ?? i.name }))),
    ],
    initiatives: n.initiatives.map((i) => {
      const sheet = c.sheets.get(i.id)?.[0];
      const dept = sheet?.rows.find((r) => r.head === '担当課')?.lines[0];
      const outlook = sheet?.rows.find((r) => r.head === '今後の方向性')?.lines[0];
      const status = i.status ? `${i.status}${i.statusNote ? `（${i.statusNote}）` : ''}` : outlook ? `今後の方向性：${outlook.split('：')[0]}` : undefined;
      return {
        ...(i.no ? { no: i.no } : {}),
        title: i.title,
        ...(i.content ? { content: i.content } : {}),
        ...(i.markers.length ? { markers: i.markers.join('・') } : {}),
        departments: i.departments.join('、') || dept || (n.departments.length ? n.departments.join('、') : '―'),
        ...(i.owner ? { owner: i.owner } : {}),
        ...(status ? { status } : {}),
        ...(sheet ? { sheet: sheet.anchor } : {}),
      };
    }),
    initiativeTerm: t.initiative,
    sheets: c.sheets.get(n.id) ?? [],
    initiativeSheets,
    ...(n.noIndicators ? { noIndicators: n.noIndicators } : {}),
    children,
    isGoal: n.level === 'goal' || n.level === 'plan',
  };
}

/** Minimal reading of a CHANGELOG.md: headings, list items and paragraphs as plain text (not printed in the report). */
export function changelogLines(md: string): { kind: 'h' | 'li' | 'p'; text: string }[] {
  const out: { kind: 'h' | 'li' | 'p'; text: string }[] = [];
  for (const raw of md.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const h = /^#{1,6}\s+(\S.*)$/.exec(line);
    if (h) {
      if (/^@keikaku-plans\//.test(h[1]!)) continue;
      out.push({ kind: 'h', text: h[1]! });
      continue;
    }
    const li = /^[-*]\s+(\S.*)$/.exec(line);
    const text = (li ? li[1]! : line).replace(/\*\*?([^*]+)\*\*?/g, '$1').replace(/`([^`]+)`/g, '$1');
    if (li) out.push({ kind: 'li', text });
    else if (out.length && out[out.length - 1]!.kind === 'li') out[out.length - 1]!.text += ` ${text}`;
    else out.push({ kind: 'p', text });
  }
  return out;
}

/** 計画期間 as the plan states it; undefined when the document does not state it (nothing is printed then). */
function periodText(plan: Plan): string | undefined {
  const p = plan.period;
  if ('notStated' in p) return undefined;
  const { start, end } = planPeriod(plan);
  const y = (v: YearRef, n?: number) => (n !== undefined ? formatFiscalYear(n) : (tbdOf(v)?.tbd ?? (typeof v === 'object' && 'printed' in v ? v.printed : '（記載なし）')));
  return `${y(p.start, start)} 〜 ${y(p.end, end)}${p.note ? `（${p.note}）` : ''}`;
}

const KIND_NAME: Record<string, string> = {
  市町村地域福祉計画: '地域福祉計画',
  都道府県地域福祉支援計画: '地域福祉支援計画',
  地域福祉活動計画: '地域福祉活動計画',
  '地域福祉計画・地域福祉活動計画': '地域福祉計画・地域福祉活動計画',
};

/**
 * The plan's name: its printed title, or, where the document prints none, a
 * description from stated facts (自治体名 and the kind of plan), worded so
 * that it does not read as a title: 「苫小牧市の地域福祉計画」.
 */
export function planName(plan: Plan): { name: string; stated: boolean } {
  if (typeof plan.title === 'string') return { name: plan.title, stated: true };
  const kind = KIND_NAME[plan.kind ?? '市町村地域福祉計画'] ?? plan.kind ?? '地域福祉計画';
  const edition = typeof plan.edition === 'string' ? `（${plan.edition}）` : '';
  return { name: `${plan.municipality.name}の${kind}${edition}`, stated: false };
}

/** Where a finding's plan path lies, in the plan's own terms (基本目標 Ⅰ ＞ 施策 3 ＞ 指標「…」). */
function whereInPlan(f: Finding, plan: Plan, names: Map<string, NodeName>, fy: number): string {
  const progressFile = /\/progress\/\d{4}\.ts$/.test(f.file);
  if (progressFile) {
    const m = /^(\d{4})/.exec(f.file.replace(/^.*\/progress\//, ''));
    return `${m ? `${m[1]}年度` : `${fy}年度`}の進捗報告`;
  }
  const path = f.path ?? '';
  const at = (key: string) => {
    const m = new RegExp(`(?:^|\\.)${key}\\[(\\d+)\\]`).exec(path);
    return m ? Number(m[1]) : undefined;
  };
  const i = { g: at('goals'), p: at('policies'), a: at('approaches'), ind: at('indicators'), ini: at('initiatives') };
  const goal = i.g !== undefined ? plan.goals[i.g] : undefined;
  const policy = i.p !== undefined ? goal?.policies?.[i.p] : undefined;
  const approach = i.a !== undefined ? policy?.approaches?.[i.a] : undefined;
  const node = approach ?? policy ?? goal;
  const parts = [goal, policy, approach].flatMap((n) => (n ? [names.get(n.id)?.label ?? ''] : []));
  const indicator = i.ind !== undefined ? node?.indicators?.[i.ind] : undefined;
  const initiative = i.ini !== undefined ? node?.initiatives?.[i.ini] : undefined;
  if (indicator) parts.push(`指標「${indicator.name}」`);
  if (initiative) parts.push(names.get(initiative.id)?.label ?? `「${initiative.title}」`);
  return parts.length ? parts.join(' ＞ ') : '計画全体';
}

/**
 * A finding as a sentence about the document, or undefined for one that is
 * about the encoding or the wording of the text only (spelling and style
 * notes), which a committee does not need. Plan paths, code and English are
 * taken out.
 */
export function committeeNote(f: Finding): string | undefined {
  if (f.source !== 'check' && f.source !== 'lint') return undefined;
  let t = f.message.ja;
  if (/=>|[A-Za-z]{4,}/.test(t.replace(/（[^（）]*\[[0-9]+\][^（）]*）/g, '').replace(/tbd\('[^']*'\)/g, ''))) return undefined;
  t = t
    .replace(/（[^（）]*\[[0-9]+\][^（）]*）/g, '')
    .replace(/tbd\('([^']*)'\)/g, '「$1」')
    .replace(/（向きは原典になく、符号化での読み）/g, '（増減の向きは原典に書かれていないため、指標の内容から読み取ったもの）')
    .split(':')
    // Spaces around a colon go with it (a linear split, not /\s*:\s*/, which is quadratic on long runs of spaces).
    .map((x, i, all) => {
      const y = i > 0 ? x.trimStart() : x;
      return i < all.length - 1 ? y.trimEnd() : y;
    })
    .join('：');
  if (/plans\/|seeds\/|goals\[|\.ts\b/.test(t)) return undefined;
  return /[。）」]$/.test(t) ? t : `${t}。`;
}

export async function buildView(input: ReportInput): Promise<ReportView> {
  const { plan, evaluation: ev } = input;
  const { name: title } = planName(plan);
  const fyLabel = `${ev.fy}年度（${formatWarekiFiscalYear(ev.fy)}）`;
  const reportName = `${fyLabel} 進捗状況報告書`;
  const gradeLabels = new Map(ev.scale.grades.map((g) => [g.code, g.label.ja]));
  const t = termsOf(plan);
  const names = nodeNames(plan, ev);
  const progress = (input.progress ?? []).find((p) => Number(p.fy) === ev.fy);
  // The review as the evaluation passes it through from the report year's progress module.
  const review = reviewView(plan, ev.review, names);
  const ctx: Ctx = { plan, ev, gradeLabels, sheets: review.sheets };
  const goals: NodeView[] = [];
  for (const g of ev.goals) goals.push(await nodeView(g, ctx, 0));
  const codes = ev.scale.grades.map((g) => g.code);
  const score = (n?: number) => (n === undefined ? '―' : n.toFixed(2));
  const philosophy = 'notStated' in plan.philosophy ? undefined : plan.philosophy;
  const legal = Array.isArray(plan.legalBasis) ? plan.legalBasis.join('、') : undefined;
  const edition = typeof plan.edition === 'string' ? plan.edition : undefined;
  const period = periodText(plan);

  // Summary: every indicator part with this year's grade beside last year's.
  const summary: SummaryRowView[] = [];
  const walk = (n: NodeEvaluation, goal: NodeEvaluation) => {
    for (const ind of n.indicators) {
      for (const p of ind.parts) {
        const r = p.result;
        const prev = previousGrade(p);
        const a = r.actual;
        const note = r.mark && a ? (a.provisional ? `${a.asOf ? `${monthDay(a.asOf)}時点の` : '年度途中の'}暫定値${a.graded !== undefined ? '（年間換算）' : ''}` : a.qualifier ? `「${a.qualifier}」の値` : '暫定値') : undefined;
        summary.push({
          label: n === goal ? (names.get(n.id)?.label ?? '') : `${names.get(goal.id)?.label ?? ''} ${names.get(n.id)?.label ?? ''}`,
          name: ind.name,
          ...(p.part !== undefined ? { part: p.part } : {}),
          grade: String(r.grade),
          gradeClass: gradeClass(String(r.grade)),
          evaluated: r.meaning !== undefined ? r.meaning !== 'not-evaluable' && r.meaning !== 'not-comparable' : r.grade !== 'E',
          ...(r.mark ? { mark: r.mark } : {}),
          ...(prev ? { previous: `${prev.grade}${prev.mark ?? ''}`, previousClass: gradeClass(prev.grade) } : {}),
          ...(note ? { note } : {}),
        });
      }
    }
    n.children.forEach((c) => walk(c, goal));
  };
  ev.goals.forEach((g) => walk(g, g));

  const toc: TocEntry[] = [
    { anchor: 'overview-h', text: '計画の概要', level: 1 },
    { anchor: 'dashboard-h', text: '評価の概要', level: 1 },
    ...(review.summary ? [{ anchor: 'summary-h', text: review.summary.heading, level: 1 as const }] : []),
    ...goals.flatMap((g) => [
      { anchor: `${g.anchor}-h`, text: `${g.label} ${g.title}`, level: 1 as const },
      ...g.children.map((c) => ({ anchor: `${c.anchor}-h`, text: `${c.label} ${c.title}`, level: 2 as const })),
    ]),
    ...(review.opinions.length ? [{ anchor: 'opinions-h', text: '推進委員会の意見と市の対応', level: 1 as const }] : []),
    { anchor: 'appendix-h', text: '資料', level: 1 },
    ...(input.annex ? [{ anchor: 'annex-h', text: '原典の記載についての注記', level: 1 as const }] : []),
  ];

  // Revision records (中間見直し …) of the plan's own indicators, by year and name.
  const revisions = new Map<string, string[]>();
  const visitRev = (n: NodeEvaluation) => {
    for (const ind of n.indicators) {
      const o = ind.originalTarget;
      if (!o) continue;
      const when = `${o.revisedFy !== undefined ? `${formatFiscalYear(o.revisedFy)} ` : ''}${o.label}`;
      const now = `${ind.target.text}${ind.target.fy !== undefined ? `（${ind.target.fy}年度）` : ''}`;
      const before = `${o.name ? `「${o.name}」 ` : ''}${o.text}${o.fy !== undefined ? `（${o.fy}年度）` : ''}`;
      const list = revisions.get(when) ?? [];
      list.push(o.name ? `指標「${ind.name}」：当初の指標 ${before} から改定（現在の目標 ${now}）` : `指標「${ind.name}」：目標値を ${before} から ${now} に改定`);
      revisions.set(when, list);
    }
    n.children.forEach(visitRev);
  };
  ev.goals.forEach(visitRev);

  const beyondExcerpt = new Set<string>(plan.source.beyondExcerpt ?? []);
  const sources = [`${plan.source.title}${plan.source.scope ? `（${plan.source.scope}）` : ''}`];
  const progressTitle = progress?.source?.title ?? progress?.title;
  if (progressTitle && progressTitle !== plan.source.title && !sources.includes(progressTitle)) sources.push(progressTitle);

  const date = input.date ?? review.issuedDate;
  const notes = input.annex
    ? (input.findings ?? [])
        .filter((f) => !f.suppressed)
        .flatMap((f) => {
          const text = committeeNote(f);
          return text ? [{ where: whereInPlan(f, plan, names, ev.fy), text }] : [];
        })
        .filter((n, i, all) => all.findIndex((x) => x.where === n.where && x.text === n.text) === i)
    : undefined;

  return {
    docTitle: `${title} ${reportName}`,
    planTitle: title,
    ...(plan.subtitle ? { subtitle: plan.subtitle } : {}),
    municipality: `${plan.municipality.prefecture} ${plan.municipality.name}`,
    fyLabel,
    reportName,
    ...(date ? { date: safeDate(date) } : {}),
    ...(review.issuedDepartment ? { department: review.issuedDepartment } : {}),
    ...(edition ? { edition } : {}),
    toc,
    overview: {
      ...(period ? { period } : {}),
      ...(philosophy ? { philosophy: philosophy.text } : {}),
      philosophyDescription: philosophy?.description ?? [],
      ...(legal ? { legalBasis: legal } : {}),
      encompasses: plan.encompasses.map((e) => `${e.title ?? e.kind}（${e.law}）`),
      structure: plan.goals.map((g) => ({
        label: `${t.goal} ${g.no}`,
        title: g.title,
        children: (g.policies ?? []).map((p) => ({ label: `${t.policy} ${p.no}`, title: p.title })),
      })),
      structureNote: beyondExcerpt.has('goals')
        ? '目標・施策の体系は、記録した原典の範囲（「出典」に記載）の外にあるため、この報告書には載せていません。'
        : 'この計画には、目標・施策の体系が記録されていません。',
      sections: (plan.sections ?? []).map((s) => ({
        // A heading the encoder supplied ({ read }) prints as a heading: the committee reads 「計画策定の趣旨」;
        // that the document's text prints none stays in the plan data, not on the page.
        heading: headingText(s.heading),
        paragraphs: s.paragraphs ?? [],
        subsections: (s.subsections ?? []).map((x) => ({ heading: headingText(x.heading), paragraphs: x.paragraphs })),
      })),
    },
    dashboard: {
      scaleName: ev.scale.name.ja,
      columns: ev.scale.grades.map((g) => ({ code: g.code, label: g.label.ja, short: SHORT[g.code] ?? (g.label.ja.length <= 6 ? g.label.ja : ''), cls: gradeClass(g.code) })),
      rows: ev.goals.map((g) => {
        const counts = codes.map((c) => g.counts[c] ?? 0);
        return { label: `${t.goal} ${g.no}`, title: g.title, counts, total: counts.reduce((a, b) => a + b, 0), score: score(g.score) };
      }),
      total: (() => {
        const counts = codes.map((c) => ev.counts[c] ?? 0);
        return { counts, total: counts.reduce((a, b) => a + b, 0), score: score(ev.score) };
      })(),
      ...(ev.goals.length === 0 || Object.values(ev.counts).every((n) => n === 0)
        ? { note: beyondExcerpt.has('indicators') ? '指標は、記録した原典の範囲（「出典」に記載）の外にあるため、評価していません。' : 'この計画には、評価の対象となる指標が記録されていません。' }
        : !ev.hasProgress
        ? { note: `${fyLabel}の進捗（実績値）はまだ記録されていません。基準値と目標値を示し、各指標は E（評価困難）としています。` }
        : {}),
      ...(ev.outsidePeriod ? { outsidePeriod: ev.outsidePeriod.ja } : {}),
      graded: ev.graded.parts ? `評価の対象 ${ev.graded.parts} 件のうち、評価できたもの ${ev.graded.graded} 件（うち暫定値・推計値などによるもの ※ ${ev.graded.provisional} 件）、評価できなかったもの ${ev.graded.parts - ev.graded.graded} 件。` : '',
      scoreRule: scoreRule(ev),
      // A list of nothing but 評価困難 says no more than the counts above it.
      summary: summary.some((r) => r.evaluated || r.previous !== undefined) ? summary : [],
      thisFy: `${ev.fy}年度`,
      previousFy: `${ev.fy - 1}年度`,
      provisionalCount: ev.graded.provisional,
    },
    ...(review.summary ? { summary: review.summary } : {}),
    opinions: review.opinions,
    goals,
    appendix: {
      explain: ev.scale.explain.map((e) => e.ja),
      revisions: [...revisions].map(([when, items]) => ({ when, items })),
      sources,
      orphanNarratives: ev.orphanNarratives.map((n) => ({ heading: n.heading, items: n.items })),
    },
    ...(notes ? { annex: { notes } } : {}),
  };
}

/** 平均点は A＝5、B・B*＝4 … として: the scale's own scores, the levels without one left out. */
function scoreRule(ev: PlanEvaluation): string {
  const by = new Map<number, string[]>();
  for (const g of ev.scale.grades) if (g.score !== undefined) by.set(g.score, [...(by.get(g.score) ?? []), g.code]);
  const scored = [...by].sort((a, b) => b[0] - a[0]).map(([n, codes]) => `${codes.join('・')}＝${n}`);
  const left = ev.scale.grades.filter((g) => g.score === undefined).map((g) => g.code);
  if (!scored.length) return '';
  return `平均点は ${scored.join('、')} として評価できた指標で平均したものです${left.length ? `（${left.join('・')} は含みません）` : ''}。`;
}

function safeDate(iso: string): string {
  try {
    return formatWarekiDate(iso);
  } catch {
    return iso;
  }
}
