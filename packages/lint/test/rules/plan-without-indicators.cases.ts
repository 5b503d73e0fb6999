import rule from '../../src/rules/plan-without-indicators.js';
import { ruleTester } from '../rule-tester.js';
import { planText } from '../snippets.js';

ruleTester(rule, {
  valid: [
    { name: 'a plan with an indicator', plan: planText() },
    // fukuoka-shinchoku-2019: an excerpt of the evaluation-method chapter; the encoding states the system lies beyond it.
    { name: 'no goals, the excerpt stated to hold neither goals nor indicators (fukuoka-shinchoku-2019)', plan: planText({ goals: '', source: "{ file: 'f', title: 't', scope: '評価方法の章のみ', beyondExcerpt: ['goals', 'indicators'] }" }) },
  ],
  invalid: [
    {
      name: 'goals but no indicator',
      plan: planText({ source: "{ file: 'f', title: 't' }", goals: "    { id: 'g1', no: 1, title: '目標1', policies: [{ id: 'p1', no: 1, title: '施策1' }] }," }),
      errors: [{ messageId: 'none', after: 'goals: ', endLine: 17, endColumn: 4, data: {} }],
    },
    {
      name: 'goals but no indicator in an excerpt (kanazawa 概要版) is info',
      plan: planText({ source: "{ file: 'f', title: 't', scope: '概要版のみ' }", goals: "    { id: 'g1', no: 1, title: '目標1' }," }),
      errors: [{ messageId: 'noneInExcerpt', after: 'goals: ', severity: 'info', endLine: 17, endColumn: 4, data: { scope: '概要版のみ' } }],
    },
    {
      name: 'no goals, the excerpt stated to leave out only the goals (indicators could be plan-level)',
      plan: planText({ goals: '', source: "{ file: 'f', title: 't', scope: 'x', beyondExcerpt: ['goals'] }" }),
      errors: [{ messageId: 'noGoals', after: 'goals: ', severity: 'info', endLine: 17, endColumn: 4, data: { scope: '（原典の範囲: x）' } }],
    },
    { name: 'no goals recorded (an excerpt, otaru) is info', plan: planText({ goals: '' }), errors: [{ messageId: 'noGoals', after: 'goals: ', severity: 'info', endLine: 17, endColumn: 4, data: { scope: '（原典の範囲: テスト）' } }] },
    {
      name: 'a stated absence is info',
      plan: planText({ goals: '', top: "noIndicators: { absent: '数値目標は設定しない', reason: '概要版のため' }," }),
      errors: [{ messageId: 'statedAbsence', at: '{ absent:', severity: 'info', text: "{ absent: '数値目標は設定しない', reason: '概要版のため' }", data: { absent: '数値目標は設定しない' } }],
    },
  ],
});
