import rule from '../../src/rules/title-trailing-punctuation.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const init = (title: string) => planText({ goals: goal([indicator()], `initiatives: [{ id: 'i1', title: ${JSON.stringify(title)} }],`) });
ruleTester(rule, {
  valid: [
    { name: 'a complete title', plan: init('区子ども家庭支援体制強化') },
    { name: 'a 。 inside a title is not at its end', plan: init('見守り。支え合い') },
  ],
  invalid: [
    { name: 'a trailing 、 (sapporo)', plan: init('区子ども家庭支援体制強化、'), errors: [{ messageId: 'trailing', at: '、"', text: '、', data: { text: '区子ども家庭支援体制強化、', mark: '、' } }] },
    { name: 'a trailing ，', plan: init('見守り活動，'), errors: [{ messageId: 'trailing', at: '，"', text: '，', data: { text: '見守り活動，', mark: '，' } }] },
    {
      name: 'a title ending in 。 (asahikawa 取組名)',
      plan: init('地域の防災活動に対して、所要の支援を行います。'),
      errors: [{ messageId: 'period', at: '。"', text: '。', data: { text: '地域の防災活動に対して、所要の支援を行います。', mark: '。' } }],
    },
  ],
});
