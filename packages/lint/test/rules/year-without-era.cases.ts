import rule from '../../src/rules/year-without-era.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const years = (b: string, t: string) => planText({ goals: goal([indicator({ baseline: `{ fy: ${b}, value: 17 }`, target: `{ fy: ${t}, value: 23 }` })]) });
ruleTester(rule, {
  valid: [
    { name: 'helper years', plan: years('heisei(26)', 'heisei(31)') },
    { name: 'a printed year with its era', plan: years("printedYear('平成26年度')", "printedYear('平成32年度')") },
  ],
  invalid: [
    {
      name: '26年度 and 32年度 with 平成 from context (三重県社協): once, at the first',
      plan: years("printedYear('26年度', '平成')", "printedYear('32年度', '平成')"),
      errors: [{ messageId: 'noEra', text: "printedYear('26年度', '平成')", data: { printed: '26年度', era: '平成', count: 2, examples: '「26年度」「32年度」' } }],
    },
  ],
});
