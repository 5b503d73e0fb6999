import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';
import { checkRule } from './_check.js';

const revs = (a: string, b: string) =>
  planText({ goals: goal([indicator({ revisions: `[{ fy: ${a}, label: '見直しA', previous: { target: { fy: reiwa(11), value: 15 } }, reason: 'x' }, { fy: ${b}, label: '見直しB', previous: { target: { fy: reiwa(11), value: 18 } }, reason: 'y' }]` })]) });
ruleTester(checkRule('revisions-out-of-order'), {
  valid: [{ name: 'oldest first', plan: revs('reiwa(5)', 'reiwa(7)') }],
  invalid: [{ name: 'newest first', plan: revs('reiwa(7)', 'reiwa(5)'), errors: [{ messageId: 'order', at: 'reiwa(5), label', text: 'reiwa(5)', data: { fy: '2023年度（令和5年度）', previous: '2025年度（令和7年度）' } }] }],
});
