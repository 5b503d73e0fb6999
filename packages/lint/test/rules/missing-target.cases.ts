import rule from '../../src/rules/missing-target.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

const withTarget = (target: string, extra: Record<string, string> = {}) => planText({ goals: goal([indicator({ target, ...extra })]) });

ruleTester(rule, {
  valid: [
    { name: 'a numeric target with a year', plan: withTarget('{ fy: reiwa(11), value: 20 }') },
    { name: 'no target but 見込量 per year (planned): the actuals are measured against them', plan: withTarget('', { planned: '[{ fy: reiwa(7), value: 12 }, { fy: reiwa(8), value: 14 }]' }) },
    { name: 'a qualitative target', plan: withTarget("{ fy: reiwa(11), value: { state: '継続' } }") },
    // kakogawa-shisaku-2018: the 「その他の関連指標」 table has no target column by design.
    { name: 'no target on a monitoring indicator (category その他の関連指標)', plan: withTarget('', { category: "'その他の関連指標'" }), settings: { profile: 'publish' } },
    { name: 'a tbd() year is placeholder’s, not this rule’s', plan: withTarget("{ fy: tbd('令和〇年度'), value: 20 }") },
    // fukuoka-hokenfukushi-2017 上位概念3: the excerpt ends inside the indicator, its target lies beyond it.
    { name: 'no target, the excerpt ending inside the indicator (beyondExcerpt, fukuoka-hokenfukushi-2017)', plan: withTarget('', { baseline: '', beyondExcerpt: "['baseline', 'target']" }) },
  ],
  invalid: [
    { name: 'no target, only the baseline beyond the excerpt', plan: withTarget('', { baseline: '', beyondExcerpt: "['baseline']" }), errors: [{ messageId: 'noTarget', text: "'指標A'", data: { indicator: '指標A' } }] },
    {
      name: 'a direction-only target (asahikawa ↗)',
      plan: withTarget("{ fy: reiwa(11), value: { direction: '↗' } }"),
      errors: [{ messageId: 'directionOnly', text: "{ direction: '↗' }", data: { indicator: '指標A', direction: '↗' } }],
    },
    { name: 'a blank target', plan: withTarget("{ fy: reiwa(11), value: { missing: '―' } }"), errors: [{ messageId: 'noTargetValue', text: "{ missing: '―' }", data: { indicator: '指標A', printed: '―' } }] },
    {
      name: 'no target year (notStated)',
      plan: withTarget("{ fy: notStated('目標年度の記載なし'), value: 30 }"),
      errors: [{ messageId: 'noTargetYear', at: "notStated('目標年度", text: "notStated('目標年度の記載なし')", data: { indicator: '指標A' } }],
    },
    { name: 'no target at all', plan: withTarget(''), errors: [{ messageId: 'noTarget', text: "'指標A'", data: { indicator: '指標A' } }] },
    {
      name: 'a 単年度 measure with actuals and a blank target',
      plan: withTarget("{ fy: reiwa(11), value: { missing: '―' } }", { measure: "'単年度'" }),
      progress: progressText("{ indicator: 'ind-a', value: 12 }"),
      errors: [{ messageId: 'singleYearNoTarget', text: "{ missing: '―' }", data: { indicator: '指標A', years: '2025' } }],
    },
    {
      name: 'a stated absence is info',
      plan: withTarget("{ absent: '数値目標は設定しない', reason: '需要により変動するため' }"),
      errors: [{ messageId: 'statedAbsence', at: "{ absent: '数値目標", severity: 'info', text: "{ absent: '数値目標は設定しない', reason: '需要により変動するため' }", data: { indicator: '指標A', absent: '数値目標は設定しない', reason: '：需要により変動するため' } }],
    },
  ],
});
