/**
 * Turns Zod issues into messages a welfare-policy officer can act on: the
 * plan path, what is wrong and how to fix it, in Japanese with an English
 * gloss. Never a raw Zod dump.
 */
import type { z } from 'zod';
import { formatPath } from './walk.js';
import { lgCodeCheckDigit } from './municipality-code.js';
import { parseCalendarDate } from './calendar-date.js';
import { builtInWords, wordTypeKind } from './open-word-kinds.js';
import type { VocabularyKind } from './words.js';

export interface Problem {
  /** Machine code, e.g. "invalid_type", "target-before-baseline". */
  code: string;
  path: (string | number)[];
  /** goals[2].policies[0].indicators[1].target.fy */
  pathText: string;
  ja: string;
  en: string;
  fix?: { ja: string; en: string };
}

type Issue = z.core.$ZodIssue;
type Msg = { ja: string; en: string; fix?: { ja: string; en: string } };

const TYPE_JA: Record<string, string> = {
  string: '文字列', number: '数値', int: '整数', object: 'オブジェクト { … }', array: '配列 [ … ]', boolean: 'true / false',
  undefined: '（なし）', null: 'null', bigint: '整数', symbol: 'シンボル', function: '関数', nan: 'NaN',
};

/** A value quoted in a message: never echoed at full length (a 1 MB string must not be printed twice). */
export function show(v: unknown, max = 40): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : typeof v === 'number' && !Number.isFinite(v) ? String(v) : (JSON.stringify(v) ?? String(v));
  const chars = [...s];
  return chars.length > max ? `${chars.slice(0, max).join('')}…（${chars.length}文字 / chars）` : s;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'nan';
  return typeof v;
}

/** What each open vocabulary's word is called, in Japanese and English. */
const WORD_NAMES: Readonly<Record<VocabularyKind, readonly [string, string]>> = {
  unit: ['単位', 'unit'], state: ['状態', 'state'], mark: ['空欄の印', 'blank mark'], category: ['指標の区分', 'indicator category'], qualifier: ['値の注記', 'qualifier'], outlook: ['今後の方向性', 'outlook'],
};
const VOCABULARY_KEYS: Readonly<Record<VocabularyKind, string>> = { unit: 'units', state: 'states', mark: 'marks', category: 'categories', qualifier: 'qualifiers', outlook: 'outlooks' };

/**
 * A word of an open vocabulary given as something other than a string, or left out: named as the
 * word it should be, with the built-in words and where the plan declares its own.
 */
function wrongWordType(kind: VocabularyKind, input: unknown): Msg {
  const [ja, en] = WORD_NAMES[kind];
  const words = builtInWords(kind).join(' ');
  const key = VOCABULARY_KEYS[kind];
  const declare = {
    ja: `計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.${key} に宣言します。`,
    en: `A word the plan prints that is not built in is declared in vocabulary.${key} in plan.ts.`,
  };
  return input === undefined
    ? {
        ja: `${ja}がありません`,
        en: `the ${en} is missing`,
        fix: { ja: `${ja}を書き足してください（組み込みの語: ${words}）。${declare.ja}`, en: `Add the ${en} (built-in words: ${words}). ${declare.en}` },
      }
    : {
        ja: `${ja} ${show(input)} は文字列ではありません`,
        en: `${en} ${show(input)} is not a string`,
        fix: { ja: `語を引用符で囲んで書いてください（組み込みの語: ${words}）。${declare.ja}`, en: `Write the word in quotes (built-in words: ${words}). ${declare.en}` },
      };
}

