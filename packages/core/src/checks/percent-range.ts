import { defineMessages } from '../messages.js';
import { createRule, docsPath } from '../rule.js';
import type { SourceMap } from '../source-map.js';
import { actualNumbers, indicatorNumbers, type NumberAt } from './values.js';

export default createRule({
  meta: {
    id: 'percent-range',
    defaultSeverity: 'error',
    group: 'defect',
    docs: docsPath('core', 'percent-range'),
    description: { ja: '単位が % の値が 0〜100 の外', en: 'a percentage outside 0–100' },
    messages: defineMessages({
      outside: {
        ja: (d: { value: number }) => `単位が % の値 ${d.value} が 0〜100 の範囲外です`,
        en: (d: { value: number }) => `percentage ${d.value} is outside 0–100`,
        hint: {
          ja: () => '割合は 0〜100 で書いてください（0.979 ではなく 97.9）。単位が % でなければ unit を直してください。',
          en: () => 'Write percentages as 0–100 (97.9, not 0.979), or fix the unit.',
        },
      },
    }),
  },
  create(ctx) {
    const judge = (numbers: readonly NumberAt[], source?: SourceMap) => {
      for (const n of numbers) {
        if (n.unit === '%' && (n.value < 0 || n.value > 100)) ctx.report({ messageId: 'outside', data: { value: n.value }, path: n.path, ...(source ? { source } : {}) });
      }
    };
    return {
      indicator: ({ indicator, path }) => judge(indicatorNumbers(indicator, path)),
      actual: (a) => judge(actualNumbers(a), a.progress.source),
    };
  },
});
