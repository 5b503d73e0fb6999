/**
 * The report's view model: every string the templates print, prepared from
 * the plan, its evaluation, its findings and its CHANGELOG. Templates only
 * place these strings ({{ }} escapes all of them); nothing here is HTML.
 */
import { formatFiscalYear, formatWarekiDate, formatWarekiFiscalYear, municipalityText, periodYears, statedText, type Plan } from '@keikaku/schema';
import type { Finding } from '@keikaku/core';
import { renderChart } from './charts/chart.js';
import type { IndicatorEvaluation, NodeEvaluation, PartEvaluation, PlanEvaluation, SeriesPoint } from './evaluate/index.js';
import { pct } from './evaluate/scale.js';
import { isObj } from './evaluate/values.js';

export interface ReportInput {
  plan: Plan;
  evaluation: PlanEvaluation;
  /** Findings that remain for this plan (check, lint), shown as data-quality notes. */
  findings?: readonly Finding[];
  /** plans/<id>/CHANGELOG.md, as text. */
  changelog?: string;
  /** A date for the cover (ISO); no date is printed unless one is given. */
  date?: string;
}

export interface ChartView {
  svg: string;
  caption: string;
}

export interface IndicatorRowView {
  first: boolean;
  rowspan: number;
  name: string;
  meta: string;
  part?: string;
  baseline: string;
  years: { label: string; value: string; note?: string }[];
  target: string;
  original?: string;
  rate: string;
  pace?: string;
  grade: string;
  mark?: string;
  gradeClass: string;
  gradeLabel: string;
  reason: string;
  city?: string;
  cityDiffers?: boolean;
  growth?: string;
}

export interface NodeView {
  anchor: string;
  heading: 'h2' | 'h3' | 'h4';
  label: string;
  title: string;
  description: string[];
  departments?: string;
  counts?: string;
  rows: IndicatorRowView[];
  charts: ChartView[];
  indicatorNotes: { name: string; notes: string[] }[];
  narratives: { heading: string; items: string[]; about?: string }[];
  initiatives: { no?: string; title: string; content?: string; markers?: string; departments: string; owner?: string; status?: string }[];
  initiativeTerm: string;
  noIndicators?: string;
  children: NodeView[];
  isGoal: boolean;
}

export interface ReportView {
  docTitle: string;
  planTitle: string;
  subtitle?: string;
  municipality: string;
  fyLabel: string;
  reportName: string;
  date?: string;
  edition?: string;
  overview: {
    period: string;
    philosophy?: string;
    philosophyDescription: string[];
    legalBasis?: string;
    encompasses: string[];
    structure: { label: string; title: string; children: { label: string; title: string }[] }[];
    sections: { heading: string; paragraphs: string[]; subsections: { heading: string; paragraphs: string[] }[] }[];
  };
  dashboard: {
    columns: { code: string; label: string; short: string; cls: string }[];
    rows: { label: string; title: string; counts: number[]; total: number; score: string }[];
    total: { counts: number[]; total: number; score: string };
    note?: string;
    scaleName: string;
  };
  goals: NodeView[];
  appendix: {
    findings: { severity: string; where: string; message: string; hint?: string }[];
    changelog: { kind: 'h' | 'li' | 'p'; text: string }[];
    explain: string[];
    source: string;
    orphanNarratives: { heading: string; items: string[] }[];
  };
}

const SHORT: Record<string, string> = { A: '目標達成', B: '改善', 'B*': '改善・要注意', C: '変わらない', D: '悪化', E: '評価困難' };
const termOf = (t: unknown, fallback: string) => (typeof t === 'string' ? t : fallback);

export function gradeClass(g: string): string {
  const k = g.normalize('NFKC');
  return k === 'A' ? 'g-a' : k === 'B' ? 'g-b' : k === 'B*' ? 'g-bs' : k === 'C' ? 'g-c' : k === 'D' ? 'g-d' : k === 'E' ? 'g-e' : 'g-x';
}

