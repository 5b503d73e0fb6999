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
