/** Every lint rule, one per file. The order is the order they run in (and the order of their findings before sorting). */
import { CHECK_RULES, type AnyRule } from '@keikaku/core';
import actualsPastTarget from './actuals-past-target.js';
import articleWithoutNumber from './article-without-number.js';
import baselineAfterPlanStart from './baseline-after-plan-start.js';
import baselineForecast from './baseline-forecast.js';
import baselineMissing from './baseline-missing.js';
import encompassedCoverage from './encompassed-coverage.js';
import eraAbbreviation from './era-abbreviation.js';
import eraGannen from './era-gannen.js';
import eraPair from './era-pair.js';
import eraYearPastEnd from './era-year-past-end.js';
import fullwidthDigits from './fullwidth-digits.js';
import garbledCharacter from './garbled-character.js';
import invalidConfig from './invalid-config.js';
import invalidSuppression from './invalid-suppression.js';
import missingTarget from './missing-target.js';
import mixedBaselineYears from './mixed-baseline-years.js';
import mixedComma from './mixed-comma.js';
import mixedYearKinds from './mixed-year-kinds.js';
import nameNotAMeasure from './name-not-a-measure.js';
import nameUnitMismatch from './name-unit-mismatch.js';
import nodeWithoutIndicator from './node-without-indicator.js';
import notationVariant from './notation-variant.js';
import numberSpacing from './number-spacing.js';
import placeholder from './placeholder.js';
import planPeriodEnded from './plan-period-ended.js';
import planWithoutIndicators from './plan-without-indicators.js';
import progressRestatesBaseline from './progress-restates-baseline.js';
import provisionalName from './provisional-name.js';
import restatementMismatch from './restatement-mismatch.js';
import revisionWithoutReason from './revision-without-reason.js';
import sameFigureDifferentUnit from './same-figure-different-unit.js';
import statutoryItems from './statutory-items.js';
import targetDirection from './target-direction.js';
import targetSeries from './target-series.js';
import targetYearPast from './target-year-past.js';
import targetYearNotAfterBaseline from './target-year-not-after-baseline.js';
import titleTrailingPunctuation from './title-trailing-punctuation.js';
import unitMismatch from './unit-mismatch.js';
import unitWithoutNumber from './unit-without-number.js';
import unusedSuppression from './unused-suppression.js';
import yearOutsidePeriod from './year-outside-period.js';
import yearWithoutEra from './year-without-era.js';
import zeroBaseline from './zero-baseline.js';
import emptyFrame from './empty-frame.js';
import gradeCriterionMissing from './grade-criterion-missing.js';
import gradingBandUnit from './grading-band-unit.js';
import progressWithoutActual from './progress-without-actual.js';
import measureConflict from './measure-conflict.js';
import targetFarFromActuals from './target-far-from-actuals.js';
import actualJump from './actual-jump.js';
import partyCount from './party-count.js';
import measureNameMismatch from './measure-name-mismatch.js';
import definitionAmbiguous from './definition-ambiguous.js';
import evaluationWithoutResult from './evaluation-without-result.js';
import encoderRemarkInText from './encoder-remark-in-text.js';

/** keikaku's own rules that look at the plan (run by core's rule engine with core's checks). */
export const PLAN_RULES: readonly AnyRule[] = [
  placeholder,
  unitWithoutNumber,
  articleWithoutNumber,
  missingTarget,
  nodeWithoutIndicator,
  planWithoutIndicators,
  targetYearNotAfterBaseline,
  baselineAfterPlanStart,
  baselineMissing,
  mixedBaselineYears,
  restatementMismatch,
  sameFigureDifferentUnit,
  progressRestatesBaseline,
  unitMismatch,
  zeroBaseline,
  eraPair,
  eraGannen,
  eraYearPastEnd,
  eraAbbreviation,
  yearOutsidePeriod,
  planPeriodEnded,
  targetDirection,
  actualsPastTarget,
  revisionWithoutReason,
  targetSeries,
  encompassedCoverage,
  statutoryItems,
  fullwidthDigits,
  numberSpacing,
  nameUnitMismatch,
  titleTrailingPunctuation,
  garbledCharacter,
  notationVariant,
  mixedComma,
  mixedYearKinds,
  nameNotAMeasure,
  yearWithoutEra,
  provisionalName,
  baselineForecast,
  targetYearPast,
  emptyFrame,
  gradeCriterionMissing,
  gradingBandUnit,
  progressWithoutActual,
  measureConflict,
  targetFarFromActuals,
  actualJump,
  partyCount,
  measureNameMismatch,
  definitionAmbiguous,
  evaluationWithoutResult,
  encoderRemarkInText,
];

/** Rules whose findings lint's engine itself raises (configuration and suppressions); they listen to nothing. */
export const ENGINE_RULES: readonly AnyRule[] = [invalidConfig, invalidSuppression, unusedSuppression];

/** The judgements check runs (core's CHECK_RULES) first, then keikaku's lint rules, then the engine's. */
export const ALL_RULES: readonly AnyRule[] = [...CHECK_RULES, ...PLAN_RULES, ...ENGINE_RULES];

export const RULES_BY_ID: ReadonlyMap<string, AnyRule> = new Map(ALL_RULES.map((r) => [r.meta.id, r]));
