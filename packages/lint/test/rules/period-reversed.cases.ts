import { ruleTester } from '../rule-tester.js';
import { planText } from '../snippets.js';
import { checkRule } from './_check.js';

ruleTester(checkRule('period-reversed'), {
  valid: [{ name: 'start before end', plan: planText() }],
  invalid: [{ name: 'end before start', plan: planText({ period: '{ start: fy(2024), end: fy(2020) }' }), errors: [{ messageId: 'reversed', text: 'fy(2020)', data: { start: '2024年度（令和6年度）', end: '2020年度（令和2年度）' } }] }],
});
