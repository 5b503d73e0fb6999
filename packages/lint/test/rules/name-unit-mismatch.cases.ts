import rule from '../../src/rules/name-unit-mismatch.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const people = (units: string[]) =>
  planText({ goals: goal(units.map((u, i) => indicator({ id: `'p${i}'`, name: `'講習会${i}の参加者数'`, unit: `'${u}'` }))) });
const ind = (name: string, unit: string) => planText({ goals: goal([indicator({ name: `'${name}'`, unit: `'${unit}'` })]) });
ruleTester(rule, {
  valid: [
    { name: '件数 in 件', plan: ind('相談延べ件数', '件') },
    { name: 'the last counting word decides', plan: ind('相談件数（延べ回数）', '回') },
    { name: '事業者数 is not 者数', plan: ind('見守り活動登録事業者数', '事業所') },
    { name: 'no counting word', plan: ind('心のバリアフリーの理解度', '%') },
    { name: 'the unit is the counted thing itself: 法人数 in 法人 (三重県社協)', plan: ind('みえ福祉の「わ」創造事業(仮称)に参画している社会福祉法人数', '法人') },
    { name: '件数 in 回: both count events (旭川 実施件数)', plan: ind('出前講座の実施件数', '回') },
    { name: '回数 in 件', plan: ind('研修の開催回数', '件') },
    { name: 'a 期間 early in the name, a 割合 at its end', plan: ind('住居確保給付金受給期間中に就労に至った世帯の割合', '%') },
    { name: '人 and 名 half and half: no plan-wide unit to hold to', plan: people(['人', '名']) },
  ],
  invalid: [
    {
      name: 'a length of life in % (福岡市 「日常生活に制限のない期間」の推移)',
      plan: ind('「日常生活に制限のない期間」の推移', '%'),
      errors: [{ messageId: 'mismatch', text: "'%'", data: { indicator: '「日常生活に制限のない期間」の推移', word: '期間', unit: '%', expected: '年 / 年間 / 歳 / 日 / 日間 / か月 / 月' } }],
    },
    {
      name: 'one head count in 名 where the plan counts in 人 (苫小牧 災害ボランティア講習会参加者数)',
      plan: people(['人', '人', '名', '人']),
      errors: [{ messageId: 'variant', text: "'名'", data: { indicator: '講習会2の参加者数', unit: '名', other: '人', count: 3 } }],
    },
    { name: '件数 in か所 (asahikawa 実施件数)', plan: ind('ふれあいサロンの実施件数', 'か所'), errors: [{ messageId: 'mismatch', text: "'か所'", data: { indicator: 'ふれあいサロンの実施件数', word: '件数', unit: 'か所', expected: '件 / 回' } }] },
    { name: '法人数 in 人: the unit is not the counted thing', plan: ind('参画している社会福祉法人数', '人'), errors: [{ messageId: 'mismatch', text: "'人'", data: { indicator: '参画している社会福祉法人数', word: '法人数', unit: '人', expected: '法人 / 団体' } }] },
    { name: '割合 in 人', plan: ind('参加した市民の割合', '人'), errors: [{ messageId: 'mismatch', text: "'人'", data: { indicator: '参加した市民の割合', word: '割合', unit: '人', expected: '%' } }] },
  ],
});
