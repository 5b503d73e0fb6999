/**
 * The lint engine: core's loadPlan and rule engine (runRules: one walk of the
 * plan, every rule's listeners, profiles) underneath; per-plan configuration,
 * inline suppressions and the prose checks on top.
 */
import {
  dedupeFindings,
  loadPlan,
  renderMessage,
  runRules,
  selectPlans,
  sortFindings,
  todayIso,
  UsageError,
  type Finding,
  type MessageData,
  type Messages,
  type PlanDoc,
  type Profile,
  type Rule,
  type RuleSettings,
  type SourceMap,
} from '@keikaku/core';
import { nearestWord } from '@keikaku/schema';
import { loadConfig, type LintConfig } from './config.js';
import { lintProse, PROSE_RULE_PREFIX, PROSE_RULES, PROSE_SIZE_LIMIT_RULE, proseRuleRuns, type ProseOptions } from './prose/textlint.js';
import { ALL_RULES, RULES_BY_ID } from './rules/index.js';
import invalidSuppression from './rules/invalid-suppression.js';
import unusedSuppression from './rules/unused-suppression.js';
import { applySuppressions, parseSuppressions, type Suppression } from './suppressions.js';

export interface LintOptions {
  profile?: Profile;
  /** YYYY-MM-DD; defaults to today's local date. */
  today?: string;
  /** Run only these rule ids (`--rule`); prose rules are named prose/<textlint rule id> or prose/* for all. */
  rules?: readonly string[];
  /** Run the Japanese prose checks (textlint). Default true (level basic). */
  prose?: boolean | ProseOptions;
  /** Keep each plan's read modules in the result (fixes need them). Off, lint streams plan by plan and memory stays bounded. */
  keepDocs?: boolean;
}

export interface PlanLintResult {
  id: string;
  /** The read plan and progress modules (only with `keepDocs`). */
  doc?: PlanDoc;
  /** Module files of the plan (repository-relative). */
  files: string[];
  findings: Finding[];
}

export interface LintResult {
  plans: PlanLintResult[];
  findings: Finding[];
  files: number;
}

export { todayIso };

const isProseId = (id: string) => id.startsWith(PROSE_RULE_PREFIX);
/** The prose ids a finding can carry (prose/<textlint rule id>, prose/size-limit), and prose/* for all of them. */
const PROSE_IDS: ReadonlySet<string> = new Set([...PROSE_RULES.map((r) => `${PROSE_RULE_PREFIX}${r.id}`), PROSE_SIZE_LIMIT_RULE, `${PROSE_RULE_PREFIX}*`]);

/**
 * True for a rule id a finding can carry: a rule of the registry (lint's and core's checks) or a prose id.
 * `rule-crash` is not one: it is the message id of the finding a crashed rule gives, under that rule's own id.
 */
export function isKnownRule(id: string): boolean {
  return RULES_BY_ID.has(id) || PROSE_IDS.has(id);
}

/** Checks --rule ids; an unknown id is a usage error (exit 2). */
export function checkRuleIds(ids: readonly string[]): void {
  for (const id of ids) {
    if (!isKnownRule(id)) {
      const near = nearestWord(id, [...RULES_BY_ID.keys(), ...PROSE_IDS]);
      throw new UsageError(
        `ルール "${id.slice(0, 60)}" はありません${near ? `（近いもの: ${near}）` : ''}`,
        `there is no rule "${id.slice(0, 60)}"${near ? ` (did you mean: ${near})` : ''}; list them in packages/lint/README.md`,
      );
    }
  }
}

function engineFinding<M extends Messages, K extends keyof M & string>(
  rule: Rule<M>,
  file: string,
  at: { line: number; column: number; endLine: number; endColumn: number },
  id: K,
  data: MessageData<M, K> & Readonly<Record<string, string | number>>,
): Finding {
  const rendered = renderMessage(rule.meta.messages, id, data);
  return { ruleId: rule.meta.id, source: 'lint', severity: rule.meta.defaultSeverity, file, ...at, messageId: id, data, ...rendered };
}