function pointLabel(p: SeriesPoint): string {
  if (p.provisional) return p.asOf ? `${p.asOf.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_s, y, m, d) => `${Number(m)}月${Number(d)}日`)}時点・暫定` : '暫定';
  if (p.qualifier) return p.qualifier;
  return p.source === 'reference' ? '参考値' : p.source === 'baseline' ? '基準値' : '実績';
}

function rowsOf(ind: IndicatorEvaluation, gradeLabels: Map<string, string>): IndicatorRowView[] {
  const meta = [ind.category, ind.measure, ind.source].filter(Boolean).join('・');
  return ind.parts.map((p: PartEvaluation, i) => {
    const r = p.result;
    const shown = p.series.filter((s) => s.source !== 'baseline');
    const years = shown.map((s) => ({ label: `${s.fy}年度`, value: s.text, note: pointLabel(s) }));
    if (!shown.some((s) => s.fy === r.fy)) years.push({ label: `${r.fy}年度`, value: '―', note: '未記録' });
    const t = r.target;
    const targetText = `${t.text}${t.bound && !t.text.includes(t.bound) ? t.bound : ''}${t.fyText ? `（${t.fyText}）` : ''}${t.condition ? `［${t.condition}］` : ''}`;
    const o = ind.originalTarget;
    const row: IndicatorRowView = {
      first: i === 0,
      rowspan: ind.parts.length,
      name: ind.name,
      meta,
      ...(p.part !== undefined ? { part: p.part } : {}),
      baseline: `${p.baseline.text}${p.baseline.fyText && p.baseline.kind !== 'absent' ? `（${p.baseline.fyText}）` : ''}`,
      years,
      target: targetText,
      ...(o ? { original: `当初：${o.name ? `${o.name} ` : ''}${o.text}${o.fyText ? `（${o.fyText}）` : ''}→ ${o.label}${o.revisedFy !== undefined ? `（${o.revisedFy}年度）` : ''}で改定` } : {}),
      rate: r.achievementRate !== undefined ? pct(r.achievementRate) : '―',
      ...(r.expectedPace !== undefined ? { pace: pct(r.expectedPace) } : {}),
      grade: String(r.grade),
      ...(r.mark ? { mark: r.mark } : {}),
      gradeClass: gradeClass(String(r.grade)),
      gradeLabel: gradeLabels.get(String(r.grade)) ?? '',
      reason: r.reason.ja,
      ...(r.cityGrade ? { city: `市の評価：${r.cityGrade}${r.cityReason ? `（${r.cityReason}）` : ''}`, cityDiffers: Boolean(r.cityDiffers) } : {}),
      ...(p.growth ? { growth: `伸び率による評価（Open SDG 方式）：${p.growth.label.ja}（年平均 ${pct(p.growth.cagr)}）` } : {}),
    };
    return row;
  });
}

function countsText(n: NodeEvaluation, codes: string[]): string {
  const parts = codes.filter((c) => (n.counts[c] ?? 0) > 0).map((c) => `${c}：${n.counts[c]}`);
  return parts.length ? parts.join('　') : '';
}

async function nodeView(n: NodeEvaluation, plan: Plan, ev: PlanEvaluation, gradeLabels: Map<string, string>, depth: number): Promise<NodeView> {
  const terms = isObj(plan.terms) ? (plan.terms as Record<string, unknown>) : {};
  const term = n.level === 'plan' ? '' : n.level === 'goal' ? termOf(terms.goal, '基本目標') : n.level === 'policy' ? termOf(terms.policy, '施策') : termOf(terms.approach, '取組方針');
  const codes = ev.scale.grades.map((g) => g.code);
  const charts: ChartView[] = [];
  for (const ind of n.indicators) {
    for (const part of ind.parts) {
      const c = await renderChart({ indicator: ind, part, fy: ev.fy });
      if (c) charts.push({ svg: c.svg, caption: `${ind.name}${part.part ? `（${part.part}）` : ''}` });
    }
  }
  const children: NodeView[] = [];
  for (const c of n.children) children.push(await nodeView(c, plan, ev, gradeLabels, depth + 1));
  const names = new Map(n.indicators.map((i) => [i.id, i.name]));
  return {
    anchor: `${n.level}-${n.id}`,
    heading: depth === 0 ? 'h2' : depth === 1 ? 'h3' : 'h4',
    label: `${term} ${n.no}`.trim(),
    title: n.title,
    description: n.description,
    ...(n.departments.length ? { departments: n.departments.join('、') } : {}),
    ...(n.indicators.length || n.children.length ? { counts: countsText(n, codes) } : {}),
    rows: n.indicators.flatMap((i) => rowsOf(i, gradeLabels)),
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
    initiatives: n.initiatives.map((i) => ({
      ...(i.no ? { no: i.no } : {}),
      title: i.title,
      ...(i.content ? { content: i.content } : {}),
      ...(i.markers.length ? { markers: i.markers.join('・') } : {}),
      departments: i.departments.join('、') || (n.departments.length ? n.departments.join('、') : '―'),
      ...(i.owner ? { owner: i.owner } : {}),
      ...(i.status ? { status: `${i.status}${i.statusNote ? `（${i.statusNote}）` : ''}` } : {}),
    })),
    initiativeTerm: termOf(terms.initiative, '取組'),
    ...(n.noIndicators ? { noIndicators: n.noIndicators } : {}),
    children,
    isGoal: n.level === 'goal' || n.level === 'plan',
  };
}

