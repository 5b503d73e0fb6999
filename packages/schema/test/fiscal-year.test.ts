import fc from 'fast-check';
/**
 * 年度・和暦: the year helpers plan modules are written with, the formatters
 * reviewers read, and the parser for printed years. Expected values are the
 * calendar facts (平成 ended 2019-04-30, 令和 began 2019-05-01; 昭和 ended
 * 1989-01-07), not values copied from the implementation.
 */
import { describe, expect, it } from 'vitest';
import {
  fiscalYearOfDate,
  fiscalYearRange,
  formatFiscalYear,
  formatFiscalYearShort,
  formatWarekiDate,
  formatWarekiFiscalYear,
  fy,
  heisei,
  isFiscalYear,
  isNotStatedYear,
  isTbdYear,
  notStated,
  parseYear,
  reiwa,
  showa,
  tbd,
  FiscalYear,
  YearRef,
  MAX_FISCAL_YEAR,
  MIN_FISCAL_YEAR,
  printedYear,
  HelperError,
} from '@keikaku/schema';

describe('year helpers', () => {
  it('fy() returns the Western number unchanged', () => {
    expect(fy(2024)).toBe(2024);
    expect(fy(MIN_FISCAL_YEAR)).toBe(1947);
    expect(fy(MAX_FISCAL_YEAR)).toBe(2100);
  });

  it.each([1946, 2101, 2024.5, Number.NaN, 0, -2024])('fy(%s) throws a RangeError (outside 1947–2100 or not an integer)', (y) => {
    expect(() => fy(y)).toThrow(RangeError);
  });

  it.each([
    ['reiwa(1) is 令和元年度', () => reiwa(1), 2019],
    ['reiwa(6)', () => reiwa(6), 2024],
    ['reiwa(11)', () => reiwa(11), 2029],
    ['heisei(1) is 平成元年度', () => heisei(1), 1989],
    ['heisei(30)', () => heisei(30), 2018],
    ['heisei(31) is the same fiscal year as 令和元年度', () => heisei(31), 2019],
    ['showa(64)', () => showa(64), 1989],
    ['showa(22) is the first year keikaku accepts', () => showa(22), 1947],
  ])('%s', (_label, make, expected) => {
    expect(make()).toBe(expected);
  });

  it('heisei(31) and reiwa(1) are the same FiscalYear', () => {
    expect(heisei(31)).toBe(reiwa(1));
  });

  it.each([
    // @ts-expect-error the helper's type refuses the year too (the run-time check is what this tests)
    ['heisei(32): 平成 ended in its 31st year', () => heisei(32), /平成32年度/],
    // @ts-expect-error the helper's type refuses the year too (the run-time check is what this tests)
    ['reiwa(0): there is no year 0 (元年 is 1)', () => reiwa(0), /令和0年度/],
    // @ts-expect-error the helper's type refuses the year too (the run-time check is what this tests)
    ['showa(65): 昭和 ended in its 64th year', () => showa(65), /昭和65年度/],
    // @ts-expect-error the helper's type refuses the year too (the run-time check is what this tests)
    ['reiwa(-1)', () => reiwa(-1), /存在しません/],
    // @ts-expect-error the helper's type refuses the year too (the run-time check is what this tests)
    ['reiwa(1.5)', () => reiwa(1.5), /整数/],
    // @ts-expect-error the helper's type refuses the year too (the run-time check is what this tests)
    ['showa(21) is FY1946, before 地方自治法', () => showa(21), /範囲/],
    // @ts-expect-error the helper's type refuses the year too (the run-time check is what this tests)
    ['reiwa(83) is FY2101, after the last year', () => reiwa(83), /範囲/],
  ])('%s throws', (_label, make, message) => {
    expect(make).toThrow(RangeError);
    expect(make).toThrow(message);
  });

  it('tbd() keeps the placeholder exactly as printed; notStated() marks an absent year', () => {
    expect(tbd('令和〇年度')).toEqual({ tbd: '令和〇年度' });
    expect(notStated()).toEqual({ notStated: true });
    expect(notStated('原典に記載なし')).toEqual({ notStated: true, note: '原典に記載なし' });
  });

  it('the type guards tell the three kinds of YearRef apart', () => {
    const refs = [reiwa(6), tbd('令和〇年度'), notStated()];
    expect(refs.map(isFiscalYear)).toEqual([true, false, false]);
    expect(refs.map(isTbdYear)).toEqual([false, true, false]);
    expect(refs.map(isNotStatedYear)).toEqual([false, false, true]);
  });

  it('every helper output is accepted by the YearRef schema', () => {
    for (const y of [fy(2024), reiwa(1), heisei(31), showa(64), tbd('令和〇年度'), notStated('x')]) {
      expect(YearRef.safeParse(y).success, JSON.stringify(y)).toBe(true);
    }
  });

  it.each([1946, 2101, 2024.5])('the FiscalYear schema rejects %s', (y) => {
    expect(FiscalYear.safeParse(y).success).toBe(false);
  });
});

