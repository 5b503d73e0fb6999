import rule from '../../src/rules/restatement-mismatch.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const restated = (r: string, over: Record<string, string> = {}) => planText({ goals: goal([indicator({ unit: "'件'", restatements: `[${r}]`, ...over })]) });
ruleTester(rule, {
  valid: [
    { name: 'the same values', plan: restated("{ where: '一覧', unit: '件', baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: 20 } }") },
    { name: 'two blanks printed with different dashes', plan: restated("{ where: '一覧', baseline: { fy: reiwa(4), value: { missing: '―' } } }", { baseline: "{ fy: reiwa(4), value: { missing: '－' } }" }) },
  ],
  invalid: [
    { name: 'another unit (1,888件 vs 1,888回)', plan: restated("{ where: '一覧', unit: '回' }"), errors: [{ messageId: 'unit', at: "'回'" }] },
    { name: 'another baseline value', plan: restated("{ where: '一覧', baseline: { fy: reiwa(4), value: 11 } }"), errors: [{ messageId: 'baseline', at: '{ fy: reiwa(4), value: 11 }' }] },
    { name: 'another target year', plan: restated("{ where: '一覧', target: { fy: reiwa(10), value: 20 } }"), errors: [{ messageId: 'target', at: '{ fy: reiwa(10)' }] },
    { name: 'another name (info)', plan: restated("{ where: '一覧', name: '指標えー' }"), errors: [{ messageId: 'name', at: "'指標えー'", severity: 'info' }] },
  ],
});
