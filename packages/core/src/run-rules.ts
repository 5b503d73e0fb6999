/**
 * The rule engine: one walk of each plan (the schema's walker, then every
 * string, then each progress module) calling every rule's listeners. Each
 * report is located through its module's source map; its severity is the
 * rule's (or the caller's choice), with a gap's warning raised to an error
 * when publishing. A rule that throws, in create() or in a listener, becomes
 * one finding naming the rule, and stops listening; the other rules run on.
 * lint's engine adds configuration, suppressions, prose and fixes on top.
 */
import { indicatorsById, walkNodes, type Indicator, type Plan } from '@keikaku/schema';
import type { Finding, Severity } from './finding.js';
import { fileFinding, findingAt } from './finding-at.js';
import { quote, renderMessage } from './messages.js';
import { profileSeverity, type ActualVisit, type AnyRule, type Listeners, type ProgressInput, type Report, type RuleContext, type RuleSettings, type StringVisit } from './rule.js';
import type { SourceMap } from './source-map.js';
import { stringsOf } from './strings.js';

export interface RuleTarget {
  plan: Plan;
  planSource: SourceMap;
  progress: readonly ProgressInput[];
}

export interface RunOptions {
  /** The finding's `source` (check for core's checks, lint for lint). */
  source?: 'check' | 'lint';
  /** Severity per rule before the profile; 'off' skips the rule. Default: the rule's defaultSeverity. */
  severity?: (rule: AnyRule) => Severity | 'off';
  /** Profile and date (default: draft, today's local date). */
  settings?: Partial<RuleSettings>;
}

