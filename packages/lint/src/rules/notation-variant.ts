import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

/**
 * 表記ゆれ: two spellings of one word in one plan (障害 beside 障がい). Each group lists the forms, and the
 * proper nouns that keep their own spelling whatever the plan chooses (law and statutory plan names,
 * an organisation's name); those are blanked out before counting.
 */
interface Form {
  form: string;
  /** Where the form occurs; without it, every occurrence of `form` itself, kept when `end` matches right after it. */
  re?: RegExp;
  /** A sticky test of what follows the form (okurigana groups: a noun use, not the verb). */
  end?: RegExp;
}
interface Group {
  word: string;
  forms: readonly Form[];
  proper?: RegExp;
}

/** Start offsets of a form in a text: its regular expression's matches, or the form's occurrences that `end` accepts. */
function* occurrences(f: Form, text: string): Generator<{ start: number; end: number }> {
  if (f.re) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(text); m; m = f.re.exec(text)) yield { start: m.index, end: m.index + m[0].length };
    return;
  }
  for (let at = text.indexOf(f.form); at >= 0; at = text.indexOf(f.form, at + 1)) {
    const after = at + f.form.length;
    if (f.end) {
      f.end.lastIndex = after;
      if (!f.end.test(text)) continue;
    }
    yield { start: at, end: after };
  }
}

/**
 * After a compound noun standing alone: a particle, a punctuation mark, a space or the end of the text.
 * A kanji after it makes a longer compound (取組方針, 申込書, 受付窓口), which 「送り仮名の付け方」 通則7 and the
 * 公用文 list write without okurigana whatever the plan does with the word alone: those are not counted.
 */
const NOUN_END = /(?=[をのがはもとやへでに。、，．・」』）)】］〕\s]|$)/y;
/**
 * After a form that is also a verb's 連用形 (取り組み, 申込み, 話し合い, 届け出): not 「、」 (…に取り組み、 is the verb,
 * written 取り組む in 公用文 whatever the noun's spelling), nor やすい / にくい / もする.
 */
const VERB_FORM_END = /(?=[をのがはもとやへでに。．・」』）)】］〕]|$)(?!や[すさ]|にく|もし|もせ)/y;
const KANA_END = /[ぁ-ん]$/;
/**
 * A compound noun whose okurigana 公用文 lets a writer spell more than one way (「送り仮名の付け方」通則6 and its 許容,
 * the 2010 「公用文における漢字使用等について」 list, 「公用文作成の考え方」2022). Only noun uses count: the verb
 * (取り組む, 取り組んで, 取り組みます) beside the noun 取組 is 公用文 itself. `verb` lists forms without a final kana
 * that are still a verb's 連用形 (届出 of 届出る).
 */
function okurigana(word: string, forms: readonly string[], verb: readonly string[] = []): Group {
  return {
    word,
    forms: forms.map((form) => ({ form, end: KANA_END.test(form) || verb.includes(form) ? VERB_FORM_END : NOUN_END })),
  };
}
/**
 * The words, with the 公用文 form first: each is one a municipal welfare plan writes (相談の受付, 申立て, 立上げ, 届出 …)
 * and one the 2010 list or 通則6 gives a second spelling. 引き続き is an adverb as often as a noun: every use counts.
 */
const OKURIGANA: readonly Group[] = [
  okurigana('取組', ['取組', '取組み', '取り組み']),
  okurigana('手続', ['手続', '手続き']),
  okurigana('申込み', ['申込み', '申込', '申し込み']),
  okurigana('受付', ['受付', '受付け', '受け付け']),
  okurigana('取扱い', ['取扱い', '取扱', '取り扱い']),
  okurigana('問合せ', ['問合せ', '問合わせ', '問い合せ', '問い合わせ']),
  okurigana('打合せ', ['打合せ', '打合わせ', '打ち合せ', '打ち合わせ']),
  okurigana('組合せ', ['組合せ', '組合わせ', '組み合せ', '組み合わせ']),
  okurigana('話合い', ['話合い', '話し合い']),
  okurigana('申立て', ['申立て', '申立', '申し立て']),
  okurigana('届出', ['届出', '届け出'], ['届出', '届け出']),
  okurigana('引継ぎ', ['引継ぎ', '引継', '引き継ぎ']),
  okurigana('貸付け', ['貸付け', '貸付', '貸し付け']),
  okurigana('立上げ', ['立上げ', '立ち上げ']),
  okurigana('働き掛け', ['働き掛け', '働きかけ']),
  okurigana('呼び掛け', ['呼び掛け', '呼びかけ']),
  {
    word: '引き続き',
    forms: [
      { form: '引き続き', re: /引き続き/g },
      { form: '引続き', re: /引続き/g },
    ],
  },
];

