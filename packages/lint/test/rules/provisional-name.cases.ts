import rule from '../../src/rules/provisional-name.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const named = (name: string) => planText({ goals: goal([indicator({ name: JSON.stringify(name), unit: "'法人'" })]) });
ruleTester(rule, {
  valid: [{ name: 'a settled name', plan: named('みえ福祉の「わ」創造事業に参画している社会福祉法人数') }],
  invalid: [
    {
      name: '(仮称) in the name (三重県社協), at the mark',
      plan: named('みえ福祉の「わ」創造事業(仮称)に参画している社会福祉法人数'),
      errors: [{ messageId: 'provisional', text: '(仮称)', data: { indicator: 'みえ福祉の「わ」創造事業(仮称)に参画している社会福祉法人数' } }],
    },
    { name: 'full-width （仮称）', plan: named('地域福祉センター（仮称）の利用者数'), errors: [{ messageId: 'provisional', text: '（仮称）', data: { indicator: '地域福祉センター（仮称）の利用者数' } }] },
  ],
});
