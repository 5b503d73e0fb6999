import { formatFiscalYear, isFiscalYear } from '@keikaku/schema';
import { defineMessages } from '../messages.js';
import { createRule, docsPath } from '../rule.js';

export default createRule({
  meta: {
    id: 'period-reversed',
    defaultSeverity: 'error',
    group: 'defect',
    docs: docsPath('core', 'period-reversed'),
    description: { ja: '計画期間の終了が開始より前', en: 'the plan period ends before it starts' },
    messages: defineMessages({
      reversed: {
        ja: (d: { start: string; end: string }) => `計画期間の終了 ${d.end} が開始 ${d.start} より前です`,
        en: (d: { start: string; end: string }) => `the plan period ends (${d.end}) before it starts (${d.start})`,
        hint: { ja: () => '原典の計画期間を確認してください。', en: () => 'Check the plan period in the source document.' },
      },
    }),
  },
  create(ctx) {
    return {
      plan({ period }) {
        if ('notStated' in period) return;
        if (isFiscalYear(period.start) && isFiscalYear(period.end) && period.end < period.start) {
          ctx.report({ messageId: 'reversed', data: { start: formatFiscalYear(period.start), end: formatFiscalYear(period.end) }, path: ['period', 'end'] });
        }
      },
    };
  },
});
