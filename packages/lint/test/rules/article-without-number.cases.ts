import rule from '../../src/rules/article-without-number.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });

ruleTester(rule, {
  valid: [
    { name: 'article numbers present', plan: desc('社会福祉法第106条の5に規定される計画、同法第107条') },
    { name: 'kanji article numbers', plan: desc('民法第八百五十八条') },
  ],
  invalid: [
    { name: 'the asahikawa defect', plan: desc('社会福祉法第に規定される「重層的支援体制整備事業実施計画」'), errors: [{ messageId: 'missing', at: '法第に', text: '法第', data: { context: '社会福祉法第に規定される「重層的…' } }] },
    {
      name: 'a citation that stops at 第 (an encompassed plan)',
      plan: planText({ encompasses: "{ id: 'juso', kind: '重層的支援体制整備事業実施計画', law: '社会福祉法第' }" }),
      errors: [{ messageId: 'missing', at: "法第' }", text: '法第', data: { context: '社会福祉法第' } }],
    },
    { name: '第 then a space and 条', plan: desc('条例第 条に基づく'), errors: [{ messageId: 'missing', text: '条例第', data: { context: '条例第 条に基づく' } }] },
  ],
});
