import { defineMessages } from '../messages.js';
import { createRule } from '../rule.js';
import { planNumbers, progressNumbers } from './values.js';

export default createRule({
  meta: {
    id: 'negative-count',
    defaultSeverity: 'error',
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
    const bad = (n: { value: number; unit: string | undefined }) => n.unit !== undefined && n.unit !== '%' && n.value < 0;
    for (const n of planNumbers(ctx.plan)) if (bad(n)) ctx.report({ messageId: 'negative', data: { value: n.value, unit: n.unit! }, path: n.path });
    for (const p of ctx.progress) {
      for (const n of progressNumbers(ctx.plan, p.progress)) {
        if (bad(n)) ctx.report({ messageId: 'negative', data: { value: n.value, unit: n.unit! }, path: n.path, source: p.source });
      }
    }
  },
});
