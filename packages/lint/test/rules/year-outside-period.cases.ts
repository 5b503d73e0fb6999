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
    { name: 'target after the end', plan: ind({ target: '{ fy: fy(2030), value: 20 }' }), errors: [{ messageId: 'outside', at: 'fy(2030)' }] },
    { name: 'a milestone year before the start', plan: ind({ target: "{ fy: fy(2029), value: { milestone: '開設', fy: fy(2023) } }" }), errors: [{ messageId: 'outside', at: 'fy(2023)' }] },
    { name: 'a reference after the end', plan: ind({ references: '[{ fy: fy(2031), value: 15 }]' }), errors: [{ messageId: 'afterEnd', at: 'fy(2031)' }] },
    { name: 'a series entry after the end', plan: ind({ series: '[{ fy: fy(2030), value: 25 }]' }), errors: [{ messageId: 'outside', at: 'fy(2030)' }] },
  ],
});
