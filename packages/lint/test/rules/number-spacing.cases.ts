import rule from '../../src/rules/number-spacing.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
ruleTester(rule, {
  valid: [
    { name: 'a list, a year and a count', plan: desc('項目 1, 2, 5 を参照。2024 年度は 1,888 件、第1層 1回 第2層 26回') },
    {
      name: 'a printed table cell whose spaced digits were read as its value (asahikawa 「1 2 5 件」, value 125): the table flattened, nothing to check',
      plan: planText({ goals: goal([indicator({ unit: "'件'", baseline: "{ fy: reiwa(4), value: 125, printed: '1 2 5 件' }" })]) }),
    },
    {
      name: 'with a thousands comma, read right (asahikawa 「1, 8 8 8 件」, value 1888)',
      plan: planText({ goals: goal([indicator({ unit: "'件'", baseline: "{ fy: reiwa(4), value: 1888, printed: '1, 8 8 8 件' }" })]) }),
    },
  ],
  invalid: [
    { name: 'spaced digits in prose', plan: desc('令和4年度は1 2 5 件'), errors: [{ messageId: 'spaced', text: '1 2 5', data: { text: '1 2 5', fixed: '125' } }], output: desc('令和4年度は125 件') },
    { name: 'with a thousands comma', plan: desc('1, 8 8 8 件'), errors: [{ messageId: 'spaced', at: '1, 8', text: '1, 8 8 8', data: { text: '1, 8 8 8', fixed: '1,888' } }], output: desc('1,888 件') },
    {
      name: 'in a printed cell whose value was read otherwise (12 for 「1 2 5 件」): info, not rewritten',
      plan: planText({ goals: goal([indicator({ unit: "'件'", baseline: "{ fy: reiwa(4), value: 12, printed: '1 2 5 件' }" })]) }),
      errors: [{ messageId: 'spacedPrinted', text: '1 2 5', severity: 'info', data: { text: '1 2 5', fixed: '125' } }],
      output: null,
    },
  ],
});
