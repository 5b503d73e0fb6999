import { defineMessages } from '../messages.js';
import { createRule, docsPath } from '../rule.js';
import type { SourceMap } from '../source-map.js';
import { actualNumbers, indicatorNumbers, type NumberAt } from './values.js';

export default createRule({
  meta: {
    id: 'negative-count',
    defaultSeverity: 'error',
    group: 'defect',
    docs: docsPath('core', 'negative-count'),
    description: { ja: '件数・人数などが負の数', en: 'a negative count' },
    messages: defineMessages({
      negative: {
        ja: (d: { value: number; unit: string }) => `${d.unit} の値 ${d.value} が負の数です`,
        en: (d: { value: number; unit: string }) => `a count in ${d.unit} is negative (${d.value})`,
        hint: { ja: () => '値を原典と照合してください。', en: () => 'Check the value against the source document.' },
      },
    }),
  },
  create(ctx) {
    const judge = (numbers: readonly NumberAt[], source?: SourceMap) => {
      for (const n of numbers) {
        if (n.unit !== undefined && n.unit !== '%' && n.value < 0) ctx.report({ messageId: 'negative', data: { value: n.value, unit: n.unit }, path: n.path, ...(source ? { source } : {}) });
      }
    };
    return {
      indicator: ({ indicator, path }) => judge(indicatorNumbers(indicator, path)),
      actual: (a) => judge(actualNumbers(a), a.progress.source),
    };
  },
});
