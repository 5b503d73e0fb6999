/**
 * The rule tester can fail: a case that is right passes, and each way a case
 * can be wrong (the end of a finding, its data, its start, a missing or wrong
 * output for a fixable rule, a finding not listed) is refused. era-pair is
 * the fixable rule, missing-target the one that is not.
 */
import { describe, expect, it } from 'vitest';
import eraPair from '../src/rules/era-pair.js';
import missingTarget from '../src/rules/missing-target.js';
import { assertInvalid, type InvalidCase } from './rule-tester.js';
import { goal, indicator, planText } from './snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
const era: InvalidCase = {
  name: 'era',
  plan: desc('2024年度（令和5年度）から'),
  errors: [{ messageId: 'mismatch', text: '2024年度（令和5年度）', data: { text: '2024年度（令和5年度）', western: 2024, expected: '正しくは 令和6' } }],
  output: desc('2024年度（令和6年度）から'),
};
const target: InvalidCase = {
  name: 'direction only',
  plan: planText({ goals: goal([indicator({ target: "{ fy: reiwa(11), value: { direction: '↗' } }" })]) }),
  errors: [{ messageId: 'directionOnly', text: "{ direction: '↗' }", data: { indicator: '指標A', direction: '↗' } }],
};

describe('assertInvalid', () => {
  it('passes a case that is right', async () => {
    await assertInvalid(eraPair, era);
    await assertInvalid(missingTarget, target);
  });
  it.each<[string, InvalidCase]>([
    ['an end one character short', { ...era, errors: [{ ...era.errors[0]!, text: '2024年度（令和5年度' }] }],
    ['an end given by line and column, wrong', { ...target, errors: [{ ...target.errors[0]!, text: undefined, at: "{ direction: '↗' }", endLine: 1, endColumn: 1 }] }],
    ['data with a slot missing', { ...target, errors: [{ ...target.errors[0]!, data: { indicator: '指標A' } }] }],
    ['data with a wrong value', { ...era, errors: [{ ...era.errors[0]!, data: { ...era.errors[0]!.data, western: 2023 } }] }],
    ['a start elsewhere', { ...target, errors: [{ ...target.errors[0]!, text: undefined, at: "'指標A'", endLine: 99, endColumn: 1 }] }],
    ['a finding not listed', { ...target, errors: [] }],
  ])('refuses %s', async (_label, c) => {
    const rule = c.name === 'era' ? eraPair : missingTarget;
    await expect(assertInvalid(rule, c)).rejects.toThrow();
  });
  it('refuses a fixable rule case without its output, and a wrong output', async () => {
    const { output: _omit, ...noOutput } = era;
    await expect(assertInvalid(eraPair, noOutput)).rejects.toThrow(/states the output/);
    await expect(assertInvalid(eraPair, { ...era, output: desc('2024年度（令和5年度）から') })).rejects.toThrow();
    await expect(assertInvalid(eraPair, { ...era, output: null })).rejects.toThrow();
  });
});
