import rule from '../../src/rules/node-without-indicator.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const bare = (id: string, extra = '') => `    { id: '${id}', no: 2, title: '目標${id}', ${extra} },`;

ruleTester(rule, {
  valid: [
    { name: 'every goal has an indicator', plan: planText() },
    { name: 'a plan with no indicators at all (plan-without-indicators says it)', plan: planText({ goals: bare('g1') }) },
    {
      name: 'a policy under a goal that has indicators is covered',
      plan: planText({ goals: goal([indicator()], "policies: [{ id: 'p1', no: 1, title: '施策1' }],") }),
    },
  ],
  invalid: [
    { name: 'a goal with nothing to measure', plan: planText({ goals: goal([indicator()]) + '\n' + bare('g2') }), errors: [{ messageId: 'none', text: "'目標g2'", data: { level: '基本目標', levelEn: 'goal', title: '目標g2' } }] },
    {
      name: 'only the topmost uncovered node is reported',
      plan: planText({ goals: goal([indicator()]) + '\n' + bare('g2', "policies: [{ id: 'p9', no: 1, title: '施策9' }]") }),
      errors: [{ messageId: 'none', text: "'目標g2'", data: { level: '基本目標', levelEn: 'goal', title: '目標g2' } }],
    },
    {
      name: 'a stated absence is info',
      plan: planText({ goals: goal([indicator()]) + '\n' + bare('g2', "noIndicators: { absent: '数値目標は設定しない', reason: '理念を示す目標のため' }") }),
      errors: [{ messageId: 'statedAbsence', text: "'目標g2'", severity: 'info', data: { level: '基本目標', levelEn: 'goal', title: '目標g2', absent: '数値目標は設定しない' } }],
    },
  ],
});
