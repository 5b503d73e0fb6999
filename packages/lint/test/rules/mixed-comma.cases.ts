import rule from '../../src/rules/mixed-comma.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (...d: string[]) => planText({ goals: goal([indicator()], `description: ${JSON.stringify(d)},`) });
ruleTester(rule, {
  valid: [
    { name: 'only 、', plan: desc('高齢、障がい、子ども', '地域で、支え合う') },
    { name: 'only ， (a plan may choose it)', plan: desc('高齢，障がい，子ども') },
    { name: 'a thousands separator and Latin text are not 読点', plan: desc('相談件数は1,888件、SDGs (goals 1, 3, 10)') },
  ],
  invalid: [
    {
      name: '， among 、 (旭川): one finding, at the first of the rarer',
      plan: desc('地域で、支え合い、見守る', '高齢，障害，子ども'),
      errors: [{ messageId: 'mixed', text: '，', data: { minority: '，', majority: '、', minorityCount: 2, majorityCount: 2 } }],
    },
    {
      name: 'a half-width , as a 読点 (福岡市: 「地域での支え合いにより,子育て家庭」)',
      plan: desc('地域での支え合いにより,子育て家庭や高齢者が暮らしやすい'),
      errors: [{ messageId: 'halfwidth', after: '支え合いにより', text: ',', data: { count: 1 } }],
    },
  ],
});
