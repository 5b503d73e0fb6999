import { fiscalYearOfDate, formatFiscalYear, planPeriod } from '@keikaku/schema';
import { createRule, defineMessages, docsPath } from '@keikaku/core';

type D = { end: string; today: string };
export default createRule({
  meta: {
    id: 'plan-period-ended',
    defaultSeverity: 'warning',
    group: 'notice',
    description: { ja: '計画期間が終わっている（--today の日付で判断）', en: 'the plan period has ended (as of --today)' },
    docs: docsPath('lint', 'plan-period-ended'),
    messages: defineMessages({
      ended: {
        ja: (d: D) => `計画期間は ${d.end} で終わっています（${d.today} 現在）`,
        en: (d: D) => `the plan period ended with ${d.end} (as of ${d.today})`,
        hint: {
          ja: () => '次期計画を策定中なら、その旨を period.note に書くか、次期計画を plans/ に加えてください。',
          en: () => 'If the next plan is being drawn up, say so in period.note, or add the next plan under plans/.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      plan(plan) {
        const { end } = planPeriod(plan);
        if (end === undefined) return;
        let now: number;
        try {
          now = fiscalYearOfDate(ctx.settings.today);
        } catch {
          return; // --today is validated by the CLI; an unusable date judges nothing
        }
        if (end < now) ctx.report({ messageId: 'ended', data: { end: formatFiscalYear(end), today: ctx.settings.today }, path: ['period', 'end'] });
      },
    };
  },
});
