import { baselineOf, formatFiscalYear, targetOf, yearOf } from '@keikaku/schema';
import { defineMessages } from '../messages.js';
import { createRule, docsPath } from '../rule.js';

export default createRule({
  meta: {
    id: 'target-before-baseline',
    defaultSeverity: 'error',
    group: 'defect',
    docs: docsPath('core', 'target-before-baseline'),
    description: { ja: '目標年度が基準年度より前', en: 'target year before the baseline year' },
    messages: defineMessages({
      before: {
        ja: (d: { target: string; baseline: string }) => `目標年度 ${d.target} が基準年度 ${d.baseline} より前です`,
        en: (d: { target: string; baseline: string }) => `target year ${d.target} is before baseline year ${d.baseline}`,
        hint: { ja: () => '原典の目標年度・基準年度を確認してください。', en: () => 'Check both years against the source document.' },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator, path }) {
        const b = yearOf(baselineOf(indicator)?.fy);
        const t = yearOf(targetOf(indicator)?.fy);
        if (b !== undefined && t !== undefined && t < b) {
          ctx.report({ messageId: 'before', data: { target: formatFiscalYear(t), baseline: formatFiscalYear(b) }, path: [...path, 'target', 'fy'] });
        }
      },
    };
  },
});