describe('formatting', () => {
  it.each([
    [2024, '2024年度（令和6年度）'],
    [2019, '2019年度（令和元年度）'], // its April is still 平成31年, but the year is called 令和元年度
    [2018, '2018年度（平成30年度）'],
    [1989, '1989年度（平成元年度）'],
    [1988, '1988年度（昭和63年度）'],
    [2029, '2029年度（令和11年度）'],
  ])('formatFiscalYear(%i) is %s', (year, expected) => {
    expect(formatFiscalYear(year)).toBe(expected);
  });

  it('formatWarekiFiscalYear gives the 和暦 part alone', () => {
    expect(formatWarekiFiscalYear(reiwa(1))).toBe('令和元年度');
    expect(formatWarekiFiscalYear(heisei(30))).toBe('平成30年度');
  });

  it.each([
    [2019, 'R1'],
    [2018, 'H30'],
    [2024, 'R6'],
    [1989, 'H1'],
    [1988, 'S63'],
  ])('formatFiscalYearShort(%i) is %s', (year, expected) => {
    expect(formatFiscalYearShort(year)).toBe(expected);
  });

  it.each([
    ['2019-04-30', '平成31年4月30日'], // last day of 平成
    ['2019-05-01', '令和元年5月1日'], // first day of 令和
    ['1989-01-07', '昭和64年1月7日'], // last day of 昭和
    ['1989-01-08', '平成元年1月8日'], // first day of 平成
    ['2024-12-31', '令和6年12月31日'],
  ])('formatWarekiDate(%s) is %s', (date, expected) => {
    expect(formatWarekiDate(date)).toBe(expected);
  });

  it('formatWarekiDate reads a Date in UTC, like an ISO string', () => {
    expect(formatWarekiDate(new Date(Date.UTC(2019, 4, 1)))).toBe('令和元年5月1日');
  });

  it.each(['2019/04/30', '2019-4-30', '2019-02-30', '令和元年5月1日'])('formatWarekiDate(%s) throws', (date) => {
    expect(() => formatWarekiDate(date)).toThrow(RangeError);
  });
});

describe('fiscal year of a date (April starts the year)', () => {
  it.each([
    ['2019-04-30', 2019], // 平成31年4月30日 is already in FY2019 = 令和元年度
    ['2019-05-01', 2019], // 令和元年5月1日: same fiscal year across the era change
    ['2020-03-31', 2019], // last day of 令和元年度
    ['2020-04-01', 2020],
    ['2019-03-31', 2018], // last day of 平成30年度
    ['2019-04-01', 2019],
    ['2024-12-31', 2024], // 12月末時点 of 令和6年度
    ['2025-01-01', 2024],
  ])('fiscalYearOfDate(%s) is %i', (date, expected) => {
    expect(fiscalYearOfDate(date)).toBe(expected);
  });

  it('accepts a Date (read in UTC)', () => {
    expect(fiscalYearOfDate(new Date(Date.UTC(2025, 2, 31)))).toBe(2024);
    expect(fiscalYearOfDate(new Date(Date.UTC(2025, 3, 1)))).toBe(2025);
  });

  it.each(['2019-13-01', '2019-02-29', '20190401', '1947-03-31'])('fiscalYearOfDate(%s) throws', (date) => {
    // invalid dates, and 1947-03-31 which lies in FY1946, before the first year
    expect(() => fiscalYearOfDate(date)).toThrow(RangeError);
  });

  it.each([
    [2024, '2024-04-01', '2025-03-31'],
    [2019, '2019-04-01', '2020-03-31'],
    [2023, '2023-04-01', '2024-03-31'], // the year ending in a leap-year March
  ])('fiscalYearRange(%i) is %s … %s, and both ends fall in that year', (year, start, end) => {
    expect(fiscalYearRange(year)).toEqual({ start, end });
    expect(fiscalYearOfDate(start)).toBe(year);
    expect(fiscalYearOfDate(end)).toBe(year);
  });
});

