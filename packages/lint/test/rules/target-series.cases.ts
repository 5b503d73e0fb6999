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
    { name: 'the last entry is not the final target', plan: series('{ fy: fy(2027), value: 90 }, { fy: fy(2029), value: 95 }'), errors: [{ messageId: 'endMismatch', at: '95' }] },
    { name: 'going backwards', plan: series('{ fy: fy(2025), value: 80 }, { fy: fy(2026), value: 75 }'), errors: [{ messageId: 'backwards', at: '75' }] },
    { name: 'an entry after the final target year', plan: series('{ fy: fy(2030), value: 100 }'), errors: [{ messageId: 'pastTarget', at: 'fy(2030)' }] },
  ],
});
