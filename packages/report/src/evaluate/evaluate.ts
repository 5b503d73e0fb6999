/**
 * evaluatePlan(plan, progress, fy): the pure evaluation of one plan for one
 * fiscal year. It reads values only through the defensive helpers in
 * values.ts, grades through a GradingScale (the plan's own, or 健康日本21's),
 * and never throws on a value it does not know: that part is graded E.
 */
import { directionOf, statedText, type Indicator, type Plan, type Progress, type UnnamedIndicator } from '@keikaku/schema';
import { kenkoNippon21, scaleFromPlan, declaredScales, type CaseValue, type GradeCase, type GradingScale, type Meaning } from './scale.js';
import type {
  GradeCounts,
  GrowthStatus,
  IndicatorEvaluation,
  InitiativeView,
  NarrativeView,
  NodeEvaluation,
  PartEvaluation,
  PlanEvaluation,
  SeriesPoint,
  TargetView,
  YearGrade,
} from './types.js';
import { isObj, kindOf, numberOf, partNames, partUnit, partValue, qualifierOf, textOf, yearView, type Kind } from './values.js';

export interface EvaluateOptions {
  /** Overrides the plan's declared scale (and the default). */
  scale?: GradingScale;
}

type AnyNode = {
  id: string;
  no: string | number;
  title: string;
  description?: string[];
  departments?: string[];
  indicators?: Indicator[];
  initiatives?: Plan['goals'][number]['initiatives'];
  policies?: AnyNode[];
  approaches?: AnyNode[];
  noIndicators?: unknown;
  unnamedIndicators?: UnnamedIndicator[];
};

const SURVEY = /調査|アンケート/;
const COUNT_MEASURES = ['単年度', '延べ'];

/** A city's own grade as the progress file records it. */
interface CityGradeRecord {
  target: string;
  scale?: string;
  grade: string;
  reason?: string;
}

function cityGradesOf(p: Progress | undefined): CityGradeRecord[] {
  const g = p ? (p as unknown as Record<string, unknown>).grades : undefined;
  if (!Array.isArray(g)) return [];
  return g
    .filter(isObj)
    .filter((x) => typeof x.target === 'string' && typeof x.grade === 'string')
    .map((x) => ({ target: x.target as string, grade: x.grade as string, ...(typeof x.scale === 'string' ? { scale: x.scale } : {}), ...(typeof x.reason === 'string' ? { reason: x.reason } : {}) }));
}

