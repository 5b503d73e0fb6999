/** @keikaku/diff: what changed between two revisions of the plans, in plan terms. */
export type { Change, ChangeKind, Coverage, DiffResult, IndicatorField, NodeLevel, ObservationField, PlanDiff, PlanSnapshot } from './model.js';
export { diffPlan, uncovered, canonical, yearText } from './diff.js';
export { diffRevisions, checkProblems, type DiffOptions } from './run.js';
export { readSnapshots, changedPlanIds, planChangesets, planIdsAt, resolveRevision, isRevision, type Side, type PlanChangeset } from './git.js';
export { markdown, text, json, row, type Row } from './format.js';
