/** Cells as staff type them, and CSV bytes as Japanese PCs save them. */
import { describe, expect, it } from 'vitest';
import { decodeCsv, parseDateCell, parseFlagCell, parseNumberCell, columnLetter } from '@keikaku/author';

describe('parseNumberCell', () => {
  it.each([
    [1817, undefined, { ok: true, value: 1817 }],
    ['1817', undefined, { ok: true, value: 1817 }],
    ['1,817', undefined, { ok: true, value: 1817 }],
    ['１８１７', undefined, { ok: true, value: 1817 }],
    ['１，８１７', undefined, { ok: true, value: 1817 }],
    ['1817件', undefined, { ok: true, value: 1817, unit: '件' }],
    ['1,817 件', undefined, { ok: true, value: 1817, unit: '件' }],
    ['97.75%', undefined, { ok: true, value: 97.75, unit: '%' }],
    ['９７．７５％', undefined, { ok: true, value: 97.75, unit: '%' }],
    ['-3', undefined, { ok: true, value: -3 }],
    ['－３', undefined, { ok: true, value: -3 }],
    [0.9775, '0.00%', { ok: true, value: 97.75, unit: '%' }],
    [12345.5, '#,##0.0', { ok: true, value: 12345.5 }],
    [0.1 + 0.2, undefined, { ok: true, value: 0.3 }], // a formula's result, as Excel shows it
    [1234567890123, undefined, { ok: true, value: 1234567890123 }],
    ['約1800', undefined, { ok: false }],
    ['abc', undefined, { ok: false }],
    ['1,8,17', undefined, { ok: false }],
    ['1.2.3', undefined, { ok: false }],
    [true, undefined, { ok: false }],
  ])('%o (format %s) → %o', (value, numFmt, expected) => {
    expect(parseNumberCell({ value: value as never, ...(numFmt ? { numFmt } : {}) })).toEqual(expected);
  });
});

describe('parseDateCell', () => {
  it.each([
    [new Date(Date.UTC(2024, 11, 31)), '2024-12-31'],
    [45657, '2024-12-31'], // Excel serial
    ['45657', '2024-12-31'],
    ['2024-12-31', '2024-12-31'],
    ['2024/12/31', '2024-12-31'],
    ['2024年12月31日', '2024-12-31'],
    ['令和6年12月31日', '2024-12-31'],
    ['令和元年5月1日', '2019-05-01'],
    ['R6.12.31', '2024-12-31'],
    ['Ｒ６．１２．３１', '2024-12-31'],
    ['平成31年4月30日', '2019-04-30'],
  ])('%o → %s', (value, iso) => {
    expect(parseDateCell({ value })).toEqual({ ok: true, iso });
  });

  it.each([['2024-02-30'], ['令和元年4月1日'], ['平成31年5月1日'], ['令和6年13月1日'], ['12月末'], [3]])('%o is refused', (value) => {
    expect(parseDateCell({ value }).ok).toBe(false);
  });

  // Text dates go through the schema's one strict parser (parseCalendarDate): the same refusal, in its words.
  it.each([
    ['2025-02-30', '日付 2025-02-30 は存在しない日付です（2025年2月は28日まで）', 'date 2025-02-30 does not exist (2025-02 has 28 days)'],
    ['2025/2/30', '日付 2025-02-30 は存在しない日付です（2025年2月は28日まで）', 'date 2025-02-30 does not exist (2025-02 has 28 days)'],
    ['２０２５年２月３０日', '日付 2025-02-30 は存在しない日付です（2025年2月は28日まで）', 'date 2025-02-30 does not exist (2025-02 has 28 days)'],
    ['令和7年2月30日', '日付 2025-02-30 は存在しない日付です（2025年2月は28日まで）', 'date 2025-02-30 does not exist (2025-02 has 28 days)'],
    ['R6.2.30', '日付 2024-02-30 は存在しない日付です（2024年2月は29日まで）', 'date 2024-02-30 does not exist (2024-02 has 29 days)'],
    ['2023-02-29', '日付 2023-02-29 は存在しない日付です（2023年2月は28日まで）', 'date 2023-02-29 does not exist (2023-02 has 28 days)'],
    ['2024-04-31', '日付 2024-04-31 は存在しない日付です（2024年4月は30日まで）', 'date 2024-04-31 does not exist (2024-04 has 30 days)'],
    ['2024-13-01', '日付 2024-13-01 の月 13 は 01〜12 ではありません', 'date 2024-13-01: month 13 is not 01–12'],
    ['2024-00-10', '日付 2024-00-10 の月 00 は 01〜12 ではありません', 'date 2024-00-10: month 00 is not 01–12'],
    ['2024-1-0', '日付 2024-01-00 は存在しない日付です（2024年1月は31日まで）', 'date 2024-01-00 does not exist (2024-01 has 31 days)'],
    ['令和0年5月1日', '令和0年はありません（元年が1年です）', 'there is no year 0 of 令和 (元年 is year 1)'],
  ])('%o is refused with the calendar parser\'s reason', (value, ja, en) => {
    expect(parseDateCell({ value })).toEqual({ ok: false, why: { ja, en } });
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2000/2/29', '2000-02-29'],
    ['令和2年2月29日', '2020-02-29'],
  ])('%o, a leap day, is read', (value, iso) => {
    expect(parseDateCell({ value })).toEqual({ ok: true, iso });
  });
});

describe('parseFlagCell', () => {
  it.each([[true, true], ['TRUE', true], ['○', true], ['はい', true], ['暫定', true], [false, false], ['FALSE', false], ['×', false], ['いいえ', false], ['たぶん', undefined]])(
    '%o → %o',
    (value, expected) => expect(parseFlagCell({ value })).toBe(expected),
  );
});

describe('decodeCsv', () => {
  const text = '指標ID,実績値,備考\r\nsoudan,1817,①㈱髙﨑\r\n';
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(text);
    expect(decodeCsv(bytes)).toEqual({ text, encoding: 'utf-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeCsv(bom)).toEqual({ text, encoding: 'utf-8 (BOM)' });
  });

  it('reads CP932, NEC and IBM extensions included (① ㈱ 髙 﨑)', () => {
    // 指標ID,実績値,備考 CRLF soudan,1817,①㈱髙﨑 CRLF — bytes as Excel on a Japanese PC saves them.
    const cp932 = Uint8Array.from([
      0x8e, 0x77, 0x95, 0x57, 0x49, 0x44, 0x2c, 0x8e, 0xc0, 0x90, 0xd1, 0x92, 0x6c, 0x2c, 0x94, 0xf5, 0x8d, 0x6c, 0x0d, 0x0a,
      ...new TextEncoder().encode('soudan,1817,'), 0x87, 0x40, 0x87, 0x8a, 0xfb, 0xfc, 0xfa, 0xb1, 0x0d, 0x0a,
    ]);
    expect(decodeCsv(cp932)).toEqual({ text, encoding: 'cp932' });
  });
});

it('columnLetter names columns as Excel does', () => {
  expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
});