export function evaluatePlan(plan: Plan, progress: readonly Progress[], fy: number, opts: EvaluateOptions = {}): PlanEvaluation {
  const scale = opts.scale ?? scaleFromPlan(plan);
  const allScales = [scale, ...declaredScales(plan)];
  const upTo = progress.filter((p) => p.fy <= fy).sort((a, b) => a.fy - b.fy);
  const current = progress.find((p) => p.fy === fy);
  const narratives: NarrativeView[] = (current?.narratives ?? []).map((n) => ({ node: n.node, heading: n.heading ?? '進捗・取組状況', items: [...n.items] }));
  const used = new Set<NarrativeView>();
  const takeNarratives = (id: string) => {
    const list = narratives.filter((n) => n.node === id);
    list.forEach((n) => used.add(n));
    return list;
  };
  const statuses = new Map((current?.initiatives ?? []).map((s) => [s.initiative, s]));
  // City grades of every year up to the report year, by indicator id and year.
  const cityByYear = new Map<string, CityGradeRecord>();
  for (const p of upTo) for (const g of cityGradesOf(p)) cityByYear.set(`${g.target}\u0000${p.fy}`, g);
  const meaningOfCity = (g: CityGradeRecord): Meaning | undefined => {
    const s = allScales.find((x) => x.id === g.scale) ?? scale;
    return s.meaningOf?.(g.grade.normalize('NFKC').trim()) ?? s.meaningOf?.(g.grade);
  };

  const walk = (node: AnyNode, level: NodeEvaluation['level'], path: (string | number)[]): NodeEvaluation => {
    const indicators = (node.indicators ?? []).map((ind, i) => {
      const e = evaluateIndicator(ind, upTo, fy, scale, [...path, 'indicators', i], (y) => cityByYear.get(`${ind.id}\u0000${y}`), meaningOfCity);
      e.narratives = takeNarratives(ind.id);
      return e;
    });
    const initiatives: InitiativeView[] = (node.initiatives ?? []).map((it) => {
      const st = statuses.get(it.id);
      return {
        id: it.id,
        ...(it.no !== undefined ? { no: String(it.no) } : {}),
        title: it.title,
        ...(it.content ? { content: it.content } : {}),
        ...(it.owner ? { owner: it.owner } : {}),
        departments: [...(it.departments ?? [])],
        markers: [...(it.markers ?? [])],
        ...(st ? { status: st.status, ...(st.note ? { statusNote: st.note } : {}) } : {}),
      };
    });
    const kids: NodeEvaluation[] = [
      ...(node.policies ?? []).map((p, i) => walk(p, 'policy', [...path, 'policies', i])),
      ...(node.approaches ?? []).map((a, i) => walk(a, 'approach', [...path, 'approaches', i])),
    ];
    const counts = emptyCounts(scale);
    for (const ind of indicators) for (const part of ind.parts) add(counts, String(part.result.grade));
    for (const k of kids) for (const [g, n] of Object.entries(k.counts)) add(counts, g, n);
    const noInd = isObj(node.noIndicators) && typeof node.noIndicators.absent === 'string' ? node.noIndicators : undefined;
    return {
      level,
      id: node.id,
      no: statedText(node.no) ?? '',
      title: node.title,
      description: [...(node.description ?? [])],
      departments: [...(node.departments ?? [])],
      indicators,
      initiatives,
      narratives: takeNarratives(node.id),
      children: kids,
      counts,
      ...(noInd ? { noIndicators: `${noInd.absent}${typeof noInd.reason === 'string' ? `（${noInd.reason}）` : ''}` } : {}),
      ...(node.unnamedIndicators?.length
        ? {
            unnamedIndicators: node.unnamedIndicators.map(
              (u) => `${u.row !== undefined ? `${u.row}：` : ''}指標名の記載なし${u.name.note ? `（${u.name.note}）` : ''}${u.baseline ? ` 基準値 ${textOf(u.baseline.value, u.unit ?? '')}` : ''}${u.target ? ` 目標値 ${textOf(u.target.value, u.unit ?? '')}` : ''}`,
            ),
          }
        : {}),
    };
  };

  const goals = plan.goals.map((g, i) => walk(g as unknown as AnyNode, 'goal', ['goals', i]));
  // Indicators of the plan as a whole (issue 17) come first, as their own group, so none is left out.
  if (plan.indicators?.length) {
    const whole = { id: 'plan', no: '', title: '計画全体の指標', indicators: plan.indicators } as unknown as AnyNode;
    goals.unshift(walk(whole, 'plan', []));
  }
  const counts = emptyCounts(scale);
  for (const g of goals) for (const [k, n] of Object.entries(g.counts)) add(counts, k, n);
  return {
    planId: plan.id,
    fy,
    scale: { id: scale.id, name: scale.name, grades: scale.grades.map((g) => ({ code: g.code, label: g.label })), explain: scale.explain },
    hasProgress: current !== undefined,
    goals,
    counts,
    ...scoreOf(scale, counts),
    orphanNarratives: narratives.filter((n) => !used.has(n)),
  };
}

function emptyCounts(scale: GradingScale): GradeCounts {
  return Object.fromEntries(scale.grades.map((g) => [g.code, 0]));
}
function add(c: GradeCounts, g: string, n = 1): void {
  c[g] = (c[g] ?? 0) + n;
}

/** Average score of the judged parts (健康日本21: A=5, B=4, C=3, D=2). */
function scoreOf(scale: GradingScale, counts: GradeCounts): { score?: number } {
  let sum = 0;
  let n = 0;
  for (const g of scale.grades) {
    if (g.score === undefined) continue;
    sum += g.score * (counts[g.code] ?? 0);
    n += counts[g.code] ?? 0;
  }
  return n ? { score: Math.round((sum / n) * 100) / 100 } : {};
}

// ---------------------------------------------------------------------------

interface RawTarget {
  fy?: unknown;
  value?: unknown;
  bound?: unknown;
  condition?: unknown;
  absent?: unknown;
  reason?: unknown;
  qualifier?: unknown;
}

