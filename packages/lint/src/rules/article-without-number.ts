import { createRule, defineMessages, docsPath, matchStrings, quote } from '@keikaku/core';
import { findArticlesWithoutNumber } from '../text/placeholders.js';
import { excerpt } from '../util.js';

/** Whether another string field of the object holding `path` cites `law` without an article number too. */
function siblingHas(doc: unknown, path: readonly (string | number)[], law: string): boolean {
  let parent: unknown = doc;
  for (const k of path.slice(0, -1)) parent = typeof parent === 'object' && parent !== null ? Object.getOwnPropertyDescriptor(parent, k)?.value : undefined;
  if (typeof parent !== 'object' || parent === null) return false;
  const own = path[path.length - 1];
  return Object.entries(parent).some(([k, v]) => k !== own && typeof v === 'string' && findArticlesWithoutNumber(v).some((h) => h.law === law));
}

export default createRule({
  meta: {
    id: 'article-without-number',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '条番号の抜けた法令の引用（「社会福祉法第に規定」）', en: 'a law cited with its article number missing (「社会福祉法第に規定」)' },
    docs: docsPath('lint', 'article-without-number'),
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
    return {
      string: matchStrings(ctx, (text, s) =>
        findArticlesWithoutNumber(text)
          // A `note` that quotes the value it describes (旭川: the encompassed plan's `law` 「社会福祉法第」 and its
          // note quoting the printed bullet) is one defect: reported at the value, not again in the note.
          .filter((h) => !(s.key === 'note' && siblingHas(s.progress?.progress ?? ctx.plan, s.path, h.law)))
          .map((h) => ({ start: h.start, end: h.end, messageId: 'missing' as const, data: { context: quote(excerpt(text, h.start, h.end, 10), 30) } })),
      ),
    };
  },
});
