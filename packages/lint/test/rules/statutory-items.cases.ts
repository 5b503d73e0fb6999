import rule from '../../src/rules/statutory-items.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const full = "'高齢者・障がい者・子どもに共通して取り組むべき事項', '福祉サービスの適切な利用の推進', '社会福祉を目的とする事業の健全な発達', '住民の参加の促進', '包括的な支援体制の整備'";
const whole = (description: string, source = "{ file: 'fixture', title: 'fixture' }") => planText({ source, goals: goal([indicator()], `description: [${description}],`) });
ruleTester(rule, {
  valid: [
    { name: 'all five items', plan: whole(full) },
    { name: 'an excerpt (source.scope) is not judged', plan: whole("'見守り活動'", "{ file: 'fixture', title: 'fixture', scope: '第4章のみ' }") },
    { name: 'a plan not citing §107', plan: planText({ legalBasis: "['地域福祉の推進に関する条例']", source: "{ file: 'fixture', title: 'fixture' }" }) },
  ],
  invalid: [
    {
      name: 'no 包括的な支援体制 and no 事業者',
      plan: whole("'高齢者・障がい者・子どもに共通して取り組むべき事項', '福祉サービスの適切な利用の推進', '住民の参加の促進'"),
      errors: [
        { messageId: 'missing', text: "['社会福祉法第107条']", severity: 'info', data: { no: 3, item: '社会福祉を目的とする事業の健全な発達', itemEn: 'sound development of social-welfare businesses' } },
        { messageId: 'missing', text: "['社会福祉法第107条']", severity: 'info', data: { no: 5, item: '包括的な支援体制の整備（第106条の3）', itemEn: 'the comprehensive support system (§106-3)' } },
      ],
    },
  ],
});
