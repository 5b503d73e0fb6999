import rule from '../../src/rules/notation-variant.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (...d: string[]) => planText({ goals: goal([indicator()], `description: ${JSON.stringify(d)},`) });
ruleTester(rule, {
  valid: [
    { name: 'one spelling throughout', plan: desc('障がいのある人の就労', '障がい者の相談') },
    { name: 'law and statutory plan names keep 障害 (小樽: 小樽市障害者計画 beside 障がいの有無)', plan: desc('小樽市障害者計画・障害福祉計画と調和を図る', '障害者総合支援法に基づき', '障がいの有無にかかわらず') },
    { name: '民生委員児童委員協議会 is an organisation’s name', plan: desc('民生委員・児童委員の活動', '民生委員児童委員協議会との連携') },
    {
      name: 'an encoder’s note is not the document’s text',
      plan: planText({ goals: goal([indicator({ baseline: "{ fy: reiwa(4), value: 10, note: '位置づけの表から' }" })], "description: ['計画に位置付ける'],") }),
    },
  ],
  invalid: [
    {
      name: '障害 beside 障がい (旭川): one finding, at the first use of the rarer form',
      plan: desc('障がい者の相談', '障がいのある人', '障害のある人が情報を得る'),
      errors: [{ messageId: 'mixed', text: '障害', data: { word: '障害', minority: '障害', majority: '障がい', minorityCount: 1, majorityCount: 2 } }],
    },
    {
      name: '民生委員児童委員 beside 民生委員・児童委員 (町の施策シート)',
      plan: desc('民生委員・児童委員の相談支援件数', '民生委員・児童委員が訪問', '民生委員児童委員の活動'),
      errors: [{ messageId: 'mixed', text: '民生委員児童委員', data: { word: '民生委員・児童委員', minority: '民生委員児童委員', majority: '民生委員・児童委員', minorityCount: 1, majorityCount: 2 } }],
    },
    {
      name: '位置付け and 位置づけ, the tie goes to the first seen',
      plan: desc('計画を位置付ける', '事業を位置づける'),
      errors: [{ messageId: 'mixed', text: '位置づけ', data: { word: '位置付け', minority: '位置づけ', majority: '位置付け', minorityCount: 1, majorityCount: 1 } }],
    },
  ],
});
