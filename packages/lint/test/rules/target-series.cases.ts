import rule from '../../src/rules/target-series.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const series = (s: string, over: Record<string, string> = {}) => planText({ goals: goal([indicator({ target: '{ fy: fy(2029), value: 100 }', series: `[${s}]`, ...over })]) });
ruleTester(rule, {
  valid: [
    { name: 'rising to the final target', plan: series('{ fy: fy(2025), value: 80 }, { fy: fy(2027), value: 90 }, { fy: fy(2029), value: 100 }') },
    { name: 'qualitative entries', plan: series("{ fy: fy(2025), value: { state: '策定' } }, { fy: fy(2026), value: { state: '推進' } }") },
  ],
  invalid: [
    { name: 'the last entry is not the final target', plan: series('{ fy: fy(2027), value: 90 }, { fy: fy(2029), value: 95 }'), errors: [{ messageId: 'endMismatch', text: '95', data: { indicator: '指標A', fy: '2029年度（令和11年度）', value: '95%', target: '100%' } }] },
    { name: 'going backwards', plan: series('{ fy: fy(2025), value: 80 }, { fy: fy(2026), value: 75 }'), errors: [{ messageId: 'backwards', text: '75', data: { indicator: '指標A', fy: '2026年度（令和8年度）', value: '75%', prevFy: '2025年度（令和7年度）', prev: '80%', direction: '増加', directionEn: 'increase' } }] },
    { name: 'an entry after the final target year', plan: series('{ fy: fy(2030), value: 100 }'), errors: [{ messageId: 'pastTarget', text: 'fy(2030)', data: { indicator: '指標A', fy: '2030年度（令和12年度）', value: '100%', target: '2029年度（令和11年度）' } }] },
  ],
});
