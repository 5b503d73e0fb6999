import rule from '../../src/rules/target-direction.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator({ unit: "'回'", ...over })]) });
const bt = (b: string, t: string, direction = "'increase'") => ind({ direction, baseline: `{ fy: reiwa(1), value: ${b} }`, target: `{ fy: reiwa(8), value: ${t} }` });
ruleTester(rule, {
  valid: [
    { name: 'increase upwards', plan: bt('321', '330') },
    { name: 'decrease downwards', plan: bt('321', '300', "'decrease'") },
    { name: 'maintain equal', plan: bt('100', '100', "'maintain'") },
    { name: 'no stated direction, the target above the baseline', plan: bt('321', '330', 'notStated()') },
    {
      name: 'a composite where one part is unchanged',
      plan: ind({
        baseline: "{ fy: reiwa(1), value: { parts: [{ part: '① 研修', value: 1 }, { part: '② 点検', value: 40, unit: '件' }] } }",
        target: "{ fy: reiwa(8), value: { parts: [{ part: '① 研修', value: 2 }, { part: '② 点検', value: 40, unit: '件' }] } }",
      }),
    },
  ],
  invalid: [
    {
      name: 'no stated direction and a target below the baseline (苫小牧 交通安全教室 321回 → 320回)',
      plan: bt('321', '320', 'notStated()'),
      errors: [{ messageId: 'belowUnprinted', text: '320', severity: 'warning', data: { indicator: '指標A', baseline: '321回', target: '320回' } }],
    },
    {
      name: '維持 read from equal figures (苫小牧 リーダー養成 200人 → 200人, 札幌 100% → 100%)',
      plan: bt('200', '200', "{ read: 'maintain' }"),
      errors: [{ messageId: 'unchangedUnprinted', at: '200 }', nth: 2, text: '200', severity: 'warning', data: { indicator: '指標A', target: '200回' } }],
    },
    { name: 'target below baseline for increase', plan: bt('321', '320'), errors: [{ messageId: 'against', text: '320', severity: 'error', data: { indicator: '指標A', baseline: '321回', target: '320回', direction: '増加', directionEn: 'increase', read: '', readEn: '' } }] },
    { name: 'the encoder’s reading: milder (tomakomai 交通安全教室)', plan: bt('321', '320', "{ read: 'increase' }"), errors: [{ messageId: 'against', text: '320', severity: 'warning', data: { indicator: '指標A', baseline: '321回', target: '320回', direction: '増加', directionEn: 'increase', read: '（向きは原典になく、符号化での読み）', readEn: " (the direction is the encoding's reading; the source states none)" } }] },
    { name: 'target above baseline for decrease', plan: bt('10', '12', "'decrease'"), errors: [{ messageId: 'against', at: '12 }', text: '12', data: { indicator: '指標A', baseline: '10回', target: '12回', direction: '減少', directionEn: 'decrease', read: '', readEn: '' } }] },
    { name: 'equal without maintain', plan: bt('200', '200'), errors: [{ messageId: 'equal', at: '200 }', nth: 2, severity: 'warning', text: '200', data: { indicator: '指標A', baseline: '200回', target: '200回', direction: '増加', directionEn: 'increase', read: '', readEn: '' } }] },
    { name: 'maintain with another target', plan: bt('100', '90', "'maintain'"), errors: [{ messageId: 'notMaintained', at: '90 }', text: '90', data: { indicator: '指標A', baseline: '100回', target: '90回', direction: '維持', directionEn: 'maintain', read: '', readEn: '' } }] },
  ],
});
