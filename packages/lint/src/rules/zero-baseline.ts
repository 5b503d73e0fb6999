import { directionOf, numericPair } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

export default createRule({
  meta: {
    id: 'zero-baseline',
    defaultSeverity: 'info',
    group: 'notice',
    description: { ja: '基準値が 0 で、伸び率による評価ができない', en: 'a zero baseline, where a growth rate would divide by it' },
    docs: docsPath('lint', 'zero-baseline'),
    messages: defineMessages({
      zero: {
        ja: (d: { indicator: string }) => `指標「${d.indicator}」の基準値が 0 のため、伸び率（基準値からの増加率）では進み具合を評価できません`,
        en: (d: { indicator: string }) => `indicator "${d.indicator}" has a zero baseline, so its progress cannot be judged by a growth rate`,
        hint: {
          ja: () => '達成率（実績÷目標）や増加数で評価する旨を評価方法に書いてください。',
          en: () => 'Judge it by achievement (actual ÷ target) or by the increase; say so in the evaluation method.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const pair = numericPair(ind);
        if (!pair || pair.b !== 0 || pair.t === 0) return;
        if (directionOf(ind.direction) === 'maintain') return;
        ctx.report({ messageId: 'zero', data: { indicator: quote(ind.name, 30) }, path: [...path, 'baseline', 'value'] });
      },
    };
  },
});