/** Minimal reading of a CHANGELOG.md: headings, list items and paragraphs as plain text. */
export function changelogLines(md: string): ReportView['appendix']['changelog'] {
  const out: ReportView['appendix']['changelog'] = [];
  for (const raw of md.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const h = /^#{1,6}\s+(.*)$/.exec(line);
    if (h) {
      if (/^@keikaku-plans\//.test(h[1]!)) continue;
      out.push({ kind: 'h', text: h[1]! });
      continue;
    }
    const li = /^[-*]\s+(.*)$/.exec(line);
    const text = (li ? li[1]! : line).replace(/\*\*?([^*]+)\*\*?/g, '$1').replace(/`([^`]+)`/g, '$1');
    if (li) out.push({ kind: 'li', text });
    else if (out.length && out[out.length - 1]!.kind === 'li') out[out.length - 1]!.text += ` ${text}`;
    else out.push({ kind: 'p', text });
  }
  return out;
}

function periodText(plan: Plan): string {
  const p = plan.period as unknown;
  if (!isObj(p) || 'notStated' in p) return '（計画期間の記載なし）';
  const { start, end } = periodYears(plan.period);
  const y = (v: unknown, n?: number) => (n !== undefined ? formatFiscalYear(n) : isObj(v) && typeof v.tbd === 'string' ? v.tbd : isObj(v) && typeof v.printed === 'string' ? v.printed : isObj(v) && typeof v.read === 'number' ? `${formatFiscalYear(v.read)}（読み取り）` : '（記載なし）');
  return `${y(p.start, start)} 〜 ${y(p.end, end)}${typeof p.note === 'string' ? `（${p.note}）` : ''}`;
}

export async function buildView(input: ReportInput): Promise<ReportView> {
  const { plan, evaluation: ev } = input;
  // A title the source never prints is not made up: the report names the plan by what is known, and says so.
  const title = typeof plan.title === 'string' ? plan.title : `${statedText(plan.municipality.name) ?? '（自治体名の記載なし）'}の${plan.kind ?? '市町村地域福祉計画'}（表題の記載なし）`;
  const fyLabel = `${ev.fy}年度（${formatWarekiFiscalYear(ev.fy)}）`;
  const reportName = `${fyLabel} 進捗状況報告書`;
  const gradeLabels = new Map(ev.scale.grades.map((g) => [g.code, g.label.ja]));
  const terms = isObj(plan.terms) ? (plan.terms as Record<string, unknown>) : {};
  const goalTerm = termOf(terms.goal, '基本目標');
  const policyTerm = termOf(terms.policy, '施策');
  const goals: NodeView[] = [];
  for (const g of ev.goals) goals.push(await nodeView(g, plan, ev, gradeLabels, 0));
  const codes = ev.scale.grades.map((g) => g.code);
  const score = (n?: number) => (n === undefined ? '―' : n.toFixed(2));
  const goalScore = (n: NodeEvaluation) => {
    let s = 0;
    let k = 0;
    const sc = new Map<string, number>([['A', 5], ['B', 4], ['B*', 4], ['C', 3], ['D', 2]]);
    for (const [c, v] of Object.entries(n.counts)) if (sc.has(c)) { s += sc.get(c)! * v; k += v; }
    return k ? s / k : undefined;
  };
  const philosophy = isObj(plan.philosophy) && typeof (plan.philosophy as Record<string, unknown>).text === 'string' ? (plan.philosophy as { text: string; description?: string[] }) : undefined;
  const legal = Array.isArray(plan.legalBasis) ? plan.legalBasis.join('、') : undefined;
  const edition = typeof plan.edition === 'string' ? plan.edition : undefined;
  const findings = (input.findings ?? []).filter((f) => !f.suppressed);
  const sevJa: Record<string, string> = { error: 'エラー', warning: '警告', info: '情報' };
  return {
    docTitle: `${title} ${reportName}`,
    planTitle: title,
    ...(plan.subtitle ? { subtitle: plan.subtitle } : {}),
    municipality: municipalityText(plan.municipality) ?? '（自治体名の記載なし）',
    fyLabel,
    reportName,
    ...(input.date ? { date: safeDate(input.date) } : {}),
    ...(edition ? { edition } : {}),
    overview: {
      period: periodText(plan),
      ...(philosophy ? { philosophy: philosophy.text } : {}),
      philosophyDescription: philosophy?.description ?? [],
      ...(legal ? { legalBasis: legal } : {}),
      encompasses: plan.encompasses.map((e) => `${e.title ?? e.kind}（${e.law}）`),
      structure: plan.goals.map((g) => ({
        label: `${goalTerm} ${statedText(g.no) ?? ''}`.trim(),
        title: g.title,
        children: (g.policies ?? []).map((p) => ({ label: `${policyTerm} ${statedText(p.no) ?? ''}`.trim(), title: p.title })),
      })),
      sections: (plan.sections ?? []).map((s) => ({
        heading: s.heading,
        paragraphs: s.paragraphs ?? [],
        subsections: (s.subsections ?? []).map((x) => ({ heading: x.heading, paragraphs: x.paragraphs })),
      })),
    },
    dashboard: {
      scaleName: ev.scale.name.ja,
      columns: ev.scale.grades.map((g) => ({ code: g.code, label: g.label.ja, short: SHORT[g.code] ?? (g.label.ja.length <= 6 ? g.label.ja : ''), cls: gradeClass(g.code) })),
      rows: ev.goals.map((g) => {
        const counts = codes.map((c) => g.counts[c] ?? 0);
        return { label: g.level === 'plan' ? '' : `${goalTerm} ${g.no}`.trim(), title: g.title, counts, total: counts.reduce((a, b) => a + b, 0), score: score(goalScore(g)) };
      }),
      total: (() => {
        const counts = codes.map((c) => ev.counts[c] ?? 0);
        return { counts, total: counts.reduce((a, b) => a + b, 0), score: score(ev.score) };
      })(),
      ...(ev.goals.length === 0 || Object.values(ev.counts).every((n) => n === 0)
        ? { note: 'この計画には、評価の対象となる指標が記録されていません。' }
        : !ev.hasProgress
        ? { note: `${fyLabel}の進捗（実績値）はまだ記録されていません。基準値と目標値を示し、各指標は E（評価困難）としています。` }
        : {}),
    },
    goals,
    appendix: {
      findings: findings.map((f) => ({
        severity: sevJa[f.severity] ?? f.severity,
        where: `${f.file}:${f.line}${f.path ? `（${f.path}）` : ''}`,
        message: f.message.ja,
        ...(f.hint ? { hint: f.hint.ja } : {}),
      })),
      changelog: input.changelog ? changelogLines(input.changelog) : [],
      explain: ev.scale.explain.map((e) => e.ja),
      source: `${plan.source.title}（${plan.source.file}）`,
      orphanNarratives: ev.orphanNarratives.map((n) => ({ heading: n.heading, items: n.items })),
    },
  };
}

function safeDate(iso: string): string {
  try {
    return formatWarekiDate(iso);
  } catch {
    return iso;
  }
}
