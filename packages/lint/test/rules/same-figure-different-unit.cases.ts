import rule from '../../src/rules/same-figure-different-unit.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const pair = (u1: string, u2: string, v = 1888) =>
  planText({
    goals: goal([
      indicator({ id: "'soudan-a'", unit: `'${u1}'`, baseline: `{ fy: reiwa(4), value: ${v} }`, target: '{ fy: reiwa(11), value: 3300 }' }),
      indicator({ id: "'soudan-b'", name: "'相談延べ件数'", unit: `'${u2}'`, baseline: `{ fy: reiwa(4), value: ${v} }`, target: '{ fy: reiwa(11), value: 3300 }' }),
    ]),
  });
ruleTester(rule, {
  valid: [
    { name: 'the same unit', plan: pair('件', '件') },
    { name: 'a small figure may coincide', plan: pair('件', '回', 12) },
  ],
  invalid: [{ name: '1,888件 and 1,888回 (asahikawa)', plan: pair('件', '回'), errors: [{ messageId: 'differs', text: "'回'", data: { indicator: '相談延べ件数', other: '指標A', otherPath: 'goals[0].indicators[0]', value: '1,888', fy: '2022年度（令和4年度）', unit: '回', otherUnit: '件' } }] }],
});
