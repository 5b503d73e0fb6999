import rule from '../../src/rules/actual-jump.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

// kakogawa-shisaku-2018 ボランティアセンター登録者数: 1,923人 (H27) → 706人 (H28) → 698人 (H29), no word on why.
const plan = (over: Record<string, string> = {}) => planText({ goals: goal([indicator({ name: "'ボランティアセンター登録者数'", unit: "'人'", ...over })]) });
const year = (fy: number, v: number | string, extra = '') => ({ fy, text: progressText(`{ indicator: 'ind-a', value: ${v}${extra} }`, fy) });
const H27 = [year(2024, 1923)];

ruleTester(rule, {
  valid: [
    { name: 'one year only', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 706 }") },
    { name: 'a fall to just over half', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 962 }"), moreProgress: H27 },
    { name: 'a rise to exactly twice', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 3846 }"), moreProgress: H27 },
    { name: 'the later figure says why (note)', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 706, note: '平成28年度から更新制に変更' }"), moreProgress: H27 },
    {
      name: 'a narrative on the indicator that year',
      plan: plan(),
      progress: progressText("{ indicator: 'ind-a', value: 706 }", 2025, "narratives: [{ node: 'ind-a', items: ['登録の更新制を導入し、活動実績のない登録を整理した'] }],"),
      moreProgress: H27,
    },
    { name: 'years that are not consecutive', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 706 }", 2026), moreProgress: H27 },
    { name: 'a share (%) moves by points, not ratios', plan: plan({ unit: "'%'" }), progress: progressText("{ indicator: 'ind-a', value: 12 }"), moreProgress: [year(2024, 30)] },
    { name: 'a provisional figure (12月末時点) is not compared', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 706, provisional: true, asOf: '2025-12-31' }"), moreProgress: H27 },
    { name: 'from zero (a new 事業) there is no ratio', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 706 }"), moreProgress: [year(2024, 0)] },
  ],
  invalid: [
    {
      name: 'a fall by more than half with no word on why (加古川 1,923 → 706)',
      plan: plan(),
      progress: progressText("{ indicator: 'ind-a', value: 706 }"),
      moreProgress: H27,
      errors: [{ messageId: 'jump', in: 'progress', text: '706', data: { indicator: 'ボランティアセンター登録者数', from: '1,923人（令和6年度）', to: '706人（令和7年度）', change: '63%減少' } }],
    },
    {
      name: 'a rise to more than twice',
      plan: plan({ unit: "'件'" }),
      progress: progressText("{ indicator: 'ind-a', value: 4100 }"),
      moreProgress: H27,
      errors: [{ messageId: 'jump', in: 'progress', text: '4100', data: { indicator: 'ボランティアセンター登録者数', from: '1,923件（令和6年度）', to: '4,100件（令和7年度）', change: '113%増加' } }],
    },
  ],
});
