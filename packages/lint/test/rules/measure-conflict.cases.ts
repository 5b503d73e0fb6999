import rule from '../../src/rules/measure-conflict.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator({ unit: "'人'", ...over })]) });
ruleTester(rule, {
  valid: [
    { name: 'a registration count at the year end', plan: ind({ name: "'雪かきボランティア登録者数'", measure: "'年度末時点'" }) },
    { name: 'a count with repeats that is not a registration (延べ参加者数)', plan: ind({ name: "'サロンの延べ参加者数'", measure: "'延べ'" }) },
    { name: 'a cumulative registration total (総登録者数, 累計)', plan: ind({ name: "'ゲートキーパー養成講座総登録者数'", measure: "'累計'" }) },
    { name: 'a registration count with no measure', plan: ind({ name: "'ボランティア登録者数'" }) },
  ],
  invalid: [
    {
      // mie-shakyo-2015 1-4: 「ボランティア活動者の登録人数(延べ人数)」, measure 延べ as printed.
      name: '登録人数(延べ人数) (mie-shakyo-2015 1-4)',
      plan: ind({ name: "'ボランティア活動者の登録人数(延べ人数)'", measure: "'延べ'" }),
      errors: [{ messageId: 'stockCountedWithRepeats', text: "'ボランティア活動者の登録人数(延べ人数)'", data: { indicator: 'ボランティア活動者の登録人数(延べ人数)', stock: '登録人数', how: '「延べ」' } }],
    },
    {
      name: 'a member count encoded as 延べ',
      plan: ind({ name: "'老人クラブ会員数'", measure: "'延べ'" }),
      errors: [{ messageId: 'stockCountedWithRepeats', text: "'延べ'", data: { indicator: '老人クラブ会員数', stock: '会員数', how: '延べ（measure）' } }],
    },
  ],
});
