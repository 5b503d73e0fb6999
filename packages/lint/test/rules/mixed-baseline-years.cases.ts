import rule from '../../src/rules/mixed-baseline-years.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const two = (a: string, b: string, c = a) =>
  planText({
    goals: goal([
      indicator({ id: "'ind-a'", baseline: `{ fy: ${a}, value: 10 }` }),
      indicator({ id: "'ind-b'", name: "'指標B'", baseline: `{ fy: ${b}, value: 10 }` }),
      indicator({ id: "'ind-c'", name: "'指標C'", baseline: `{ fy: ${c}, value: 10 }` }),
    ]),
  });
ruleTester(rule, {
  valid: [{ name: 'one baseline year', plan: two('reiwa(4)', 'reiwa(4)') }],
  invalid: [
    { name: 'one indicator from another year (asahikawa R5)', plan: two('reiwa(4)', 'reiwa(5)'), errors: [{ messageId: 'differs', text: 'reiwa(5)', severity: 'info', data: { indicator: '指標B', fy: '2023年度（令和5年度）', common: '2022年度（令和4年度）', count: 2 } }] },
    { name: 'a tie: the earliest year is the plan’s', plan: planText({ goals: goal([indicator({ baseline: '{ fy: reiwa(5), value: 1 }' }), indicator({ id: "'ind-b'", baseline: '{ fy: reiwa(4), value: 1 }' })]) }), errors: [{ messageId: 'differs', text: 'reiwa(5)', data: { indicator: '指標A', fy: '2023年度（令和5年度）', common: '2022年度（令和4年度）', count: 1 } }] },
  ],
});
