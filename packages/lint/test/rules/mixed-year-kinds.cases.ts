import rule from '../../src/rules/mixed-year-kinds.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const withPrinted = (printed: string, extra: Record<string, string> = {}) =>
  planText({ goals: goal([indicator({ baseline: `{ fy: fy(2022), value: 97.75, printed: '${printed}' }`, ...extra })]) });
ruleTester(rule, {
  valid: [
    { name: 'fiscal years only', plan: withPrinted('基準(2022年度) 97.75％', { measure: "'年度末時点'" }) },
    { name: 'calendar years only: nothing to mix with', plan: withPrinted('基準(2022年) 97.75％') },
    { name: 'a date and a span are not a calendar-year figure', plan: withPrinted('令和5年3月末 97.75％（3年間の平均）', { measure: "'年度末時点'" }) },
  ],
  invalid: [
    {
      name: '基準(2022年) with 年度末時点 (札幌): once, at the first calendar year',
      plan: withPrinted('基準(2022年) 97.75％', { measure: "'年度末時点'" }),
      errors: [{ messageId: 'mixed', text: '2022年', data: { calendar: '2022年', fiscal: '年度末時点', count: 1 } }],
    },
    {
      name: '平成26年 beside 平成22年度 (福岡市)',
      plan: planText({
        goals: goal([
          indicator({ baseline: "{ fy: heisei(22), value: 1, printed: '現状値 平成22年度 1' }" }),
          indicator({ id: "'ind-b'", name: "'指標B'", baseline: "{ fy: heisei(26), value: 37.3, printed: '現状値 平成26年 37.3%' }" }),
        ]),
      }),
      errors: [{ messageId: 'mixed', text: '平成26年', data: { calendar: '平成26年', fiscal: '平成22年度', count: 1 } }],
    },
  ],
});
