/**
 * CONTRACT (shared by core, lint, cli): the shape of a rule-shaped check, as
 * typescript-eslint's createRule. The judgements `check` runs (target before
 * baseline, % outside 0–100, …) live in core/src/checks/ as such rules; lint's
 * own rules use the same createRule, and lint's engine adds profiles, config,
 * suppressions and fixes on top of runRules.
 */
import type { Plan, Progress } from '@keikaku/schema';
import type { Bilingual, Severity, TextEdit } from './finding.js';
import type { MessageData, Messages } from './messages.js';
import type { PlanPath, Range, SourceMap } from './source-map.js';

export interface RuleMeta<M extends Messages> {
  /** kebab-case, equal to the file name. */
  id: string;
  defaultSeverity: Severity;
  description: Bilingual;
  /** True when the rule attaches certain, safe text edits. */
  fixable?: boolean;
  /** Repository-relative path of the rule's docs, e.g. packages/lint/docs/rules/<id>.md. */
  docs?: string;
  messages: M;
}

export interface ProgressInput {
  fy: number;
  progress: Progress;
  source: SourceMap;
}

export interface Report<M extends Messages, K extends keyof M & string> {
  messageId: K;
  data: MessageData<M, K>;
  /** Plan path of the value the finding is about (located through `source`). */
  path: PlanPath;
  /** Which module: the plan's (default) or a progress module's source map. */
  source?: SourceMap;
  /** An exact file range inside the node, e.g. a substring of a string literal (from SourceMap.stringRange). */
  range?: Range;
  fix?: TextEdit;
  /** Overrides the rule's default severity for this one report. */
  severity?: Severity;
}

export interface RuleContext<M extends Messages> {
  readonly plan: Plan;
  readonly planSource: SourceMap;
  readonly progress: readonly ProgressInput[];
  report<K extends keyof M & string>(r: Report<M, K>): void;
}

export interface Rule<M extends Messages = Messages> {
  meta: RuleMeta<M>;
  create(context: RuleContext<M>): void;
}

/** Returns its argument; captures the message ids and data types so reports are type-checked. */
export function createRule<const M extends Messages>(rule: Rule<M>): Rule<M> {
  return rule;
}
