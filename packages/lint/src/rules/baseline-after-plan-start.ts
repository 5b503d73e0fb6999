import { baselineOf, formatFiscalYear, planPeriod, yearOf } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

type D = { indicator: string; baseline: string; start: string };
export default createRule({
  meta: {
    id: 'baseline-after-plan-start',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '基準年度が計画期間の開始より後', en: 'a baseline year after the plan starts' },
    docs: docsPath('lint', 'baseline-after-plan-start'),
    messages: defineMessages({
      after: {
        ja: (d: D) => `指標「${d.indicator}」の基準年度 ${d.baseline} が計画期間の開始 ${d.start} より後です`,
        en: (d: D) => `indicator "${d.indicator}": baseline year ${d.baseline} is after the plan starts (${d.start})`,
        hint: {
          ja: () => '基準値は計画開始前の実績です。中間見直しで加えた指標なら revisions にその旨を記録してください。',
          en: () => 'A baseline is a figure from before the plan starts; an indicator added by a revision should say so in revisions.',
        },
      },
    }),
  },
  create(ctx) {
    const { start } = planPeriod(ctx.plan);
    if (start === undefined) return {};
    return {
      indicator({ indicator: ind, path }) {
        const b = yearOf(baselineOf(ind)?.fy);
        if (b !== undefined && b > start) {
          ctx.report({ messageId: 'after', data: { indicator: quote(ind.name, 30), baseline: formatFiscalYear(b), start: formatFiscalYear(start) }, path: [...path, 'baseline', 'fy'] });
        }
      },
    };
  },
});
