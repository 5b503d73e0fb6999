/**
 * The shape of a lint rule: core's createRule (typescript-eslint style) with
 * the lint-only parts of the meta (docs required, which profile group the
 * rule belongs to) and a context that also carries the lint settings.
 *
 * Rules run through core's runRule (one context per plan, each report located
 * through the module's source map, a crash becomes one finding naming the
 * rule), via an adapter that adds `settings` to the context.
 */
import type { Messages, Rule, RuleContext, RuleMeta, Severity } from '@keikaku/core';

export type Profile = 'draft' | 'publish';

/**
 * Rule groups:
 * - gap: something the document leaves open (placeholders, missing targets,
 *   missing baselines). A warning while drafting, an error when publishing.
 * - defect: the document states something wrong or inconsistent. The rule's
 *   default severity in both profiles.
 * - notice: representable but the reader should know (info by default).
 */
export type RuleGroup = 'gap' | 'defect' | 'notice';

export interface LintSettings {
  profile: Profile;
  /** ISO date the lint runs "on" (--today); decides whether a plan period has ended. */
  today: string;
}

export interface LintRuleMeta<M extends Messages> extends RuleMeta<M> {
  /** Repository-relative path of the rule's docs (required for lint rules). */
  docs: string;
  group: RuleGroup;
}

export interface LintContext<M extends Messages> extends RuleContext<M> {
  readonly settings: LintSettings;
}

export interface LintRule<M extends Messages = Messages> {
  meta: LintRuleMeta<M>;
  create(context: LintContext<M>): void;
}

/** Returns its argument; captures message ids and data types so reports are type-checked. */
export function createRule<const M extends Messages>(rule: LintRule<M>): LintRule<M> {
  return rule;
}

export const docsPath = (id: string): string => `packages/lint/docs/rules/${id}.md`;

/** A lint rule as one of core's rules (so core's runRule runs it), with the settings bound into its context. */
export function toCoreRule(rule: LintRule, settings: LintSettings): Rule {
  return {
    meta: rule.meta,
    create(ctx: RuleContext<Messages>) {
      const lctx: LintContext<Messages> = {
        get plan() {
          return ctx.plan;
        },
        get planSource() {
          return ctx.planSource;
        },
        get progress() {
          return ctx.progress;
        },
        report: (r) => ctx.report(r),
        settings,
      };
      rule.create(lctx);
    },
  };
}

/** The severity a rule's findings get in a profile (before per-plan configuration). */
export function profileSeverity(rule: LintRule, profile: Profile): Severity {
  if (rule.meta.group === 'gap' && profile === 'publish' && rule.meta.defaultSeverity === 'warning') return 'error';
  return rule.meta.defaultSeverity;
}
