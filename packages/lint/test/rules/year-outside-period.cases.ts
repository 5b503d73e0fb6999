import rule from '../../src/rules/year-outside-period.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const ind = (over: Record<string, string>) => planText({ goals: goal([indicator(over)]) });
ruleTester(rule, {
  valid: [
    { name: 'target in the period, baseline before it', plan: planText() },
    { name: 'no period', plan: planText({ period: 'notStated()', goals: goal([indicator({ target: '{ fy: fy(2040), value: 20 }' })]) }) },
  ],
  invalid: [
    { name: 'target after the end', plan: ind({ target: '{ fy: fy(2030), value: 20 }' }), errors: [{ messageId: 'outside', text: 'fy(2030)', data: { indicator: '指標A', what: '目標', whatEn: 'target', fy: '2030年度（令和12年度）', start: '2024年度（令和6年度）', end: '2029年度（令和11年度）' } }] },
    { name: 'a milestone year before the start', plan: ind({ target: "{ fy: fy(2029), value: { milestone: '開設', fy: fy(2023) } }" }), errors: [{ messageId: 'outside', text: 'fy(2023)', data: { indicator: '指標A', what: '目標（達成時期）', whatEn: 'milestone', fy: '2023年度（令和5年度）', start: '2024年度（令和6年度）', end: '2029年度（令和11年度）' } }] },
    { name: 'a reference after the end', plan: ind({ references: '[{ fy: fy(2031), value: 15 }]' }), errors: [{ messageId: 'afterEnd', text: 'fy(2031)', data: { indicator: '指標A', what: '参考値', whatEn: 'reference', fy: '2031年度（令和13年度）', start: '2024年度（令和6年度）', end: '2029年度（令和11年度）' } }] },
    { name: 'a series entry after the end', plan: ind({ series: '[{ fy: fy(2030), value: 25 }]' }), errors: [{ messageId: 'outside', text: 'fy(2030)', data: { indicator: '指標A', what: '年次目標', whatEn: 'series', fy: '2030年度（令和12年度）', start: '2024年度（令和6年度）', end: '2029年度（令和11年度）' } }] },
  ],
});
