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
    { name: 'a part in another unit', plan: plan(", unit: '名'"), errors: [{ messageId: 'partUnit', at: "'名'" }] },
    { name: 'a plain number against a plan with parts', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 880 }"), errors: [{ messageId: 'shape', at: '880', in: 'progress' }] },
  ],
});
