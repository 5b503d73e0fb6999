import rule from '../../src/rules/progress-restates-baseline.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

const plan = planText({ goals: goal([indicator({ unit: "'人'", baseline: '{ fy: fy(2022), value: 502 }', references: '[{ fy: fy(2023), value: 439 }]', target: '{ fy: fy(2029), value: 1300 }' })]) });
ruleTester(rule, {
  valid: [
    { name: 'progress for the baseline year, same value', plan, progress: progressText("{ indicator: 'ind-a', value: 502 }", 2022), progressFy: 2022 },
    { name: 'progress for another year', plan, progress: progressText("{ indicator: 'ind-a', value: 600 }", 2025) },
  ],
  invalid: [
    { name: 'a different baseline figure', plan, progress: progressText("{ indicator: 'ind-a', value: 520 }", 2022), progressFy: 2022, errors: [{ messageId: 'differs', text: '520', in: 'progress', data: { indicator: '指標A', fy: '2022年度（令和4年度）', role: '基準値', roleEn: 'baseline', plan: '502人', progress: '520人' } }] },
    { name: 'a different reference figure', plan, progress: progressText("{ indicator: 'ind-a', value: 440 }", 2023), progressFy: 2023, errors: [{ messageId: 'differs', text: '440', in: 'progress', data: { indicator: '指標A', fy: '2023年度（令和5年度）', role: '参考値', roleEn: 'reference', plan: '439人', progress: '440人' } }] },
  ],
});
