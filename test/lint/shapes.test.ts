/**
 * Lint on the schema's shape fixtures (issue 7: stated absence, series,
 * relative targets, qualifiers, printed years, grading …): no rule crashes,
 * and what lint says about each shape is exactly right, publish profile:
 * a stated absence is info (never raised to an error as a gap is), a printed
 * year past its era is reported where it is written, a series is judged
 * against its target (an edited copy proves the judgement can fire), and
 * shapes that are fine raise nothing. 社会福祉法第107条 wording
 * (statutory-items) is judged by its own rule table; here it may only be info
 * at legalBasis.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModule, runRules, type Finding } from '@keikaku/core';
import { validatePlan } from '@keikaku/schema';
import { ALL_RULES } from '@keikaku/lint';
import { ROOT } from '../support/run-cli.js';

const DIR = join(ROOT, 'test/fixtures/shapes');

function lint(file: string, edit: (text: string) => string = (t) => t): Finding[] {
  const text = edit(readFileSync(join(DIR, file), 'utf8'));
  const m = readModule(text, { file: `test/fixtures/shapes/${file}`, kind: 'plan' });
  expect(m.findings).toEqual([]);
  const r = validatePlan(m.value);
  if (!r.ok) expect.fail(`${file} is not schema-valid: ${JSON.stringify(r.problems).slice(0, 300)}`);
  return runRules(ALL_RULES, { plan: r.value, planSource: m.sourceMap, progress: [] }, { source: 'lint', settings: { profile: 'publish', today: '2025-06-01' } });
}

/** rule, message, severity and plan path of each finding, statutory wording aside. */
const said = (fs: Finding[]) =>
  fs
    .filter((f) => f.ruleId !== 'statutory-items')
    .map((f) => `${f.ruleId} ${f.messageId} ${f.severity} ${f.path}`)
    .sort();

type Row = [file: string, expected: string[]];
const TABLE: Row[] = [
  [
    'absence.ts',
    [
      // 基準値なし and 数値目標は設定しない are stated: info, even when publishing
      'baseline-missing statedAbsence info goals[0].indicators[0].baseline',
      'missing-target statedAbsence info goals[0].indicators[1].target',
      // an indicator with only a name is a gap: an error when publishing
      'baseline-missing none error goals[0].indicators[2].name',
      'missing-target noTarget error goals[0].indicators[2].name',
    ],
  ],
  ['author.ts', []],
  ['grading/plan.ts', []],
  // 相談窓口の認知度 35% → 35% with no direction printed (notStated): the unchanged target shows no progress
  // (issue 17: target-direction's unchangedUnprinted, as 苫小牧 200人 → 200人)
  ['not-stated.ts', ['target-direction unchangedUnprinted warning goals[0].indicators[1].target.value']],
  [
    'printed-year.ts',
    [
      // 平成32年度 and H32 are past the era's end, in the period, a target year and the source title
      'era-year-past-end past error period.end.printed',
      'era-year-past-end past error goals[0].indicators[0].target.fy.printed',
      'era-year-past-end past error source.title',
      'era-year-past-end past error source.title',
      // the period 平成28–32年度 (FY2016–2020) ended before 2025-06-01; a notice, not a gap
      'plan-period-ended ended warning period.end',
    ],
  ],
  // 認知症高齢者数 (decrease) from 15,200 (推計) to 16,000 (見込み): a target against its direction
  // and its baseline is itself an estimate (推計): a notice (issue 17, baseline-forecast)
  ['qualifier.ts', ['baseline-forecast forecast info goals[0].indicators[0].baseline.qualifier', 'target-direction against error goals[0].indicators[0].target.value']],
  ['relative.ts', []],
  // every series ends at its target with the target's value and moves the right way
  ['series.ts', []],
  ['text.ts', []],
];

describe('lint on the shape fixtures', () => {
  it.each(TABLE)('%s: exactly what the document gets wrong or leaves open', (file, expected) => {
    const found = lint(file);
    expect(found.filter((f) => f.messageId === 'rule-crash').map((f) => f.message.en)).toEqual([]);
    expect(said(found)).toEqual([...expected].sort());
    for (const f of found) {
      expect(f.line, `${f.ruleId} at ${f.path}`).toBeGreaterThan(0);
      expect(f.endLine * 1e6 + f.endColumn).toBeGreaterThan(f.line * 1e6 + f.column);
      expect(f.message.ja.length).toBeGreaterThan(0);
    }
    for (const f of found.filter((x) => x.ruleId === 'statutory-items')) expect([f.severity, f.path]).toEqual(['info', 'legalBasis']);
  });

  it('a series whose last entry disagrees with the target is judged (series.ts, edited)', () => {
    const found = lint('series.ts', (t) => t.replace("{ fy: reiwa(11), value: { state: '見直し検討' } },\n          ],", "{ fy: reiwa(11), value: { state: '計画の推進' } },\n          ],"));
    expect(said(found)).toEqual(['target-series endMismatch warning goals[0].indicators[0].series[2].value']);
  });

  it('a printed year inside its era is not reported (printed-year.ts, edited)', () => {
    const found = lint('printed-year.ts', (t) => t.replace("target: { fy: printedYear('H32'), value: 100 }", "target: { fy: printedYear('H30'), value: 100 }"));
    expect(said(found).filter((s) => s.includes('indicators[0].target'))).toEqual([]);
  });
});
