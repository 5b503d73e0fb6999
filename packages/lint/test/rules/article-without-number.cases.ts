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
      name: 'a note quoting the value it describes is the same defect: reported once, at the value (旭川 encompasses[2])',
      plan: planText({ encompasses: "{ id: 'juso', kind: '重層的支援体制整備事業実施計画', law: '社会福祉法第', note: '※ 社会福祉法第に規定される計画を包含する' }" }),
      errors: [{ messageId: 'missing', at: "法第', note", text: '法第', data: { context: '社会福祉法第' } }],
    },
    {
      name: 'a note citing another law without its number is its own finding',
      plan: planText({ encompasses: "{ id: 'juso', kind: '重層的支援体制整備事業実施計画', law: '社会福祉法第106条の5', note: '老人福祉法第に基づく' }" }),
      errors: [{ messageId: 'missing', at: '法第に基づく', text: '法第', data: { context: '老人福祉法第に基づく' } }],
    },
    {
      name: 'a citation that stops at 第 (an encompassed plan)',
      plan: planText({ encompasses: "{ id: 'juso', kind: '重層的支援体制整備事業実施計画', law: '社会福祉法第' }" }),
      errors: [{ messageId: 'missing', at: "法第' }", text: '法第', data: { context: '社会福祉法第' } }],
    },
    { name: '第 then a space and 条', plan: desc('条例第 条に基づく'), errors: [{ messageId: 'missing', text: '条例第', data: { context: '条例第 条に基づく' } }] },
  ],
});
