import rule from '../../src/rules/name-not-a-measure.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const named = (name: string) => planText({ goals: goal([indicator({ name: `'${name}'`, unit: "'人'" })]) });
ruleTester(rule, {
  valid: [
    { name: 'a quantity', plan: named('社会福祉協議会登録ボランティア数') },
    { name: '増加 inside the name, not at its end', plan: named('増加した相談件数') },
    { name: '向上 is an aim word this rule leaves alone (苫小牧 「ケアマネジャーの質の向上」 is a qualitative indicator)', plan: named('ケアマネジャーの質の向上') },
  ],
  invalid: [
    {
      name: '…数の増加 (ボランティアの約束)',
      plan: named('社会福祉協議会登録ボランティア数の増加'),
      errors: [{ messageId: 'change', text: "'社会福祉協議会登録ボランティア数の増加'", data: { indicator: '社会福祉協議会登録ボランティア数の増加', word: '増加' } }],
    },
    {
      name: '…の推移 (福岡市)',
      plan: named('「日常生活に制限のない期間」の推移'),
      errors: [{ messageId: 'change', text: "'「日常生活に制限のない期間」の推移'", data: { indicator: '「日常生活に制限のない期間」の推移', word: '推移' } }],
    },
  ],
});
