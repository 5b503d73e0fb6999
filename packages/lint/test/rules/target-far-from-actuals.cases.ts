import rule from '../../src/rules/target-far-from-actuals.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

// town-sesaku-sheet-2016 C 民生委員・児童委員の相談支援件数: yearly targets 1,700〜1,900, actuals 1,178 … 943.
const SERIES = "[{ fy: fy(2024), value: 1700 }, { fy: fy(2025), value: 1750 }, { fy: fy(2026), value: 1800 }, { fy: fy(2027), value: 1850 }]";
const plan = (over: Record<string, string> = {}) =>
  planText({ goals: goal([indicator({ name: "'相談支援件数'", unit: "'件'", baseline: '', series: SERIES, target: '{ fy: fy(2029), value: 1950 }', ...over })]) });
const actual = (fy: number, v: number, extra = '') => ({ fy, text: progressText(`{ indicator: 'ind-a', value: ${v}${extra} }`, fy) });
const DEC = '[{ fy: fy(2024), value: 100 }, { fy: fy(2025), value: 90 }, { fy: fy(2026), value: 80 }]';
const FAR = [actual(2024, 1178), actual(2026, 1102)];
ruleTester(rule, {
  valid: [
    { name: 'no actuals', plan: plan() },
    { name: 'two years far below (fewer than three)', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 1197 }"), moreProgress: [actual(2024, 1178)] },
    { name: 'one year of three at 80% or more', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 1400 }"), moreProgress: FAR },
    { name: 'far below, but the target was revised', plan: plan({ revisions: "[{ fy: fy(2026), label: '中間見直し', previous: { target: { fy: fy(2029), value: 2500 } }, reason: '実績に合わせた' }]" }), progress: progressText("{ indicator: 'ind-a', value: 1197 }"), moreProgress: FAR },
    { name: 'a provisional figure (12月末時点) is not judged', plan: plan(), progress: progressText("{ indicator: 'ind-a', value: 900, provisional: true, asOf: '2025-12-31' }"), moreProgress: FAR },
    { name: 'no yearly targets: only the final year has a target to compare with', plan: plan({ series: '' }), progress: progressText("{ indicator: 'ind-a', value: 1197 }"), moreProgress: FAR },
    { name: 'a decrease indicator within reach', plan: plan({ direction: "'decrease'", series: DEC, target: '{ fy: fy(2029), value: 60 }' }), progress: progressText("{ indicator: 'ind-a', value: 95 }"), moreProgress: [actual(2024, 110), actual(2026, 85)] },
  ],
  invalid: [
    {
      name: 'three years below 80% of each year’s target, never revised (town-sesaku-sheet-2016 C)',
      plan: plan(),
      progress: progressText("{ indicator: 'ind-a', value: 1197 }"),
      moreProgress: FAR,
      errors: [{ messageId: 'far', text: SERIES, data: { indicator: '相談支援件数', years: 3, pairs: '令和6年度 1,178／1,700件、令和7年度 1,197／1,750件、令和8年度 1,102／1,800件' } }],
    },
    {
      name: 'a decrease indicator far above its yearly targets',
      plan: plan({ direction: "'decrease'", unit: "'人'", series: DEC, target: '{ fy: fy(2029), value: 60 }' }),
      progress: progressText("{ indicator: 'ind-a', value: 130 }"),
      moreProgress: [actual(2024, 140), actual(2026, 120)],
      errors: [{ messageId: 'far', text: DEC, data: { indicator: '相談支援件数', years: 3, pairs: '令和6年度 140／100人、令和7年度 130／90人、令和8年度 120／80人' } }],
    },
  ],
});
