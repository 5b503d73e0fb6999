import { indicatorValues, partName, walkIndicators, type Indicator, type Value } from '@keikaku/schema';
import { defineMessages, quote } from '../messages.js';
import { createRule } from '../rule.js';

function partNames(v: Value | undefined, unit: string | undefined): string[] {
  return typeof v === 'object' && v !== null && 'parts' in v ? v.parts.map((p) => partName(p, unit)) : [];
}

/** The part names an indicator's values use (a part named only by its unit is known by the unit). */
export function indicatorParts(ind: Indicator): Set<string> {
  return new Set(indicatorValues(ind).flatMap((v) => partNames(v.value, ind.unit)));
}

export default createRule({
  meta: {
    id: 'progress-unknown-part',
    defaultSeverity: 'error',
    description: { ja: '指標にない内訳の実績', en: 'an actual for a part the indicator does not have' },
    messages: defineMessages({
      unknown: {
        ja: (d: { part: string; indicator: string; parts: string }) => `内訳「${d.part}」は指標 ${d.indicator} にありません（ある内訳: ${d.parts}）`,
        en: (d: { part: string; indicator: string; parts: string }) => `part "${d.part}" is not a part of indicator ${d.indicator} (its parts: ${d.parts})`,
        hint: { ja: () => '計画の内訳名と同じ名前で書いてください。', en: () => 'Use the part names the plan uses.' },
      },
    }),
  },
  create(ctx) {
    const byId = new Map([...walkIndicators(ctx.plan)].map((v) => [v.indicator.id, v.indicator]));
    for (const p of ctx.progress) {
      p.progress.actuals.forEach((a, i) => {
        const ind = byId.get(a.indicator);
        if (!ind || typeof a.value !== 'object' || a.value === null || !('parts' in a.value)) return;
        const known = indicatorParts(ind);
        a.value.parts.forEach((part, j) => {
          const name = partName(part, ind.unit);
          if (!known.has(name)) {
            ctx.report({
              messageId: 'unknown',
              data: { part: quote(name), indicator: ind.id, parts: [...known].join(' / ') || '（なし / none）' },
              path: ['actuals', i, 'value', 'parts', j, 'part'],
              source: p.source,
            });
          }
        });
      });
    }
  },
});
