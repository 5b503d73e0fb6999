import rule from '../../src/rules/title-trailing-punctuation.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const init = (title: string) => planText({ goals: goal([indicator()], `initiatives: [{ id: 'i1', title: ${JSON.stringify(title)} }],`) });
ruleTester(rule, {
  valid: [{ name: 'a complete title', plan: init('区子ども家庭支援体制強化') }],
  invalid: [
    { name: 'a trailing 、 (sapporo)', plan: init('区子ども家庭支援体制強化、'), errors: [{ messageId: 'trailing', at: '、"', text: '、', data: { text: '区子ども家庭支援体制強化、', mark: '、' } }] },
    { name: 'a trailing ，', plan: init('見守り活動，'), errors: [{ messageId: 'trailing', at: '，"', text: '，', data: { text: '見守り活動，', mark: '，' } }] },
  ],
});
