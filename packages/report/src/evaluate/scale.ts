/**
 * Grading scales. A scale turns one graded case (a part of an indicator at a
 * fiscal year, with its baseline, actual and the target in force) into a
 * grade with its reason. The default is 健康日本21 (第二次)'s A, B, B*, C, D,
 * E; a plan that declares its own scale (Plan.grading: levels with what each
 * means, a ±3 point band for survey indicators) plugs in through
 * scaleFromPlan(), which grades by meaning and prints the plan's own marks.
 * Scales never throw: what cannot be judged is E (or the plan's equivalent).
 */
import type { Bilingual } from '@keikaku/core';
import { declaredScales, levelMeanings, statedText, type GradeMeaning, type Plan } from '@keikaku/schema';
import type { GradeOutcome } from './types.js';
import type { Kind } from './values.js';
import { numberText } from './values.js';

export interface CaseValue {
  fy?: number;
  fyText: string;
  number?: number;
  text: string;
  kind: Kind;
  /** State or milestone name for qualitative values. */
  state?: string;
  /** Year a milestone is due (R4開設 → 2022). */
  dueFy?: number;
  /** A target that is a bound: 80%以上. */
  bound?: '以上' | '以下' | '超' | '未満';
  /** 毎年増加: what must happen each period. */
  recurring?: 'increase' | 'decrease' | 'maintain';
  /** The condition a target holds under, as printed. */
  condition?: string;
  /** Why a baseline or target is stated absent. */
  absentReason?: string;
}

export interface GradeCase {
  fy: number;
  /** increase / decrease / maintain; '' when the plan does not say. */
  direction: string;
  measure?: string;
  unit: string;
  /** A survey indicator (市民意識調査, アンケート): a plan's points band may apply. */
  survey: boolean;
  baseline?: CaseValue & {
    /** True when the plan gives no baseline and an earlier actual stands in for it. */
    substitute?: boolean;
    /** True when a 累計 count with no baseline is measured from zero at the start of the plan period. */
    origin?: boolean;
  };
  /** The latest value before this year (for 毎年増加). */
  previous?: CaseValue;
  actual?: CaseValue & { provisional: boolean; asOf?: string; qualifier?: string };
  /** A mid-year single-year count converted to a full year (12月末時点 → ×12/9). */
  annualised?: { value: number; months: number };
  /** The final target in force this year. */
  target: CaseValue;
  /** This year's interim target (series) or planned amount (見込量), when the plan gives one. */
  interim?: CaseValue & { source: 'series' | 'planned' };
}

/** What a grade means (the schema's GradeMeaning). */
export type Meaning = GradeMeaning;

/**
 * The roll-up score of a meaning (健康日本21: A=5, B/B*=4, C=3, D=2). The one
 * score map: every scale's grades, every node's score and the plan's score
 * come from it; "not evaluable" and "not comparable" have no score.
 */
export const MEANING_SCORE: Readonly<Partial<Record<Meaning, number>>> = { achieved: 5, 'on-track': 4, improved: 4, 'at-risk': 4, unchanged: 3, worse: 2 };

/** The meaning an average score is nearest to (5 achieved, 4 on-track, 3 unchanged, 2 worse). */
export function meaningOfScore(score: number): Meaning {
  const r = Math.min(5, Math.max(2, Math.round(score)));
  return r === 5 ? 'achieved' : r === 4 ? 'on-track' : r === 3 ? 'unchanged' : 'worse';
}

export interface GradeDef {
  code: string;
  label: Bilingual;
  meaning?: Meaning;
  /** Score for roll-up averages (健康日本21: A=5, B=4, C=3, D=2); none for "cannot be judged". */
  score?: number;
}

export interface GradingScale {
  id: string;
  name: Bilingual;
  grades: GradeDef[];
  /** How the scale works, in words, for the report's appendix. */
  explain: Bilingual[];
  grade(c: GradeCase): GradeOutcome;
  /** The meaning of one of this scale's codes (to compare with a city's own grade). */
  meaningOf?(code: string): Meaning | undefined;
}

// ---------------------------------------------------------------------------
// Measurement shared by scales: where the actual stands against baseline and target.

export interface Measurement {
  value: number;
  base?: number;
  target: number;
  /** +1 when more is better, −1 when less is better, 0 to keep the level. */
  sign: 1 | -1 | 0;
  met: boolean;
  rate?: number;
  pace?: number;
  change?: number;
}

const JA = new Intl.NumberFormat('ja-JP');
export const pct = (r: number) => `${JA.format(Math.round(r * 1000) / 10)}%`;
const EPS = 1e-9;

function declaredSign(direction: string): 1 | -1 | 0 {
  return direction === 'decrease' ? -1 : direction === 'increase' ? 1 : 0;
}

/** Share of the way from the baseline year to the target year elapsed by `fy`, in [0, 1]. */
export function expectedPace(baseFy: number | undefined, targetFy: number | undefined, fy: number): number | undefined {
  if (baseFy === undefined || targetFy === undefined || targetFy <= baseFy) return undefined;
  return Math.min(1, Math.max(0, (fy - baseFy) / (targetFy - baseFy)));
}

