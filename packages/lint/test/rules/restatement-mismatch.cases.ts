import rule from '../../src/rules/restatement-mismatch.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const restated = (r: string, over: Record<string, string> = {}) => planText({ goals: goal([indicator({ unit: "'件'", restatements: `[${r}]`, ...over })]) });
ruleTester(rule, {
  valid: [
    { name: 'the same values', plan: restated("{ where: '一覧', unit: '件', baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: 20 } }") },
    { name: 'two blanks printed with the same dash', plan: restated("{ where: '一覧', baseline: { fy: reiwa(4), value: { missing: '―' } } }", { baseline: "{ fy: reiwa(4), value: { missing: '―' } }" }) },
  ],
  invalid: [
    { name: 'another unit (1,888件 vs 1,888回)', plan: restated("{ where: '一覧', unit: '回' }"), errors: [{ messageId: 'unit', text: "'回'", data: { indicator: '指標A', where: '一覧', here: '件', there: '回' } }] },
    { name: 'another baseline value', plan: restated("{ where: '一覧', baseline: { fy: reiwa(4), value: 11 } }"), errors: [{ messageId: 'baseline', text: '{ fy: reiwa(4), value: 11 }', data: { indicator: '指標A', where: '一覧', here: '10件（2022年度（令和4年度））', there: '11件（2022年度（令和4年度））' } }] },
    { name: 'another target year', plan: restated("{ where: '一覧', target: { fy: reiwa(10), value: 20 } }"), errors: [{ messageId: 'target', at: '{ fy: reiwa(10)', text: '{ fy: reiwa(10), value: 20 }', data: { indicator: '指標A', where: '一覧', here: '20件（2029年度（令和11年度））', there: '20件（2028年度（令和10年度））' } }] },
    {
      // tomakomai 農福連携農家数 (T09): the detail table prints 「－」 (U+FF0D), the summary 「―」 (U+2015).
      name: 'two blanks printed with different dashes (tomakomai 農福連携農家数), info',
      plan: restated("{ where: '一覧', baseline: { fy: reiwa(4), value: { missing: '―' } } }", { baseline: "{ fy: reiwa(4), value: { missing: '－' } }" }),
      errors: [{ messageId: 'blankMark', at: "{ missing: '―' }", text: "{ missing: '―' }", severity: 'info', data: { indicator: '指標A', where: '一覧', role: '基準値', here: '－', there: '―' } }],
    },
    { name: 'another name (info)', plan: restated("{ where: '一覧', name: '指標えー' }"), errors: [{ messageId: 'name', text: "'指標えー'", severity: 'info', data: { indicator: '指標A', where: '一覧', here: '指標A', there: '指標えー' } }] },
  ],
});
