import { defineMessages, quote } from '@keikaku/core';
import { createRule, docsPath } from '../rule.js';
import { textStrings } from '../strings.js';
import { findArticlesWithoutNumber } from '../text/placeholders.js';
import { excerpt } from '../util.js';

export default createRule({
  meta: {
    id: 'article-without-number',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '条番号の抜けた法令の引用（「社会福祉法第に規定」）', en: 'a law cited with its article number missing (「社会福祉法第に規定」)' },
    docs: docsPath('article-without-number'),
    messages: defineMessages({
      missing: {
        ja: (d: { context: string }) => `法令の条番号がありません（${d.context}）`,
        en: (d: { context: string }) => `the article number of the law is missing (${d.context})`,
        hint: {
          ja: () => '「第106条の5」のように条番号を補ってください（重層的支援体制整備事業実施計画は社会福祉法第106条の5）。',
          en: () => 'Add the article, e.g. 第106条の5 (the 重層的支援体制整備事業実施計画 is 社会福祉法第106条の5).',
        },
      },
    }),
  },
  create(ctx) {
    for (const s of textStrings(ctx.plan)) {
      for (const h of findArticlesWithoutNumber(s.value)) {
        const range = ctx.planSource.stringRange(s.path, h.start, h.end);
        ctx.report({ messageId: 'missing', data: { context: quote(excerpt(s.value, h.start, h.end, 10), 30) }, path: s.path, ...(range ? { range } : {}) });
      }
    }
    for (const p of ctx.progress) {
      for (const s of textStrings(p.progress)) {
        for (const h of findArticlesWithoutNumber(s.value)) {
          const range = p.source.stringRange(s.path, h.start, h.end);
          ctx.report({ messageId: 'missing', data: { context: quote(excerpt(s.value, h.start, h.end, 10), 30) }, path: s.path, source: p.source, ...(range ? { range } : {}) });
        }
      }
    }
  },
});