/** The final target in force in `fy`: a revision in a later year had not yet replaced the earlier target. */
export function targetInForce(ind: Indicator, fy: number): RawTarget | undefined {
  const revs = [...(ind.revisions ?? [])]
    .map((r) => ({ r, y: yearView(r.fy).fy }))
    .filter((x): x is { r: NonNullable<Indicator['revisions']>[number]; y: number } => x.y !== undefined)
    .sort((a, b) => a.y - b.y);
  for (const { r, y } of revs) {
    if (y > fy && 'target' in r.previous) return r.previous.target as RawTarget;
  }
  return ind.target as RawTarget | undefined;
}

function targetCase(t: RawTarget | undefined, part: string | undefined, unit: string): CaseValue {
  if (t === undefined) return { fyText: '', text: '（目標値なし）', kind: 'absent' };
  if (typeof t.absent === 'string') {
    return { fyText: '', text: t.absent, kind: 'absent', ...(typeof t.reason === 'string' ? { absentReason: t.reason } : {}) };
  }
  const cv = caseValue(partValue(t.value, part, unit), t.fy, unit);
  if (t.bound === '以上' || t.bound === '以下' || t.bound === '超' || t.bound === '未満') cv.bound = t.bound;
  if (typeof t.condition === 'string') cv.condition = t.condition;
  return cv;
}

function targetView(t: RawTarget | undefined, part: string | undefined, unit: string): TargetView {
  const c = targetCase(t, part, unit);
  return {
    ...(c.fy !== undefined ? { fy: c.fy } : {}),
    fyText: c.fyText,
    ...(c.number !== undefined ? { number: c.number } : {}),
    text: c.kind === 'absent' && c.absentReason ? `${c.text}（${c.absentReason}）` : c.text,
    kind: c.kind,
    ...(c.bound ? { bound: c.bound } : {}),
    ...(c.condition ? { condition: c.condition } : {}),
  };
}

function caseValue(v: unknown, fyRef: unknown, unit: string): CaseValue {
  const y = yearView(fyRef);
  const kind = v === undefined ? 'missing' : kindOf(v);
  const n = numberOf(v);
  const cv: CaseValue = { ...(y.fy !== undefined ? { fy: y.fy } : {}), fyText: y.text, ...(n !== undefined ? { number: n } : {}), text: textOf(v, unit), kind };
  if (kind === 'state') cv.state = (v as { state: string }).state;
  if (kind === 'milestone') {
    const m = v as { milestone: string; fy: unknown };
    cv.state = m.milestone;
    const due = yearView(m.fy).fy;
    if (due !== undefined) cv.dueFy = due;
  }
  if (kind === 'recurring') {
    const r = (v as { recurring: string }).recurring;
    if (r === 'increase' || r === 'decrease' || r === 'maintain') cv.recurring = r;
  }
  if (kind === 'absent' && isObj(v) && typeof v.reason === 'string') cv.absentReason = v.reason;
  return cv;
}

/** Months of the fiscal year elapsed at an ISO date (2024-12-31 in FY2024 → 9). */
export function monthsElapsed(fy: number, iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dim = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  const months = y * 12 + mo - (fy * 12 + 4) + d / dim;
  return months > 0 && months < 12 ? Math.round(months * 100) / 100 : undefined;
}

/**
 * 参考値, 年次目標 and 見込量 the document gives without a year cannot be placed on the time line; they
 * are shown as notes of the indicator instead of being dropped (issue 17).
 */
function undatedNotes(ind: Indicator, unit: string): string[] {
  const raw = ind as unknown as Record<string, unknown>;
  const out: string[] = [];
  for (const [key, label] of [['references', '参考値'], ['series', '年次目標'], ['planned', '見込量']] as const) {
    const list = raw[key];
    if (!Array.isArray(list)) continue;
    for (const e of list) {
      if (!isObj(e) || yearView(e.fy).fy !== undefined) continue;
      const why = isObj(e.fy) && typeof e.fy.tbd === 'string' ? e.fy.tbd : '年度の記載なし';
      out.push(`${label} ${textOf(e.value, unit)}（${why}）`);
    }
  }
  return out;
}

/** Entries of a per-year list (series, planned) by the fiscal year they name. */
function byYear(list: unknown): Map<number, Record<string, unknown>> {
  const m = new Map<number, Record<string, unknown>>();
  if (!Array.isArray(list)) return m;
  for (const e of list) {
    if (!isObj(e)) continue;
    const y = yearView(e.fy).fy;
    if (y !== undefined) m.set(y, e);
  }
  return m;
}