export const GROUPS: readonly Group[] = [
  {
    word: '障害',
    forms: [
      { form: '障害', re: /障害/g },
      { form: '障がい', re: /障がい/g },
      { form: '障碍', re: /障碍/g },
    ],
    // 障害者総合支援法, 障害者基本法, 障害者差別解消法 …, 障害者計画・障害福祉計画・障害児福祉計画 (statutory names),
    // 障害者の権利に関する条約, 障害支援区分, 障害者手帳, 障害者相談支援事業 (a 事業 of 障害者総合支援法).
    proper:
      /(?:発達)?障害(?:者|児)?(?:の日常生活及び社会生活を総合的に支援するための|総合支援|基本|差別解消|虐待(?:の)?防止|雇用促進|優先調達推進|者の雇用の促進等に関する)?法(?:律)?|障害を理由とする差別の解消の推進に関する法律|障害者の権利に関する条約|障害者権利条約|(?:[^\s、。「」]{0,6}市)?障害(?:者|児)?(?:福祉)?計画|障害支援区分|(?:身体)?障害者手帳|障害者相談支援事業|障害者週間/g,
  },
  {
    word: '位置付け',
    forms: [
      { form: '位置付け', re: /位置付け/g },
      { form: '位置づけ', re: /位置づけ/g },
    ],
  },
  {
    word: '民生委員・児童委員',
    forms: [
      { form: '民生委員・児童委員', re: /民生委員・児童委員/g },
      { form: '民生委員児童委員', re: /民生委員児童委員/g },
    ],
    // 民生委員児童委員協議会 is an organisation's own name.
    proper: /民生委員児童委員協議会/g,
  },
  ...OKURIGANA,
];

/** Keys whose strings are the encoder's remarks, not the document's text. */
const ENCODER_KEYS = new Set(['note', 'scope']);

type D = { word: string; minority: string; majority: string; minorityCount: number; majorityCount: number };
export default createRule({
  meta: {
    id: 'notation-variant',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '一つの計画の中の表記ゆれ（「障害」と「障がい」）', en: 'one word spelt two ways in one plan (障害 and 障がい)' },
    docs: docsPath('lint', 'notation-variant'),
    messages: defineMessages({
      mixed: {
        ja: (d: D) => `「${d.minority}」（${d.minorityCount}か所）と「${d.majority}」（${d.majorityCount}か所）が一つの計画に混在しています（表記ゆれ）`,
        en: (d: D) => `"${d.minority}" (${d.minorityCount}×) and "${d.majority}" (${d.majorityCount}×) are both used in one plan (${d.word}: one spelling)`,
        hint: {
          ja: () => '計画の中で表記を一つにそろえてください（法令名・計画名などの固有名詞はそのまま）。ここは少ない方の最初の箇所です。',
          en: () => 'Use one spelling throughout (proper nouns such as law names keep theirs). This is the first use of the rarer form.',
        },
      },
    }),
  },
  create(ctx) {
    const hits = GROUPS.map(() => new Map<string, { count: number; first: { path: PlanPath; start: number; end: number } }>());
    return {
      string(s) {
        if (s.progress || s.kind !== 'prose' || ENCODER_KEYS.has(s.key)) return;
        GROUPS.forEach((g, gi) => {
          const text = g.proper ? s.value.replace(g.proper, (m) => '\u0000'.repeat(m.length)) : s.value;
          for (const f of g.forms) {
            for (const o of occurrences(f, text)) {
              const h = hits[gi]!.get(f.form);
              if (h) h.count++;
              else hits[gi]!.set(f.form, { count: 1, first: { path: s.path, start: o.start, end: o.end } });
            }
          }
        });
      },
      'plan:exit'() {
        GROUPS.forEach((g, gi) => {
          const used = [...hits[gi]!].sort((a, b) => b[1].count - a[1].count);
          if (used.length < 2) return;
          const [majority, mc] = used[0]!;
          // One finding per rarer form, at its first use.
          for (const [minority, h] of used.slice(1)) {
            const range = ctx.planSource.stringRange(h.first.path, h.first.start, h.first.end);
            ctx.report({
              messageId: 'mixed',
              data: { word: g.word, minority: quote(minority, 20), majority: quote(majority, 20), minorityCount: h.count, majorityCount: mc.count },
              path: h.first.path,
              ...(range ? { range } : {}),
            });
          }
        });
      },
    };
  },
});
