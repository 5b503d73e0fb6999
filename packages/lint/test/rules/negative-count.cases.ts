import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';
import { checkRule } from './_check.js';

ruleTester(checkRule('negative-count'), {
  valid: [{ name: 'a positive count', plan: planText({ goals: goal([indicator({ unit: "'人'", baseline: '{ fy: reiwa(4), value: 502 }' })]) }) }],
  invalid: [{ name: 'a negative count', plan: planText({ goals: goal([indicator({ unit: "'人'", baseline: '{ fy: reiwa(4), value: -502 }' })]) }), errors: [{ messageId: 'negative', text: '-502', data: { value: -502, unit: '人' } }] }],
});
