import { baselineOf, formatFiscalYear, targetOf, yearOf } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

/** The equal case; a target year before the baseline year is core's target-before-baseline. */
export default createRule({
  meta: {
    id: 'target-year-not-after-baseline',
    defaultSeverity: 'error',
    group: 'defect',
    description: { ja: '目標年度が基準年度と同じ', en: 'target year equal to the baseline year' },
    docs: docsPath('lint', 'target-year-not-after-baseline'),
    messages: defineMessages({
      equal: {
        ja: (d: { indicator: string; fy: string }) => `指標「${d.indicator}」の目標年度が基準年度と同じ ${d.fy} です`,
        en: (d: { indicator: string; fy: string }) => `indicator "${d.indicator}": the target year is the baseline year (${d.fy})`,
        hint: { ja: () => '目標年度は基準年度より後です。原典の年度（印刷の誤り）を確認してください。', en: () => 'A target year comes after the baseline year; check the source for a misprint.' },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const b = yearOf(baselineOf(ind)?.fy);
        const t = yearOf(targetOf(ind)?.fy);
        if (b !== undefined && t !== undefined && t === b) {
          ctx.report({ messageId: 'equal', data: { indicator: quote(ind.name, 30), fy: formatFiscalYear(t) }, path: [...path, 'target', 'fy'] });
        }
      },
    };
  },
});