export function evaluateIndicator(
  ind: Indicator,
  progress: readonly Progress[],
  fy: number,
  scale: GradingScale = kenkoNippon21(),
  path: (string | number)[] = [],
  cityGrade: (fy: number) => CityGradeRecord | undefined = () => undefined,
  cityMeaning: (g: CityGradeRecord) => string | undefined = () => undefined,
): IndicatorEvaluation {
  const unit = ind.unit ?? '';
  const direction = directionOf(ind.direction as Parameters<typeof directionOf>[0]) ?? '';
  const baselineRaw = ind.baseline as (RawTarget & { printed?: unknown; note?: unknown }) | undefined;
  const baselineAbsent = baselineRaw === undefined || typeof baselineRaw.absent === 'string';
  const actuals = progress
    .map((p) => ({ fy: p.fy as number, actual: [...p.actuals].reverse().find((a) => a.indicator === ind.id) }))
    .filter((x): x is { fy: number; actual: Progress['actuals'][number] } => x.actual !== undefined);
  const series = byYear((ind as unknown as Record<string, unknown>).series);
  const planned = byYear((ind as unknown as Record<string, unknown>).planned);
  const revisionValues = (ind.revisions ?? []).map((r) => ('target' in r.previous ? (r.previous.target as RawTarget).value : undefined));
  const allValues = [
    baselineAbsent ? undefined : baselineRaw!.value,
    ...(ind.references ?? []).map((r) => r.value),
    (ind.target as RawTarget | undefined)?.value,
    ...revisionValues,
    ...[...series.values(), ...planned.values()].map((e) => e.value),
    ...actuals.map((a) => a.actual.value),
  ];
  const names = partNames(allValues, unit);
  const survey = SURVEY.test(ind.source ?? '');
  const inForce = targetInForce(ind, fy);

  const parts: PartEvaluation[] = names.map((part) => {
    const pUnit = partUnit(allValues, part, unit);
    const bRaw = baselineAbsent ? undefined : partValue(baselineRaw!.value, part, unit);
    const baseline: CaseValue = baselineAbsent
      ? { fyText: '', text: baselineRaw && typeof baselineRaw.absent === 'string' ? `${baselineRaw.absent}${typeof baselineRaw.reason === 'string' ? `（${baselineRaw.reason}）` : ''}` : '（基準値なし）', kind: 'absent' }
      : caseValue(bRaw, baselineRaw!.fy, pUnit);
    const points: SeriesPoint[] = [];
    const point = (fyN: number, source: SeriesPoint['source'], raw: unknown, extra: Partial<SeriesPoint> = {}): SeriesPoint => {
      const kind: Kind = raw === undefined ? 'missing' : kindOf(raw);
      const n = numberOf(raw);
      return { fy: fyN, source, ...(n !== undefined ? { number: n } : {}), text: textOf(raw, pUnit), kind, provisional: false, ...extra };
    };
    const obsExtra = (o: Record<string, unknown>): Partial<SeriesPoint> => {
      const q = qualifierOf(o);
      return { ...(typeof o.printed === 'string' ? { printed: o.printed } : {}), ...(typeof o.note === 'string' ? { note: o.note } : {}), ...(q ? { qualifier: q } : {}) };
    };
    if (!baselineAbsent && baseline.fy !== undefined && baseline.fy <= fy) {
      points.push(point(baseline.fy, 'baseline', bRaw, obsExtra(baselineRaw as Record<string, unknown>)));
    }
    for (const r of ind.references ?? []) {
      const y = yearView(r.fy).fy;
      if (y === undefined || y > fy || points.some((s) => s.fy === y)) continue;
      points.push(point(y, 'reference', partValue(r.value, part, unit), obsExtra(r as unknown as Record<string, unknown>)));
    }
    for (const { fy: y, actual } of actuals) {
      const i = points.findIndex((s) => s.fy === y && s.source !== 'baseline');
      if (i >= 0) points.splice(i, 1);
      const q = qualifierOf(actual);
      points.push(
        point(y, 'actual', partValue(actual.value, part, unit), {
          provisional: Boolean(actual.provisional),
          ...(actual.asOf ? { asOf: actual.asOf } : {}),
          ...(actual.printed ? { printed: actual.printed } : {}),
          ...(actual.note ? { note: actual.note } : {}),
          ...(q ? { qualifier: q } : {}),
        }),
      );
    }
    points.sort((a, b) => a.fy - b.fy || (a.source === 'baseline' ? -1 : 1));

    const gradeYear = (y: number): YearGrade => {
      const raw = targetInForce(ind, y);
      const target = targetCase(raw, part, pUnit);
      const actual = points.find((s) => s.fy === y && s.source !== 'baseline');
      let base: GradeCase['baseline'] = baselineAbsent || bRaw === undefined ? undefined : baseline;
      if (base?.number === undefined && target.kind !== 'state' && target.kind !== 'milestone') {
        const earlier = points.find((s) => s.source !== 'baseline' && s.fy < y && s.number !== undefined && !s.provisional);
        if (earlier) base = { fy: earlier.fy, fyText: `${earlier.fy}年度`, number: earlier.number!, text: earlier.text, kind: earlier.kind as Kind, substitute: true };
      }
      const before = [...points].reverse().find((s) => s.fy < y && s.number !== undefined);
      const c: GradeCase = { fy: y, direction, ...(ind.measure ? { measure: ind.measure } : {}), unit: pUnit, survey, target, ...(base ? { baseline: base } : {}) };
      if (before) c.previous = { fy: before.fy, fyText: `${before.fy}年度`, number: before.number!, text: before.text, kind: before.kind as Kind };
      const interimRaw = series.get(y) ?? planned.get(y);
      if (interimRaw && !(target.fy !== undefined && target.fy === y && series.has(y))) {
        const iv = caseValue(partValue(interimRaw.value, part, unit), interimRaw.fy, pUnit);
        if (interimRaw.bound === '以上' || interimRaw.bound === '以下' || interimRaw.bound === '超' || interimRaw.bound === '未満') iv.bound = interimRaw.bound;
        c.interim = { ...iv, source: series.has(y) ? 'series' : 'planned' };
      }
      if (actual) {
        const rawValue = actual.source === 'actual' ? actuals.find((a) => a.fy === y)?.actual.value : (ind.references ?? []).find((r) => yearView(r.fy).fy === y)?.value;
        const av = caseValue(partValue(rawValue, part, unit), y, pUnit);
        c.actual = { ...av, provisional: actual.provisional, ...(actual.asOf ? { asOf: actual.asOf } : {}), ...(actual.qualifier ? { qualifier: actual.qualifier } : {}) };
        if (actual.provisional && actual.asOf && actual.kind === 'quantity' && COUNT_MEASURES.includes(ind.measure ?? '') && pUnit !== '%') {
          const months = monthsElapsed(y, actual.asOf);
          if (months !== undefined) c.annualised = { value: (actual.number! * 12) / months, months: Math.round(months) };
        }
      }
      const out = scale.grade(c);
      const yg: YearGrade = { fy: y, ...out, target: targetView(raw, part, pUnit) };
      if (actual) yg.actual = actual;
      if (c.interim) yg.interim = { source: c.interim.source, text: c.interim.text, ...(c.interim.number !== undefined ? { number: c.interim.number } : {}) };
      const city = cityGrade(y);
      if (city) {
        yg.cityGrade = city.grade;
        if (city.reason) yg.cityReason = city.reason;
        const cm = cityMeaning(city);
        yg.cityDiffers = cm !== undefined && out.meaning !== undefined ? !sameMeaning(cm, out.meaning) : normaliseGrade(city.grade) !== normaliseGrade(String(out.grade));
      }
      return yg;
    };

    const years = [...new Set(points.filter((s) => s.source !== 'baseline').map((s) => s.fy))];
    if (!years.includes(fy)) years.push(fy);
    years.sort((a, b) => a - b);
    const graded = years.map(gradeYear);
    const result = graded.find((g) => g.fy === fy)!;
    const growth = growthStatus(points, targetView(inForce, part, pUnit), direction);
    return {
      ...(part !== undefined ? { part } : {}),
      unit: pUnit,
      baseline: { ...(baseline.fy !== undefined ? { fy: baseline.fy } : {}), fyText: baseline.fyText, ...(baseline.number !== undefined ? { number: baseline.number } : {}), text: baseline.text, kind: baseline.kind },
      series: points,
      result,
      years: graded,
      ...(growth ? { growth } : {}),
    };
  });

  const original = originalTargetOf(ind, unit);
  return {
    id: ind.id,
    name: ind.name,
    ...(ind.category ? { category: String(ind.category) } : {}),
    unit,
    direction: direction || '（記載なし）',
    ...(ind.measure ? { measure: ind.measure } : {}),
    ...(ind.source ? { source: ind.source } : {}),
    departments: [...(ind.departments ?? [])],
    notes: [...(ind.notes ?? []), ...undatedNotes(ind, unit)],
    path,
    target: targetView(inForce, undefined, unit),
    ...(original ? { originalTarget: original } : {}),
    parts,
    narratives: [],
  };
}

