import { defineMessages, quote } from '@keikaku/core';
import { createRule, docsPath } from '../rule.js';
import { textStrings } from '../strings.js';
import { findFirstYearAsOne } from '../text/era.js';
import { modulesOf } from '../util.js';

export default createRule({
  meta: {
    id: 'era-gannen',
    defaultSeverity: 'warning',
    group: 'defect',
    fixable: true,
    description: { ja: '元年を「1年」と書いている（令和1年 → 令和元年）', en: 'the first year of an era written as 1 (令和1年 for 令和元年)' },
    docs: docsPath('era-gannen'),
    messages: defineMessages({
      gannen: {
        ja: (d: { text: string; era: string }) => `「${d.text}」は${d.era}元年と書きます`,
        en: (d: { text: string; era: string }) => `"${d.text}" is written ${d.era}元年`,
        hint: { ja: () => '公用文では改元の最初の年を「元年」と書きます（--fix で自動修正）。', en: () => 'Official writing names the first year of an era 元年 (--fix corrects it).' },
      },
    }),
  },
  create(ctx) {
    for (const { doc, source } of modulesOf(ctx)) {
      for (const s of textStrings(doc)) {
        for (const h of findFirstYearAsOne(s.value)) {
          const range = source.stringRange(s.path, h.start, h.end);
          const fix = range && s.kind === 'prose' ? { range: [range.start, range.end] as const, text: '元' } : undefined;
          ctx.report({ messageId: 'gannen', data: { text: quote(`${h.text}年`, 20), era: h.era }, path: s.path, source, ...(range ? { range } : {}), ...(fix ? { fix } : {}) });
        }
      }
    }
  },
});
