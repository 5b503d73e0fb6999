import { formatFiscalYear, isFiscalYear } from '@keikaku/schema';
import { defineMessages } from '../messages.js';
import { createRule, docsPath } from '../rule.js';

export default createRule({
  meta: {
    id: 'progress-fy-outside-period',
    defaultSeverity: 'error',
    group: 'defect',
    docs: docsPath('core', 'progress-fy-outside-period'),
    description: { ja: '計画期間の外の年度の進捗', en: 'progress for a year outside the plan period' },
    messages: defineMessages({
      outside: {
        ja: (d: { fy: string; start: string; end: string }) => `進捗の年度 ${d.fy} が計画期間（${d.start}〜${d.end}）の外です`,
        en: (d: { fy: string; start: string; end: string }) => `progress year ${d.fy} is outside the plan period (${d.start} to ${d.end})`,
        hint: { ja: () => '年度かファイル名（progress/<年度>.ts）を確認してください。', en: () => 'Check the year and the file name progress/<fy>.ts.' },
      },
    }),
  },
  create(ctx) {
    const period = ctx.plan.period;
    if ('notStated' in period || !isFiscalYear(period.start) || !isFiscalYear(period.end)) return {};
    const { start, end } = period;
    return {
      progress(p) {
        const y = p.progress.fy;
        if (y < start || y > end) {
          ctx.report({ messageId: 'outside', data: { fy: formatFiscalYear(y), start: formatFiscalYear(start), end: formatFiscalYear(end) }, path: ['fy'], source: p.source });
        }
      },
    };
  },
});
