import rule from '../../src/rules/unused-suppression.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const withComment = (comment: string, target: string) => planText({ goals: goal([`// ${comment}\n        ${indicator({ target })}`]) });
ruleTester(
  rule,
  {
    valid: [
      { name: 'the suppression is used', plan: withComment('keikaku-disable-next-line missing-target -- 数値目標は設定しない', "{ fy: reiwa(11), value: { direction: '↗' } }") },
      { name: 'a prose rule suppression while prose is off is not judged', plan: withComment('keikaku-disable-next-line prose/prh -- 原典どおり', '{ fy: reiwa(11), value: 20 }') },
    ],
    invalid: [
      {
        name: 'nothing to suppress on the next line',
        plan: withComment('keikaku-disable-next-line missing-target -- 数値目標は設定しない', '{ fy: reiwa(11), value: 20 }'),
        errors: [{ messageId: 'unused', at: '// keikaku', text: '// keikaku-disable-next-line missing-target -- 数値目標は設定しない', data: { rules: 'missing-target' } }],
      },
      {
        name: 'one of two rules unused',
        plan: withComment('keikaku-disable-next-line missing-target, placeholder -- 原典どおり', "{ fy: reiwa(11), value: { direction: '↗' } }"),
        errors: [{ messageId: 'unused', at: '// keikaku', endLine: 22, endColumn: 74, data: { rules: 'placeholder' } }],
      },
    ],
  },
  { engine: true },
);
