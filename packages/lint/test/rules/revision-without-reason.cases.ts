import rule from '../../src/rules/revision-without-reason.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const rev = (reason: string) => planText({ goals: goal([indicator({ revisions: `[{ fy: reiwa(5), label: '中間見直し', previous: { target: { fy: reiwa(11), value: 15 } }${reason} }]` })]) });
const publish = { profile: 'publish' as const };
ruleTester(rule, {
  valid: [
    { name: 'a reason', plan: rev(", reason: '令和4年度に目標を上回ったため'") },
    { name: 'drafting: no revision anywhere has a reason (苫小牧: no reason column) — nothing to encode', plan: rev('') },
  ],
  invalid: [
    { name: 'publishing: no revision has a reason (tomakomai): one finding for the plan', plan: rev(''), settings: publish, errors: [{ messageId: 'noReasonAnywhere', text: "'中間見直し'", data: { indicator: '指標A', label: '中間見直し', count: 1 } }] },
    { name: 'publishing: a blank reason is none', plan: rev(", reason: ' '"), settings: publish, errors: [{ messageId: 'noReasonAnywhere', text: "'中間見直し'", data: { indicator: '指標A', label: '中間見直し', count: 1 } }] },
    {
      name: 'one revision without a reason where others have one: each is reported, in any profile',
      plan: planText({
        goals: goal([
          indicator({ revisions: "[{ fy: reiwa(5), label: '中間見直し', previous: { target: { fy: reiwa(11), value: 15 } }, reason: '上回ったため' }]" }),
          indicator({ id: "'ind-b'", name: "'指標B'", revisions: "[{ fy: reiwa(5), label: '見直しB', previous: { target: { fy: reiwa(11), value: 15 } } }]" }),
        ]),
      }),
      errors: [{ messageId: 'noReason', text: "'見直しB'", data: { indicator: '指標B', label: '見直しB' } }],
    },
  ],
});
