import { ruleTester } from '../rule-tester.js';
import { planText, progressText } from '../snippets.js';
import { checkRule } from './_check.js';

ruleTester(checkRule('provisional-as-of'), {
  valid: [
    { name: 'a provisional mid-year figure', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, asOf: '2025-12-31', provisional: true }") },
    { name: 'a year-end figure', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, asOf: '2026-03-31' }") },
  ],
  invalid: [
    { name: 'mid-year, not provisional (sapporo 12月末時点)', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, asOf: '2025-12-31' }"), errors: [{ messageId: 'provisionalRequired', text: "'2025-12-31'", in: 'progress', data: { asOf: '2025-12-31' } }] },
    { name: 'outside the fiscal year', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, asOf: '2025-03-31' }"), errors: [{ messageId: 'outsideYear', text: "'2025-03-31'", in: 'progress', data: { asOf: '2025-03-31', fy: '2025年度（令和7年度）' } }] },
    { name: 'provisional with no date', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, provisional: true }"), errors: [{ messageId: 'asOfRequired', text: 'true', in: 'progress', data: {} }] },
  ],
});
