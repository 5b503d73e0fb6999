import rule from '../../src/rules/measure-name-mismatch.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator({ unit: "'人'", ...over })]) });
ruleTester(rule, {
  valid: [
    { name: 'no source', plan: ind({ name: "'ボランティア活動参加者数'" }) },
    { name: 'a survey as the source', plan: ind({ name: "'地域活動に参加している市民の割合'", unit: "'%'", source: "'市民意識調査'" }) },
    { name: 'the same act (参加者数 measured as 講座参加者数)', plan: ind({ name: "'ボランティア活動参加者数'", source: "'ボランティア講座参加者数'" }) },
    // volunteer-yakusoku-37: 登録ボランティア数 measured as 登録ボランティアの数 (not a 者数 on either side).
    { name: 'a count that is not a head count of an act (volunteer-yakusoku-37)', plan: ind({ name: "'社会福祉協議会登録ボランティア数の増加'", source: "'社会福祉協議会の登録ボランティアの数'" }) },
  ],
  invalid: [
    {
      // town-sesaku-sheet-2016 B: 「ボランティア活動参加者数」, printed under it 「※ボランティア活動保険加入者数」.
      name: '参加者数 measured by 保険加入者数 (town-sesaku-sheet-2016 B)',
      plan: ind({ name: "'ボランティア活動参加者数'", source: "'ボランティア活動保険加入者数'" }),
      errors: [{ messageId: 'otherCount', text: "'ボランティア活動保険加入者数'", data: { indicator: 'ボランティア活動参加者数', named: '参加', source: 'ボランティア活動保険加入者数', counted: '加入' } }],
    },
  ],
});