/** Whether v meets t, going the way `sign` says is better, or within the target's bound. */
function meets(v: number, t: number, sign: 1 | -1 | 0, bound: CaseValue['bound'], keepUp: boolean): boolean {
  switch (bound) {
    case '以上': return v >= t - EPS;
    case '超': return v > t + EPS;
    case '以下': return v <= t + EPS;
    case '未満': return v < t - EPS;
    default:
      if (sign === 0) return keepUp ? v >= t - EPS : Math.abs(v - t) <= EPS;
      return sign * (v - t) >= -EPS;
  }
}

/** Whether v went beyond t (not merely reached it), the way `sign` says is better. */
function beyond(v: number, t: number, sign: 1 | -1 | 0): boolean {
  const tol = EPS * Math.max(1, Math.abs(t));
  return sign === 0 ? false : sign * (v - t) > tol;
}

/** Numeric measurement, or undefined when the case is not numeric on both sides. */
export function measure(c: GradeCase): Measurement | undefined {
  const t = c.target.number;
  const v = c.annualised?.value ?? c.actual?.number;
  if (t === undefined || v === undefined) return undefined;
  const b = c.baseline?.number;
  let sign: 1 | -1 | 0 = declaredSign(c.direction);
  if (c.target.bound) sign = c.target.bound === '以上' || c.target.bound === '超' ? 1 : -1;
  else if (b !== undefined && Math.abs(t - b) > EPS) sign = t > b ? 1 : -1;
  // A 維持 target at the baseline: holding or exceeding the level counts, unless less is better.
  const keepUp = c.direction !== 'decrease';
  const m: Measurement = { value: v, target: t, sign, met: meets(v, t, sign, c.target.bound, keepUp) };
  if (b !== undefined) {
    m.base = b;
    m.change = v - b;
    if (Math.abs(t - b) > EPS) m.rate = (v - b) / (t - b);
    const p = expectedPace(c.baseline?.fy, c.target.fy, c.fy);
    if (p !== undefined) m.pace = p;
  }
  return m;
}

// ---------------------------------------------------------------------------
// Reason fragments

