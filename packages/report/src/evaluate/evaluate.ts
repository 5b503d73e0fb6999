/**
 * evaluatePlan(plan, progress, fy): the pure evaluation of one plan for one
 * fiscal year. It reads values only through the defensive helpers in
 * values.ts, grades through a GradingScale (the plan's own, or 健康日本21's),
 * and never throws on a value it does not know: that part is graded E.
 */
import type { Bilingual } from '@keikaku/core';
import {
  actualsOf,
  baselineOf,
  directionOf,
  formatWarekiFiscalYear,
  isAbsent,
  periodYears,
  plannedOf,
  seriesOf,
  statedText,
  targetOf,
  valueAs,
  valueKind,
  yearOf,
  type Actual,
  type Approach,
  type CityGrade,
  type Goal,
  type Indicator,
  type Observation,
  type Plan,
  type Policy,
  type Progress,
  type StatedAbsence,
  type Target,
  type UnnamedIndicator,
  type Value,
  type YearRef,
} from '@keikaku/schema';
import { kenkoNippon21, meaningOfScore, MEANING_SCORE, scaleFromPlan, planScales, type CaseValue, type GradeCase, type GradingScale, type Meaning } from './scale.js';
import type {
  GradeCounts,
  GrowthStatus,
  IndicatorEvaluation,
  InitiativeView,
  NarrativeView,
  NodeCityGrade,
  NodeEvaluation,
  PartEvaluation,
  PlanEvaluation,
  SeriesPoint,
  TargetView,
  YearGrade,
} from './types.js';
import { numberOf, numberText, partNames, partUnit, partValue, qualifierOf, textOf, yearView, type AnyValue, type Kind } from './values.js';

export interface EvaluateOptions {
  /** Overrides the plan's declared scale (and the default). */
  scale?: GradingScale;
}

/** A node of the plan's hierarchy, or the plan's own indicators (plan.indicators) as a group of their own. */
type PlanNode = Goal | Policy | Approach | { id: string; no: string; title: string; indicators?: readonly Indicator[]; description?: undefined; departments?: undefined; initiatives?: undefined; noIndicators?: undefined; unnamedIndicators?: undefined };

const SURVEY = /調査|アンケート/;
const COUNT_MEASURES = ['単年度', '延べ'];

/** A city's own grade as the progress file records it. */
type CityGradeRecord = CityGrade;

/** How a city grade compares: the scale it is on, its level and meaning. */
interface CityLookup {
  (fy: number): CityGradeRecord | undefined;
}

/** The context an indicator is graded in, beyond the indicator itself. */
export interface IndicatorContext {
  /** The plan period's first fiscal year: a 累計 count with no baseline starts from zero the year before. */
  periodStart?: number;
  /** Fiscal years with a progress file (for the previous year's grade). */
  progressYears?: readonly number[];
}

