import rule from '../../src/rules/progress-without-actual.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

const NARRATIVE = "narratives: [{ node: 'g1', heading: '③取り組み結果', items: ['ボランティア講座を実施しました。'] }],";
const ACTUAL = "{ indicator: 'ind-a', value: 12 }";
ruleTester(rule, {
  valid: [
    { name: 'no progress module', progress: undefined },
    { name: 'a result with the actual', progress: progressText(ACTUAL, 2025, `asOf: '2026-06-30', ${NARRATIVE}`) },
    {
      // 札幌 progress/2024.ts dated after the year (a year-end report): its narratives on survey indicators have no figure in a non-survey year, while two other indicators have theirs.
      name: 'a report with figures for some indicators: the others are not judged (survey years)',
      plan: planText({ goals: goal([indicator(), indicator({ id: "'ind-b'", name: "'指標B'" })]) + goal([indicator({ id: "'ind-c'", name: "'市民意識調査の指標'" })], '', 'g2') }),
      progress: progressText(ACTUAL, 2025, "asOf: '2026-06-30', narratives: [{ node: 'g2', items: ['調査は令和8年度に実施'] }],"),
    },
    // volunteer-yakusoku-37 ④平成27年度の取り組み状況: the year under way when the sheet was written, no date, no later year.
    { name: 'the current year, undated, with work under way and no figure yet (volunteer-yakusoku-37 ④)', progress: progressText('', 2025, NARRATIVE) },
    { name: 'a narrative on a goal without indicators', plan: planText({ goals: goal([]) }), progress: progressText('', 2025, `asOf: '2026-06-30', ${NARRATIVE}`) },
    { name: 'dated inside the year it reports on (12月末時点)', progress: progressText('', 2025, `asOf: '2025-12-31', ${NARRATIVE}`) },
  ],
  invalid: [
    {
      // volunteer-yakusoku-37 as encoded: progress/2014.ts (③結果, no figure) beside progress/2015.ts (④状況): only the finished year.
      name: 'a result with no figure, a later year beside it (volunteer-yakusoku-37 ③ and ④)',
      progress: progressText('', 2024, NARRATIVE),
      progressFy: 2024,
      moreProgress: [{ fy: 2025, text: progressText('', 2025, NARRATIVE) }],
      errors: [{ messageId: 'noActual', in: 'progress', text: "'g1'", data: { heading: '「③取り組み結果」は', node: '目標1', year: '令和6年度', indicators: '指標A' } }],
    },
    {
      // volunteer-yakusoku-37 ③平成26年度の取り組み結果: activities only, no figure for 登録ボランティア数.
      name: "a year's result, dated after the year, with no actual (volunteer-yakusoku-37 ③)",
      progress: progressText('', 2025, `asOf: '2026-06-30', ${NARRATIVE}`),
      errors: [{ messageId: 'noActual', in: 'progress', text: "'g1'", data: { heading: '「③取り組み結果」は', node: '目標1', year: '令和7年度', indicators: '指標A' } }],
    },
    {
      name: 'publishing: an evaluation sheet, issued after the year, with no actual',
      progress: progressText('', 2025, "issued: { date: '2026-05-01' }, sheets: [{ node: 'g1', heading: '事務事業評価表', achievements: { text: ['実施した'] } }],"),
      settings: { profile: 'publish' },
      errors: [{ messageId: 'noActual', in: 'progress', text: "'g1'", severity: 'error', data: { heading: '「事務事業評価表」は', node: '目標1', year: '令和7年度', indicators: '指標A' } }],
    },
    {
      name: 'a narrative on the indicator itself',
      progress: progressText('', 2025, "asOf: '2026-06-30', narratives: [{ node: 'ind-a', items: ['集計中'] }],"),
      errors: [{ messageId: 'noActual', in: 'progress', text: "'ind-a'", data: { heading: '', node: '指標A', year: '令和7年度', indicators: '指標A' } }],
    },
  ],
});
