import { ruleTester } from '../rule-tester.js';
import { planText, progressText } from '../snippets.js';
import { checkRule } from './_check.js';

ruleTester(checkRule('progress-fy-outside-period'), {
  valid: [{ name: 'progress inside the period', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12 }") }],
  invalid: [
    { name: 'progress after the end', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12 }", 2031), progressFy: 2031, errors: [{ messageId: 'outside', text: 'fy(2031)', in: 'progress', data: { fy: '2031年度（令和13年度）', start: '2024年度（令和6年度）', end: '2029年度（令和11年度）' } }] },
  ],
});