export function evaluatePlan(plan: Plan, progress: readonly Progress[], fy: number, opts: EvaluateOptions = {}): PlanEvaluation {
  const scale = opts.scale ?? scaleFromPlan(plan);
  const allScales = [scale, ...planScales(plan)];
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
  // City grades of every year up to the report year, by target id and year.
  const cityByYear = new Map<string, CityGradeRecord>();
  for (const p of upTo) for (const g of p.grades ?? []) cityByYear.set(`${g.target}\u0000${p.fy}`, g);
  const scaleOfCity = (g: CityGradeRecord) => allScales.find((x) => x.id === g.scale) ?? scale;
  const meaningOfCity = (g: CityGradeRecord): Meaning | undefined => {
    const s = scaleOfCity(g);
    return s.meaningOf?.(g.grade.normalize('NFKC').trim()) ?? s.meaningOf?.(g.grade);
  };
  const { start: periodStart, end: periodEnd } = periodYears(plan.period);
  const ctx: IndicatorContext = { ...(periodStart !== undefined ? { periodStart } : {}), progressYears: progress.map((p) => p.fy) };

  const walk = (node: PlanNode, level: NodeEvaluation['level'], path: (string | number)[]): NodeEvaluation => {
    const indicators = (node.indicators ?? []).map((ind, i) => {
      const e = evaluateIndicator(ind, upTo, fy, scale, [...path, 'indicators', i], (y) => cityByYear.get(`${ind.id}\u0000${y}`), meaningOfCity, ctx);
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
      ...('policies' in node ? (node.policies ?? []) : []).map((p, i) => walk(p, 'policy', [...path, 'policies', i])),
      ...('approaches' in node ? (node.approaches ?? []) : []).map((a, i) => walk(a, 'approach', [...path, 'approaches', i])),
    ];
    const counts = emptyCounts(scale);
    for (const ind of indicators) for (const part of ind.parts) add(counts, String(part.result.grade));
    for (const k of kids) for (const [g, n] of Object.entries(k.counts)) add(counts, g, n);
    const noInd = node.noIndicators;
    const score = scoreOf(scale, counts);
    const city = cityByYear.get(`${node.id}\u0000${fy}`);
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
      ...score,
      ...(city ? { cityGrade: nodeCityGrade(city, scaleOfCity(city), meaningOfCity(city), scale, counts, score.score) } : {}),
      ...(noInd ? { noIndicators: `${noInd.absent}${noInd.reason ? `（${noInd.reason}）` : ''}` } : {}),
      ...(node.unnamedIndicators?.length ? { unnamedIndicators: node.unnamedIndicators.map(unnamedText) } : {}),
    };
  };

  const goals = plan.goals.map((g, i) => walk(g, 'goal', ['goals', i]));
  // Indicators of the plan as a whole (issue 17) come first, as their own group, so none is left out.
  if (plan.indicators?.length) goals.unshift(walk({ id: 'plan', no: '', title: '計画全体の指標', indicators: plan.indicators }, 'plan', []));
  const counts = emptyCounts(scale);
  for (const g of goals) for (const [k, n] of Object.entries(g.counts)) add(counts, k, n);
  const graded = { parts: 0, graded: 0, provisional: 0 };
  const visit = (n: NodeEvaluation) => {
    for (const ind of n.indicators) {
      for (const part of ind.parts) {
        graded.parts++;
        const r = part.result;
        if (r.meaning !== 'not-evaluable' && r.meaning !== 'not-comparable') graded.graded++;
        if (r.provisional && r.actual) graded.provisional++;
      }
    }
    n.children.forEach(visit);
  };
  goals.forEach(visit);
  const outside = outsidePeriod(fy, periodStart, periodEnd);
  return {
    planId: plan.id,
    fy,
    scale: { id: scale.id, name: scale.name, grades: scale.grades.map((g) => ({ code: g.code, label: g.label, ...(g.meaning ? { meaning: g.meaning } : {}), ...(g.score !== undefined ? { score: g.score } : {}) })), explain: scale.explain },
    hasProgress: current !== undefined,
    goals,
    counts,
    ...scoreOf(scale, counts),
    graded,
    ...(outside ? { outsidePeriod: outside } : {}),
    orphanNarratives: narratives.filter((n) => !used.has(n)),
    ...(current && (current.sheets || current.opinions || current.summary || current.issued)
      ? {
          review: {
            sheets: current.sheets ?? [],
            opinions: current.opinions ?? [],
            ...(current.summary ? { summary: current.summary } : {}),
            ...(current.issued ? { issued: current.issued } : {}),
          },
        }
      : {}),
  };
}

/** A plain sentence when the report year lies outside the plan period (小樽 FY2024 after a period ending FY2023). */
export function outsidePeriod(fy: number, start: number | undefined, end: number | undefined): Bilingual | undefined {
  const era = (y: number) => `${y}年度（${formatWarekiFiscalYear(y)}）`;
  if (end !== undefined && fy > end) {
    return { ja: `${era(fy)}は、この計画の計画期間（${start !== undefined ? `${era(start)}から` : ''}${era(end)}まで）が終わった後の年度です。`, en: `FY${fy} is after the plan period, which ended in FY${end}.` };
  }
  if (start !== undefined && fy < start) {
    return { ja: `${era(fy)}は、この計画の計画期間（${era(start)}から${end !== undefined ? `${era(end)}まで` : ''}）が始まる前の年度です。`, en: `FY${fy} is before the plan period, which starts in FY${start}.` };
  }
  return undefined;
}

