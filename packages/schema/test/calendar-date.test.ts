/**
 * The one calendar-date parser: a table of real and impossible dates, the
 * message each refusal gives, and agreement with the Zod schema's IsoDate (the
 * JSON Schema's published pattern) on every row, so the two can never drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calendarDateToUtc, fiscalYearOfDate, IsoDate, parseCalendarDate, validatePlan, validateProgress } from '../src/index.js';
import sapporo from '../../../plans/sapporo/plan.js';
import sapporo2024 from '../../../plans/sapporo/progress/2024.js';

const ROOT_DIR = fileURLToPath(new URL('../../..', import.meta.url));

describe('parseCalendarDate', () => {
  it.each([
    ['2024-02-29', 2024, 2, 29],
    ['2000-02-29', 2000, 2, 29],
    ['2025-03-31', 2025, 3, 31],
    ['2024-12-31', 2024, 12, 31],
    ['2025-04-30', 2025, 4, 30],
    ['0001-01-01', 1, 1, 1],
    ['9999-12-31', 9999, 12, 31],
  ])('%s is a date', (s, year, month, day) => {
    const r = parseCalendarDate(s);
    expect(r).toMatchObject({ ok: true, year, month, day, iso: s });
    if (r.ok) expect(calendarDateToUtc(r).toISOString().slice(0, 10)).toBe(s);
  });

  it.each([
    ['2025-02-30', /存在しない日付.*2025年2月は28日まで/, /does not exist.*28 days/],
    ['2025-02-29', /2025年2月は28日まで/, /28 days/],
    ['1900-02-29', /1900年2月は28日まで/, /28 days/],
    ['2024-02-30', /2024年2月は29日まで/, /29 days/],
    ['2024-04-31', /4月は30日まで/, /30 days/],
    ['2024-01-00', /存在しない日付/, /does not exist/],
    ['9999-99-99', /月 99 は 01〜12 ではありません/, /month 99 is not 01–12/],
    ['2024-13-01', /月 13/, /month 13/],
    ['2024-00-10', /月 00/, /month 00/],
    ['2024/12/31', /YYYY-MM-DD 形式ではありません/, /not in YYYY-MM-DD form/],
    ['2024-1-5', /YYYY-MM-DD 形式/, /YYYY-MM-DD/],
    ['20241231', /YYYY-MM-DD 形式/, /YYYY-MM-DD/],
    [' 2024-12-31', /YYYY-MM-DD 形式/, /YYYY-MM-DD/],
    ['2024-12-31\n', /YYYY-MM-DD 形式/, /YYYY-MM-DD/],
    ['２０２４-１２-３１', /YYYY-MM-DD 形式/, /YYYY-MM-DD/],
    ['令和6年12月31日', /YYYY-MM-DD 形式/, /YYYY-MM-DD/],
    ['', /YYYY-MM-DD 形式/, /YYYY-MM-DD/],
    ['2024-12-31T00:00:00Z', /YYYY-MM-DD 形式/, /YYYY-MM-DD/],
  ])('%j is refused, plainly in both languages', (s, ja, en) => {
    const r = parseCalendarDate(s);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.ja).toMatch(ja);
    expect(r.en).toMatch(en);
    expect(r.fix.ja.length).toBeGreaterThan(0);
  });

  it('never echoes a long input at full length', () => {
    const r = parseCalendarDate('x'.repeat(100_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.ja.length).toBeLessThan(100);
  });

  it.each(['2024-02-29', '2025-02-29', '2025-02-30', '9999-99-99', '1900-02-29', '2000-02-29', '2024-04-31', '2024-06-30', '0000-02-29', '2024-1-05'])(
    'the Zod IsoDate (asOf) decides %s as it does',
    (s) => {
      expect(IsoDate.safeParse(s).success).toBe(parseCalendarDate(s).ok);
      const pattern = (JSON.parse(readFileSync(join(ROOT_DIR, 'schemas/progress.schema.json'), 'utf8')) as { properties: { asOf: { pattern: string } } }).properties.asOf.pattern;
      expect(new RegExp(pattern).test(s)).toBe(parseCalendarDate(s).ok);
    },
  );
});

describe('its users', () => {
  it('fiscalYearOfDate refuses an impossible date with the same message', () => {
    expect(() => fiscalYearOfDate('2025-02-30')).toThrow(/2025年2月は28日まで/);
  });
  it('a progress asOf of 2025-02-30 is refused with the same message, located', () => {
    const plan = validatePlan(structuredClone(sapporo));
    if (!plan.ok) expect.fail('the sapporo plan must validate');
    const progress = structuredClone(sapporo2024) as unknown as { actuals: { asOf?: string }[] };
    progress.actuals[0]!.asOf = '2025-02-30';
    const r = validateProgress(plan.value, progress);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems.find((q) => q.code === 'date-format');
    expect(p?.pathText).toBe('actuals[0].asOf');
    expect(p?.ja).toMatch(/2025年2月は28日まで/);
  });
});
