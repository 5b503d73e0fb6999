import rule from '../../src/rules/actuals-past-target.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator({ baseline: '{ fy: fy(2022), value: 26.6 }', target: '{ fy: fy(2029), value: 60 }', ...over })]) });
ruleTester(rule, {
  valid: [
    { name: 'below the target', plan: ind({ references: '[{ fy: fy(2023), value: 32.3 }]' }) },
    {
      name: 'reached, and revised afterwards',
      plan: ind({ references: '[{ fy: fy(2023), value: 61 }]', target: '{ fy: fy(2029), value: 75 }', revisions: "[{ fy: fy(2024), label: '中間見直し', previous: { target: { fy: fy(2029), value: 60 } }, reason: '達成のため' }]" }),
    },
    // sagamihara-kaizen-2015 サブ指標2: the 平成26年度 目標値 18.6, the 平成26年度 実績 21.1, graded A.
    { name: 'a one-year target met in its own year: achieved, nothing to revise', plan: ind({ target: '{ fy: fy(2025), value: 60 }' }), progress: progressText("{ indicator: 'ind-a', value: 64.5 }") },
    { name: 'a reference of the target year itself', plan: ind({ references: '[{ fy: fy(2029), value: 61 }]' }) },
  ],
  invalid: [
    {
      name: 'met before the target year, and met again in it: the earlier figure is reported',
      plan: ind({ references: '[{ fy: fy(2023), value: 61 }, { fy: fy(2029), value: 62 }]' }),
      errors: [{ messageId: 'reached', text: '61', data: { indicator: '指標A', value: '61%', fy: '2023年度（令和5年度）', target: '60%', kind: '参考値', kindEn: 'reference value' } }],
    },
    { name: 'a reference past the target', plan: ind({ references: '[{ fy: fy(2023), value: 61 }]' }), errors: [{ messageId: 'reached', text: '61', severity: 'info', data: { indicator: '指標A', value: '61%', fy: '2023年度（令和5年度）', target: '60%', kind: '参考値', kindEn: 'reference value' } }] },
    { name: 'a progress actual past the target', plan: ind({}), progress: progressText("{ indicator: 'ind-a', value: 64.5 }"), errors: [{ messageId: 'reached', text: '64.5', in: 'progress', data: { indicator: '指標A', value: '64.5%', fy: '2025年度（令和7年度）', target: '60%', kind: '実績', kindEn: 'actual' } }] },
    { name: 'decrease: at or below', plan: ind({ direction: "'decrease'", baseline: '{ fy: fy(2022), value: 30 }', target: '{ fy: fy(2029), value: 20 }', references: '[{ fy: fy(2023), value: 20 }]' }), errors: [{ messageId: 'reached', at: '20 }]', text: '20', data: { indicator: '指標A', value: '20%', fy: '2023年度（令和5年度）', target: '20%', kind: '参考値', kindEn: 'reference value' } }] },
  ],
});
