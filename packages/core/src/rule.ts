/**
 * CONTRACT (shared by core, lint, cli): the one rule type, as
 * typescript-eslint's RuleModule. The judgements `check` runs (core's
 * checks/) and lint's rules are the same kind of thing: a meta (id, default
 * severity, group, description, docs, `fixable`, typed bilingual messages)
 * and `create(context)`, which returns listeners keyed by plan element. The
 * engine (run-rules.ts) walks each plan once with the schema's walker and
 * calls every rule's listeners: a rule never walks the plan itself, so a new
 * element is added once, in the engine, and every rule sees it.
 */
import type { Actual, Indicator, IndicatorVisit, InitiativeVisit, NodeVisit, Plan, Progress } from '@keikaku/schema';
import type { Bilingual, Severity, TextEdit } from './finding.js';
import type { MessageData, Messages } from './messages.js';
import type { PlanPath, Range, SourceMap } from './source-map.js';
import type { StringAt } from './strings.js';

/**
 * Rule groups:
 * - gap: something the document leaves open (placeholders, missing targets,
 *   missing baselines). A warning while drafting, an error when publishing.
 * - defect: the document states something wrong or inconsistent. The rule's
 *   default severity in both profiles.
 * - notice: representable but the reader should know (info by default).
 */
export type RuleGroup = 'gap' | 'defect' | 'notice';

/** draft: gaps are warnings; publish: gaps are errors. */
export type Profile = 'draft' | 'publish';

export interface RuleSettings {
  profile: Profile;
  /** ISO date the rules run "on" (--today); decides, e.g., whether a plan period has ended. */
  today: string;
}

export interface RuleMeta<M extends Messages> {
  /** kebab-case, equal to the file name. */
  id: string;
  defaultSeverity: Severity;
  group: RuleGroup;
  description: Bilingual;
  /** True when the rule attaches certain, safe text edits; the engine refuses a fix from a rule without it. */
  fixable?: boolean;
  /** Repository-relative path of the rule's docs: packages/<package>/docs/rules/<id>.md. */
  docs: string;
  messages: M;
}

export interface ProgressInput {
  fy: number;
  progress: Progress;
  source: SourceMap;
}

/** One report: a message id with its typed data, at a plan path. */
export type Report<M extends Messages, K extends keyof M & string = keyof M & string> = {
  messageId: K;
  data: MessageData<M, K>;
  /** Plan path of the value the finding is about (located through `source`). */
  path: PlanPath;
  /** Which module: the plan's (default) or a progress module's source map. */
  source?: SourceMap;
  /** An exact file range inside the node, e.g. a substring of a string literal (from SourceMap.stringRange). */
  range?: Range;
  /** A certain, safe edit; only from a rule whose meta says `fixable`. */
  fix?: TextEdit;
  /** Overrides the rule's default severity for this one report. */
  severity?: Severity;
};

/** A message id with its data, for any message of M (a union over the ids, so each id keeps its own data type). */
export type MessageOf<M extends Messages> = { [K in keyof M & string]: { messageId: K; data: MessageData<M, K> } }[keyof M & string];

export interface RuleContext<M extends Messages> {
  readonly plan: Plan;
  readonly planSource: SourceMap;
  readonly progress: readonly ProgressInput[];
  readonly settings: RuleSettings;
  /** The actuals reported for an indicator, across the progress modules in order (for rules that judge an indicator with its actuals). */
  actualsOf(indicatorId: string): readonly ActualVisit[];
  report<K extends keyof M & string>(r: Report<M, K>): void;
}

/** A string of the plan or of a progress module, with its plan path, its kind (prose, printed, tbd, code) and its module. */
export interface StringVisit extends StringAt {
  /** The module's source map (report with `source: s.source`). */
  source: SourceMap;
  /** The progress module the string is in; undefined in the plan. */
  progress?: ProgressInput;
}

/** One actual of a progress module, with the indicator it reports on (undefined when the id does not resolve). */
export interface ActualVisit {
  actual: Actual;
  index: number;
  /** ['actuals', index] in the progress module. */
  path: PlanPath;
  progress: ProgressInput;
  indicator: Indicator | undefined;
}

/**
 * What a rule listens to, in the order the engine calls them: `plan` once;
 * for each goal, policy and approach (document order) `node`, then its
 * `indicator`s and `initiative`s; every `string` of the plan; for each
 * progress module `progress`, its `actual`s and its `string`s; then
 * `plan:exit` once (for rules that collect first and judge at the end).
 */
export interface Listeners {
  plan?: (plan: Plan) => void;
  node?: (visit: NodeVisit<Plan>) => void;
  indicator?: (visit: IndicatorVisit<Plan>) => void;
  initiative?: (visit: InitiativeVisit<Plan>) => void;
  string?: (visit: StringVisit) => void;
  progress?: (progress: ProgressInput) => void;
  actual?: (visit: ActualVisit) => void;
  'plan:exit'?: () => void;
}

export interface Rule<M extends Messages = Messages> {
  meta: RuleMeta<M>;
  create(context: RuleContext<M>): Listeners;
}

/**
 * Any rule, for registries (typescript-eslint's AnyRuleModule): a list of
 * rules with different message types needs no cast.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds rules of every message type; each rule's own reports stay typed in its file
export type AnyRule = Rule<any>;

/** Returns its argument; captures the message ids and data types so reports are type-checked. */
export function createRule<const M extends Messages>(rule: Rule<M>): Rule<M> {
  return rule;
}

/** The docs file of a rule of `pkg`: packages/<pkg>/docs/rules/<id>.md. */
export const docsPath = (pkg: 'core' | 'lint', id: string): string => `packages/${pkg}/docs/rules/${id}.md`;

/** The severity a report gets: a gap's warning is an error when publishing (the one place this is decided). */
export function profileSeverity(group: RuleGroup, profile: Profile, severity: Severity): Severity {
  return group === 'gap' && profile === 'publish' && severity === 'warning' ? 'error' : severity;
}
