import { ruleTester } from '../rule-tester.js';
import { planText, progressText } from '../snippets.js';
import { checkRule } from './_check.js';

ruleTester(checkRule('provisional-as-of'), {
  valid: [
    { name: 'a provisional mid-year figure', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, asOf: '2025-12-31', provisional: true }") },
    { name: 'a year-end figure', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, asOf: '2026-03-31' }") },
  ],
  invalid: [
    { name: 'mid-year, not provisional (sapporo 12月末時点)', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, asOf: '2025-12-31' }"), errors: [{ messageId: 'provisionalRequired', at: "'2025-12-31'", in: 'progress' }] },
    { name: 'outside the fiscal year', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, asOf: '2025-03-31' }"), errors: [{ messageId: 'outsideYear', at: "'2025-03-31'", in: 'progress' }] },
    { name: 'provisional with no date', plan: planText(), progress: progressText("{ indicator: 'ind-a', value: 12, provisional: true }"), errors: [{ messageId: 'asOfRequired', at: 'true', in: 'progress' }] },
  ],
});
