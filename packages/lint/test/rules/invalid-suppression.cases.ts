import rule from '../../src/rules/invalid-suppression.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const suppressed = (comment: string) =>
  planText({ goals: goal([`// ${comment}\n        ${indicator({ target: "{ fy: reiwa(11), value: { direction: '↗' } }" })}`]) });
ruleTester(
  rule,
  {
    valid: [{ name: 'a suppression with a rule and a reason', plan: suppressed('keikaku-disable-next-line missing-target -- 数値目標は設定しない（計画書 p.12）') }],
    invalid: [
      { name: 'no reason', plan: suppressed('keikaku-disable-next-line missing-target'), errors: [{ messageId: 'noReason', at: '// keikaku', text: '// keikaku-disable-next-line missing-target', data: { rules: 'missing-target' } }] },
      { name: 'no rule', plan: suppressed('keikaku-disable-next-line -- 理由'), errors: [{ messageId: 'noRule', at: '// keikaku', text: '// keikaku-disable-next-line -- 理由', data: {} }] },
      { name: 'an unknown rule', plan: suppressed('keikaku-disable-next-line missing-targets -- 理由'), errors: [{ messageId: 'unknownRule', at: '// keikaku', text: '// keikaku-disable-next-line missing-targets -- 理由', data: { rules: 'missing-targets' } }] },
      // rule-crash is the message id of a crashed rule's finding (under that rule's own id), not a rule.
      { name: 'rule-crash, a message id', plan: suppressed('keikaku-disable-next-line rule-crash -- 理由'), errors: [{ messageId: 'unknownRule', at: '// keikaku', text: '// keikaku-disable-next-line rule-crash -- 理由', data: { rules: 'rule-crash' } }] },
      { name: 'a prose id textlint does not have', plan: suppressed('keikaku-disable-next-line prose/no-such-rule -- 理由'), errors: [{ messageId: 'unknownRule', at: '// keikaku', text: '// keikaku-disable-next-line prose/no-such-rule -- 理由', data: { rules: 'prose/no-such-rule' } }] },
    ],
  },
  { engine: true },
);