function dateJa(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

function notesOf(c: GradeCase): Bilingual | undefined {
  const a = c.actual;
  const parts: Bilingual[] = [];
  if (a?.provisional) {
    parts.push({ ja: `${a.asOf ? `${dateJa(a.asOf)}時点` : '年度途中'}の暫定値で判定`, en: `graded on a provisional figure${a.asOf ? ` as of ${a.asOf}` : ''}` });
  }
  if (a?.qualifier) parts.push({ ja: `「${a.qualifier}」の値で判定`, en: `graded on a figure marked ${a.qualifier}` });
  if (c.annualised) {
    parts.push({
      ja: `単年度の値を${c.annualised.months}か月分から年間に換算`,
      en: `a single-year figure for ${c.annualised.months} months converted to a full year (${Math.round(c.annualised.value)})`,
    });
  }
  if (c.baseline?.origin) {
    parts.push({ ja: `累計のため、基準値がない代わりに${c.baseline.fy !== undefined ? `計画期間の前（${c.baseline.fy}年度末）の` : ''} 0 を起点とした`, en: `a cumulative count with no baseline is measured from zero${c.baseline.fy !== undefined ? ` at the end of FY${c.baseline.fy}` : ''}` });
  } else if (c.baseline?.substitute && c.baseline.fy !== undefined) {
    parts.push({ ja: `基準値がないため${c.baseline.fy}年度の値（${c.baseline.text}）を起点とした`, en: `no baseline, so FY${c.baseline.fy} (${c.baseline.text}) is the starting point` });
  }
  if (c.target.kind === 'relative') parts.push({ ja: `目標「${c.target.text}」を ${numberText(c.target.number ?? NaN, c.unit)} として判定`, en: `the relative target is taken as ${c.target.number}` });
  if (c.target.condition) parts.push({ ja: `目標の条件：${c.target.condition}`, en: `target condition: ${c.target.condition}` });
  if (!parts.length) return undefined;
  return { ja: parts.map((p) => p.ja).join('。'), en: parts.map((p) => p.en).join('; ') };
}

function withNotes(c: GradeCase, o: GradeOutcome): GradeOutcome {
  const note = notesOf(c);
  if (note) o.reason = { ja: `${o.reason.ja}（${note.ja}）`, en: `${o.reason.en} (${note.en})` };
  if (c.actual && (c.actual.provisional || c.actual.qualifier || c.annualised)) o.mark = '※';
  return o;
}

/** The actual as printed, with the full-year figure it was converted to. */
function valueText(c: GradeCase, v: number): string {
  if (c.annualised && c.actual?.number !== undefined) return `${numberText(c.actual.number, c.unit)}（年間換算 約${numberText(Math.round(v), c.unit)}）`;
  return numberText(Math.round(v * 100) / 100, c.unit);
}

function withScores(grades: Omit<GradeDef, 'score'>[]): GradeDef[] {
  return grades.map((g) => {
    const score = g.meaning ? MEANING_SCORE[g.meaning] : undefined;
    return score !== undefined ? { ...g, score } : { ...g };
  });
}

const E = (ja: string, en: string): GradeOutcome => ({ grade: 'E', meaning: 'not-evaluable', reason: { ja, en } });

// ---------------------------------------------------------------------------
// The default scale: 健康日本21 (第二次) 最終評価

export interface KenkoNippon21Options {
  /** A change smaller than this share of the baseline→target gap counts as unchanged (C). Default 0.05. */
  unchangedShare?: number;
  /** A change of at most this many points counts as unchanged (every indicator). */
  unchangedPoints?: number;
  /** For survey indicators only: a change of at most this many points counts as unchanged (福岡市: 3). */
  surveyPoints?: number;
}

const ONGOING = ['実施', '継続', '維持', '推進'];
const NOT_DONE = ['未実施', '検討'];

export function kenkoNippon21(opts: KenkoNippon21Options = {}): GradingScale {
  const share = opts.unchangedShare ?? 0.05;
  const grades: GradeDef[] = withScores([
    { code: 'A', label: { ja: '目標達成', en: 'target reached' }, meaning: 'achieved' },
    { code: 'B', label: { ja: '改善', en: 'improving' }, meaning: 'on-track' },
    { code: 'B*', label: { ja: '改善しているが目標達成が危ぶまれる', en: 'improving, target at risk' }, meaning: 'at-risk' },
    { code: 'C', label: { ja: '変わらない', en: 'unchanged' }, meaning: 'unchanged' },
    { code: 'D', label: { ja: '悪化', en: 'worse' }, meaning: 'worse' },
    { code: 'E', label: { ja: '評価困難', en: 'cannot be judged' }, meaning: 'not-evaluable' },
  ]);
  const bandText = () => {
    const ja = [`基準値から目標値までの差の ${share * 100}% 未満`];
    const en = [`under ${share * 100}% of the baseline-to-target gap`];
    if (opts.unchangedPoints !== undefined) { ja.push(`±${opts.unchangedPoints} ポイント以内`); en.push(`within ±${opts.unchangedPoints} points`); }
    if (opts.surveyPoints !== undefined) { ja.push(`調査による指標は ±${opts.surveyPoints} ポイント以内`); en.push(`survey indicators within ±${opts.surveyPoints} points`); }
    return { ja: ja.join('、または'), en: en.join(', or ') };
  };
  const explain: Bilingual[] = [
    { ja: '達成率 ＝（実績値 − 基準値）÷（目標値 − 基準値）。基準年度から目標年度までに経過した年数の割合を「期待される進み具合」とします。', en: 'Achievement rate = (actual − baseline) / (target − baseline). The share of the baseline-to-target years elapsed is the expected pace.' },
    { ja: 'A 目標達成：実績値が目標値に達した（減少を目指す指標は目標値以下になった）。', en: 'A target reached: the actual has reached the target (or fallen to it, for a decrease measure).' },
    { ja: 'B 改善：基準値より改善し、達成率が期待される進み具合以上（年度ごとの目標・見込量があるときは、その年度の値に達した）。', en: "B improving: better than the baseline and at or above the expected pace (or the year's interim target / planned amount)." },
    { ja: 'B* 改善しているが目標達成が危ぶまれる：改善しているが、達成率が期待される進み具合（基準値と目標値を結ぶ直線）を下回る。', en: 'B* improving but the target is at risk: better than the baseline but below the straight line from baseline to target.' },
    { ja: `C 変わらない：変化が${bandText().ja}。`, en: `C unchanged: the change is ${bandText().en}.` },
    { ja: 'D 悪化：基準値より悪くなった。', en: 'D worse: worse than the baseline.' },
    { ja: 'E 評価困難：その年度の実績がない、基準値も比べる値もない、または判定できない形の値。', en: 'E cannot be judged: no actual for the year, nothing to compare with, or a value that cannot be judged.' },
    { ja: '目標が「↗」など方向だけ、または数値目標がないときは、基準値より改善していれば B、変わらなければ C、悪化していれば D（達成の基準となる数値がないため A にはしません）。', en: 'A direction-only target (↗) or no numeric target: B if better than the baseline, C if unchanged, D if worse (never A: there is no number to reach).' },
    { ja: '「毎年増加」のような目標は前年度の値と比べます。「実施・継続・開設」などの状態の目標は記録された状態で判定します（目標の状態なら A、取組中なら B、期限前で未実施なら C、未実施のまま期限を過ぎたら D）。', en: 'A recurring target (毎年増加) is compared with the year before; a qualitative target (実施, 継続, 開設) is graded from the recorded state.' },
    { ja: '12月末時点などの暫定値や推計・見込みの値は ※ を付けて判定します。単年度の件数が年度途中の値のときは、経過した月数から年間に換算した値で判定します。', en: 'Provisional, estimated or forecast figures are graded with a ※ mark; a mid-year single-year count is converted to a full year by the months elapsed.' },
    { ja: '目標値が中間見直しで変わったときは、その年度に有効だった目標値で判定し、当初の目標値も示します。参考値は、その年度の実績として扱います。', en: "A revised target: each year is graded against the target in force that year, and the original is shown. 参考 values count as those years' actuals." },
  ];

  function unchangedBand(c: GradeCase, base?: number, target?: number): number {
    let b = 0;
    if (base !== undefined && target !== undefined && Math.abs(target - base) > EPS) b = Math.abs(target - base) * share;
    if (opts.unchangedPoints !== undefined) b = Math.max(b, opts.unchangedPoints);
    if (c.survey && opts.surveyPoints !== undefined) b = Math.max(b, opts.surveyPoints);
    return b;
  }

  function numeric(c: GradeCase): GradeOutcome {
    const m = measure(c)!;
    const u = c.unit;
    const vText = valueText(c, m.value);
    const tText = `${numberText(m.target, u)}${c.target.bound ?? ''}`;
    const out = (grade: string, meaning: Meaning, ja: string, en: string): GradeOutcome => ({
      grade,
      meaning,
      reason: { ja, en },
      ...(m.rate !== undefined ? { achievementRate: m.rate } : {}),
      ...(m.pace !== undefined ? { expectedPace: m.pace } : {}),
      gradedValue: m.value,
    });
    if (m.met) {
      const degree = beyond(m.value, m.target, m.sign) ? 'above' : 'as-planned';
      if (m.base !== undefined && Math.abs(m.base - m.target) <= EPS) return { ...out('A', 'achieved', `目標（${tText}）を維持した`, `kept the target of ${tText}`), degree };
      return { ...out('A', 'achieved', `実績値 ${vText} が目標値 ${tText} に達した`, `the actual ${vText} has reached the target ${tText}`), degree };
    }
    if (m.base === undefined) {
      if (c.interim?.number !== undefined) return interimOnly(c, m, out);
      return E(`実績値 ${vText} は目標値 ${tText} に達していないが、基準値も比べる前の値もないため、改善か悪化か判断できない`, `the actual ${vText} is short of the target ${tText}, and with no baseline or earlier value it cannot be told whether it improved`);
    }
    const bText = numberText(m.base, u);
    const bLabel = c.baseline?.origin ? '累計の起点' : c.baseline?.substitute ? `${c.baseline.fy}年度の値` : '基準値';
    if (m.rate === undefined) {
      return out('D', 'worse', `目標は基準値 ${bText} の維持だが、${vText} で維持できていない`, `the target is to keep the baseline ${bText}; ${vText} did not`);
    }
    const change = m.change ?? 0;
    const bw = unchangedBand(c, m.base, m.target);
    const rateJa = `達成率 ${pct(m.rate)}`;
    if (Math.abs(change) <= bw + EPS) {
      return out('C', 'unchanged', `${bLabel} ${bText} から ${vText} で、変わらない（${rateJa}${bw > 0 ? `、変化 ±${Math.round(bw * 100) / 100} 以内` : ''}）`, `from the baseline ${bText} to ${vText}: unchanged (rate ${pct(m.rate)})`);
    }
    if (m.rate < 0) return out('D', 'worse', `${bLabel} ${bText} から ${vText} へ悪化した（${rateJa}）`, `worse: from the baseline ${bText} to ${vText} (rate ${pct(m.rate)})`);
    const interim = c.interim?.number;
    if (interim !== undefined) {
      const what = c.interim!.source === 'planned' ? '見込量' : 'その年度の目標値';
      const whatEn = c.interim!.source === 'planned' ? 'planned amount' : "year's interim target";
      if (meets(m.value, interim, m.sign, c.interim!.bound, true)) {
        const degree = beyond(m.value, interim, m.sign) ? 'above' : 'as-planned';
        return { ...out('B', 'on-track', `改善し、${what} ${numberText(interim, u)} に達した（${rateJa}）`, `improving, and at the ${whatEn} ${interim} (rate ${pct(m.rate)})`), degree };
      }
      return out('B*', 'at-risk', `改善しているが、${what} ${numberText(interim, u)} に届かない（${rateJa}）`, `improving, but short of the ${whatEn} ${interim} (rate ${pct(m.rate)})`);
    }
    if (m.pace === undefined) {
      return out('B', 'improved', `${bLabel} ${bText} から ${vText} へ改善した（${rateJa}。目標年度が定まらないため進み具合は判定しない）`, `improved from ${bText} to ${vText} (rate ${pct(m.rate)}; no target year, so the pace is not judged)`);
    }
    if (m.rate + EPS >= m.pace) {
      return out('B', 'on-track', `${bLabel} ${bText} から ${vText} へ改善し、${rateJa} が期待される進み具合 ${pct(m.pace)} 以上`, `improving: rate ${pct(m.rate)} is at or above the expected pace ${pct(m.pace)}`);
    }
    return out('B*', 'at-risk', `${bLabel} ${bText} から ${vText} へ改善しているが、${rateJa} が期待される進み具合 ${pct(m.pace)} を下回り、目標達成が危ぶまれる`, `improving, but the rate ${pct(m.rate)} is below the expected pace ${pct(m.pace)}: the target is at risk`);
  }

  /** No baseline, but the plan gives this year's interim target or planned amount. */
  function interimOnly(c: GradeCase, m: Measurement, out: (g: string, mn: Meaning, ja: string, en: string) => GradeOutcome): GradeOutcome {
    const i = c.interim!;
    const what = i.source === 'planned' ? '見込量' : 'その年度の目標値';
    const ok = meets(m.value, i.number!, m.sign, i.bound, true);
    const v = valueText(c, m.value);
    const whatEn = i.source === 'planned' ? 'planned amount' : 'interim target';
    if (ok) return { ...out('B', 'on-track', `実績値 ${v} が${what} ${i.text} に達した`, `the actual ${v} has reached this year's ${whatEn} ${i.text}`), degree: beyond(m.value, i.number!, m.sign) ? 'above' : 'as-planned' };
    // B* says "improving": with no baseline nobody can tell, so the grade does not say it.
    return E(`実績値 ${v} は${what} ${i.text} に届かないが、基準値も比べる前の値もないため、改善か悪化か判断できない`, `the actual ${v} is short of this year's ${whatEn} ${i.text}, and with no baseline it cannot be told whether it improved`);
  }

  /** No target value, but the plan gives this year's planned amount (見込量) or interim target: graded against it. */
  function againstInterim(c: GradeCase): GradeOutcome {
    const i = c.interim!;
    const v = c.annualised?.value ?? c.actual!.number!;
    const sign: 1 | -1 | 0 = declaredSign(c.direction) || 1;
    const what = i.source === 'planned' ? '見込量' : 'その年度の目標値';
    const whatEn = i.source === 'planned' ? 'planned amount' : 'interim target';
    const vText = valueText(c, v);
    const iText = numberText(i.number!, c.unit);
    const o = (grade: string, meaning: Meaning, ja: string, en: string, degree?: GradeOutcome['degree']): GradeOutcome => ({ grade, meaning, reason: { ja, en }, gradedValue: v, ...(degree ? { degree } : {}) });
    if (meets(v, i.number!, sign, i.bound, true)) {
      return o('B', 'on-track', `目標値がないため${what}で判定：実績値 ${vText} が${what} ${iText} に達した`, `no target value; graded on the ${whatEn}: ${vText} reached ${iText}`, beyond(v, i.number!, sign) ? 'above' : 'as-planned');
    }
    const b = c.baseline?.number;
    if (b === undefined) {
      return E(`目標値がなく、実績値 ${vText} は${what} ${iText} に届かないが、基準値がないため改善か悪化か判断できない`, `no target value; ${vText} is short of the ${whatEn} ${iText}, and with no baseline it cannot be told whether it improved`);
    }
    const change = v - b;
    const bw = Math.max(Math.abs(b) * 0.01, opts.unchangedPoints ?? 0, c.survey ? (opts.surveyPoints ?? 0) : 0);
    const from = `基準値 ${numberText(b, c.unit)} から ${vText}`;
    if (Math.abs(change) <= bw) return o('C', 'unchanged', `目標値がないため${what}で判定：${what} ${iText} に届かず、${from}で変わらない`, `no target value; short of the ${whatEn} ${iText} and unchanged from ${b}`);
    if (Math.sign(change) === sign) return o('B*', 'at-risk', `目標値がないため${what}で判定：${from}へ改善しているが、${what} ${iText} に届かない`, `no target value; improving from ${b} but short of the ${whatEn} ${iText}`);
    return o('D', 'worse', `目標値がないため${what}で判定：${what} ${iText} に届かず、${from}へ悪化した`, `no target value; short of the ${whatEn} ${iText} and worse than ${b}`);
  }

  function trend(c: GradeCase, symbol: string, against: 'baseline' | 'previous'): GradeOutcome {
    const v = c.annualised?.value ?? c.actual?.number;
    const ref = against === 'previous' ? c.previous : c.baseline;
    const b = ref?.number;
    const sym = symbol === '↗' ? 1 : symbol === '↘' ? -1 : 0;
    const refJa = against === 'previous' ? `前年度（${ref?.fy ?? ''}年度）` : '基準値';
    if (v === undefined || b === undefined) {
      return E(`目標が「${c.target.text}」で、${v === undefined ? '実績が数値でない' : `比べる${against === 'previous' ? '前年度の値' : '基準値'}がない`}ため判定できない`, `the target is ${c.target.text}, and ${v === undefined ? 'the actual is not a number' : `there is no ${against === 'previous' ? 'previous year' : 'baseline'} to compare with`}`);
    }
    const u = c.unit;
    const change = v - b;
    const bw = Math.max(Math.abs(b) * 0.01, opts.unchangedPoints ?? 0, c.survey ? (opts.surveyPoints ?? 0) : 0);
    const from = `${refJa} ${numberText(b, u)} から ${valueText(c, v)}`;
    const fromEn = `from ${b} to ${Math.round(v * 100) / 100}`;
    const o = (grade: string, meaning: Meaning, ja: string, en: string): GradeOutcome => ({ grade, meaning, reason: { ja, en }, gradedValue: v });
    const recurring = against === 'previous';
    if (Math.abs(change) <= bw) {
      if (sym === 0) return { ...o('A', 'achieved', `${from}で、目標（${c.target.text}）どおり維持した`, `${fromEn}: kept, as the target asks`), degree: 'as-planned' };
      return o('C', 'unchanged', `${from}で変わらない（目標：${c.target.text}）`, `${fromEn}: unchanged (target: ${c.target.text})`);
    }
    if (sym === 0) return o('D', 'worse', `${from}で、目標（${c.target.text}）の水準から外れた`, `${fromEn}: not kept (target ${c.target.text})`);
    if (Math.sign(change) === sym) {
      if (recurring) return { ...o('A', 'achieved', `${from}へ、目標（${c.target.text}）どおり変化した`, `${fromEn}: as the recurring target asks`), degree: 'as-planned' };
      return o('B', 'improved', `${from}へ目標の方向（${c.target.text}）に改善した（数値目標がないため A とはしない）`, `${fromEn}: improved in the target direction (no number to reach, so not A)`);
    }
    return o('D', 'worse', `${from}へ、目標（${c.target.text}）と逆に悪化した`, `${fromEn}: moved against the target (${c.target.text})`);
  }

  function qualitative(c: GradeCase, t: CaseValue, final: boolean): GradeOutcome {
    const want = t.state ?? '';
    const a = c.actual!;
    const due = t.kind === 'milestone' ? t.dueFy : t.fy;
    // 維持 of a numeric baseline (街頭巡回 年間680回 → 維持): keep the level.
    if (want === '維持' && a.number !== undefined && c.baseline?.number !== undefined) {
      const v = c.annualised?.value ?? a.number;
      const b = c.baseline.number;
      if (v + EPS >= b) return { grade: 'A', meaning: 'achieved', reason: { ja: `基準値 ${c.baseline.text} の水準を維持した（${a.text}）`, en: `kept the baseline level ${c.baseline.text} (${a.text})` }, gradedValue: v, degree: v > b + EPS ? 'above' : 'as-planned' };
      return { grade: 'D', meaning: 'worse', reason: { ja: `基準値 ${c.baseline.text} の水準を下回った（${a.text}）`, en: `fell below the baseline level ${c.baseline.text} (${a.text})` }, gradedValue: v };
    }
    const got = a.state;
    if (got === undefined) {
      return E(`目標は「${t.text}」だが、実績が状態として記録されていない（${a.text}）`, `the target is a state (${t.text}) but the actual is not recorded as one (${a.text})`);
    }
    const planned = final ? '目標' : c.interim?.source === 'planned' ? '見込み' : 'その年度の予定';
    if (got === want || (ONGOING.includes(got) && ONGOING.includes(want))) {
      if (!final) return { grade: 'B', meaning: 'on-track', reason: { ja: `${planned}「${t.text}」どおり「${got}」と記録されている`, en: `recorded as ${got}, as planned for the year (${want})` }, degree: 'as-planned' };
      return { grade: 'A', meaning: 'achieved', reason: { ja: `目標「${t.text}」に対し「${got}」と記録されている`, en: `the target is ${want}; recorded as ${got}` }, degree: 'as-planned' };
    }
    if (!NOT_DONE.includes(got)) {
      return { grade: 'B', meaning: 'improved', reason: { ja: `${planned}「${t.text}」に向けて「${got}」と記録されている（取組中）`, en: `recorded as ${got}, under way towards ${want}` } };
    }
    // Not done: an ongoing target is missed every year it is not done; a one-off once its due year has come.
    const dueText = due !== undefined ? `${due}年度` : '';
    if (ONGOING.includes(want) || (due !== undefined && c.fy >= due)) {
      const late = !ONGOING.includes(want) && due !== undefined;
      return { grade: 'D', meaning: 'worse', reason: { ja: `${planned}「${t.text}」に対し「${got}」${late ? `のまま期限（${dueText}）に至った` : 'と記録されている'}`, en: `the target is ${want}; recorded as ${got}${late ? ` at the due year FY${due}` : ''}` } };
    }
    return { grade: 'C', meaning: 'unchanged', reason: { ja: `${planned}「${t.text}」に対し「${got}」（期限${dueText ? ` ${dueText}` : ''}の前）`, en: `the target is ${want}; still ${got}, before the due year${due !== undefined ? ` FY${due}` : ''}` } };
  }

  function grade(c: GradeCase): GradeOutcome {
    try {
      const a = c.actual;
      if (!a) return E(`${c.fy}年度の実績が記録されていない`, `no actual recorded for FY${c.fy}`);
      if (a.kind === 'missing' || a.kind === 'absent') return E(`${c.fy}年度の実績が空欄（${a.text}）`, `the FY${c.fy} actual is blank (${a.text})`);
      if (!['quantity', 'frequency', 'state', 'milestone', 'relative'].includes(a.kind)) {
        return E(`${c.fy}年度の実績（${a.text}）は判定できない形の値`, `the FY${c.fy} actual (${a.text}) is a kind of value that cannot be judged`);
      }
      const t = c.target;
      let o: GradeOutcome;
      const interimState = c.interim && (c.interim.kind === 'state' || c.interim.kind === 'milestone') ? c.interim : undefined;
      if (t.kind === 'state' || t.kind === 'milestone') {
        const final = interimState === undefined || (t.fy !== undefined && c.fy >= t.fy);
        o = qualitative(c, final ? t : interimState!, final);
      } else if (interimState) o = qualitative(c, interimState, false);
      else if (t.kind === 'direction') o = trend(c, t.text, 'baseline');
      else if (t.kind === 'recurring') o = trend(c, t.recurring === 'decrease' ? '↘' : t.recurring === 'maintain' ? '→' : '↗', 'previous');
      else if ((t.kind === 'missing' || t.kind === 'absent') && c.interim?.number !== undefined && a.number !== undefined) o = againstInterim(c);
      else if (t.kind === 'missing' || t.kind === 'absent') {
        const sym = c.direction === 'decrease' ? '↘' : c.direction === 'maintain' ? '→' : c.direction === 'increase' ? '↗' : '';
        if (!sym) o = E(`数値目標も目指す方向も記載がないため判定できない（目標：${t.text}）`, `neither a target value nor a direction is stated (target: ${t.text})`);
        else {
          o = trend(c, sym, 'baseline');
          const why = t.kind === 'absent' ? `数値目標を設定しない指標${t.absentReason ? `（${t.absentReason}）` : ''}` : '目標値が空欄';
          if (o.grade !== 'E') o.reason = { ja: `${why}のため、目指す方向（${sym}）で判定：${o.reason.ja}`, en: `no target value, graded by direction ${sym}: ${o.reason.en}` };
        }
      } else if (t.kind === 'quantity' || t.kind === 'frequency' || t.kind === 'relative') {
        if (t.number === undefined) o = E(`目標値（${t.text}）から数値を求められない`, `no figure can be computed from the target (${t.text})`);
        else if (a.number === undefined) o = E(`目標は数値（${t.text}）だが、実績（${a.text}）は数値でない`, `the target is a number (${t.text}) but the actual (${a.text}) is not`);
        else o = numeric(c);
      } else o = E(`目標値（${t.text}）は判定できない形の値`, `the target (${t.text}) is a kind of value that cannot be judged`);
      return o.grade === 'E' ? o : withNotes(c, o);
    } catch (err) {
      return E('判定中に想定外の値があったため判定できない', `could not be judged (${err instanceof Error ? err.message.slice(0, 80) : 'unexpected value'})`);
    }
  }

  const meaningOf = (code: string) => grades.find((g) => g.code === code)?.meaning;
  return { id: 'kenko-nippon-21', name: { ja: '健康日本21（第二次）方式', en: 'Health Japan 21 (2nd) method' }, grades, explain, grade, meaningOf };
}

// ---------------------------------------------------------------------------
// A plan's own scale (Plan.grading): levels with what each means.

type GradingScaleDecl = NonNullable<Plan['grading']>[number];
/**
 * A level of the plan's scale as grading reads it: its printed label (the mark
 * where the document prints none) and every meaning it carries (b = 改善 or
 * 現状維持 stands for both; issue 17). `meaning` is the first.
 */
interface DeclaredLevel {
  mark: string;
  label: string;
  meaning?: Meaning;
  meanings: Meaning[];
  criterion?: string;
}
function readLevel(l: GradingScaleDecl['levels'][number]): DeclaredLevel {
  const meanings = levelMeanings(l);
  return { mark: l.mark, label: statedText(l.label) ?? l.mark, meanings, ...(meanings[0] ? { meaning: meanings[0] } : {}), ...(l.criterion ? { criterion: l.criterion } : {}) };
}

/**
 * Where a computed meaning the scale lacks falls (a/b/c scales fold at-risk
 * and unchanged together). "Not evaluable" falls nowhere: a scale without
 * such a level gets 評価困難 added, never its 比較不能 level, which says a
 * law or a definition changed (nothing keikaku can know from the data).
 */
const FALLBACK: Record<Meaning, Meaning[]> = {
  achieved: ['achieved', 'on-track', 'improved'],
  'on-track': ['on-track', 'improved', 'achieved'],
  improved: ['improved', 'on-track', 'at-risk'],
  'at-risk': ['at-risk', 'improved', 'unchanged'],
  unchanged: ['unchanged', 'at-risk', 'worse'],
  worse: ['worse', 'unchanged'],
  'not-comparable': ['not-comparable'],
  'not-evaluable': ['not-evaluable'],
};

/** What a level's own wording says about its degree: beyond the target (上回って) or as planned (目標どおり). */
export function levelDegree(l: Pick<DeclaredLevel, 'label' | 'criterion'>): 'above' | 'as-planned' | undefined {
  const words = `${l.label} ${l.criterion ?? ''}`;
  if (/上回|超え|超過|以上の成果/.test(words)) return 'above';
  if (/どおり|通り|予定|計画/.test(words)) return 'as-planned';
  return undefined;
}

type LevelChoice = { level: DeclaredLevel } | { undecided: DeclaredLevel[] };

/**
 * The plan's level for a computed outcome. One level of the meaning: that
 * one. Several (当初の目標を上回って達成 and 目標どおり達成 both mean achieved):
 * the one whose wording matches the outcome's degree; when the wording does
 * not decide, no level is chosen.
 */
export function chooseLevel(levels: readonly DeclaredLevel[], o: Pick<GradeOutcome, 'meaning' | 'degree'>): LevelChoice | undefined {
  for (const f of FALLBACK[o.meaning ?? 'not-evaluable']) {
    const candidates = levels.filter((x) => x.meanings.includes(f));
    if (candidates.length === 0) continue;
    if (candidates.length === 1) return { level: candidates[0]! };
    if (o.degree) {
      const same = candidates.filter((l) => levelDegree(l) === o.degree);
      if (same.length === 1) return { level: same[0]! };
      // "as planned" is the level that does not claim more than the target.
      if (o.degree === 'as-planned' && same.length === 0) {
        const plain = candidates.filter((l) => levelDegree(l) !== 'above');
        if (plain.length === 1) return { level: plain[0]! };
      }
    }
    return { undecided: candidates };
  }
  return undefined;
}

/** Grades by meaning with 健康日本21's rules and prints the plan's own marks and wording. */
export function declaredScale(decl: GradingScaleDecl): GradingScale {
  const levels = decl.levels.map(readLevel);
  const opts: KenkoNippon21Options = {};
  if (decl.band) {
    if (decl.band.appliesTo && /調査|アンケート|意識/.test(decl.band.appliesTo)) opts.surveyPoints = decl.band.points;
    else opts.unchangedPoints = decl.band.points;
  }
  const base = kenkoNippon21(opts);
  // The plan's own word for "cannot be evaluated", else 評価困難 (a 比較不能 level is not it).
  const none: DeclaredLevel = levels.find((l) => l.meanings.includes('not-evaluable')) ?? { mark: 'E', label: '評価困難', meaning: 'not-evaluable', meanings: ['not-evaluable'] };
  const hasNone = levels.includes(none);
  const grades: GradeDef[] = withScores([...levels, ...(hasNone ? [] : [none])].map((l) => ({ code: l.mark, label: { ja: l.label, en: l.meanings.join(' / ') || l.mark }, ...(l.meaning ? { meaning: l.meaning } : {}) })));
  const name = decl.name ?? decl.id;
  return {
    id: decl.id,
    name: { ja: name, en: `the plan's own scale (${decl.id})` },
    grades,
    explain: [
      { ja: `この計画が定める評価区分「${name}」${decl.source ? `（${decl.source}）` : ''}で判定します。`, en: `Graded on the plan's own scale "${name}".` },
      ...levels.map((l) => ({ ja: `${l.mark}：${l.label}${l.criterion ? `（${l.criterion}）` : ''}`, en: `${l.mark}: ${l.meanings.join(' / ')}${l.criterion ? ` (${l.criterion})` : ''}` })),
      ...(hasNone ? [] : [{ ja: `${none.mark}：${none.label}（実績が記録されていないなど、データから判定できないもの。この区分は計画の評価区分にはなく、keikaku が加えたものです）`, en: `${none.mark}: cannot be evaluated from the data (added by keikaku; the plan's scale has no such level)` }]),
      ...(decl.band
        ? [
            decl.band.bound === '未満'
              ? { ja: `±${decl.band.points} ポイント未満の変化は「変わらない」とします${decl.band.appliesTo ? `（${decl.band.appliesTo}）` : ''}。`, en: `A change of less than ±${decl.band.points} points counts as unchanged.` }
              : { ja: `±${decl.band.points} ポイント以内の変化は「変わらない」とします${decl.band.appliesTo ? `（${decl.band.appliesTo}）` : ''}。`, en: `A change within ±${decl.band.points} points counts as unchanged.` },
          ]
        : []),
      ...base.explain.slice(0, 1),
      ...base.explain.slice(7),
    ],
    grade(c) {
      const o = base.grade(c);
      const choice = o.meaning === 'not-evaluable' ? { level: none } : chooseLevel(levels, o) ?? { level: none };
      if ('undecided' in choice) {
        const list = choice.undecided.map((l) => `「${l.mark} ${l.label}」`).join('と');
        return {
          ...o,
          grade: none.mark,
          meaning: 'not-evaluable',
          undecided: { meaning: o.meaning ?? 'not-evaluable', candidates: choice.undecided.map((l) => l.mark) },
          reason: {
            ja: `この計画の評価区分では${list}のどちらにあたるかを決める定めがないため、計算による評価は示さない（データ：${o.reason.ja}）`,
            en: `the plan's scale does not say which of ${choice.undecided.map((l) => l.mark).join(' / ')} applies, so no computed grade is given (data: ${o.reason.en})`,
          },
        };
      }
      const l = choice.level;
      // A level with several meanings stands for the computed one (b = 改善 or 現状維持).
      const meaning = o.meaning && l.meanings.includes(o.meaning) ? o.meaning : l.meaning;
      return { ...o, grade: l.mark, ...(meaning ? { meaning } : {}), reason: { ja: `${l.label}：${o.reason.ja}`, en: `${meaning ?? l.mark}: ${o.reason.en}` } };
    },
    meaningOf: (code) => grades.find((g) => g.code === code)?.meaning,
  };
}

/** Every scale the plan declares (Plan.grading), each as a GradingScale: the city's grades may be on any of them. */
export function planScales(plan: Pick<Plan, 'grading'>): GradingScale[] {
  return (plan.grading ?? []).map(declaredScale);
}

/** The scale to grade a plan's indicators with: the first it declares for indicators (schema's declaredScales), else 健康日本21. */
export function scaleFromPlan(plan: Pick<Plan, 'grading'>): GradingScale {
  // An assessment scale (事業の妥当性 優る〜劣る) is not about achievement: it never grades indicators.
  const first = declaredScales(plan, 'indicator').find((s) => s.kind !== 'assessment' && s.levels.some((l) => levelMeanings(l).length > 0));
  return first ? declaredScale(first) : kenkoNippon21();
}