describe('parseYear', () => {
  it.each([
    ['令和6年度', 2024, '令和', 6, true],
    ['令和元年度', 2019, '令和', 1, true],
    ['平成31年度', 2019, '平成', 31, true],
    ['平成元年度', 1989, '平成', 1, true],
    ['R6', 2024, '令和', 6, true],
    ['Ｒ４', 2022, '令和', 4, true], // full-width, NFKC-normalised
    ['Ｈ３１', 2019, '平成', 31, true],
    ['H31', 2019, '平成', 31, true],
    ['R1', 2019, '令和', 1, true],
    ['r6', 2024, '令和', 6, true],
    ['令和 6 年度', 2024, '令和', 6, true], // spaces as in extracted PDF text
    ['令和　６　年度', 2024, '令和', 6, true], // full-width spaces and digits
    [' 令和6年度 ', 2024, '令和', 6, true],
    ['令和6年', 2024, '令和', 6, false], // a calendar year, not a 年度
  ] as const)('%s is FY%i (%s %i)', (text, year, era, eraYear, isFiscal) => {
    expect(parseYear(text)).toEqual({ kind: 'fiscalYear', fiscalYear: year, era, eraYear, isFiscal });
  });

  it.each([
    ['2024年度', 2024, true],
    ['2024年', 2024, false],
    ['２０２４年度', 2024, true],
  ] as const)('%s is FY%i with no era', (text, year, isFiscal) => {
    expect(parseYear(text)).toEqual({ kind: 'fiscalYear', fiscalYear: year, isFiscal });
  });

  // A placeholder must never be read as a number: a kanji-numeral parser reads 〇 as 0.
  it.each(['令和〇年度', '令和○年度', '令和◯年度', '令和●年度', '令和〇〇年度', 'R〇', '令和 〇 年度'])(
    '%s is a placeholder, never a year',
    (text) => {
      const parsed = parseYear(text);
      expect(parsed).toEqual({ kind: 'placeholder', text: text.trim() });
      expect(parsed).not.toHaveProperty('fiscalYear');
    },
  );

  it.each([
    '',
    '   ',
    'abc',
    '令和',
    'R',
    '令和0年度', // no year 0
    '元年度', // a bare 元年 needs the era from context (options.era)
    '6', // a bare number is not a year
    '1800年度', // before the first fiscal year
    '2101年度',
    '令和6年度末',
    'FY2024',
    '令和6年度〜令和11年度',
  ])('%j is not a year (undefined)', (text) => {
    expect(parseYear(text)).toBeUndefined();
  });

  it('round-trips formatFiscalYearShort for every year from 平成元年度 to 令和82年度', () => {
    for (let y = 1989; y <= 2100; y++) {
      const parsed = parseYear(formatFiscalYearShort(y));
      expect(parsed?.kind === 'fiscalYear' && parsed.fiscalYear, formatFiscalYearShort(y)).toBe(y);
    }
  });

  it('round-trips the 和暦 part of formatFiscalYear (元年 included)', () => {
    for (const y of [1989, 2018, 2019, 2020, 2024]) {
      const parsed = parseYear(formatWarekiFiscalYear(y));
      expect(parsed?.kind === 'fiscalYear' && parsed.fiscalYear, formatWarekiFiscalYear(y)).toBe(y);
    }
  });
});

describe('元年 written as printed', () => {
  it.each([
    [reiwa('元'), 2019],
    [heisei('元'), 1989],
  ])('%i is %i', (got, want) => {
    expect(got).toBe(want);
  });
  it('reiwa("元") and reiwa(1) are the same fiscal year', () => {
    expect(reiwa('元')).toBe(reiwa(1));
    expect(formatFiscalYear(reiwa('元'))).toBe('2019年度（令和元年度）');
  });
});

