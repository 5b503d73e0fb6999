/**
 * The shapes of a plan diff: what each side holds (a snapshot read from one
 * revision) and each change in plan terms. Pure data; the formatters and the
 * CLI read it, the JSON format prints it as is.
 */
import type { Finding } from '@keikaku/core';
import type { Plan, Progress } from '@keikaku/schema';

/** One plan as one revision holds it, read statically (never run). */
export interface PlanSnapshot {
  id: string;
  /** Set when the reader and Zod accepted the plan module. */
  plan?: Plan;
  /** Progress modules Zod accepted, by the year in their file name. */
  progress: { fy: number; progress: Progress }[];
  /** Why the plan or a progress module could not be read (reader and schema findings, errors only). */
  findings: Finding[];
}

export type ObservationField = 'baseline' | 'target';
export type IndicatorField = ObservationField | 'unit' | 'direction' | 'other';
export type NodeLevel = 'goal' | 'policy' | 'approach' | 'initiative';

/**
 * Whether a target or baseline change is recorded as a revision (the
 * indicator's `revisions`, whose `previous` keeps what was replaced):
 * covered, missing, or not needed (the figure was not stated before).
 */
export type Coverage = { status: 'covered'; by: string } | { status: 'missing' } | { status: 'not-needed' };

export type Change =
  | { kind: 'indicator-added' | 'indicator-removed'; indicator: string; name: string; where: string }
  | { kind: 'indicator-renamed'; indicator: string; before: string; after: string }
  | { kind: 'indicator-moved'; indicator: string; name: string; before: string; after: string }
  | {
      kind: 'indicator-changed';
      indicator: string;
      name: string;
      field: IndicatorField;
      /** For baseline and target: which of value and year changed (other: only a qualifier, note …). */
      parts?: ('value' | 'year' | 'other')[];
      before: string;
      after: string;
      /** For baseline and target only. */
      coverage?: Coverage;
    }
  | { kind: 'node-added' | 'node-removed'; level: NodeLevel; id: string; title: string; where: string }
  | { kind: 'node-moved'; level: NodeLevel; id: string; title: string; before: string; after: string }
  | { kind: 'node-renamed'; level: NodeLevel; id: string; before: string; after: string }
  | { kind: 'node-changed'; level: NodeLevel; id: string; title: string; keys: string[] }
  | { kind: 'plan-changed'; key: string; before: string; after: string }
  | { kind: 'actual-added' | 'actual-removed'; fy: number; indicator: string; name: string; value: string }
  | { kind: 'actual-changed'; fy: number; indicator: string; name: string; before: string; after: string }
  | { kind: 'progress-changed'; fy: number; keys: string[] }
  | { kind: 'revision-added'; indicator: string; name: string; fy: string; label: string; reason?: string };

export type ChangeKind = Change['kind'];

export interface PlanDiff {
  id: string;
  /** The plan's title (the head's, else the base's), or its id when neither states one. */
  title: string;
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  changes: Change[];
  /** Modules that could not be read at either revision: the diff of that side is incomplete. */
  unreadable: { side: 'base' | 'head'; file: string; line: number; column: number; message: Finding['message'] }[];
  /**
   * Whether a changeset (改訂履歴) names this plan: a .changeset/*.md added
   * since the base, or the plan's CHANGELOG.md changed. undefined when not asked.
   */
  changeset?: { present: boolean; kinds: string[]; problems?: { file: string; ja: string; en: string }[] };
}

export interface DiffResult {
  base: string;
  head: string;
  plans: PlanDiff[];
}
