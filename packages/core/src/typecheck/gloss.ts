/**
 * The Japanese gloss of TypeScript's messages, for staff who are not
 * programmers: what the compiler means, in plan terms, and how to fix it.
 * The English line stays the compiler's own message (shortened). Keyed by
 * TS error code, refined by the plan path of the value the message is about
 * and by what the message says (a missing field, a closed vocabulary, an
 * unknown key in a nested literal).
 */
import { DIRECTIONS, GRADE_MEANINGS, INDICATOR_CATEGORIES, MARKERS, MEASURES, OWNERS, QUALIFIERS, UNITS } from '@keikaku/schema';
import type { Bilingual } from '../finding.js';

export interface Gloss {
  ja: string;
  /** How to fix it (Japanese, with an English line). */
  fix?: Bilingual;
  /** Replaces the compiler's English line when the gloss says it better (an unknown key deep in a literal). */
  en?: string;
}

const COMPILER_LINE = 'The English line above is the TypeScript compiler message.';

/** Japanese explanations of the diagnostics staff meet most, keyed by TS error code. */
const BY_CODE: Record<number, { ja: string; fix?: string }> = {
  2322: { ja: '値が計画の型に合いません', fix: '英文に出ている型の値を書いてください（項目ごとの型は schemas/plan.schema.json にあります）。' },
  2820: { ja: '計画にない id です', fix: '綴りを確認してください（候補が英文の Did you mean に出ます）。' },
  2345: { ja: '関数に渡した値の型が合いません', fix: '英文に出ている型の値を渡してください。' },
  2741: { ja: '必須項目がありません', fix: '英文に出ている項目を書き足してください。原典に記載がなければ notStated() を使います。' },
  2739: { ja: '必須項目がありません' },
  2740: { ja: '必須項目がありません' },
  2352: { ja: '型の書き換え（as）が合いません', fix: 'as で型を変えず、値を原典のとおりに書いてください。' },
  2353: { ja: '使えない項目名です', fix: '項目名の綴りを確認してください。' },
  2561: { ja: '使えない項目名です', fix: '項目名の綴りを確認してください（Did you mean の候補を参照）。' },
  2304: { ja: '名前が見つかりません', fix: "ヘルパーの import を確認してください（import { reiwa } from '@keikaku/schema'）。" },
  2307: { ja: 'モジュールが見つかりません', fix: 'pnpm install を実行したか、import のパスを確認してください。' },
  1005: { ja: '構文エラーです（記号が足りません）', fix: 'カンマ・括弧・引用符の閉じ忘れを確認してください。' },
  1002: { ja: '文字列が閉じていません' },
  1109: { ja: '式がありません' },
  1128: { ja: '宣言または文がありません' },
};

const YEAR_FIX = 'この項目は年度です。reiwa(6)・heisei(31)・fy(2024) で書き、未定の年度は tbd("令和〇年度")、記載がなければ notStated() と書きます（文字列や裸の数値は使えません）。';
const VALUE_FIX = '値は数値、または { parts } { state } { direction } { frequency } { milestone } { missing } { absent, reason } { relative } { recurring } の形で書きます（schemas/plan.schema.json 参照）。';
const UNIT_FIX = `単位は組み込みの一覧（${UNITS.join(' ')}）から選びます。計画が印刷どおりに使う単位なら、plan.ts の vocabulary.units に宣言します。`;
const YEAR_HELPER_FIX = '年度ヘルパーには数値を渡します（reiwa(6)）。';

/** The Japanese names of the fields a plan or progress module must (or often does) write. */
const FIELD_JA: Record<string, string> = {
  id: '識別子', kind: '種類', municipality: '自治体', name: '名称', code: '団体コード', prefecture: '都道府県',
  title: '計画名・見出し', edition: '版', period: '計画期間', start: '開始年度', end: '終了年度',
  legalBasis: '根拠法', encompasses: '包含する計画', law: '根拠法令', philosophy: '基本理念', text: '本文',
  evaluation: '評価・推進体制', committee: '推進委員会', terms: '階層の呼び名', goal: '目標の呼び名', policy: '施策の呼び名',
  goals: '基本目標', policies: '施策', initiatives: '取組', indicators: '指標', source: '出典', file: '原典ファイル',
  unit: '単位', direction: '方向', baseline: '基準値', target: '目標値', fy: '年度', value: '値', plan: '計画 id',
  actuals: '実績', indicator: '指標 id', node: '対象の id', items: '項目', label: '名称', status: '状況',
  reason: '理由', measure: '数え方', category: '区分', owner: '実施主体', markers: '印', qualifier: '注記', part: '内訳', parts: '内訳', state: '状態', where: '掲載箇所',
};

/** Closed vocabularies the compiler names by their type alias (an inline union it prints word by word). */
const VOCABULARIES: Record<string, readonly string[]> = {
  Measure: MEASURES, Owner: OWNERS, Marker: MARKERS, DirectionWord: DIRECTIONS, GradeMeaning: GRADE_MEANINGS,
  // Direction also takes { read } and notStated(); the words are what a plan author mistypes.
  Direction: DIRECTIONS,
  IndicatorCategory: INDICATOR_CATEGORIES, Qualifier: QUALIFIERS,
};

const field = (key: string) => (FIELD_JA[key] ? `${key}（${FIELD_JA[key]}）` : key);