/** A city's grade on a goal or policy beside the roll-up of the indicator grades under it. */
function nodeCityGrade(city: CityGradeRecord, cityScale: GradingScale, meaning: Meaning | undefined, scale: GradingScale, counts: GradeCounts, score: number | undefined): NodeCityGrade {
  const gradedParts = scale.grades.filter((g) => g.score !== undefined).reduce((n, g) => n + (counts[g.code] ?? 0), 0);
  const label = cityScale.grades.find((g) => g.code === city.grade || g.code === city.grade.normalize('NFKC').trim())?.label.ja;
  const rollMeaning = score !== undefined ? meaningOfScore(score) : undefined;
  const cityScore = meaning !== undefined ? MEANING_SCORE[meaning] : undefined;
  const differs = score !== undefined && cityScore !== undefined ? Math.abs(cityScore - score) >= 1 : undefined;
  const cityText = `市の評価「${city.grade}${label ? ` ${label}` : ''}」`;
  const comparison: Bilingual =
    score === undefined
      ? { ja: `${cityText}。この下の指標には判定できたものがないため、指標の集計と比べられません。`, en: `The city's grade ${city.grade}; no indicator under it could be graded, so there is nothing to compare it with.` }
      : cityScore === undefined
      ? { ja: `${cityText}。指標の集計は平均 ${score.toFixed(2)}（${gradedParts}件）です。市の評価の意味が比べられる形でないため、違いは判定しません。`, en: `The city's grade ${city.grade}; the indicators average ${score.toFixed(2)} (${gradedParts}); the grade's meaning cannot be compared.` }
      : {
          ja: `${cityText}（${cityScore}点相当）。指標の集計は平均 ${score.toFixed(2)}（${gradedParts}件）で、${differs ? '1点以上の差があります' : '大きな差はありません'}。`,
          en: `The city's grade ${city.grade} (worth ${cityScore}); the indicators average ${score.toFixed(2)} over ${gradedParts}: ${differs ? 'they differ by a step or more' : 'no step of difference'}.`,
        };
  return {
    scale: city.scale,
    grade: city.grade,
    ...(label ? { label } : {}),
    ...(meaning ? { meaning } : {}),
    ...(city.reason ? { reason: city.reason } : {}),
    rollup: { graded: gradedParts, ...(score !== undefined ? { score } : {}), ...(rollMeaning ? { meaning: rollMeaning } : {}) },
    ...(differs !== undefined ? { differs } : {}),
    comparison,
  };
}

function emptyCounts(scale: GradingScale): GradeCounts {
  return Object.fromEntries(scale.grades.map((g) => [g.code, 0]));
}
function add(c: GradeCounts, g: string, n = 1): void {
  c[g] = (c[g] ?? 0) + n;
}

