import rule from '../../src/rules/fullwidth-digits.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
ruleTester(rule, {
  valid: [{ name: 'all half-width, or all full-width (as printed)', plan: desc('1,302 件、６年間、８０５０問題') }],
  invalid: [
    { name: 'mixed digits', plan: desc('2０24年度'), errors: [{ messageId: 'mixed', text: '2０24', data: { text: '2０24', fixed: '2024' } }], output: desc('2024年度') },
    { name: 'a full-width comma in a half-width number', plan: desc('相談件数 1，302 件'), errors: [{ messageId: 'mixed', text: '1，302', data: { text: '1，302', fixed: '1,302' } }], output: desc('相談件数 1,302 件') },
    { name: 'in a printed cell: no fix', plan: planText({ goals: goal([indicator({ target: "{ fy: reiwa(11), value: 20, printed: '2０%' }" })]) }), errors: [{ messageId: 'mixed', at: "2０%", text: '2０', data: { text: '2０', fixed: '20' } }], output: null },
  ],
});
