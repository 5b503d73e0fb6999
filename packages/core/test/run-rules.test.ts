/**
 * The rule engine (run-rules.ts): one walk of the plan calling every rule's
 * listeners in document order; strings of the plan and of each progress
 * module with their own source map; actuals with the indicator they report
 * on; a gap's warning raised to an error when publishing and nowhere else;
 * a fix refused from a rule that does not say it fixes; a listener that
 * throws stops that rule only; and matchStrings reporting at the exact
 * characters and fixing prose only.
 */
import { describe, expect, it } from 'vitest';
import { validatePlan, validateProgress, type Plan } from '@keikaku/schema';
import { createRule, defineMessages, matchStrings, readModule, runRules, type AnyRule, type Finding, type ProgressInput, type RuleGroup } from '../src/index.js';
import { planModule } from '../../../test/support/temp-workspace.js';

/** The shared fixture plan (test/support) with goals on two levels, an initiative and prose with 令和1年. */
const GOALS = `  goals: [
    {
      id: 'g1',
      no: 1,
      title: '目標1',
      indicators: [{ id: 'a', name: '指標A', unit: '件', direction: 'increase', baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: 20 } }],
      initiatives: [{ id: 'i1', title: '取組1' }],
      policies: [
        { id: 'p1', no: 1, title: '施策1', indicators: [{ id: 'b', name: '指標B', unit: '件', direction: 'increase', notes: ['令和1年度から'] }] },
      ],
    },
    { id: 'g2', no: 2, title: '目標2', description: ['令和1年度から', '令和 1 年度'] },
  ],
`;
const PLAN = planModule('x').replace(/  goals: \[[\s\S]*?\n  \],\n/, GOALS);
const PROGRESS = `import { defineProgress, fy } from '@keikaku/schema';
import plan from '../plan.js';
export default defineProgress(plan, { plan: 'x', fy: fy(2025), actuals: [
  { indicator: 'b', value: 3, note: '令和1年度末' },
  { indicator: 'a', value: 12 },
] });
`;

function target(progressText = PROGRESS) {
  expect(PLAN).toContain(GOALS);
  const pm = readModule(PLAN, { file: 'plans/x/plan.ts', kind: 'plan' });
  expect(pm.findings).toEqual([]);
  const r = validatePlan(pm.value);
  if (!r.ok) expect.fail(JSON.stringify(r.problems));
  const plan: Plan = r.value;
  const m = readModule(progressText, { file: 'plans/x/progress/2025.ts', kind: 'progress' });
  const pr = validateProgress(plan, m.value);
  if (!pr.ok) expect.fail(JSON.stringify(pr.problems));
  const progress: ProgressInput[] = [{ fy: 2025, progress: pr.value, source: m.sourceMap }];
  return { plan, planSource: pm.sourceMap, progress };
}

const messages = defineMessages({ seen: { ja: (d: { what: string }) => `見た: ${d.what}`, en: (d: { what: string }) => `saw ${d.what}` } });
const meta = (id: string, group: RuleGroup = 'defect', fixable = false) => ({
  id,
  defaultSeverity: 'warning' as const,
  group,
  description: { ja: id, en: id },
  docs: `packages/core/docs/rules/${id}.md`,
  ...(fixable ? { fixable } : {}),
  messages,
});

