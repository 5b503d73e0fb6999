import rule from '../../src/rules/unit-mismatch.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

const parts = (a: string, b: string) => `{ parts: [{ part: '個人', value: ${a} }, { part: '団体', value: ${b}, unit: '団体' }] }`;
const plan = (targetUnit = '') =>
  planText({
    goals: goal([
      indicator({
        unit: "'人'",
        baseline: `{ fy: reiwa(4), value: ${parts('525', '279')} }`,
        target: `{ fy: reiwa(11), value: { parts: [{ part: '個人', value: 700${targetUnit} }, { part: '団体', value: 300, unit: '団体' }] } }`,
      }),
    ]),
  });
ruleTester(rule, {
  valid: [
    { name: 'the same units', plan: plan() },
    { name: 'actuals in the same parts', plan: plan(), progress: progressText(`{ indicator: 'ind-a', value: ${parts('600', '280')} }`) },
  ],
  invalid: [
    { name: 'a part in another unit', plan: plan(", unit: '名'"), errors: [{ messageId: 'partUnit', text: "'名'", data: { indicator: '指標A', part: '個人', unit: '名', first: '人', where: '基準値' } }] },
    { name: 'a plain number against a plan with parts', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 880 }"), errors: [{ messageId: 'shape', text: '880', in: 'progress', data: { indicator: '指標A', here: '一つの数値', plan: '内訳つきの値' } }] },
  ],
});
