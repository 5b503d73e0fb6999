import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';
import { findFirstYearAsOne } from '../text/era.js';

export default createRule({
  meta: {
    id: 'era-gannen',
    defaultSeverity: 'warning',
    group: 'defect',
    fixable: true,
    description: { ja: '元年を「1年」と書いている（令和1年 → 令和元年）', en: 'the first year of an era written as 1 (令和1年 for 令和元年)' },
    docs: docsPath('lint', 'era-gannen'),
    messages: defineMessages({
      gannen: {
        ja: (d: { text: string; era: string }) => `「${d.text}」は${d.era}元年と書きます`,
        en: (d: { text: string; era: string }) => `"${d.text}" is written ${d.era}元年`,
        hint: { ja: () => '公用文では改元の最初の年を「元年」と書きます（--fix で自動修正）。', en: () => 'Official writing names the first year of an era 元年 (--fix corrects it).' },
      },
    }),
  },
  create(ctx) {
    return {
      string: matchStrings(ctx, (text) =>
        findFirstYearAsOne(text).map((h) => ({ start: h.start, end: h.end, messageId: 'gannen' as const, data: { text: quote(`${h.text}年`, 20), era: h.era }, fix: { text: '元' } })),
      ),
    };
  },
});
