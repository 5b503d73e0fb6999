import { indicatorValues, partName, valueAs, type Indicator, type Value } from '@keikaku/schema';
import { defineMessages, quote } from '../messages.js';
import { createRule, docsPath } from '../rule.js';

function partNames(v: Value, unit: string | undefined): string[] {
  return valueAs(v, 'composite')?.parts.map((p) => partName(p, unit)) ?? [];
}

/** The part names an indicator's values use (a part named only by its unit is known by the unit). */
export function indicatorParts(ind: Indicator): Set<string> {
  return new Set(indicatorValues(ind).flatMap((v) => partNames(v.value, ind.unit)));
}

export default createRule({
  meta: {
    id: 'progress-unknown-part',
    defaultSeverity: 'error',
    group: 'defect',
    docs: docsPath('core', 'progress-unknown-part'),
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
    return {
      actual({ actual: a, path, progress: p, indicator: ind }) {
        const value = valueAs(a.value, 'composite');
        if (!ind || !value) return;
        const known = indicatorParts(ind);
        value.parts.forEach((part, j) => {
          const name = partName(part, ind.unit);
          if (!known.has(name)) {
            ctx.report({
              messageId: 'unknown',
              data: { part: quote(name), indicator: ind.id, parts: [...known].join(' / ') || '（なし / none）' },
              path: [...path, 'value', 'parts', j, 'part'],
              source: p.source,
            });
          }
        });
      },
    };
  },
});