const CUSTOM: Record<string, (d: Record<string, unknown>, input: unknown) => Msg> = {
  'id-format': (_d, input) => ({
    ja: `id ${show(input)} は使えない形です`,
    en: `id ${show(input)} has an invalid form`,
    fix: {
      ja: '英小文字・数字・ハイフンで書いてください（例: "g1-p2"）。一度公開した id は変えないでください。',
      en: 'Use lowercase ASCII letters, digits and hyphens (e.g. "g1-p2"); never change a published id.',
    },
  }),
  'lg-code-format': (_d, input) => ({
    ja: `全国地方公共団体コード ${show(input)} は6桁の数字ではありません`,
    en: `local government code ${show(input)} is not 6 digits`,
    fix: { ja: '検査数字を含む6桁で書いてください（例: 札幌市 "011002"）。', en: 'Write all 6 digits including the check digit (e.g. "011002").' },
  }),
  'lg-code-check-digit': (_d, input) => {
    const s = String(input);
    const expected = /^\d{6}$/.test(s) ? `${s.slice(0, 5)}${lgCodeCheckDigit(s.slice(0, 5))}` : '?';
    return {
      ja: `全国地方公共団体コード ${s} の検査数字が合いません`,
      en: `the check digit of local government code ${s} is wrong`,
      fix: { ja: `上5桁が正しければ ${expected} です。総務省のコード表で確認してください。`, en: `If the first five digits are right, the code is ${expected}. Check the MIC code list.` },
    };
  },
  'date-format': (_d, input) => {
    if (typeof input !== 'string') return { ja: `日付 ${show(input)} は文字列ではありません`, en: `date ${show(input)} is not a string`, fix: { ja: '"2024-12-31" のように書いてください。', en: 'Write a date such as "2024-12-31".' } };
    const r = parseCalendarDate(input);
    return r.ok ? { ja: `日付 ${show(input)} は使えません`, en: `date ${show(input)} is not accepted` } : { ja: r.ja, en: r.en, fix: r.fix };
  },
  'unit-required': () => ({
    ja: '数値に単位がありません',
    en: 'a plain number has no unit',
    fix: { ja: '指標に unit（例: "%", "人", "件"）を書くか、内訳（parts）ごとに unit を書いてください。', en: 'Give the indicator a unit, or give each part its own unit.' },
  }),
  'duplicate-id': (d) => ({
    ja: `id "${String(d.id)}" が重複しています（最初は ${formatPath(d.first as (string | number)[])}）`,
    en: `id "${String(d.id)}" is used twice (first at ${formatPath(d.first as (string | number)[])})`,
    fix: { ja: 'id は計画の中で一意にしてください。', en: 'Ids must be unique within a plan.' },
  }),
  'unknown-encompassed': (d) => ({
    ja: `包含計画 "${String(d.id)}" が encompasses にありません`,
    en: `encompassed plan "${String(d.id)}" is not listed in encompasses`,
    fix: { ja: 'encompasses に追加するか、id の綴りを直してください。', en: 'Add it to encompasses or fix the id.' },
  }),
  'unknown-initiative': (d) => ({
    ja: `取組 "${String(d.id)}" は計画${d.plan ? ` ${String(d.plan)} ` : ''}にありません`,
    en: `initiative "${String(d.id)}" is not in the plan${d.plan ? ` ${String(d.plan)}` : ''}`,
    fix: { ja: '取組の id を確認してください。', en: 'Check the initiative id.' },
  }),
  'unknown-indicator': (d) => ({
    ja: `指標 "${String(d.id)}" は計画 ${String(d.plan)} にありません`,
    en: `indicator "${String(d.id)}" is not in plan ${String(d.plan)}`,
    fix: { ja: '計画の指標 id を確認してください（keikaku export で一覧できます）。', en: 'Check the indicator id (keikaku export lists them).' },
  }),
  'unknown-node': (d) => ({
    ja: `"${String(d.id)}" は計画 ${String(d.plan)} の目標・施策・指標にありません`,
    en: `"${String(d.id)}" is not a goal, policy or indicator of plan ${String(d.plan)}`,
  }),
  'unknown-word': (d) => {
    const [ja, en] = WORD_NAMES[String(d.kind) as VocabularyKind] ?? ['語', 'word'];
    return {
      ja: `${ja} ${show(d.word)} は組み込みの語にも計画の vocabulary.${String(d.key)} にもありません`,
      en: `${en} ${show(d.word)} is neither built in nor declared in the plan's vocabulary.${String(d.key)}`,
      fix: {
        ja: `綴りを確認してください（組み込み: ${String(d.builtIn)}）。計画が印刷どおりに使う語なら、plan.ts の vocabulary.${String(d.key)} に宣言します。`,
        en: `Check the spelling (built in: ${String(d.builtIn)}). If the plan prints this word, declare it in vocabulary.${String(d.key)} in plan.ts.`,
      },
    };
  },
  'duplicate-grade-mark': (d) => ({
    ja: `評価区分 ${String(d.scale)} に記号 ${show(d.mark)} が2回あります`,
    en: `grading scale ${String(d.scale)} lists mark ${show(d.mark)} twice`,
    fix: { ja: '記号は尺度の中で一意にしてください。', en: 'Marks must be unique within a scale.' },
  }),
  'grade-meaning-required': (d) => ({
    ja: `評価区分 ${String(d.scale)} の記号 ${show(d.mark)} に意味（meaning）がありません`,
    en: `grading scale ${String(d.scale)}: mark ${show(d.mark)} has no meaning`,
    fix: {
      ja: "達成度の尺度では各記号に meaning（achieved・improved など）を付けてください。達成度でない尺度（事業の妥当性など）なら kind: 'assessment' にします。",
      en: "Give each level of an achievement scale a meaning (achieved, improved, …), or mark a scale that is not about achievement kind: 'assessment'.",
    },
  }),
  'unknown-scale': (d) => ({
    ja: `評価区分 "${String(d.id)}" は計画の grading にありません（ある区分: ${String(d.scales)}）`,
    en: `grading scale "${String(d.id)}" is not declared in the plan's grading (declared: ${String(d.scales)})`,
    fix: { ja: '計画の grading に尺度を宣言するか、id の綴りを直してください。', en: "Declare the scale in the plan's grading, or fix the id." },
  }),
  'unknown-grade': (d) => ({
    ja: `評価 ${show(d.grade)} は評価区分 ${String(d.scale)} の記号ではありません（記号: ${String(d.marks)}）`,
    en: `grade ${show(d.grade)} is not a mark of scale ${String(d.scale)} (marks: ${String(d.marks)})`,
    fix: { ja: '原典の評価記号を、計画が宣言した記号のとおりに書いてください。', en: 'Write the mark as the plan declares it.' },
  }),
  'plan-mismatch': (d) => ({
    ja: `進捗の plan "${String(d.plan)}" が計画 id "${String(d.expected)}" と一致しません`,
    en: `progress names plan "${String(d.plan)}" but belongs to "${String(d.expected)}"`,
  }),
};


