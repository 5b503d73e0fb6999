import { formatFiscalYear, isFiscalYear } from '@keikaku/schema';
import { defineMessages } from '../messages.js';
import { createRule, docsPath } from '../rule.js';

export default createRule({
  meta: {
    id: 'revisions-out-of-order',
    defaultSeverity: 'error',
    group: 'defect',
    docs: docsPath('core', 'revisions-out-of-order'),
    description: { ja: '見直しの記録が年度順でない', en: 'revisions not in year order' },
    messages: defineMessages({
      order: {
        ja: (d: { fy: string; previous: string }) => `見直しの年度 ${d.fy} が、その前の見直し ${d.previous} より前です`,
        en: (d: { fy: string; previous: string }) => `revision year ${d.fy} comes before the previous revision (${d.previous})`,
        hint: { ja: () => 'revisions は古い順に並べてください。', en: () => 'List revisions oldest first.' },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator, path }) {
        const revs = indicator.revisions ?? [];
        for (let i = 1; i < revs.length; i++) {
          const prev = revs[i - 1]!.fy;
          const cur = revs[i]!.fy;
          if (isFiscalYear(prev) && isFiscalYear(cur) && cur < prev) {
            ctx.report({ messageId: 'order', data: { fy: formatFiscalYear(cur), previous: formatFiscalYear(prev) }, path: [...path, 'revisions', i, 'fy'] });
          }
        }
      },
    };
  },
});
