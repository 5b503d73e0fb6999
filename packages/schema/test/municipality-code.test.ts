/**
 * 全国地方公共団体コード: the check digit (weights 6,5,4,3,2; r = sum mod 11;
 * digit = (11 − r) mod 10) and the bilingual problem a wrong code produces.
 * The codes below are the published MIC codes, not computed by the code under test.
 */
import { describe, expect, it } from 'vitest';
import { LocalGovernmentCode, isValidLgCode, lgCodeCheckDigit, validatePlan } from '@keikaku/schema';
import sapporo from '../../../plans/sapporo/plan.js';

const PUBLISHED: [name: string, code: string][] = [
  ['札幌市', '011002'],
  ['旭川市', '012041'],
  ['苫小牧市', '012131'],
  ['小樽市', '012033'],
  ['金沢市', '172014'],
  ['北海道', '010006'],
  ['石川県', '170003'],
  ['神戸市', '281000'], // r = 1 → 11 − 1 = 10 → check digit 0
  ['東京都', '130001'], // r = 10 → check digit 1
];

describe('check digit', () => {
  it.each(PUBLISHED)('%s %s is valid', (_name, code) => {
    expect(isValidLgCode(code)).toBe(true);
    expect(lgCodeCheckDigit(code.slice(0, 5))).toBe(Number(code[5]));
    expect(LocalGovernmentCode.safeParse(code).success).toBe(true);
  });

  // Every other last digit must be rejected, not just one neighbour.
  it.each(PUBLISHED)('%s with any wrong last digit is invalid', (_name, code) => {
    const right = Number(code[5]);
    for (let d = 0; d <= 9; d++) {
      if (d === right) continue;
      const wrong = `${code.slice(0, 5)}${d}`;
      expect(isValidLgCode(wrong), wrong).toBe(false);
      const r = LocalGovernmentCode.safeParse(wrong);
      expect(r.success, wrong).toBe(false);
      expect(r.error?.issues.map((i) => i.message)).toEqual(['keikaku:lg-code-check-digit']);
    }
  });

  it('wraps 11 to 1 when the weighted sum is a multiple of 11', () => {
    expect(lgCodeCheckDigit('00000')).toBe(1); // r = 0 → 11 → 1
    expect(lgCodeCheckDigit('00001')).toBe(9); // sum 2 → 9
    expect(isValidLgCode('000001')).toBe(true);
  });

  it.each([
    ['5 digits', '01100'],
    ['7 digits', '0110020'],
    ['empty', ''],
    ['a letter', '01100a'],
    ['full-width digits', '０１１００２'],
    ['a leading space', ' 011002'],
    ['a space inside', '011 002'],
    ['a hyphen', '01100-2'],
  ])('a code with %s is invalid', (_label, code) => {
    expect(isValidLgCode(code)).toBe(false);
    const r = LocalGovernmentCode.safeParse(code);
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.message)).toContain('keikaku:lg-code-format');
  });

  it.each(['0110', '011002', 'abcde', ''])('lgCodeCheckDigit(%j) throws unless given exactly 5 digits', (s) => {
    expect(() => lgCodeCheckDigit(s)).toThrow(RangeError);
  });
});

describe('the problem validatePlan reports for a wrong code', () => {
  function planWithCode(code: string) {
    const plan = structuredClone(sapporo) as { municipality: { code: string } };
    plan.municipality.code = code;
    return plan;
  }

  it('the unmodified sapporo plan is valid (so the problems below come from the code alone)', () => {
    expect(validatePlan(structuredClone(sapporo)).ok).toBe(true);
  });

  it.each(['011001', '011009', '011000'])('%s: one problem at municipality.code naming 検査数字 and the corrected code 011002', (code) => {
    const r = validatePlan(planWithCode(code));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    const [p] = r.problems;
    expect(p!.code).toBe('lg-code-check-digit');
    expect(p!.pathText).toBe('municipality.code');
    expect(p!.path).toEqual(['municipality', 'code']);
    expect(p!.ja).toContain('検査数字');
    expect(p!.ja).toContain(code);
    expect(p!.en).toMatch(/check digit/);
    // The fix proposes the code with the check digit recomputed from the first five digits.
    expect(p!.fix?.ja).toContain('011002');
    expect(p!.fix?.en).toContain('011002');
  });

  it('a code that is not 6 digits is reported as a format problem with an example', () => {
    const r = validatePlan(planWithCode('11002'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const format = r.problems.find((p) => p.ja.includes('6桁'));
    expect(format?.pathText).toBe('municipality.code');
    expect(format?.en).toContain('6 digits');
    expect(format?.fix?.ja).toContain('011002');
  });

  // Regression: Zod 4 runs refinements after a failed regex, so the check-digit
  // refine must skip codes that are not 6 digits (it used to add a second problem).
  it('a code that is not 6 digits gives only the format problem, not a check-digit one', () => {
    const r = validatePlan(planWithCode('11002'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems.map((p) => p.fix?.ja ?? '').join()).not.toContain('?');
  });
});