function sameMeaning(a: string, b: string): boolean {
  const norm = (m: string) => (m === 'improved' ? 'on-track' : m === 'not-comparable' ? 'not-evaluable' : m);
  return norm(a) === norm(b);
}

function normaliseGrade(g: string): string {
  return g.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

function originalTargetOf(ind: Indicator, unit: string): IndicatorEvaluation['originalTarget'] {
  const revs = [...(ind.revisions ?? [])].sort((a, b) => (yearView(a.fy).fy ?? 0) - (yearView(b.fy).fy ?? 0));
  const first = revs[0];
  if (!first) return undefined;
  const revisedFy = yearView(first.fy).fy;
  if ('target' in first.previous) {
    return { ...targetView(first.previous.target as RawTarget, undefined, unit), label: first.label, ...(revisedFy !== undefined ? { revisedFy } : {}) };
  }
  const r = first.previous.replaced;
  const u = r.unit ?? unit;
  return { ...targetView(r.target as RawTarget, undefined, u), label: first.label, name: r.name, ...(revisedFy !== undefined ? { revisedFy } : {}) };
}

/**
 * Open SDG (Statistics Canada) growth-rate status from the first to the latest
 * final (not provisional) numeric value; needs two years and a non-zero base.
 */
export function growthStatus(points: SeriesPoint[], target: TargetView, direction: string): GrowthStatus | undefined {
  const pts = points.filter((s) => s.number !== undefined && !s.provisional);
  if (pts.length < 2) return undefined;
  const first = pts[0]!;
  const last = pts[pts.length - 1]!;
  const y0 = first.number!;
  const yt = last.number!;
  const years = last.fy - first.fy;
  if (years <= 0 || y0 === 0 || yt / y0 <= 0) return undefined;
  const cagr = Math.pow(yt / y0, 1 / years) - 1;
  let d = direction === 'decrease' ? -1 : 1;
  if (target.number !== undefined && target.number !== y0) d = target.number > y0 ? 1 : -1;
  const s = y0 < 0 ? -1 : 1;
  const lbl: Record<GrowthStatus['status'], { ja: string; en: string }> = {
    target_achieved: { ja: '目標達成', en: 'target achieved' },
    substantial_progress: { ja: '十分な進展', en: 'substantial progress' },
    moderate_progress: { ja: '一定の進展', en: 'moderate progress' },
    limited_progress: { ja: '限られた進展', en: 'limited progress' },
    deterioration: { ja: '悪化', en: 'deterioration' },
  };
  const make = (status: GrowthStatus['status'], ratio: number, required?: number): GrowthStatus => ({ status, cagr, ratio, ...(required !== undefined ? { requiredCagr: required } : {}), label: lbl[status] });
  const T = target.number;
  if (T !== undefined && target.fy !== undefined && target.fy > first.fy && T / y0 > 0) {
    if (d * (yt - T) >= 0) return make('target_achieved', 1);
    const req = Math.pow(T / y0, 1 / (target.fy - first.fy)) - 1;
    if (req === 0) return undefined;
    const v = (s * d * cagr) / Math.abs(req);
    return make(v >= 0.95 ? 'substantial_progress' : v >= 0.6 ? 'moderate_progress' : v >= 0 ? 'limited_progress' : 'deterioration', v, req);
  }
  const v = s * d * cagr;
  return make(v >= 0.015 ? 'substantial_progress' : v >= 0.005 ? 'moderate_progress' : v >= 0 ? 'limited_progress' : 'deterioration', v);
}
