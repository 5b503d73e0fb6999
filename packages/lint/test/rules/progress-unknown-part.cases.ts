import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';
import { checkRule } from './_check.js';

const plan = planText({ goals: goal([indicator({ unit: "'人'", baseline: "{ fy: reiwa(4), value: { parts: [{ part: '個人', value: 525 }, { part: '団体', value: 279, unit: '団体' }] } }" })]) });
ruleTester(checkRule('progress-unknown-part'), {
  valid: [{ name: 'a known part', plan, progress: progressText("{ indicator: 'ind-a', value: { parts: [{ part: '個人', value: 600 }] } }") }],
  invalid: [{ name: 'an unknown part', plan, progress: progressText("{ indicator: 'ind-a', value: { parts: [{ part: '法人', value: 12 }] } }"), errors: [{ messageId: 'unknown', text: "'法人'", in: 'progress', data: { part: '法人', indicator: 'ind-a', parts: '個人 / 団体' } }] }],
});
