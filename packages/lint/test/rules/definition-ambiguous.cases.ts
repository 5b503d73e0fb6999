import rule from '../../src/rules/definition-ambiguous.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const notes = (n: string) => planText({ goals: goal([indicator({ notes: `[${JSON.stringify(n)}]` })]) });
// town-sesaku-sheet-2016 A (W07): the share of those who did not answer 「特に行っていない」.
const W07 = '町民アンケートにより把握 ※あなたは日頃、地域で支え合う福祉活動を行っていますか。→「特に行っていない」と回答しなかった人の割合';
ruleTester(rule, {
  valid: [
    { name: 'a share defined by the answers counted', plan: notes('「行っている」「ときどき行っている」と回答した人の割合') },
    { name: 'an answer reported, not a definition (「情報がないから」と回答した人が多かった)', plan: notes('「情報がないから」と回答した人が多かった') },
  ],
  invalid: [
    {
      name: '「特に行っていない」と回答しなかった人の割合 (town-sesaku-sheet-2016 A)',
      plan: notes(W07),
      errors: [{ messageId: 'exclusion', text: '「特に行っていない」と回答しなかった', data: { answer: '特に行っていない', printed: '「特に行っていない」と回答しなかった' } }],
    },
    {
      name: '以外と回答した',
      plan: notes('「知らない」以外と回答した人の割合'),
      errors: [{ messageId: 'exclusion', text: '「知らない」以外と回答した', data: { answer: '知らない', printed: '「知らない」以外と回答した' } }],
    },
  ],
});
