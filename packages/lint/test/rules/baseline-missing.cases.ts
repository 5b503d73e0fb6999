import rule from '../../src/rules/baseline-missing.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator(over)]) });
ruleTester(rule, {
  valid: [
    { name: 'a baseline', plan: planText() },
    { name: 'a qualitative baseline', plan: ind({ baseline: "{ fy: reiwa(4), value: { state: '実施' } }" }) },
    { name: 'drafting: a baseline printed 「―」 (a new measure, sapporo) is as printed', plan: ind({ baseline: "{ fy: fy(2022), value: { missing: '―' } }" }) },
    { name: 'no baseline, but yearly targets (年次目標) to judge each year by (町の施策シート)', plan: ind({ baseline: '', series: '[{ fy: reiwa(5), value: 27.5 }, { fy: reiwa(6), value: 28 }]' }) },
    { name: 'drafting: 「－」 (tomakomai) likewise', plan: ind({ baseline: "{ fy: reiwa(1), value: { missing: '－' } }" }) },
    { name: 'no baseline on a monitoring indicator (category その他の関連指標, kakogawa-shisaku-2018)', plan: ind({ baseline: '', target: '', category: "'その他の関連指標'" }), settings: { profile: 'publish' } },
    // fukuoka-hokenfukushi-2017 上位概念3: the excerpt ends inside the indicator, its baseline lies beyond it.
    { name: 'no baseline, the excerpt ending inside the indicator (beyondExcerpt, fukuoka-hokenfukushi-2017)', plan: ind({ baseline: '', target: '', beyondExcerpt: "['baseline', 'target']" }), settings: { profile: 'publish' } },
  ],
  invalid: [
    { name: 'no baseline, only the target beyond the excerpt', plan: ind({ baseline: '', target: '', beyondExcerpt: "['target']" }), errors: [{ messageId: 'none', text: "'指標A'", data: { indicator: '指標A' } }] },
    { name: 'publishing: a baseline printed 「―」 (sapporo)', plan: ind({ baseline: "{ fy: fy(2022), value: { missing: '―' } }" }), settings: { profile: 'publish' }, errors: [{ messageId: 'blank', text: "{ missing: '―' }", data: { indicator: '指標A', mark: '―' } }] },
    { name: 'drafting: a blank cell written 空欄 is not a dash', plan: ind({ baseline: "{ fy: fy(2022), value: { missing: '空欄' } }" }), errors: [{ messageId: 'blank', text: "{ missing: '空欄' }", data: { indicator: '指標A', mark: '空欄' } }] },
    { name: 'no baseline at all', plan: ind({ baseline: '' }), errors: [{ messageId: 'none', text: "'指標A'", data: { indicator: '指標A' } }] },
    { name: 'a baseline with no year', plan: ind({ baseline: '{ fy: notStated(), value: 10 }' }), errors: [{ messageId: 'noYear', at: 'notStated(), value: 10', text: 'notStated()', data: { indicator: '指標A' } }] },
    {
      name: 'a stated absence is info',
      plan: ind({ baseline: "{ absent: '基準値なし', reason: '新規事業のため' }" }),
      errors: [{ messageId: 'statedAbsence', at: "{ absent: '基準値なし'", severity: 'info', text: "{ absent: '基準値なし', reason: '新規事業のため' }", data: { indicator: '指標A', absent: '基準値なし' } }],
    },
  ],
});
