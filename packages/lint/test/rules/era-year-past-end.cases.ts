import rule from '../../src/rules/era-year-past-end.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
ruleTester(rule, {
  valid: [{ name: '平成31年度 and 令和2年度', plan: desc('平成31年度から令和2年度まで、昭和64年') }],
  invalid: [
    { name: '平成32年度 in text', plan: desc('目標年度は平成32年度'), errors: [{ messageId: 'past', text: '平成32年度', data: { text: '平成32年度', era: '平成', last: 31, means: '2020年度（令和2年度）' } }], output: null },
    { name: 'H32', plan: desc('H32までに達成'), errors: [{ messageId: 'past', text: 'H32', data: { text: 'H32', era: '平成', last: 31, means: '2020年度（令和2年度）' } }] },
    { name: 'a printedYear() record', plan: planText({ goals: goal([indicator({ baseline: '{ fy: fy(2016), value: 10 }', target: "{ fy: printedYear('平成32年度'), value: 20 }" })]) }), errors: [{ messageId: 'past', text: "printedYear('平成32年度')", data: { text: '平成32年度', era: '平成', last: 31, means: '2020年度（令和2年度）' } }] },
  ],
});