describe('runRules', () => {
  it('calls the listeners in one walk, in document order', () => {
    const events: string[] = [];
    const spy = createRule({
      meta: meta('spy'),
      create: (ctx) => ({
        plan: (plan) => events.push(`plan ${plan.id}`),
        node: ({ level, node, path }) => events.push(`node ${level} ${node.id} ${path.join('.')}`),
        indicator: ({ indicator, owner }) => events.push(`indicator ${indicator.id} of ${owner?.node.id ?? 'plan'}`),
        initiative: ({ initiative }) => events.push(`initiative ${initiative.id}`),
        progress: (p) => events.push(`progress ${p.progress.fy}`),
        actual: ({ actual, indicator, path }) => events.push(`actual ${actual.indicator}→${indicator?.name} ${path.join('.')}`),
        string: (s) => {
          if (s.value.includes('令和')) events.push(`string ${s.progress ? 'progress' : 'plan'} ${s.kind} ${s.path.join('.')} @${s.source.file}`);
        },
        'plan:exit': () => events.push(`exit ${ctx.actualsOf('a').map((a) => a.actual.value).join(',')}`),
      }),
    });
    expect(runRules([spy], target())).toEqual([]);
    expect(events).toEqual([
      'plan x',
      'node goal g1 goals.0',
      'indicator a of g1',
      'initiative i1',
      'node policy p1 goals.0.policies.0',
      'indicator b of p1',
      'node goal g2 goals.1',
      'string plan prose goals.0.policies.0.indicators.0.notes.0 @plans/x/plan.ts',
      'string plan prose goals.1.description.0 @plans/x/plan.ts',
      'string plan prose goals.1.description.1 @plans/x/plan.ts',
      'progress 2025',
      'actual b→指標B actuals.0',
      'actual a→指標A actuals.1',
      'string progress prose actuals.0.note @plans/x/progress/2025.ts',
      'exit 12',
    ]);
  });

  const reporter = (id: string, group: RuleGroup) =>
    createRule({ meta: meta(id, group), create: (ctx) => ({ plan: () => ctx.report({ messageId: 'seen', data: { what: id }, path: ['title'] }) }) });
  it.each<[RuleGroup, 'draft' | 'publish', string]>([
    ['gap', 'draft', 'warning'],
    ['gap', 'publish', 'error'],
    ['defect', 'publish', 'warning'],
    ['notice', 'publish', 'warning'],
  ])('a %s warning in the %s profile is a %s', (group, profile, severity) => {
    const got = runRules([reporter('r', group)], target(), { settings: { profile, today: '2025-06-01' } });
    expect(got.map((f) => [f.ruleId, f.severity, f.data, f.message.en, f.path])).toEqual([['r', severity, { what: 'r' }, 'saw r', 'title']]);
  });

  it("a caller's severity replaces the default ('off' skips the rule)", () => {
    const rules = [reporter('a', 'gap'), reporter('b', 'defect')];
    const got = runRules(rules, target(), { severity: (r) => (r.meta.id === 'a' ? 'off' : 'info'), settings: { profile: 'publish', today: '2025-06-01' } });
    expect(got.map((f) => [f.ruleId, f.severity])).toEqual([['b', 'info']]);
  });

  it('a listener that throws stops its rule only, with one finding; a fix from a rule not marked fixable is refused', () => {
    let calls = 0;
    const boom = createRule({
      meta: meta('boom'),
      create: () => ({
        indicator: () => {
          calls++;
          throw new TypeError('x is undefined');
        },
      }),
    });
    const sneaky = createRule({
      meta: meta('sneaky'),
      create: (ctx) => ({ plan: () => ctx.report({ messageId: 'seen', data: { what: 'fix' }, path: ['title'], fix: { range: [0, 1], text: 'x' } }) }),
    });
    const got = runRules([boom, sneaky, reporter('fine', 'defect')], target(), { source: 'lint' });
    expect(calls).toBe(1);
    expect(got.map((f) => [f.ruleId, f.messageId, f.severity, f.source])).toEqual([
      ['boom', 'rule-crash', 'error', 'lint'],
      ['sneaky', 'rule-crash', 'error', 'lint'],
      ['fine', 'seen', 'warning', 'lint'],
    ]);
    expect(got[0]!.message.en).toContain('x is undefined');
    expect(got[1]!.message.en).toContain('fixable');
  });
});

describe('matchStrings', () => {
  const gannen = createRule({
    meta: meta('gannen', 'defect', true),
    create: (ctx) => ({
      string: matchStrings(ctx, (text) =>
        [...text.matchAll(/令和(\s*1\s*)年/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, messageId: 'seen' as const, data: { what: m[0] }, fix: { start: m.index + 2, end: m.index + 2 + m[1]!.length, text: '元' } })),
      ),
    }),
  });
  const run = (rule: AnyRule, progressText?: string): Finding[] => runRules([rule], target(progressText));

  it('reports at the exact characters of each match, in the plan and in progress modules', () => {
    const got = run(gannen);
    const at = (f: Finding) => {
      const text = f.file.endsWith('plan.ts') ? PLAN : PROGRESS;
      const lines = text.split('\n');
      return lines[f.line - 1]!.slice(f.column - 1, f.endLine === f.line ? f.endColumn - 1 : undefined);
    };
    expect(got.map((f) => [f.file, f.path, at(f), f.data?.what])).toEqual([
      ['plans/x/plan.ts', 'goals[0].policies[0].indicators[0].notes[0]', '令和1年', '令和1年'],
      ['plans/x/plan.ts', 'goals[1].description[0]', '令和1年', '令和1年'],
      ['plans/x/plan.ts', 'goals[1].description[1]', '令和 1 年', '令和 1 年'],
      ['plans/x/progress/2025.ts', 'actuals[0].note', '令和1年', '令和1年'],
    ]);
    // The fix replaces the digit and the spaces around it, nothing else.
    expect(got.every((f) => f.fix !== undefined)).toBe(true);
    const fixed = got.filter((f) => f.file.endsWith('plan.ts')).reduceRight((t, f) => t.slice(0, f.fix!.range[0]) + f.fix!.text + t.slice(f.fix!.range[1]), PLAN);
    expect(fixed).toBe(PLAN.replaceAll('令和1年度から', '令和元年度から').replace('令和 1 年度', '令和元年度'));
  });

  it('fixes prose only: a printed cell is reported without a fix', () => {
    const withPrinted = PROGRESS.replace("{ indicator: 'a', value: 12 }", "{ indicator: 'a', value: 12, printed: '令和1年度 12件' }");
    const got = run(gannen, withPrinted).filter((f) => f.path === 'actuals[1].printed');
    expect(got.map((f) => [f.data?.what, f.fix])).toEqual([['令和1年', undefined]]);
  });
});
