import rule from '../../src/rules/zero-baseline.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const GROWTH_SCALE = "grading: [{ id: 's', name: '評価区分', levels: [{ mark: 'A', label: '基準値からの伸び率 10%以上', meaning: 'on-track' }, { mark: 'B', label: '伸び率 10%未満', meaning: 'at-risk' }] }],";
const ACHIEVEMENT_SCALE = "grading: [{ id: 's', name: '評価区分', levels: [{ mark: 'A', label: '達成率 100%以上', meaning: 'achieved' }, { mark: 'B', label: '達成率 100%未満', meaning: 'at-risk' }] }],";
const ind = (over: Record<string, string>, top = '') => planText({ top, goals: goal([indicator({ unit: "'件'", ...over })]) });
const ZERO = { baseline: '{ fy: reiwa(4), value: 0 }', target: '{ fy: reiwa(11), value: 10 }' };
ruleTester(rule, {
  valid: [
    { name: 'a non-zero baseline', plan: planText() },
    { name: 'a non-zero baseline, graded by growth', plan: planText({ top: GROWTH_SCALE }) },
    // mie-shakyo-2015 1-5: 参画している社会福祉法人数 0 → 16, a new 事業; the plan states no growth-rate evaluation.
    { name: 'a zero baseline of a new measure, no growth-rate evaluation (mie-shakyo-2015 1-5)', plan: ind({ unit: "'法人'", direction: "{ read: 'increase' }", baseline: "{ fy: printedYear('27年度', '平成'), value: 0 }", target: "{ fy: printedYear('32年度', '平成'), value: 16 }" }) },
    { name: 'a zero baseline on a scale of achievement rates', plan: ind(ZERO, ACHIEVEMENT_SCALE) },
    { name: 'zero to zero (maintain), graded by growth', plan: ind({ direction: "'maintain'", baseline: '{ fy: reiwa(4), value: 0 }', target: '{ fy: reiwa(11), value: 0 }' }, GROWTH_SCALE) },
    { name: 'a relative target of another base (対象世帯数の6%)', plan: ind({ baseline: '{ fy: reiwa(4), value: 0 }', target: "{ fy: reiwa(11), value: { relative: { rule: 'percentOf', by: 6, base: { value: 0, of: '対象世帯数' } } } }" }) },
    { name: 'a relative target plus a number of a zero baseline (+10件)', plan: ind({ baseline: '{ fy: reiwa(4), value: 0 }', target: "{ fy: reiwa(11), value: { relative: { rule: 'plus', by: 10, base: { value: 0 } } } }" }) },
  ],
  invalid: [
    { name: 'zero baseline where the plan grades by growth rate', plan: ind(ZERO, GROWTH_SCALE), errors: [{ messageId: 'zero', at: '0 }', severity: 'info', text: '0', data: { indicator: '指標A' } }] },
    {
      name: 'a target twice a zero baseline (倍増)',
      plan: ind({ baseline: '{ fy: reiwa(4), value: 0 }', target: "{ fy: reiwa(11), value: { relative: { rule: 'times', by: 2, base: { value: 0 } }, printed: '倍増' } }" }),
      errors: [{ messageId: 'relativeToZero', at: '{ relative:', text: "{ relative: { rule: 'times', by: 2, base: { value: 0 } }, printed: '倍増' }", severity: 'info', data: { indicator: '指標A', printed: '倍増' } }],
    },
  ],
});
