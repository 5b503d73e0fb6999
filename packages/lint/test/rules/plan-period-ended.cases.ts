import rule from '../../src/rules/plan-period-ended.js';
import { ruleTester } from '../rule-tester.js';
import { planText } from '../snippets.js';

const otaru = planText({ period: '{ start: reiwa(3), end: reiwa(5) }' });
ruleTester(rule, {
  valid: [
    { name: 'a period in force', plan: planText(), settings: { today: '2025-06-01' } },
    { name: 'the last day of the last fiscal year', plan: otaru, settings: { today: '2024-03-31' } },
  ],
  invalid: [
    { name: 'otaru, FY2021–2023, on 2025-06-01', plan: otaru, settings: { today: '2025-06-01' }, errors: [{ messageId: 'ended', text: 'reiwa(5)', data: { end: '2023年度（令和5年度）', today: '2025-06-01' } }] },
    { name: 'the first day after', plan: otaru, settings: { today: '2024-04-01' }, errors: [{ messageId: 'ended', text: 'reiwa(5)', data: { end: '2023年度（令和5年度）', today: '2024-04-01' } }] },
  ],
});
