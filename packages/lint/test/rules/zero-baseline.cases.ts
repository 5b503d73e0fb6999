import rule from '../../src/rules/zero-baseline.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator({ unit: "'件'", ...over })]) });
ruleTester(rule, {
  valid: [
    { name: 'a non-zero baseline', plan: planText() },
    { name: 'zero to zero (maintain)', plan: ind({ direction: "'maintain'", baseline: '{ fy: reiwa(4), value: 0 }', target: '{ fy: reiwa(11), value: 0 }' }) },
  ],
  invalid: [{ name: 'zero baseline with growth', plan: ind({ baseline: '{ fy: reiwa(4), value: 0 }', target: '{ fy: reiwa(11), value: 10 }' }), errors: [{ messageId: 'zero', at: '0 }', severity: 'info', text: '0', data: { indicator: '指標A' } }] }],
});
