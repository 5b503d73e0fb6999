import { createRule, defineMessages, docsPath, type PlanPath, type SourceMap } from '@keikaku/core';

/**
 * 文字化け of machine-dependent characters left in the published text. The one shape known so far: the
 * Roman numerals Ⅰ Ⅱ Ⅲ … (NEC special characters in Shift_JIS) that come out as the half-width capitals
 * T U V … when a text is converted without them (福岡市's 進捗評価 prints 「評価T」「評価U」 for 評価Ⅰ・評価Ⅱ).
 *
 * A capital T–Z directly after kanji is reported only when the plan holds the same word with the letters
 * in order from T (「評価T」 and 「評価U」): a lone 「方式T」 or 「タイプZ」 is left alone. One finding per
 * word and letter, at its first place.
 */
const GARBLED = 'TUVWXYZ';
const NUMERALS = 'ⅠⅡⅢⅣⅤⅥⅦ';
const ASCII = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];
/** Kanji (the word's tail, up to 4), then one capital T–Z that no other Latin letter or digit touches. */
const CANDIDATE = /(\p{Script=Han}{1,4})([T-Z])(?![A-Za-z0-9Ａ-Ｚａ-ｚ])/gu;
/** Keys whose strings are the encoder's remarks, not the document's text. */
const ENCODER_KEYS = new Set(['note', 'scope']);

type D = { words: string; numeral: string; ascii: string; siblings: string };
interface Place {
  path: PlanPath;
  source: SourceMap;
  start: number;
  end: number;
}

export default createRule({
  meta: {
    id: 'garbled-character',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '文字化けしたまま残った機種依存文字（ローマ数字Ⅰ・Ⅱが「評価T」「評価U」に）', en: 'machine-dependent characters left garbled (the Roman numerals Ⅰ, Ⅱ printed as 評価T, 評価U)' },
    docs: docsPath('lint', 'garbled-character'),
    messages: defineMessages({
      romanNumeral: {
        ja: (d: D) => `「${d.words}」: ローマ数字「${d.numeral}」が文字化けして「${d.words.slice(-1)}」になっていませんか（同じ計画に ${d.siblings} があります）`,
        en: (d: D) => `"${d.words}": looks like the Roman numeral ${d.numeral} garbled into "${d.words.slice(-1)}" (the plan also has ${d.siblings})`,
        hint: {
          ja: (d: D) => `原典を確かめ、「${d.words.slice(0, -1)}${d.numeral}」または機種依存文字を避けて「${d.words.slice(0, -1)}${d.ascii}」と書いてください。`,
          en: (d: D) => `Check the source and write ${d.words.slice(0, -1)}${d.numeral}, or ${d.words.slice(0, -1)}${d.ascii} to avoid the machine-dependent character.`,
        },
      },
    }),
  },
  create(ctx) {
    /** word (the kanji before the letter) → letter → its first place. */
    const seen = new Map<string, Map<string, Place>>();
    return {
      string(s) {
        if (ENCODER_KEYS.has(s.key)) return;
        CANDIDATE.lastIndex = 0;
        for (let m = CANDIDATE.exec(s.value); m; m = CANDIDATE.exec(s.value)) {
          const word = m[1]!.slice(-2);
          const letters = seen.get(word) ?? new Map<string, Place>();
          seen.set(word, letters);
          const start = m.index + m[1]!.length - word.length;
          if (!letters.has(m[2]!)) letters.set(m[2]!, { path: s.path, source: s.source, start, end: start + word.length + 1 });
        }
      },
      'plan:exit'() {
        for (const [word, letters] of seen) {
          // The letters in order from T: T alone proves nothing; T and U do.
          let run = 0;
          while (run < GARBLED.length && letters.has(GARBLED[run]!)) run++;
          if (run < 2) continue;
          const siblings = [...GARBLED.slice(0, run)].map((l) => `「${word}${l}」`).join('');
          for (let i = 0; i < run; i++) {
            const p = letters.get(GARBLED[i]!)!;
            const range = p.source.stringRange(p.path, p.start, p.end);
            ctx.report({
              messageId: 'romanNumeral',
              data: { words: `${word}${GARBLED[i]}`, numeral: NUMERALS[i]!, ascii: ASCII[i]!, siblings },
              path: p.path,
              source: p.source,
              ...(range ? { range } : {}),
            });
          }
        }
      },
    };
  },
});
