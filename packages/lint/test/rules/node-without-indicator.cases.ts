import rule from '../../src/rules/node-without-indicator.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const bare = (id: string, extra = '') => `    { id: '${id}', no: 2, title: '目標${id}', ${extra} },`;

ruleTester(rule, {
  valid: [
    { name: 'every goal has an indicator', plan: planText() },
    { name: 'a plan with no indicators at all (plan-without-indicators says it)', plan: planText({ goals: bare('g1') }) },
    {
      name: 'a goal is covered by the indicators of an approach under it (苫小牧: indicators only on 取組方針)',
      plan: planText({
        goals: `    { id: 'g1', no: 1, title: '目標1', policies: [{ id: 'p1', no: 1, title: '施策1', approaches: [{ id: 'a1', no: 1, title: '方針1', indicators: [${indicator()}] }] }] },`,
      }),
    },
  ],
  invalid: [
    {
      name: "an approach is not covered by its policy's or goal's indicators (苫小牧 取組方針⑥ 虐待防止に向けた対応)",
      plan: planText({
        goals: goal(
          [indicator()],
          `policies: [{ id: 'p1', no: 1, title: '施策1', indicators: [${indicator({ id: "'ind-p'" })}], approaches: [
            { id: 'a1', no: 1, title: '方針1', indicators: [${indicator({ id: "'ind-b'" })}] },
            { id: 'a2', no: 2, title: '虐待防止に向けた対応' },
          ] }],`,
        ),
      }),
      errors: [{ messageId: 'none', text: "'虐待防止に向けた対応'", data: { level: '取組方針', levelEn: 'approach', title: '虐待防止に向けた対応' } }],
    },
    {
      name: "a policy under a goal that has indicators is not covered by the goal's",
      plan: planText({ goals: goal([indicator()], "policies: [{ id: 'p1', no: 1, title: '施策1' }],") }),
      errors: [{ messageId: 'none', text: "'施策1'", data: { level: '施策', levelEn: 'policy', title: '施策1' } }],
    },
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
