import rule from '../../src/rules/baseline-after-plan-start.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const ind = (over: Record<string, string>, period?: string) => planText({ goals: goal([indicator(over)]), ...(period ? { period } : {}) });
ruleTester(rule, {
  valid: [
    { name: 'baseline before the start', plan: planText() },
    { name: 'baseline in the first year', plan: ind({ baseline: '{ fy: fy(2024), value: 10 }' }) },
    { name: 'no period to judge by', plan: ind({ baseline: '{ fy: fy(2026), value: 10 }' }, "notStated('期間の記載なし')") },
  ],
  invalid: [{ name: 'baseline two years in', plan: ind({ baseline: '{ fy: fy(2026), value: 10 }' }), errors: [{ messageId: 'after', text: 'fy(2026)', data: { indicator: '指標A', baseline: '2026年度（令和8年度）', start: '2024年度（令和6年度）' } }] }],
});
