import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';
import { checkRule } from './_check.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator(over)]) });
ruleTester(checkRule('target-before-baseline'), {
  valid: [{ name: 'target after baseline', plan: planText() }, { name: 'equal is target-year-not-after-baseline’s', plan: ind({ target: '{ fy: reiwa(4), value: 20 }' }) }],
  invalid: [{ name: 'target two years before', plan: ind({ target: '{ fy: reiwa(2), value: 20 }' }), errors: [{ messageId: 'before', text: 'reiwa(2)', severity: 'error', data: { target: '2020年度（令和2年度）', baseline: '2022年度（令和4年度）' } }] }],
});
