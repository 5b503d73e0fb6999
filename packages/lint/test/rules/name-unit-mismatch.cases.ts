import rule from '../../src/rules/name-unit-mismatch.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const ind = (name: string, unit: string) => planText({ goals: goal([indicator({ name: `'${name}'`, unit: `'${unit}'` })]) });
ruleTester(rule, {
  valid: [
    { name: '件数 in 件', plan: ind('相談延べ件数', '件') },
    { name: 'the last counting word decides', plan: ind('相談件数（延べ回数）', '回') },
    { name: '事業者数 is not 者数', plan: ind('見守り活動登録事業者数', '事業所') },
    { name: 'no counting word', plan: ind('心のバリアフリーの理解度', '%') },
  ],
  invalid: [
    { name: '件数 in 回 (asahikawa)', plan: ind('旭川市自立サポートセンターにおける相談延べ件数', '回'), errors: [{ messageId: 'mismatch', text: "'回'", data: { indicator: '旭川市自立サポートセンターにおける相談延べ件数', word: '件数', unit: '回', expected: '件' } }] },
    { name: '割合 in 人', plan: ind('参加した市民の割合', '人'), errors: [{ messageId: 'mismatch', text: "'人'", data: { indicator: '参加した市民の割合', word: '割合', unit: '人', expected: '%' } }] },
  ],
});
