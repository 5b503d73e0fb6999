import rule from '../../src/rules/empty-frame.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const frames = (list: string) => planText({ goals: goal([indicator()], `unnamedIndicators: [${list}],`) });
ruleTester(rule, {
  valid: [
    { name: 'no unnamed frame', plan: planText() },
    { name: 'an empty list of frames', plan: frames('') },
  ],
  invalid: [
    {
      // town-sesaku-sheet-2016: 成果指標 D, E and F printed with no name and no figure.
      name: 'three empty rows of an evaluation sheet (town-sesaku-sheet-2016 D〜F)',
      plan: frames("{ id: 'd', name: notStated('空欄'), row: 'D' }, { id: 'e', name: notStated('空欄'), row: 'E' }, { id: 'f', name: notStated('空欄'), row: 'F' }"),
      errors: [
        {
          messageId: 'empty',
          at: "[{ id: 'd'",
          text: "[{ id: 'd', name: notStated('空欄'), row: 'D' }, { id: 'e', name: notStated('空欄'), row: 'E' }, { id: 'f', name: notStated('空欄'), row: 'F' }]",
          data: { node: '目標1', rows: '行 D・E・F', count: 3 },
        },
      ],
    },
    {
      name: 'publishing: an empty row without a row label is an error',
      plan: frames("{ id: 'x', name: notStated() }"),
      settings: { profile: 'publish' },
      errors: [{ messageId: 'empty', at: "[{ id: 'x'", text: "[{ id: 'x', name: notStated() }]", severity: 'error', data: { node: '目標1', rows: '行 1番目', count: 1 } }],
    },
    {
      name: 'a row with figures but no name',
      plan: frames("{ id: 'x', name: notStated('指標名が空欄'), row: 3, target: { fy: reiwa(11), value: 5 } }"),
      errors: [{ messageId: 'unnamed', at: "notStated('指標名が空欄')", text: "notStated('指標名が空欄')", data: { node: '目標1', row: '（行 3）' } }],
    },
  ],
});