describe('parseYear: years as printed in real plans (issue 7 §6)', () => {
  it.each([
    ['R6', 2024, { era: '令和', eraYear: 6, isFiscal: true }],
    ['Ｒ６', 2024, { era: '令和', eraYear: 6 }],
    ['令和６年度', 2024, { isFiscal: true }],
    ['令和六年度', 2024, { eraYear: 6 }],
    ['令和十一年度', 2029, { eraYear: 11 }],
    ['令和元年度', 2019, { eraYear: 1 }],
    ['H31', 2019, { era: '平成', eraYear: 31 }],
    ['平成31年度', 2019, {}],
    ['平成三十一年度', 2019, {}],
    ['2024年度', 2024, { isFiscal: true }],
  ] as const)('%s → FY%i', (text, fy, extra) => {
    const p = parseYear(text);
    expect(p).toMatchObject({ kind: 'fiscalYear', fiscalYear: fy, ...extra });
    expect(p).not.toHaveProperty('pastEraEnd');
  });

  it.each([
    ['平成32年度', 2020, 32],
    ['H32', 2020, 32],
    ['Ｈ３２', 2020, 32],
    ['平成33年度', 2021, 33],
    ['昭和65年度', 1990, 65],
  ] as const)('%s is read as its writer meant it (FY%i) and flagged past the era’s end', (text, fy, n) => {
    expect(parseYear(text)).toMatchObject({ kind: 'fiscalYear', fiscalYear: fy, eraYear: n, pastEraEnd: true });
  });

  it('flags 令和1年 written for 令和元年 (R1 is the usual short form, not flagged)', () => {
    expect(parseYear('令和1年度')).toMatchObject({ fiscalYear: 2019, firstYearAsOne: true });
    expect(parseYear('令和元年度')).not.toHaveProperty('firstYearAsOne');
    expect(parseYear('R1')).not.toHaveProperty('firstYearAsOne');
  });

  it('reads a bare 元年 / N年度 only with the era from its context', () => {
    expect(parseYear('元年度')).toBeUndefined();
    expect(parseYear('元年度', { era: '令和' })).toMatchObject({ fiscalYear: 2019, eraYear: 1, isFiscal: true });
    expect(parseYear('２年度', { era: '令和' })).toMatchObject({ fiscalYear: 2020 });
  });

  it('printedYear() keeps the printing and the fiscal year; a placeholder or non-year is refused with a HelperError', () => {
    expect(printedYear('平成32年度')).toEqual({ printed: '平成32年度', fy: 2020 });
    expect(printedYear('H32')).toEqual({ printed: 'H32', fy: 2020 });
    expect(() => printedYear('平成〇年度')).toThrow(HelperError);
    expect(() => printedYear('来年度')).toThrow(/「来年度」は年度として読めません/);
  });
});

describe('parseYear round trips (fast-check): fiscal year → every printed form → the same fiscal year', () => {
  const toFullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  const kanji = (n: number) => {
    const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    return n < 10 ? d[n]! : `${n >= 20 ? d[Math.floor(n / 10)] : ''}十${d[n % 10]}`;
  };
  it('every form of every fiscal year from 昭和22年度 to 2100 parses back to it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1947, max: 2100 }), (year) => {
        const wareki = formatWarekiFiscalYear(year); // 令和6年度 / 令和元年度
        const short = formatFiscalYearShort(year); // R6
        const m = /^(.+?)(元|\d+)年度$/.exec(wareki)!;
        const n = m[2] === '元' ? 1 : Number(m[2]);
        const forms = [
          `${year}年度`,
          toFullWidth(`${year}年度`),
          wareki,
          toFullWidth(wareki),
          short,
          toFullWidth(short),
          `${m[1]}${kanji(n)}年度`,
          ` ${wareki} `,
        ];
        for (const form of forms) {
          const p = parseYear(form);
          if (p?.kind !== 'fiscalYear' || p.fiscalYear !== year) throw new Error(`${form} → ${JSON.stringify(p)}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
