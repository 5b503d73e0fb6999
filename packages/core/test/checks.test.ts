/**
 * The judgements `check` runs (moved out of Zod): each reported at its exact
 * place through the reader's source map, and a valid twin that is silent.
 * Plans are written as modules and read statically, as check reads them.
 */
import { describe, expect, it } from 'vitest';
import { validatePlan, validateProgress, type Plan } from '@keikaku/schema';
import { CHECK_RULES, readModule, runRules, createRule, defineMessages, type Finding } from '../src/index.js';
import { planModule } from '../../../test/support/temp-workspace.js';

function judge(planText: string, progressText?: string): Finding[] {
  const pm = readModule(planText, { file: 'plans/x/plan.ts', kind: 'plan' });
  expect(pm.findings).toEqual([]);
  const r = validatePlan(pm.value);
  if (!r.ok) expect.fail(JSON.stringify(r.problems));
  const plan = r.value as Plan;
  const progress = [];
  if (progressText) {
    const m = readModule(progressText, { file: 'plans/x/progress/2025.ts', kind: 'progress' });
    expect(m.findings).toEqual([]);
    const pr = validateProgress(plan, m.value);
    if (!pr.ok) expect.fail(JSON.stringify(pr.problems));
    progress.push({ fy: 2025, progress: pr.value, source: m.sourceMap });
  }
  return runRules(CHECK_RULES, { plan, planSource: pm.sourceMap, progress });
}

const base = planModule('x');
const edit = (from: string, to: string) => {
  expect(base).toContain(from);
  return base.replace(from, to);
};
const progress = (actuals: string) =>
  `import { defineProgress, fy } from '@keikaku/schema';\nimport plan from '../plan.js';\nexport default defineProgress(plan, { plan: 'x', fy: fy(2025), actuals: [\n${actuals}\n] });\n`;

describe('plan judgements', () => {
  it('a valid plan gives no finding', () => {
    expect(judge(base)).toEqual([]);
  });

  // edit | ruleId | line:column | plan path | Japanese text
  it.each([
    [["target: { fy: reiwa(11)", 'target: { fy: reiwa(2)'], 'target-before-baseline', '20:124', 'goals[0].indicators[0].target.fy', '目標年度 2020年度（令和2年度） が基準年度 2022年度（令和4年度） より前です'],
    [['value: 20 }', 'value: 120 }'], 'percent-range', '20:142', 'goals[0].indicators[0].target.value', '120 が 0〜100 の範囲外'],
    [['value: 10 }', 'value: -1 }'], 'percent-range', '20:104', 'goals[0].indicators[0].baseline.value', '-1 が 0〜100 の範囲外'],
    [["unit: '%', direction", "unit: '人', direction"], undefined, '', '', ''],
    [["period: { start: fy(2024), end: fy(2029) }", 'period: { start: fy(2024), end: fy(2020) }'], 'period-reversed', '8:35', 'period.end', '計画期間の終了 2020年度（令和2年度） が開始 2024年度（令和6年度） より前です'],
  ] as const)('%j → %s', ([from, to], ruleId, at, path, ja) => {
    const got = judge(edit(from, to));
    if (!ruleId) return expect(got).toEqual([]);
    expect(got.map((f) => [f.ruleId, `${f.line}:${f.column}`, f.path])).toEqual([[ruleId, at, path]]);
    expect(got[0]!.message.ja).toContain(ja);
    expect(got[0]!.source).toBe('check');
    expect(got[0]!.hint?.ja.length).toBeGreaterThan(0);
  });

  it('a negative count', () => {
    const got = judge(edit("unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 10 }", "unit: '人', direction: 'increase', baseline: { fy: reiwa(4), value: -3 }"));
    expect(got.map((f) => [f.ruleId, f.path, f.message.ja])).toEqual([['negative-count', 'goals[0].indicators[0].baseline.value', '人 の値 -3 が負の数です']]);
  });

  it('a number inside a part, judged in its own unit and placed at the part', () => {
    const got = judge(
      edit(
        "unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 10 }",
        "unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: { parts: [{ part: '割合', value: 50 }, { part: '人数', value: -2, unit: '人' }, { part: '率', value: 140 }] } }",
      ),
    );
    expect(got.map((f) => [f.ruleId, f.path])).toEqual([
      ['percent-range', 'goals[0].indicators[0].baseline.value.parts[2].value'],
      ['negative-count', 'goals[0].indicators[0].baseline.value.parts[1].value'],
    ]);
  });

  it('revisions out of order', () => {
    const got = judge(
      edit(
        'target: { fy: reiwa(11), value: 20 } }',
        "target: { fy: reiwa(11), value: 20 }, revisions: [{ fy: reiwa(7), label: '見直し', previous: { target: { fy: reiwa(11), value: 18 } } }, { fy: reiwa(6), label: '再見直し', previous: { target: { fy: reiwa(11), value: 19 } } }] }",
      ),
    );
    expect(got.map((f) => [f.ruleId, f.path])).toEqual([['revisions-out-of-order', 'goals[0].indicators[0].revisions[1].fy']]);
  });
});

describe('progress judgements', () => {
  it.each([
    ["  { indicator: 'ind-a', value: 15 },", undefined, ''],
    ["  { indicator: 'ind-a', value: 15, asOf: '2025-12-31', provisional: true },", undefined, ''],
    ["  { indicator: 'ind-a', value: 15, asOf: '2025-12-31' },", 'provisional-as-of', 'actuals[0].asOf'],
    ["  { indicator: 'ind-a', value: 15, asOf: '2027-01-31', provisional: true },", 'provisional-as-of', 'actuals[0].asOf'],
    ["  { indicator: 'ind-a', value: 15, provisional: true },", 'provisional-as-of', 'actuals[0].provisional'],
    ["  { indicator: 'ind-a', value: 101 },", 'percent-range', 'actuals[0].value'],
    ["  { indicator: 'ind-a', value: { parts: [{ part: '個人', value: 3, unit: '人' }] } },", 'progress-unknown-part', 'actuals[0].value.parts[0].part'],
  ])('%s → %s', (actual, ruleId, path) => {
    const got = judge(base, progress(actual));
    if (!ruleId) return expect(got).toEqual([]);
    expect(got.map((f) => [f.ruleId, f.file, f.line, f.path])).toEqual([[ruleId, 'plans/x/progress/2025.ts', 4, path]]);
  });

  it('a progress year outside the plan period', () => {
    const got = judge(edit('end: fy(2029)', 'end: fy(2024)'), progress(''));
    expect(got.map((f) => [f.ruleId, f.path])).toEqual([['progress-fy-outside-period', 'fy']]);
  });
});

describe('runRules', () => {
  it('turns a rule that throws into one finding naming the rule, and runs the others', () => {
    const boom = createRule({
      meta: { id: 'boom', defaultSeverity: 'error', group: 'defect', docs: 'packages/core/docs/rules/boom.md', description: { ja: '落ちる', en: 'crashes' }, messages: defineMessages({}) },
      create() {
        throw new TypeError('cannot read x of undefined');
      },
    });
    const pm = readModule(edit('value: 20 }', 'value: 120 }'), { file: 'plans/x/plan.ts', kind: 'plan' });
    const r = validatePlan(pm.value);
    if (!r.ok) expect.fail('valid');
    const got = runRules([boom, ...CHECK_RULES], { plan: r.value, planSource: pm.sourceMap, progress: [] });
    expect(got.map((f) => [f.ruleId, f.messageId])).toEqual([['boom', 'rule-crash'], ['percent-range', 'outside']]);
    expect(got[0]!.message.ja).toContain('boom');
  });
});
