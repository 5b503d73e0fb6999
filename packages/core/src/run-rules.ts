/**
 * The minimal rule runner: one context per plan, each report located through
 * the module's source map. A rule that throws becomes one finding naming the
 * rule; the other rules still run. lint's engine adds profiles, config,
 * suppressions and fixes on top of this.
 */
import type { Finding, Severity } from './finding.js';
import { fileFinding, findingAt } from './finding-at.js';
import { quote, renderMessage, type Messages } from './messages.js';
import type { ProgressInput, Report, Rule, RuleContext } from './rule.js';
import type { Plan } from '@keikaku/schema';
import type { SourceMap } from './source-map.js';

export interface RuleTarget {
  plan: Plan;
  planSource: SourceMap;
  progress: readonly ProgressInput[];
}

export interface RunOptions {
  /** The finding's `source` (check for core's checks, lint for lint). */
  source?: 'check' | 'lint';
  /** Severity per rule id; 'off' skips the rule. */
  severity?: (rule: Rule) => Severity | 'off';
}

export function runRule<M extends Messages>(rule: Rule<M>, target: RuleTarget, opts: RunOptions = {}): Finding[] {
  const out: Finding[] = [];
  const severity = opts.severity?.(rule as unknown as Rule) ?? rule.meta.defaultSeverity;
  if (severity === 'off') return out;
  const context: RuleContext<M> = {
    plan: target.plan,
    planSource: target.planSource,
    progress: target.progress,
    report<K extends keyof M & string>(r: Report<M, K>) {
      const src = r.source ?? target.planSource;
      const rendered = renderMessage(rule.meta.messages, r.messageId, r.data);
      const data = r.data as Record<string, string | number>;
      out.push(
        findingAt(src, r.range ? { range: r.range, path: r.path } : { path: r.path }, {
          ruleId: rule.meta.id,
          source: opts.source ?? 'check',
          severity: r.severity ?? severity,
          messageId: r.messageId,
          ...(data && Object.keys(data).length ? { data } : {}),
          ...rendered,
          ...(r.fix ? { fix: r.fix } : {}),
        }),
      );
    },
  };
  try {
    rule.create(context);
  } catch (err) {
    const detail = quote(err instanceof Error ? err.message : String(err), 120);
    out.push(
      fileFinding(target.planSource.file, {
        ruleId: rule.meta.id,
        source: opts.source ?? 'check',
        severity: 'error',
        messageId: 'rule-crash',
        data: { rule: rule.meta.id, detail },
        message: {
          ja: `検査ルール ${rule.meta.id} が途中で失敗しました: ${detail}（keikaku の不具合です。報告してください）`,
          en: `rule ${rule.meta.id} crashed: ${detail} (a bug in keikaku; please report it)`,
        },
        hint: { ja: 'ほかのルールの結果はそのまま有効です。', en: 'The other rules ran; their findings stand.' },
      }),
    );
  }
  return out;
}

export function runRules(rules: readonly Rule[], target: RuleTarget, opts: RunOptions = {}): Finding[] {
  return rules.flatMap((r) => runRule(r, target, opts));
}
