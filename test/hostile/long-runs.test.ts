/**
 * Long runs of each pattern's characters (issue 14, "Quadratic patterns"):
 * 50k 〇 with and without 年度 or ページ after them, 20k 「〇〇ページ」, long runs
 * of spaces, digits, ※, era names and P. Each row asserts what is found, not
 * how long it took (timings are in `pnpm bench` and BENCHMARKS.md); a
 * super-linear pattern would not finish within the test timeout. The static
 * check (regex-static.test.ts) is what keeps such patterns out.
 */
import { describe, expect, it } from 'vitest';
import { readModule } from '@keikaku/core';
import { validatePlan, type Plan } from '@keikaku/schema';
import { ALL_RULES, findArticlesWithoutNumber, findPlaceholders, findUnitsWithoutNumber, runLintRule } from '@keikaku/lint';
import { findEraPairMismatches, findFirstYearAsOne, findPastEraEnd } from '../../packages/lint/src/text/era.js';
import { goal, indicator, planText } from '../../packages/lint/test/snippets.js';

const N = 50_000;
const maru = '〇'.repeat(N);

describe('text helpers on long runs', () => {
  it.each<[string, string, (s: string) => unknown[], number, unknown?]>([
    ['50k 〇 then 年度', `${maru}年度`, findPlaceholders, 1, { kind: 'year', start: 0, end: N + 2 }],
    ['50k 〇 then ページ', `${maru}ページ`, findPlaceholders, 1, { kind: 'page', start: 0, end: N + 3 }],
    ['50k 〇 then spaces and 頁', `${maru}${' '.repeat(N)}頁`, findPlaceholders, 1, { kind: 'page', start: 0 }],
    ['50k 〇 then nothing', `${maru}x`, findPlaceholders, 1, { kind: 'mark', start: 0, end: N }],
    ['50k 〇 then spaces then nothing', `${maru}${' '.repeat(N)}x`, findPlaceholders, 1, { kind: 'mark', start: 0, end: N }],
    ['20k 〇〇ページ', '〇〇ページ、'.repeat(20_000), findPlaceholders, 20_000, { kind: 'page', start: 0, end: 5 }],
    ['20k 令和〇年度', '令和〇年度、'.repeat(20_000), findPlaceholders, 20_000, { kind: 'year', start: 0, end: 5 }],
    ['50k P then 〇', `${'P'.repeat(N)}〇`, findPlaceholders, 1, { kind: 'page', start: N - 1 }],
    ['P, 50k spaces, no mark', `P${' '.repeat(N)}.${' '.repeat(N)}x`, findPlaceholders, 0],
    ['50k ※', '※'.repeat(N), findPlaceholders, 1, { kind: 'mark', start: 0, end: N }],
    ['令和 then 50k spaces', `令和${' '.repeat(N)}x`, findPlaceholders, 0],
    ['50k spaces before 件', `参加者は${' '.repeat(N)}件`, findUnitsWithoutNumber, 1, { unit: '件' }],
    ['50k 法第 without numbers', '法第'.repeat(N / 2), findArticlesWithoutNumber, N / 2, { law: '法', start: 0, end: 2 }],
    ['法第 then 50k spaces', `法第${' '.repeat(N)}x`, findArticlesWithoutNumber, 1, { start: 0 }],
    ['50k digits then 年（', `${'1'.repeat(N)}年（令和${' '.repeat(N)}`, findEraPairMismatches, 0],
    ['2024 then 50k spaces, no pair', `2024${' '.repeat(N)}年度（`, findEraPairMismatches, 0],
    ['令和 then 50k spaces then 1年', `令和${' '.repeat(N)}1年`, findFirstYearAsOne, 1, { era: '令和' }],
    ['平成 then 50k spaces then 32年度', `平成${' '.repeat(N)}32年度`, findPastEraEnd, 1, { n: 32, western: 2020, fiscal: true }],
    ['50k H then 32', `${'H'.repeat(N)}32`, findPastEraEnd, 0],
  ])('%s', (_name, input, find, count, first) => {
    const hits = find(input);
    expect(hits).toHaveLength(count);
    if (first) expect(hits[0]).toMatchObject(first as object);
  });
});

function lintText(text: string): { id: string; line: number }[] {
  const m = readModule(text, { file: 'plans/x/plan.ts', kind: 'plan' });
  expect(m.findings).toEqual([]);
  const r = validatePlan(m.value);
  if (!r.ok) expect.fail(r.problems.map((p) => p.en).join('\n'));
  const found = ALL_RULES.flatMap((rule) => runLintRule(rule, { plan: r.value as Plan, planSource: m.sourceMap, progress: [] }, { profile: 'publish', today: '2025-06-01' }));
  expect(found.filter((f) => f.messageId === 'rule-crash')).toEqual([]);
  return found.map((f) => ({ id: f.ruleId, line: f.line }));
}

describe('every lint rule on a plan holding long runs (prose off)', () => {
  it.each([
    ['50k 〇 in a description', `${maru}`],
    ['50k 〇 then 年度', `${maru}年度`],
    ['20k 〇〇ページ', '〇〇ページ、'.repeat(20_000)],
    ['50k full-width digits and spaces', '１ '.repeat(N / 2)],
    ['50k 平成 and spaces', '平成 '.repeat(N / 3)],
  ])('%s: the placeholder rule reports on the description line, nothing crashes', (_name, description) => {
    const text = planText({ goals: goal([indicator()], `description: [${JSON.stringify(description)}],`) });
    const line = text.split('\n').findIndex((l) => l.includes('description: [')) + 1;
    const found = lintText(text);
    const placeholders = found.filter((f) => f.id === 'placeholder');
    if (description.includes('〇')) {
      expect(placeholders.length).toBeGreaterThan(0);
      expect(placeholders.every((f) => f.line === line)).toBe(true);
    } else expect(placeholders).toEqual([]);
  });
});