/** The fields the message says are missing, if it says so. */
export function missingFields(message: string): string[] {
  const one = /Property '([^']+)' is missing in type/.exec(message);
  if (one) return [one[1]!];
  const many = /is missing the following properties from type '(?:[^']|'[^']*')*': ([^.]+?)(?:, and \d+ more)?\.?$/m.exec(message);
  if (many) return many[1]!.split(',').map((s) => s.trim()).filter(Boolean);
  return [];
}

/** The words a closed vocabulary allows, when the message is about a word outside one; undefined otherwise. */
export function allowedWords(message: string): readonly string[] | undefined {
  const m = /^Type '"[^"]*"' is not assignable to type '([^']+)'\.?$/m.exec(message);
  if (!m) return undefined;
  const parts = m[1]!.split(' | ').map((s) => s.trim()).filter((s) => s !== 'undefined');
  if (parts.length === 1) {
    const alias = /^([A-Za-z]+)(?:<.*>)?$/.exec(parts[0]!);
    return alias ? VOCABULARIES[alias[1]!] : undefined;
  }
  // An inline union of string literals: the words themselves.
  return parts.length > 1 && parts.every((p) => /^"[^"]*"$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

const EXCESS_KEY = /Object literal may only specify known properties, (?:but|and) '([^']+)' does not exist in type[^]*?(?:Did you mean to write '([^']+)'\?)?$/;

/**
 * The gloss of a diagnostic: `code`, the plan path it points at (its last
 * key), the whole message (every line of the chain) and its innermost line.
 */
export function glossFor(code: number, path: readonly (string | number)[] | undefined, message: string, innermost: string): Gloss | undefined {
  // An unknown key inside a nested literal arrives as TS2322 on the whole literal, with the key named
  // only at the end of the chain: say that, and only that, the way TS2353 / TS2561 do.
  const excess = EXCESS_KEY.exec(innermost);
  if (excess) {
    const [, key, suggestion] = excess;
    return {
      ja: `使えない項目名です: ${key}${suggestion ? `（${suggestion} の書き間違いでは？）` : ''}`,
      fix: suggestion
        ? { ja: `項目名を ${suggestion} に直してください。`, en: `Rename the key to ${suggestion}.` }
        : { ja: '項目名の綴りを確認してください（使える項目は schemas/plan.schema.json にあります）。', en: 'Check the key against schemas/plan.schema.json.' },
      en: `'${key}' is not a known property here.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`,
    };
  }
  const missing = missingFields(message);
  if (missing.length && (code === 2345 || code === 2322 || code === 2741 || code === 2739 || code === 2740)) {
    return {
      ja: `必須項目 ${missing.map(field).join('・')}がありません`,
      fix: {
        ja: `${missing.join('・')} を書き足してください。原典に記載がなければ notStated() と書きます。`,
        en: `Add ${missing.join(', ')}; write notStated() when the document does not say.`,
      },
    };
  }
  const last = path?.[path.length - 1];
  if (code === 2322 && last === 'fy') return withLine({ ja: '年度の書き方が違います', fix: YEAR_FIX });
  if (code === 2322 && last === 'unit') return withLine({ ja: '単位が一覧にありません', fix: UNIT_FIX });
  if (code === 2322 || code === 2820) {
    const words = allowedWords(message);
    const key = typeof last === 'number' ? path?.[path.length - 2] : last;
    if (words && typeof key === 'string' && key !== 'indicator' && key !== 'node' && key !== 'initiative') {
      const used = /^Type '"([^"]*)"'/.exec(message)?.[1];
      return {
        ja: `${field(key)}に使えない語です${used !== undefined ? `: ${used}` : ''}（使える語: ${words.join('・')}）`,
        fix: { ja: `${words.join('・')} のどれかを書いてください。`, en: `Write one of: ${words.join(', ')}.` },
      };
    }
  }
  if (code === 2322 && last === 'value') return withLine({ ja: '値の書き方が計画の型に合いません', fix: VALUE_FIX });
  if (code === 2322 && (last === 'indicator' || last === 'node' || last === 'initiative')) return withLine(BY_CODE[2820]!);
  // A year helper given a string (reiwa('6')): the parameter is a number.
  if (code === 2345 && /parameter of type '(?:number|EraYearNumber)'/.test(message)) return withLine({ ja: BY_CODE[2345]!.ja, fix: YEAR_HELPER_FIX });
  const g = BY_CODE[code];
  return g ? withLine(g) : undefined;
}

function withLine(g: { ja: string; fix?: string }): Gloss {
  return g.fix ? { ja: g.ja, fix: { ja: g.fix, en: COMPILER_LINE } } : { ja: g.ja };
}

/** TS prints the whole plan literal inside types like IndicatorIdOf<{…}>; shorten it. */
export function shortenTypeText(msg: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < msg.length; i++) {
    const ch = msg[i]!;
    if (ch === '{' && msg[i - 1] === '<') {
      if (depth === 0) out += '…';
      depth++;
      continue;
    }
    if (depth > 0) {
      if (ch === '{') depth++;
      else if (ch === '}') depth--;
      continue;
    }
    out += ch;
  }
  // Long expanded types ('{ readonly id: string; … }') say nothing a plan author can use.
  return out
    .replace(/<unknown>/g, '') // Unit<unknown>: a plan with no vocabulary of its own; the parameter says nothing to staff
    .replace(/\s+/g, ' ')
    .replace(/'([^']{120,})'/g, (_m, t: string) => `'${t.slice(0, 100)}…'`)
    .trim();
}