/** Lints one loaded plan (with its progress modules). */
export async function lintPlan(root: string, doc: PlanDoc, opts: LintOptions = {}): Promise<Finding[]> {
  const settings: RuleSettings = { profile: opts.profile ?? 'draft', today: opts.today ?? todayIso() };
  const only = opts.rules?.length ? new Set(opts.rules) : undefined;
  const wanted = (id: string) => !only || only.has(id);
  const { config, findings: configFindings } = loadConfig(root, doc.dir, isKnownRule);
  const findings: Finding[] = [...doc.findings, ...configFindings];

  if (doc.plan) {
    const rules = ALL_RULES.filter((r) => wanted(r.meta.id));
    findings.push(...runRules(rules, { plan: doc.plan, planSource: doc.planSource, progress: doc.progress }, { source: 'lint', settings }));
    const proseOn = opts.prose !== false && (!only || [...only].some(isProseId));
    if (proseOn) {
      const proseOpts = typeof opts.prose === 'object' ? opts.prose : {};
      const prose = await lintProse(doc, { ...proseOpts, profile: settings.profile });
      findings.push(...prose.filter((f) => !only || only.has(f.ruleId) || only.has(`${PROSE_RULE_PREFIX}*`)));
    }
  }
  // Inline suppressions of the plan and its progress modules (the more specific: they win over the configuration).
  const sources: SourceMap[] = [doc.planSource, ...doc.progressDocs.map((p) => p.module.sourceMap)];
  const sups: Suppression[] = sources.flatMap((s) => parseSuppressions(s, isKnownRule));
  applySuppressions(findings, sups);
  for (const f of findings) applyConfig(f, config);
  for (const s of sups) {
    const at = { line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
    if (s.problem === 'no-reason') findings.push(engineFinding(invalidSuppression, s.file, at, 'noReason', { rules: s.rules.join(', ') }));
    else if (s.problem === 'no-rule') findings.push(engineFinding(invalidSuppression, s.file, at, 'noRule', {}));
    else if (s.problem === 'unknown-rule') findings.push(engineFinding(invalidSuppression, s.file, at, 'unknownRule', { rules: (s.unknown ?? []).join(', ').slice(0, 80) }));
    else {
      // Only judge a suppression unused when every rule it names ran.
      const proseLevel = typeof opts.prose === 'object' ? opts.prose.level : undefined;
      const ran = s.rules.every((r) => wanted(r) && (!isProseId(r) || (opts.prose !== false && proseRuleRuns(r, proseLevel, settings.profile))));
      const unused = s.rules.filter((r) => !s.used.has(r));
      if (ran && unused.length && wanted(unusedSuppression.meta.id)) {
        findings.push(engineFinding(unusedSuppression, s.file, at, 'unused', { rules: unused.join(', ') }));
      }
    }
  }
  return sortFindings(dedupeFindings(findings));
}

/** Config: a severity change, or off (findings kept, marked suppressed with the reason, so a reviewer sees them). */
function applyConfig(f: Finding, config: LintConfig): void {
  const setting = config.rules.get(f.ruleId) ?? (f.ruleId.startsWith(PROSE_RULE_PREFIX) ? config.rules.get(`${PROSE_RULE_PREFIX}*`) : undefined);
  if (!setting || f.suppressed || f.source !== 'lint') return;
  if (setting.severity === 'off') f.suppressed = { kind: 'config', reason: setting.reason };
  else if (f.severity !== 'info' || setting.severity !== 'info') f.severity = setting.severity;
}

/**
 * Lints the named plans (all when none are named) one at a time, yielding each
 * plan's result as it finishes: nothing of a plan is kept once it is yielded.
 * With `order: 'file'` the plans come in the order of their files' paths
 * (`plans/<id>/`), each id once, so that per-plan findings written one plan
 * after the other are in the same order as the whole run's `sortFindings`.
 */
export async function* lintPlans(root: string, ids: readonly string[] = [], opts: LintOptions & { order?: 'selection' | 'file' } = {}): AsyncGenerator<PlanLintResult> {
  if (opts.rules) checkRuleIds(opts.rules);
  let selected = selectPlans(root, ids);
  if (opts.order === 'file') {
    const byKey = new Map(selected.map((pf) => [`${pf.id}/`, pf]));
    selected = [...byKey.keys()].sort().map((k) => byKey.get(k)!);
  }
  for (const pf of selected) {
    const doc = loadPlan(root, pf);
    const findings = await lintPlan(root, doc, opts);
    const moduleFiles = [doc.planSource.file, ...doc.progressDocs.map((p) => p.module.sourceMap.file)];
    yield { id: pf.id, ...(opts.keepDocs ? { doc } : {}), files: moduleFiles, findings };
  }
}

/** Lints the named plans (all when none are named), keeping every result (fixes need them; output can stream with `lintPlans`). */
export async function lintWorkspace(root: string, ids: readonly string[] = [], opts: LintOptions = {}): Promise<LintResult> {
  const plans: PlanLintResult[] = [];
  const all: Finding[] = [];
  let files = 0;
  for await (const r of lintPlans(root, ids, opts)) {
    files += r.files.length;
    plans.push(r);
    all.push(...r.findings);
  }
  return { plans, findings: sortFindings(all), files };
}