/** Average score of the judged parts, each grade scored by its meaning (MEANING_SCORE: A=5, B=4, C=3, D=2). */
export function scoreOf(scale: GradingScale, counts: GradeCounts): { score?: number } {
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

type TargetLike = Target | StatedAbsence;

/** The final target in force in `fy`: a revision in a later year had not yet replaced the earlier target. */
export function targetInForce(ind: Indicator, fy: number): TargetLike | undefined {
  const revs = (ind.revisions ?? [])
    .flatMap((r) => {
      const y = yearOf(r.fy);
      return y === undefined ? [] : [{ r, y }];
    })
    .sort((a, b) => a.y - b.y);
  for (const { r, y } of revs) {
    if (y > fy && 'target' in r.previous) return r.previous.target;
  }
  return ind.target;
}

function targetCase(t: TargetLike | undefined, part: string | undefined, unit: string): CaseValue {
  if (t === undefined) return { fyText: '', text: '（目標値なし）', kind: 'absent' };
  if (isAbsent(t)) return { fyText: '', text: t.absent, kind: 'absent', ...(t.reason ? { absentReason: t.reason } : {}) };
  const cv = caseValue(partValue(t.value, part, unit), t.fy, unit);
  if (t.bound) cv.bound = t.bound;
  if (t.condition) cv.condition = t.condition;
  return cv;
}

function targetView(t: TargetLike | undefined, part: string | undefined, unit: string): TargetView {
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

function caseValue(v: AnyValue | undefined, fyRef: YearRef | number | undefined, unit: string): CaseValue {
  const y = yearView(fyRef);
  const kind: Kind = v === undefined ? 'missing' : valueKind(v);
  const n = numberOf(v);
  const cv: CaseValue = { ...(y.fy !== undefined ? { fy: y.fy } : {}), fyText: y.text, ...(n !== undefined ? { number: n } : {}), text: textOf(v, unit), kind };
  if (v === undefined) return cv;
  const state = valueAs(v, 'state');
  if (state) cv.state = state.state;
  const m = valueAs(v, 'milestone');
  if (m) {
    cv.state = m.milestone;
    const due = yearOf(m.fy);
    if (due !== undefined) cv.dueFy = due;
  }
  const r = valueAs(v, 'recurring');
  if (r) cv.recurring = r.recurring;
  const a = valueAs(v, 'absent');
  if (a?.reason) cv.absentReason = a.reason;
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

/** Entries of a per-year list (series, planned) by the fiscal year they name. */
function byYear<E extends { fy: YearRef }>(list: readonly E[]): Map<number, E> {
  const m = new Map<number, E>();
  for (const e of list) {
    const y = yearOf(e.fy);
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
  cityGrade: CityLookup = () => undefined,
  cityMeaning: (g: CityGradeRecord) => Meaning | undefined = () => undefined,
  ctx: IndicatorContext = {},
): IndicatorEvaluation {
  const unit = ind.unit ?? '';
  const direction = directionOf(ind.direction) ?? '';
  const baselineObs = baselineOf(ind);
  const baselineStated = ind.baseline !== undefined && isAbsent(ind.baseline) ? ind.baseline : undefined;
  const baselineAbsent = baselineObs === undefined;
  // The last actual a progress module gives for the indicator, per year.
  const actuals = progress.flatMap((p): { fy: number; actual: Actual }[] => {
    const last = actualsOf([p], ind.id).at(-1);
    return last ? [{ fy: p.fy, actual: last.actual }] : [];
  });
  const series = byYear(seriesOf(ind));
  const planned = byYear(plannedOf(ind));
  const revisionValues = (ind.revisions ?? []).map((r) => ('target' in r.previous ? r.previous.target.value : undefined));
  const allValues: (Value | undefined)[] = [
    baselineObs?.value,
    ...(ind.references ?? []).map((r) => r.value),
    targetOf(ind)?.value,
    ...revisionValues,
    ...[...series.values(), ...planned.values()].map((e) => e.value),
    ...actuals.map((a) => a.actual.value),
  ];
  const names = partNames(allValues, unit);
  const survey = SURVEY.test(ind.source ?? '');
  const inForce = targetInForce(ind, fy);

  const parts: PartEvaluation[] = names.map((part) => {
    const pUnit = partUnit(allValues, part, unit);
    const bRaw = baselineObs ? partValue(baselineObs.value, part, unit) : undefined;
    const baseline: CaseValue = baselineObs
      ? caseValue(bRaw, baselineObs.fy, pUnit)
      : { fyText: '', text: baselineStated ? `${baselineStated.absent}${baselineStated.reason ? `（${baselineStated.reason}）` : ''}` : '（基準値なし）', kind: 'absent' };
    const points: SeriesPoint[] = [];
    const point = (fyN: number, source: SeriesPoint['source'], raw: AnyValue | undefined, extra: Partial<SeriesPoint> = {}): SeriesPoint => {
      const kind: Kind = raw === undefined ? 'missing' : valueKind(raw);
      const n = numberOf(raw);
      return { fy: fyN, source, ...(n !== undefined ? { number: n } : {}), text: textOf(raw, pUnit), kind, provisional: false, ...extra };
    };
    const obsExtra = (o: Observation): Partial<SeriesPoint> => {
      const q = qualifierOf(o);
      return { ...(o.printed ? { printed: o.printed } : {}), ...(o.note ? { note: o.note } : {}), ...(q ? { qualifier: q } : {}) };
    };
    if (baselineObs && baseline.fy !== undefined && baseline.fy <= fy) {
      points.push(point(baseline.fy, 'baseline', bRaw, obsExtra(baselineObs)));
    }
    for (const r of ind.references ?? []) {
      const y = yearOf(r.fy);
      if (y === undefined || y > fy || points.some((s) => s.fy === y)) continue;
      points.push(point(y, 'reference', partValue(r.value, part, unit), obsExtra(r)));
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
      // A 累計 count with no baseline starts from zero at the start of the plan period, not from its first recorded year.
      if (base?.number === undefined && baselineAbsent && ind.measure === '累計') {
        const originFy = ctx.periodStart !== undefined ? ctx.periodStart - 1 : undefined;
        base = { ...(originFy !== undefined ? { fy: originFy } : {}), fyText: originFy !== undefined ? `${originFy}年度末` : '', number: 0, text: numberText(0, pUnit), kind: 'quantity', substitute: true, origin: true };
      }
      if (base?.number === undefined && target.kind !== 'state' && target.kind !== 'milestone') {
        const earlier = points.find((s) => s.source !== 'baseline' && s.fy < y && s.number !== undefined && !s.provisional);
        if (earlier?.number !== undefined) base = { fy: earlier.fy, fyText: `${earlier.fy}年度`, number: earlier.number, text: earlier.text, kind: earlier.kind, substitute: true };
      }
      const before = [...points].reverse().find((s) => s.fy < y && s.number !== undefined);
      const c: GradeCase = { fy: y, direction, ...(ind.measure ? { measure: ind.measure } : {}), unit: pUnit, survey, target, ...(base ? { baseline: base } : {}) };
      if (before?.number !== undefined) c.previous = { fy: before.fy, fyText: `${before.fy}年度`, number: before.number, text: before.text, kind: before.kind };
      const interimRaw = series.get(y) ?? planned.get(y);
      if (interimRaw && !(target.fy !== undefined && target.fy === y && series.has(y))) {
        const iv = caseValue(partValue(interimRaw.value, part, unit), interimRaw.fy, pUnit);
        const bound = series.get(y)?.bound;
        if (bound) iv.bound = bound;
        c.interim = { ...iv, source: series.has(y) ? 'series' : 'planned' };
      }
      if (actual) {
        const rawValue = actual.source === 'actual' ? actuals.find((a) => a.fy === y)?.actual.value : (ind.references ?? []).find((r) => yearOf(r.fy) === y)?.value;
        const av = caseValue(partValue(rawValue, part, unit), y, pUnit);
        c.actual = { ...av, provisional: actual.provisional, ...(actual.asOf ? { asOf: actual.asOf } : {}), ...(actual.qualifier ? { qualifier: actual.qualifier } : {}) };
        if (actual.provisional && actual.asOf && actual.number !== undefined && actual.kind === 'quantity' && COUNT_MEASURES.includes(ind.measure ?? '') && pUnit !== '%') {
          const months = monthsElapsed(y, actual.asOf);
          if (months !== undefined) c.annualised = { value: (actual.number * 12) / months, months: Math.round(months) };
        }
      }
      const out = scale.grade(c);
      const provisional = Boolean(c.actual && (c.actual.provisional || c.actual.qualifier || c.annualised));
      const yg: YearGrade = { fy: y, ...out, gradeSource: 'computed', provisional, target: targetView(raw, part, pUnit) };
      if (actual) {
        if (c.annualised) {
          actual.graded = c.annualised.value;
          actual.months = c.annualised.months;
        }
        yg.actual = actual;
      }
      if (c.interim) yg.interim = { source: c.interim.source, text: c.interim.text, ...(c.interim.number !== undefined ? { number: c.interim.number } : {}) };
      const city = cityGrade(y);
      if (city) {
        yg.cityGrade = city.grade;
        if (city.reason) yg.cityReason = city.reason;
        const cm = cityMeaning(city);
        if (out.undecided) {
          // keikaku cannot choose between the scale's levels: the city's grade is shown, and no computed one.
          yg.grade = city.grade;
          if (cm) yg.meaning = cm;
          else delete yg.meaning;
          yg.gradeSource = 'city';
        } else {
          yg.cityDiffers = cm !== undefined && out.meaning !== undefined ? !sameMeaning(cm, out.meaning) : normaliseGrade(city.grade) !== normaliseGrade(String(out.grade));
        }
      }
      return yg;
    };

    const years = [...new Set(points.filter((s) => s.source !== 'baseline').map((s) => s.fy))];
    if (!years.includes(fy)) years.push(fy);
    years.sort((a, b) => a - b);
    const graded = years.map(gradeYear);
    const result = graded.find((g) => g.fy === fy)!;
    const previousYear = fy - 1;
    const previous = graded.find((g) => g.fy === previousYear) ?? (ctx.progressYears?.includes(previousYear) ? gradeYear(previousYear) : undefined);
    // A growth status beside a grade of "not evaluable" would say what the grade does not: none is given.
    const evaluable = result.meaning !== 'not-evaluable' && result.meaning !== 'not-comparable' && result.gradeSource === 'computed';
    const growth = evaluable ? growthStatus(points, targetView(inForce, part, pUnit), direction) : undefined;
    return {
      ...(part !== undefined ? { part } : {}),
      unit: pUnit,
      baseline: { ...(baseline.fy !== undefined ? { fy: baseline.fy } : {}), fyText: baseline.fyText, ...(baseline.number !== undefined ? { number: baseline.number } : {}), text: baseline.text, kind: baseline.kind },
      series: points,
      result,
      years: graded,
      ...(previous ? { previous } : {}),
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
    return { ...targetView(first.previous.target, undefined, unit), label: first.label, ...(revisedFy !== undefined ? { revisedFy } : {}) };
  }
  const r = first.previous.replaced;
  const u = r.unit ?? unit;
  return { ...targetView(r.target, undefined, u), label: first.label, name: r.name, ...(revisedFy !== undefined ? { revisedFy } : {}) };
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

/** An indicator frame printed with no name (an empty row of an evaluation sheet), as one line of text: shown, never dropped (issue 17). */
function unnamedText(u: UnnamedIndicator): string {
  const unit = u.unit ?? '';
  const base = u.baseline ? ` 基準値 ${textOf(u.baseline.value, unit)}` : '';
  const target = u.target ? ` 目標値 ${textOf(u.target.value, unit)}` : '';
  return `${u.row !== undefined ? `${u.row}：` : ''}指標名の記載なし${u.name.note ? `（${u.name.note}）` : ''}${base}${target}`;
}

/**
 * 参考値, 年次目標 and 見込量 the document gives without a year cannot be placed on the time line; they
 * are shown as notes of the indicator instead of being dropped (issue 17).
 */
function undatedNotes(ind: Indicator, unit: string): string[] {
  const out: string[] = [];
  const lists: [string, readonly { fy: YearRef; value: Value }[]][] = [
    ['参考値', ind.references ?? []],
    ['年次目標', seriesOf(ind)],
    ['見込量', plannedOf(ind)],
  ];
  for (const [label, list] of lists) {
    for (const e of list) {
      const y = yearView(e.fy);
      if (y.fy !== undefined) continue;
      out.push(`${label} ${textOf(e.value, unit)}（${y.text.replace(/^（(.*)）$/, '$1')}）`);
    }
  }
  return out;
}
