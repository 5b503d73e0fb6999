import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';
import { findPlaceholders, type PlaceholderKind } from '../text/placeholders.js';
import { excerpt } from '../util.js';

const KIND_JA: Record<PlaceholderKind, string> = { year: '年度', page: 'ページ番号', mark: '伏せ字', value: '数値' };
const KIND_EN: Record<PlaceholderKind, string> = { year: 'a year', page: 'a page number', mark: 'a blank', value: 'a number' };

export default createRule({
  meta: {
    id: 'placeholder',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '未記入のまま残った伏せ字（令和〇年度・〇〇ページ・Ｐ●●●・tbd()）', en: 'a placeholder left in the plan (令和〇年度, 〇〇ページ, Ｐ●●●, tbd())' },
    docs: docsPath('lint', 'placeholder'),
    messages: defineMessages({
      tbdYear: {
        ja: (d: { printed: string }) => `年度が未定のままです: tbd('${d.printed}')`,
        en: (d: { printed: string }) => `the year is left open: tbd('${d.printed}')`,
        hint: {
          ja: () => '決まった年度を reiwa(6) や fy(2024) で書いてください。公表前に必ず埋めます。',
          en: () => 'Write the decided year as reiwa(6) or fy(2024); fill it in before publishing.',
        },
      },
      text: {
        ja: (d: { text: string; kind: string; kindEn: string; context: string }) => `${d.kind}が伏せ字「${d.text}」のままです（${d.context}）`,
        en: (d: { text: string; kind: string; kindEn: string; context: string }) => `${d.kindEn} is left as the placeholder "${d.text}" (${d.context})`,
        hint: {
          ja: () => '原典で確定した値に置き換えてください。例として書いた「〇〇の…」「〇〇など」は伏せ字とみなしません。',
          en: () => 'Replace it with the settled value. A generic example such as 「〇〇の活動」 is not reported.',
        },
      },
    }),
  },
  create(ctx) {
    const inText = matchStrings(ctx, (text) =>
      findPlaceholders(text).map((h) => ({
        start: h.start,
        end: h.end,
        messageId: 'text' as const,
        data: { text: h.text, kind: KIND_JA[h.kind], kindEn: KIND_EN[h.kind], context: quote(excerpt(text, h.start, h.end), 30) },
      })),
    );
    return {
      string(s) {
        // tbd('…') is a call; point at the whole year (the call), one level up.
        if (s.kind === 'tbd') ctx.report({ messageId: 'tbdYear', data: { printed: quote(s.value, 20) }, path: s.path.slice(0, -1), source: s.source });
        else inText(s);
      },
    };
  },
});
