/**
 * Types of the pure evaluation (no rendering, no I/O). One evaluation holds,
 * for a plan and a fiscal year, every indicator part's series of values, its
 * achievement rate and expected pace, and a grade with the reason in words.
 */
import type { Bilingual } from '@keikaku/core';

/** The default scheme's grades (健康日本21 第二次 最終評価). A plan's own scale may use other codes. */
export type DefaultGrade = 'A' | 'B' | 'B*' | 'C' | 'D' | 'E';
export type GradeCode = DefaultGrade | (string & {});

/** Where a value in a series comes from. */
export type PointSource = 'baseline' | 'reference' | 'actual';

/** One value of a part at a fiscal year, as numbers where it is one. */
export interface SeriesPoint {
  fy: number;
  source: PointSource;
  /** The number, when the value is a quantity (or a frequency, as occurrences per year). */
  number?: number;
  /** The value as a reviewer reads it: 97.75%, 実施, 年1回以上, ―. */
  text: string;
  /** The value kind (schema valueKind, or 'unknown'). */
  kind: string;
  provisional: boolean;
  /** ISO date the figure was taken (provisional figures). */
  asOf?: string;
  printed?: string;
  note?: string;
  /** The city's own recorded grade for this year, if the progress file gives one. */
  cityGrade?: string;
  /** 推計, 見込み, 暫定 … as the document marks the figure. */
  qualifier?: string;
}

export interface TargetView {
  fy?: number;
  /** Printed year when it is not a number (令和〇年度) or not stated. */
  fyText: string;
  number?: number;
  text: string;
  kind: string;
  /** 以上 / 以下 / 超 / 未満 when the target is a bound. */
  bound?: string;
  condition?: string;
}

export interface GradeOutcome {
  grade: GradeCode;
  /** What the grade means (achieved, on-track, improved, at-risk, unchanged, worse, not-comparable, not-evaluable). */
  meaning?: string;
  /** Shown after the grade: ※ for a provisional or estimated value. */
  mark?: string;
  reason: Bilingual;
  /** (実績−基準)/(目標−基準), when it can be computed. */
  achievementRate?: number;
  /** Share of the way from the baseline year to the target year that has elapsed. */
  expectedPace?: number;
  /** The number graded (an annualised estimate for a mid-year single-year count). */
  gradedValue?: number;
}

/** Open SDG (Statistics Canada) growth-rate method, where two or more numeric years exist. */
export interface GrowthStatus {
  status: 'target_achieved' | 'substantial_progress' | 'moderate_progress' | 'limited_progress' | 'deterioration';
  cagr: number;
  requiredCagr?: number;
  ratio: number;
  label: Bilingual;
}

export interface YearGrade extends GradeOutcome {
  fy: number;
  actual?: SeriesPoint;
  /** The city's own grade that year (its mark and reason), and whether it differs from the computed one. */
  cityGrade?: string;
  cityReason?: string;
  cityDiffers?: boolean;
  /** That year's interim target or planned amount (見込量), when the plan gives one. */
  interim?: { source: 'series' | 'planned'; text: string; number?: number };
  /** The target in force that year (a later revision may have changed it). */
  target: TargetView;
}

export interface PartEvaluation {
  /** Part name (composite values); undefined for a whole indicator. */
  part?: string;
  unit: string;
  baseline: { fy?: number; fyText: string; number?: number; text: string; kind: string };
  /** Every value known up to and including the report year, oldest first. */
  series: SeriesPoint[];
  /** The grade for the report year. */
  result: YearGrade;
  /** Grades for every year from the baseline year to the report year that has a value. */
  years: YearGrade[];
  growth?: GrowthStatus;
}

export interface IndicatorEvaluation {
  id: string;
  name: string;
  category?: string;
  unit: string;
  direction: string;
  measure?: string;
  source?: string;
  departments: string[];
  notes: string[];
  /** Plan path, for locating findings. */
  path: (string | number)[];
  target: TargetView;
  /** The first target a revision replaced (当初計画), shown beside the one in force. */
  originalTarget?: TargetView & { label: string; revisedFy?: number; name?: string };
  parts: PartEvaluation[];
  /** 進捗・取組状況 items the progress file attaches to this indicator. */
  narratives: NarrativeView[];
}

export type GradeCounts = Record<string, number>;

export interface NodeEvaluation {
  /** 'plan' is the plan's own indicators (plan.indicators), shown before the goals. */
  level: 'plan' | 'goal' | 'policy' | 'approach';
  id: string;
  no: string;
  title: string;
  description: string[];
  departments: string[];
  indicators: IndicatorEvaluation[];
  initiatives: InitiativeView[];
  narratives: NarrativeView[];
  children: NodeEvaluation[];
  /** Counts per grade of every indicator part at and under this node. */
  counts: GradeCounts;
  /** The level deliberately sets no numeric indicators (数値目標は設定しない), with its reason. */
  noIndicators?: string;
  /** Indicator frames the document prints with no name (empty rows of an evaluation sheet), as text. */
  unnamedIndicators?: string[];
}

export interface InitiativeView {
  id: string;
  no?: string;
  title: string;
  content?: string;
  owner?: string;
  departments: string[];
  markers: string[];
  status?: string;
  statusNote?: string;
}

export interface NarrativeView {
  node: string;
  heading: string;
  items: string[];
}

export interface PlanEvaluation {
  planId: string;
  fy: number;
  scale: { id: string; name: Bilingual; grades: { code: string; label: Bilingual }[]; explain: Bilingual[] };
  /** True when the plan has a progress file for the report year. */
  hasProgress: boolean;
  goals: NodeEvaluation[];
  counts: GradeCounts;
  /** Average score (A=5, B/B*=4, C=3, D=2; E left out), as 健康日本21 rolls up. */
  score?: number;
  /** Narratives whose node is not found in the plan. */
  orphanNarratives: NarrativeView[];
}
