import rule from '../../src/rules/target-year-past.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const revised = indicator({ id: "'rev'", name: "'見直した指標'", revisions: "[{ fy: reiwa(5), label: '中間見直し', previous: { target: { fy: reiwa(8), value: 15 } } }]" });
const plan = (target: string) => planText({ goals: goal([revised, indicator({ name: "'ふくし総合相談窓口機能の充実'", target })]) });
ruleTester(rule, {
  valid: [
    { name: 'targets after the revision', plan: plan('{ fy: reiwa(8), value: 20 }') },
    { name: 'no revision: the document date is unknown, nothing to compare', plan: planText({ goals: goal([indicator({ target: "{ fy: reiwa(8), value: { milestone: '開設', fy: reiwa(4) } }" })]) }) },
  ],
  invalid: [
    {
      name: 'a milestone due R4 in a plan revised in 令和5 (苫小牧 ふくし総合相談窓口)',
      plan: plan("{ fy: reiwa(8), value: { milestone: '開設', fy: reiwa(4) }, printed: 'R４' }"),
      errors: [{ messageId: 'past', after: "'開設', fy: ", text: 'reiwa(4)', data: { indicator: 'ふくし総合相談窓口機能の充実', fy: '2022年度（令和4年度）', printed: '（「R４」）', revision: '2023年度（令和5年度）', label: '中間見直し' } }],
    },
    {
      name: 'a plain target year before the revision, with no printed cell',
      plan: plan('{ fy: reiwa(4), value: 21 }'),
      errors: [{ messageId: 'past', at: 'reiwa(4), value: 21', text: 'reiwa(4)', data: { indicator: 'ふくし総合相談窓口機能の充実', fy: '2022年度（令和4年度）', printed: '', revision: '2023年度（令和5年度）', label: '中間見直し' } }],
    },
  ],
});
