import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';

/**
 * The encoder's own remark written into a field that holds the document's text. A plan module keeps what the
 * document prints (`notes` are its ※ footnotes, `note`, `description`, paragraphs, cells …), and those fields reach
 * the exported indicators.csv, plan.json and the report. The encoder's remarks belong in a `//` comment, or, for a
 * reading of a value, in `{ read, note }` or `notStated(note)` (whose notes are the `annotation` kind, not read here).
 *
 * What marks a remark is this repository's own convention for them: 「符号化注」, 「（符号化…）」 and 「抽出テキスト」
 * (the encoder's words for the encoding and the source's text layer). A document about welfare does not use either.
 */
const REMARK = /符号化|抽出テキスト/g;

type D = { text: string; words: string };
export default createRule({
  meta: {
    id: 'encoder-remark-in-text',
    defaultSeverity: 'error',
    group: 'defect',
    description: { ja: '符号化の注記（「（符号化注）…」）が文書の本文の欄に入っている', en: "the encoder's remark (（符号化注）…) written into a field of the document's text" },
    docs: docsPath('lint', 'encoder-remark-in-text'),
    messages: defineMessages({
      remark: {
        ja: (d: D) => `「${d.text}」: 符号化の注記（「${d.words}」）が文書の本文の欄に書かれています。この欄は CSV・JSON・報告書に出力されます`,
        en: (d: D) => `"${d.text}": the encoder's remark ("${d.words}") is written into a field of the document's text, which the CSV, the JSON and the report print`,
        hint: {
          ja: () => '注記は計画ファイルのコメント（// …）に移してください。値の読み取りの根拠なら { read, note } か notStated(note) の note に書きます。文書が印刷した部分だけを値に残してください。',
          en: () => 'Move the remark into a comment (// …) in the plan module; if it says what a reading rests on, write it as the note of { read, note } or notStated(note). Keep only what the document printed as the value.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      // One finding per string, at its first mark: the remark is moved as a whole.
      // The `source` block is the encoder's own record of where the encoding comes from (file, title, scope).
      string: matchStrings(ctx, (text, s) => {
        if (s.path[0] === 'source') return [];
        REMARK.lastIndex = 0;
        const m = REMARK.exec(text);
        return m ? [{ messageId: 'remark' as const, start: m.index, end: m.index + m[0].length, data: { text: quote(text, 24), words: m[0] } }] : [];
      }),
    };
  },
});
