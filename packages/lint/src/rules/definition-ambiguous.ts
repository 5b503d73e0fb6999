import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';

/** 「…」と回答しなかった人 / 「…」以外と回答した人: a share defined by an answer not given. */
const EXCLUSION = /「([^「」]{1,30})」(?:と|を)(?:回答|答え|選択|選ば)(?:しなかった|なかった|ていない)|「([^「」]{1,30})」以外(?:と|を)(?:回答|選択)した/gu;

export default createRule({
  meta: {
    id: 'definition-ambiguous',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '「…と回答しなかった人」の割合：無回答・その他も数えに入る定義', en: 'a share defined as those who did not give one answer, which counts non-response too' },
    docs: docsPath('lint', 'definition-ambiguous'),
    messages: defineMessages({
      exclusion: {
        ja: (d: { answer: string; printed: string }) =>
          `${d.printed}：この定義は「${d.answer}」以外のすべての回答（無回答・「わからない」・その他を含む）を数えます。測りたい人の割合より大きくなり、回答の選択肢が変わると比べられません`,
        en: (d: { answer: string; printed: string }) => `${d.printed}: the definition counts every answer other than "${d.answer}", non-response and "don't know" included: the share is larger than the one meant`,
        hint: {
          ja: () => '数えたい回答（「行っている」など）を挙げて定義し、無回答の扱いを書いてください。',
          en: () => 'Define the share by the answers it counts, and say how non-response is treated.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      string: matchStrings(ctx, (text) =>
        [...text.matchAll(EXCLUSION)].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          messageId: 'exclusion' as const,
          data: { answer: m[1] ?? m[2]!, printed: quote(m[0], 40) },
        })),
      ),
    };
  },
});
