import rule from '../../src/rules/unit-without-number.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });

ruleTester(rule, {
  valid: [
    { name: 'numbers before units', plan: desc('総相談件数は 1,302 件、参加者は 30 人') },
    { name: 'a word ending in a unit character', plan: desc('本人の意思を尊重する。') },
    { name: 'a kanji numeral', plan: desc('参加者は 三十 人') },
  ],
  invalid: [
    {
      name: 'the sapporo defect, in a progress narrative',
      progress: progressText("{ indicator: 'ind-a', value: 12 }", 2025, "narratives: [{ node: 'g1', items: ['総相談件数は 件'] }],"),
      errors: [{ messageId: 'missing', at: "件'", in: 'progress', text: '件', data: { unit: '件', context: '総相談件数は 件' } }],
    },
    { name: 'after a space', plan: desc('研修の参加者 人'), errors: [{ messageId: 'missing', text: '人', data: { unit: '人', context: '研修の参加者 人' } }] },
    { name: 'a percentage', plan: desc('実施率は %。'), errors: [{ messageId: 'missing', text: '%', data: { unit: '%', context: '実施率は %。' } }] },
  ],
});