function describeIssue(issue: Issue): Msg {
  const input = (issue as { input?: unknown }).input;
  const params = (issue as { params?: Record<string, unknown> }).params;
  const customCode = (params?.keikaku as string | undefined) ?? (issue.message?.startsWith('keikaku:') ? issue.message.slice(8) : undefined);
  if (customCode && CUSTOM[customCode]) return CUSTOM[customCode](params ?? {}, input);

  switch (issue.code) {
    case 'invalid_type': {
      const word = wordTypeKind(issue.message);
      if (word) return wrongWordType(word, input);
      const got = typeOf(input);
      if (typeof input === 'number' && !Number.isFinite(input) && !Number.isNaN(input)) {
        return {
          ja: `${show(input)} は有限の数ではありません`,
          en: `${show(input)} is not a finite number`,
          fix: { ja: '原典の数値を書いてください。', en: 'Write the number printed in the document.' },
        };
      }
      if (input === undefined) {
        return {
          ja: `必須項目がありません（${TYPE_JA[issue.expected] ?? issue.expected} が必要です）`,
          en: `required field is missing (expected ${issue.expected})`,
          fix: { ja: 'この項目を書き足してください。原典に記載がなければ notStated() などの明示的な印を使います。', en: 'Add the field; where the document is silent, use an explicit marker such as notStated().' },
        };
      }
      return {
        ja: `型が違います: ${TYPE_JA[issue.expected] ?? issue.expected} が必要ですが ${TYPE_JA[got] ?? got} が書かれています`,
        en: `expected ${issue.expected}, received ${got}`,
        fix: issue.expected === 'number' && got === 'string'
          ? { ja: '数値は引用符なしで書きます（"1,817" ではなく 1817）。年度は reiwa(6) や fy(2024) で書きます。', en: 'Write numbers without quotes (1817, not "1,817"); years as reiwa(6) or fy(2024).' }
          : undefined,
      };
    }
    case 'invalid_value':
      return {
        ja: `${show(input)} は使えません。使える値: ${issue.values.map((v) => JSON.stringify(v)).join(' / ')}`,
        en: `${show(input)} is not allowed; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'unrecognized_keys': {
      const near = (issue as { nearest?: string }).nearest;
      return near
        ? {
            ja: `使えない項目名です: ${issue.keys.join(', ')}（${near} の書き間違いでは？）`,
            en: `unknown field ${issue.keys.join(', ')}; did you mean '${near}'?`,
            fix: { ja: `項目名を ${near} に直してください。`, en: `Rename it to ${near}.` },
          }
        : {
            ja: `使えない項目があります: ${issue.keys.join(', ')}`,
            en: `unknown field(s): ${issue.keys.join(', ')}`,
            fix: { ja: '項目名の綴りを確認してください。使える項目は schemas/plan.schema.json にあります。', en: 'Check the spelling; the allowed fields are listed in schemas/plan.schema.json.' },
          };
    }
    case 'too_small':
      return issue.origin === 'array'
        ? { ja: `少なくとも ${String(issue.minimum)} 件必要です`, en: `needs at least ${String(issue.minimum)} item(s)` }
        : issue.origin === 'string'
          ? { ja: '空の文字列は使えません', en: 'must not be empty', fix: { ja: '原典に記載がない場合は項目ごと省くか notStated() を使います。', en: 'Leave the field out or use notStated() where the document is silent.' } }
          : { ja: `${show(input)} は小さすぎます（${String(issue.minimum)} 以上）`, en: `${show(input)} is too small (minimum ${String(issue.minimum)})` };
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? { ja: `長すぎます（${String(issue.maximum)} まで）`, en: `too long (maximum ${String(issue.maximum)})` }
        : { ja: `${show(input)} は大きすぎます（${String(issue.maximum)} 以下）`, en: `${show(input)} is too big (maximum ${String(issue.maximum)})` };
    case 'invalid_union':
      return {
        ja: 'この値の書き方はどの形にも当てはまりません',
        en: 'the value matches none of the allowed shapes',
        fix: {
          ja: '数値、{ parts: [...] }、{ state: "実施" }、{ direction: "↗" }、{ frequency: {...} }、{ milestone: "開設", fy: reiwa(4) }、{ missing: "―" } のいずれかで書いてください。年度は reiwa(6) / fy(2024) / tbd("令和〇年度") / notStated() で書きます。',
          en: 'Use a number, { parts }, { state }, { direction }, { frequency }, { milestone, fy } or { missing }; years as reiwa(6), fy(2024), tbd(…) or notStated().',
        },
      };
    case 'invalid_format':
      return { ja: `書式が違います（${issue.format}）`, en: `invalid format (${issue.format})` };
    default:
      return { ja: `値が不正です（${issue.code}）`, en: issue.message };
  }
}

/**
 * A union failure is most useful reported from the branch that matched the
 * input's type: `fy: 1800` should say "too small", not "matches no shape".
 */
function narrowUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !('errors' in issue)) return [issue];
  const input = (issue as { input?: unknown }).input;
  const rootType = (e: Issue) => e.code === 'invalid_type' && e.path.length === 0;
  // A number that fails .int() or is NaN still belongs to the number branch.
  const numberBranch = (errs: Issue[]) =>
    typeof input === 'number' && errs.some((e) => rootType(e) && 'expected' in e && (e.expected === 'number' || e.expected === 'int'));
  const branches = issue.errors.filter((errs) => errs.length > 0 && (!errs.every(rootType) || numberBranch(errs)));
  const typed = branches.filter((errs) => !errs.some((e) => e.code === 'unrecognized_keys' && e.path.length === 0));
  const pick = typed.length === 1 ? typed[0] : branches.length === 1 ? branches[0] : undefined;
  if (!pick) return [issue];
  return pick.flatMap((e) => narrowUnion({ ...e, path: [...issue.path, ...e.path] } as Issue));
}

/**
 * One problem per unknown key, placed at the key itself so the editor can
 * jump to it, with the nearest key the schema allows there (tsc's "Did you
 * mean", which `keikaku check`'s compiler leaves to this check: define.ts).
 */
function splitUnknownKeys(issue: Issue, root: z.core.$ZodType | undefined): Issue[] {
  if (issue.code !== 'unrecognized_keys') return [issue];
  const input = (issue as { input?: unknown }).input;
  const present = typeof input === 'object' && input !== null ? Object.keys(input) : [];
  const allowed = root ? keysAt(root, issue.path).filter((k) => !present.includes(k)) : [];
  return issue.keys.map((key) => ({ ...issue, keys: [key], path: [...issue.path, key], nearest: nearestWord(key, allowed) }) as Issue);
}

type Def = { type: string; shape?: Record<string, z.core.$ZodType>; options?: z.core.$ZodType[]; element?: z.core.$ZodType; innerType?: z.core.$ZodType };
const defOf = (s: z.core.$ZodType) => s._zod.def as unknown as Def;

/** The object schemas a value at `path` may be, through optionals and unions. */
function objectsAt(root: z.core.$ZodType, path: PropertyKey[]): Def[] {
  let here = [root];
  const expand = (list: z.core.$ZodType[]): Def[] =>
    list.flatMap((s) => {
      const d = defOf(s);
      if (d.type === 'optional' && d.innerType) return expand([d.innerType]);
      if (d.type === 'union' && d.options) return expand(d.options);
      return [d];
    });
  for (const step of path) {
    here = expand(here).flatMap((d) => {
      if (typeof step === 'number') return d.type === 'array' && d.element ? [d.element] : [];
      const next = d.type === 'object' ? d.shape?.[String(step)] : undefined;
      return next ? [next] : [];
    });
  }
  return expand(here).filter((d) => d.type === 'object');
}

function keysAt(root: z.core.$ZodType, path: PropertyKey[]): string[] {
  return [...new Set(objectsAt(root, path).flatMap((d) => Object.keys(d.shape ?? {})))];
}

/** Optimal string alignment distance: edits, with a swap of two neighbours as one (tagret → target). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The allowed word closest to a misspelt one, when it is close enough to be
 * what was meant: the one suggester for plan keys and lint's rule ids. The
 * distance above counts a transposition (tagret → target) as one edit, which
 * plain Levenshtein (fastest-levenshtein) counts as two; that is why it is
 * kept here rather than taken from a library.
 */
export function nearestWord(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const dist = c.toLowerCase() === word.toLowerCase() ? 0.5 : distance(word, c);
    if (dist < bestDistance) [best, bestDistance] = [c, dist];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.min(word.length, best.length) / 3)) ? best : undefined;
}

/** Zod's issues as problems; `root`, the schema parsed against, lets an unknown key name the nearest known one. */
export function toProblems(error: z.ZodError, root?: z.core.$ZodType): Problem[] {
  const out: Problem[] = [];
  for (const raw of error.issues) {
    for (const issue of narrowUnion(raw).flatMap((i) => splitUnknownKeys(i, root))) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const params = (issue as { params?: Record<string, unknown> }).params;
      const code =
        (params?.keikaku as string | undefined) ?? (issue.message?.startsWith('keikaku:') ? issue.message.slice(8) : issue.code);
      out.push({ code, path, pathText: formatPath(path), ...describeIssue(issue) });
    }
  }
  return out;
}

/** One problem as text: `goals[0].… : 日本語 (English) — 直し方 (fix)`. */
export function formatProblem(p: Problem): string {
  const fix = p.fix ? `\n    → ${p.fix.ja}\n      (${p.fix.en})` : '';
  return `${p.pathText}: ${p.ja}\n    (${p.en})${fix}`;
}

/** A problem found outside Zod (e.g. a progress id checked against its plan). */
export function customProblem(code: string, path: (string | number)[], data: Record<string, unknown> = {}): Problem {
  const describe = CUSTOM[code];
  const msg = describe ? describe(data, undefined) : { ja: code, en: code };
  return { code, path, pathText: formatPath(path), ...msg };
}
