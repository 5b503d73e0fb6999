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
const publish = { profile: 'publish' as const };
ruleTester(rule, {
  valid: [
    { name: 'one baseline year', plan: two('reiwa(4)', 'reiwa(4)'), settings: publish },
  ],
  invalid: [
    { name: 'drafting: one indicator from another year (asahikawa R5)', plan: two('reiwa(4)', 'reiwa(5)'), errors: [{ messageId: 'differs', text: 'reiwa(5)', severity: 'info', data: { indicator: '指標B', others: 0, fy: '2023年度（令和5年度）', common: '2022年度（令和4年度）', count: 2 } }] },
    {
      name: 'publishing: several differing indicators make one finding, at the first (三重 26年度/27年度)',
      plan: planText({ goals: goal([4, 4, 4, 5, 3].map((y, i) => indicator({ id: `'ind-${i}'`, name: `'指標${i}'`, baseline: `{ fy: reiwa(${y}), value: 1 }` }))) }),
      settings: publish,
      errors: [{ messageId: 'differs', text: 'reiwa(5)', data: { indicator: '指標3', others: 1, fy: '2021年度（令和3年度）・2023年度（令和5年度）', common: '2022年度（令和4年度）', count: 3 } }],
    },
    { name: 'a tie: the earliest year is the plan’s', plan: planText({ goals: goal([indicator({ baseline: '{ fy: reiwa(5), value: 1 }' }), indicator({ id: "'ind-b'", baseline: '{ fy: reiwa(4), value: 1 }' })]) }), settings: publish, errors: [{ messageId: 'differs', text: 'reiwa(5)', data: { indicator: '指標A', others: 0, fy: '2023年度（令和5年度）', common: '2022年度（令和4年度）', count: 1 } }] },
  ],
});
