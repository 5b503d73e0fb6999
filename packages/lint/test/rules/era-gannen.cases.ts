import rule from '../../src/rules/era-gannen.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
ruleTester(rule, {
  valid: [{ name: '元年 and 10年', plan: desc('令和元年度に策定、令和10年度まで') }],
  invalid: [
    { name: '令和1年度', plan: desc('令和1年度に策定'), errors: [{ messageId: 'gannen', at: '1年度', text: '1', data: { text: '令和1年', era: '令和' } }], output: desc('令和元年度に策定') },
    { name: '平成 １ 年 with spaces and a full-width digit', plan: desc('平成 １ 年から'), errors: [{ messageId: 'gannen', at: ' １ 年', text: ' １ ', data: { text: '平成 １ 年', era: '平成' } }], output: desc('平成元年から') },
    { name: 'in a printed cell: no fix', plan: planText({ goals: goal([indicator({ baseline: "{ fy: reiwa(1), value: 10, printed: '令和1年度 10%' }" })]) }), errors: [{ messageId: 'gannen', at: "1年度 10%", text: '1', data: { text: '令和1年', era: '令和' } }], output: null },
  ],
});
