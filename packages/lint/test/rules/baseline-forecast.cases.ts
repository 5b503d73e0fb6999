import rule from '../../src/rules/baseline-forecast.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const withBaseline = (b: string) => planText({ goals: goal([indicator({ baseline: b })]) });
ruleTester(rule, {
  valid: [
    { name: 'a measured baseline', plan: withBaseline('{ fy: reiwa(5), value: 15200 }') },
    { name: 'a provisional figure (暫定) is not a forecast', plan: withBaseline("{ fy: reiwa(5), value: 15200, qualifier: '暫定' }") },
  ],
  invalid: [
    {
      name: 'a baseline that is an estimate (認知症高齢者数 15,200 推計)',
      plan: withBaseline("{ fy: reiwa(5), value: 15200, qualifier: '推計' }"),
      errors: [{ messageId: 'forecast', text: "'推計'", severity: 'info', data: { indicator: '指標A', qualifier: '推計' } }],
    },
    { name: 'a baseline that is a forecast (見込み)', plan: withBaseline("{ fy: reiwa(5), value: 30, qualifier: '見込み' }"), errors: [{ messageId: 'forecast', text: "'見込み'", data: { indicator: '指標A', qualifier: '見込み' } }] },
  ],
});
