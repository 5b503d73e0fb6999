import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';
import { checkRule } from './_check.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator(over)]) });
ruleTester(checkRule('percent-range'), {
  valid: [{ name: '0–100', plan: ind({ baseline: '{ fy: reiwa(4), value: 0 }', target: '{ fy: reiwa(11), value: 100 }' }) }],
  invalid: [
    { name: 'over 100', plan: ind({ target: '{ fy: reiwa(11), value: 120 }' }), errors: [{ messageId: 'outside', text: '120', data: { value: 120 } }] },
    { name: 'a ratio written as a fraction is fine, a negative is not', plan: ind({ baseline: '{ fy: reiwa(4), value: -1 }' }), errors: [{ messageId: 'outside', text: '-1', data: { value: -1 } }] },
  ],
});