/** Today's local date, YYYY-MM-DD. */
export function todayIso(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

interface Run {
  rule: AnyRule;
  out: Finding[];
  /** Undefined once the rule has crashed. */
  listeners: Listeners | undefined;
}

function crashFinding(rule: AnyRule, file: string, source: 'check' | 'lint', err: unknown): Finding {
  const detail = quote(err instanceof Error ? err.message : String(err), 120);
  return fileFinding(file, {
    ruleId: rule.meta.id,
    source,
    severity: 'error',
    messageId: 'rule-crash',
    data: { rule: rule.meta.id, detail },
    message: {
      ja: `検査ルール ${rule.meta.id} が途中で失敗しました: ${detail}（keikaku の不具合です。報告してください）`,
      en: `rule ${rule.meta.id} crashed: ${detail} (a bug in keikaku; please report it)`,
    },
    hint: { ja: 'ほかのルールの結果はそのまま有効です。', en: 'The other rules ran; their findings stand.' },
  });
}

/** Runs the rules over one plan and its progress modules; findings in rule order, each rule's in report order. */
export function runRules(rules: readonly AnyRule[], target: RuleTarget, opts: RunOptions = {}): Finding[] {
  const source = opts.source ?? 'check';
  const settings: RuleSettings = { profile: opts.settings?.profile ?? 'draft', today: opts.settings?.today ?? todayIso() };
  const runs: Run[] = [];
  const { plan, planSource, progress } = target;
  let byId: Map<string, Indicator> | undefined;
  const indicatorOf = (id: string) => (byId ??= indicatorsById(plan)).get(id);
  let actualsById: Map<string, ActualVisit[]> | undefined;
  /** Every actual by the indicator it reports on, built once, on the first rule that asks. */
  const actualVisits = (): Map<string, ActualVisit[]> => {
    if (actualsById) return actualsById;
    const byIndicator = new Map<string, ActualVisit[]>();
    for (const p of progress) {
      p.progress.actuals.forEach((actual, index) => {
        const visit: ActualVisit = { actual, index, path: ['actuals', index], progress: p, indicator: indicatorOf(actual.indicator) };
        const list = byIndicator.get(actual.indicator);
        if (list) list.push(visit);
        else byIndicator.set(actual.indicator, [visit]);
      });
    }
    return (actualsById = byIndicator);
  };
  for (const rule of rules) {
    const base = opts.severity?.(rule) ?? rule.meta.defaultSeverity;
    if (base === 'off') continue;
    const run: Run = { rule, out: [], listeners: undefined };
    const context: RuleContext<typeof rule.meta.messages> = {
      plan: target.plan,
      planSource: target.planSource,
      progress: target.progress,
      settings,
      actualsOf: (id) => actualVisits().get(id) ?? [],
      report(r: Report<typeof rule.meta.messages>) {
        if (r.fix && !rule.meta.fixable) throw new Error(`rule ${rule.meta.id} attaches a fix, but its meta does not say fixable: true`);
        const rendered = renderMessage(rule.meta.messages, r.messageId, r.data);
        // Message data is typed per message id in the rule; a finding carries it as plain slots (the one deliberate widening).
        const data = r.data as Record<string, string | number> | undefined;
        run.out.push(
          findingAt(r.source ?? target.planSource, r.range ? { range: r.range, path: r.path } : { path: r.path }, {
            ruleId: rule.meta.id,
            source,
            severity: profileSeverity(rule.meta.group, settings.profile, r.severity ?? base),
            messageId: r.messageId,
            ...(data && Object.keys(data).length ? { data } : {}),
            ...rendered,
            ...(r.fix ? { fix: r.fix } : {}),
          }),
        );
      },
    };
    runs.push(run);
    try {
      run.listeners = rule.create(context);
    } catch (err) {
      run.out.push(crashFinding(rule, target.planSource.file, source, err));
    }
  }

  const emit = <K extends keyof Listeners>(name: K, ...args: Parameters<NonNullable<Listeners[K]>>): void => {
    for (const run of runs) {
      // TypeScript cannot tie listener `name` to its own argument type through the generic; emit's signature does.
      const listener = run.listeners?.[name] as ((...a: typeof args) => void) | undefined;
      if (!listener) continue;
      try {
        listener(...args);
      } catch (err) {
        run.out.push(crashFinding(run.rule, target.planSource.file, source, err));
        run.listeners = undefined;
      }
    }
  };
  const listening = (name: keyof Listeners) => runs.some((r) => r.listeners?.[name] !== undefined);

  emit('plan', plan);
  const wantNodes = listening('node') || listening('indicator') || listening('initiative');
  if (wantNodes) {
    // The plan's own indicators (計画全体の指標) first, as walkIndicators gives them: no owning node.
    for (const [i, indicator] of (plan.indicators ?? []).entries()) emit('indicator', { indicator, path: ['indicators', i], owner: undefined });
    for (const visit of walkNodes(plan)) {
      emit('node', visit);
      for (const [i, indicator] of (visit.node.indicators ?? []).entries()) emit('indicator', { indicator, path: [...visit.path, 'indicators', i], owner: visit });
      for (const [i, initiative] of (visit.node.initiatives ?? []).entries()) emit('initiative', { initiative, path: [...visit.path, 'initiatives', i], owner: visit });
    }
  }
  const wantStrings = listening('string');
  const strings = (doc: object, src: SourceMap, p?: ProgressInput) => {
    if (!wantStrings) return;
    for (const s of stringsOf(doc)) emit('string', { ...s, source: src, ...(p ? { progress: p } : {}) } satisfies StringVisit);
  };
  strings(plan, planSource);
  const wantActuals = listening('actual');
  for (const p of progress) {
    emit('progress', p);
    if (wantActuals) p.progress.actuals.forEach((actual, index) => emit('actual', { actual, index, path: ['actuals', index], progress: p, indicator: indicatorOf(actual.indicator) }));
    strings(p.progress, p.source, p);
  }
  emit('plan:exit');
  return runs.flatMap((r) => r.out);
}

/** One rule: runRules([rule], …). */
export function runRule(rule: AnyRule, target: RuleTarget, opts: RunOptions = {}): Finding[] {
  return runRules([rule], target, opts);
}
