import rule from '../../src/rules/revision-without-reason.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const rev = (reason: string) => planText({ goals: goal([indicator({ revisions: `[{ fy: reiwa(5), label: '中間見直し', previous: { target: { fy: reiwa(11), value: 15 } }${reason} }]` })]) });
ruleTester(rule, {
  valid: [{ name: 'a reason', plan: rev(", reason: '令和4年度に目標を上回ったため'") }],
  invalid: [
    { name: 'no reason (tomakomai)', plan: rev(''), errors: [{ messageId: 'noReason', text: "'中間見直し'", data: { indicator: '指標A', label: '中間見直し' } }] },
    { name: 'a blank reason', plan: rev(", reason: ' '"), errors: [{ messageId: 'noReason', text: "'中間見直し'", data: { indicator: '指標A', label: '中間見直し' } }] },
  ],
});
