import rule from '../../src/rules/party-count.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
// asahikawa 基本目標2 施策1 取組1 (A08): two parties named, 「3者の協定」.
const A08 = '旭川市市民委員会連絡協議会と公益社団法人北海道宅地建物取引業協会旭川支部の3者の協定に基づき、加入促進のチラシを配付します';
ruleTester(rule, {
  valid: [
    { name: 'three parties named (本市、A及びB)', plan: desc('本市、市民委員会連絡協議会及び宅地建物取引業協会の3者の協定に基づき配付します') },
    { name: 'a list with one name only cannot be counted (関係機関の3者)', plan: desc('関係機関の3者で協議します') },
    { name: 'と inside a word is no separator (ひとり親)', plan: desc('ひとり親家庭支援団体の2者で協議します') },
    { name: 'a longer list (a phrase before it) is not reported', plan: desc('本市では、AセンターとB協会の3者で協議します') },
    { name: 'two parties named, 2者', plan: desc('市民委員会と宅建協会の2者の協定に基づく') },
  ],
  invalid: [
    {
      name: '3者 with two parties named (asahikawa A08)',
      plan: desc(A08),
      errors: [{ messageId: 'fewer', text: '3者', data: { printed: '3者', named: 2, list: '旭川市市民委員会連絡協議会と公益社団法人北海道宅地建物取引業協会旭川支部' } }],
    },
    { name: 'full-width and kanji counts (４者, 三者)', plan: desc('A協会・B会の４者で協議します。C会とD会の三者による連携を進めます'), errors: [{ messageId: 'fewer', text: '４者', data: { printed: '４者', named: 2, list: 'A協会・B会' } }, { messageId: 'fewer', text: '三者', data: { printed: '三者', named: 2, list: 'C会とD会' } }] },
  ],
});
