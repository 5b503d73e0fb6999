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
    // Okurigana of compound nouns: only noun uses count.
    {
      name: 'the verb 取り組む / 取り組んで / 取り組みます beside the noun 取組 is 公用文 itself',
      plan: desc('地域の取組を進めます', '課題に取り組む', '地域で取り組んで', '見守り活動に取り組みます', '取組の評価'),
    },
    { name: '…に取り組み、 (the verb’s 連用中止) and 取り組みやすい beside 取組', plan: desc('支え合いに取り組み、活動を広げる', '誰もが取り組みやすい', '取組を進める') },
    {
      name: 'compounds (取り組み方針, 申込書, 受付窓口, 相談受付件数) follow 通則7 and are not counted',
      plan: desc('取り組み方針を定める', '取組を進める', '申込書を配布', '申し込みを受ける', '受付窓口', '相談を受付ける', '相談受付件数'),
    },
    { name: '受け付けます (verb) beside 受付 (noun)', plan: desc('相談を包括的に受け付けます', '窓口で受付を行う') },
    { name: '呼び掛ける (verb) beside 呼びかけ (noun)', plan: desc('参加を呼び掛けるチラシ', '住民への呼びかけを行う') },
    { name: '取組む (a verb by 通則6 許容) is not the noun 取組', plan: desc('それぞれが取組むべきこと', '地域の取り組みを紹介') },
    { name: '組合 (a union) is not 組合せ', plan: desc('労働組合の協力', '事業の組み合わせ') },
  ],
  invalid: [
    {
      name: '取組み beside 取り組み (加古川 K01): at the first use of the rarer form',
      plan: desc('関係機関と連携・協力した取り組みを進めるとともに、取り組みの進捗状況を把握', '相談窓口の強化等に向けた様々な取組みを進めました。'),
      errors: [{ messageId: 'mixed', text: '取組み', data: { word: '取組', minority: '取組み', majority: '取り組み', minorityCount: 1, majorityCount: 2 } }],
    },
    {
      name: '取り組み (noun) beside 取組 (旭川: 再犯防止に向けた取り組みの推進); the verb 取り組みます is not counted',
      plan: desc('再犯防止に向けた取組の実施', '権利擁護に関する取組を進めます', '広報に取り組みます。', '再犯防止に向けた取り組みの推進につなげます。'),
      errors: [{ messageId: 'mixed', text: '取り組み', at: '取り組みの推進', data: { word: '取組', minority: '取り組み', majority: '取組', minorityCount: 1, majorityCount: 2 } }],
    },
    {
      name: '手続き beside 手続 (旭川), 手続 before 「、」',
      plan: desc('市長による申立て手続、報酬助成を行う', '福祉サービス利用の手続きや生活費の管理'),
      errors: [{ messageId: 'mixed', text: '手続き', data: { word: '手続', minority: '手続き', majority: '手続', minorityCount: 1, majorityCount: 1 } }],
    },
    {
      name: '立上げ beside 立ち上げ (旭川), both before 「・」',
      plan: desc('事務局の立上げ・担い手の確保', '地区ボランティアセンターの立ち上げ・運営を支援'),
      errors: [{ messageId: 'mixed', text: '立ち上げ', data: { word: '立上げ', minority: '立ち上げ', majority: '立上げ', minorityCount: 1, majorityCount: 1 } }],
    },
    {
      name: '引続き beside 引き続き: an adverb, every use counts',
      plan: desc('引き続き実施します', '引き続き、支援を行う', '引続き検討する'),
      errors: [{ messageId: 'mixed', text: '引続き', data: { word: '引き続き', minority: '引続き', majority: '引き続き', minorityCount: 1, majorityCount: 2 } }],
    },
    {
      name: '三つの綴り (申込, 申込み, 申し込み): one finding per rarer form',
      plan: desc('参加の申し込みを受ける', '申し込みは電話で', '申込みは窓口で', '申込の方法'),
      errors: [
        { messageId: 'mixed', text: '申込み', data: { word: '申込み', minority: '申込み', majority: '申し込み', minorityCount: 1, majorityCount: 2 } },
        { messageId: 'mixed', text: '申込', at: '申込の', data: { word: '申込み', minority: '申込', majority: '申し込み', minorityCount: 1, majorityCount: 2 } },
      ],
    },
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
