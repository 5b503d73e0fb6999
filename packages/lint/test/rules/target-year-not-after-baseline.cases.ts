import rule from '../../src/rules/target-year-not-after-baseline.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator(over)]) });
ruleTester(rule, {
  valid: [
    { name: 'target after baseline', plan: planText() },
    { name: 'target before baseline is core’s target-before-baseline', plan: ind({ target: '{ fy: reiwa(2), value: 20 }' }) },
    { name: 'a tbd target year cannot be judged', plan: ind({ target: "{ fy: tbd('令和〇年度'), value: 20 }" }) },
  ],
  invalid: [
    { name: 'the asahikawa 【令和4年度】 target', plan: ind({ target: '{ fy: reiwa(4), value: 260 }' }), errors: [{ messageId: 'equal', at: 'reiwa(4), value: 260', text: 'reiwa(4)', data: { indicator: '指標A', fy: '2022年度（令和4年度）' } }] },
    { name: 'a printed year equal to the baseline', plan: ind({ baseline: '{ fy: fy(2020), value: 10 }', target: "{ fy: printedYear('平成32年度'), value: 20 }" }), errors: [{ messageId: 'equal', text: "printedYear('平成32年度')", data: { indicator: '指標A', fy: '2020年度（令和2年度）' } }] },
  ],
});
