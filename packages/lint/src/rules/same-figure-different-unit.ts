import { baselineOf, formatFiscalYear, formatPath, quantityOf, yearOf } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';
import { fmt } from '../util.js';

type D = { indicator: string; other: string; otherPath: string; value: string; fy: string; unit: string; otherUnit: string };
/** Small figures (and percentages) coincide too easily to say two indicators are one measure. */
const MIN_DISTINCTIVE = 100;

export default createRule({
  meta: {
    id: 'same-figure-different-unit',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '同じ年度・同じ数値の二つの指標で単位が違う（1,888件と1,888回）', en: 'two indicators with the same figure for the same year in different units (1,888件 vs 1,888回)' },
    docs: docsPath('lint', 'same-figure-different-unit'),
    messages: defineMessages({
      differs: {
        ja: (d: D) => `指標「${d.indicator}」の基準値 ${d.value}${d.unit}（${d.fy}）は、指標「${d.other}」（${d.otherPath}）では ${d.value}${d.otherUnit} です。同じ実績を別の単位で書いていませんか`,
        en: (d: D) => `indicator "${d.indicator}" has baseline ${d.value} ${d.unit} (${d.fy}); "${d.other}" (${d.otherPath}) has ${d.value} ${d.otherUnit}: the same figure in two units?`,
        hint: {
          ja: () => '同じ事業の実績なら単位（件・回など）をそろえ、両方の表を同じ指標として扱ってください。',
          en: () => 'If it is one measure, use one unit (件 or 回) in both tables.',
        },
      },
    }),
  },
  create(ctx) {
    const seen = new Map<string, { name: string; path: PlanPath; unit: string }[]>();
    return {
      indicator({ indicator: ind, path }) {
        const b = baselineOf(ind);
        const v = quantityOf(b?.value);
        const fy = yearOf(b?.fy);
        if (v === undefined || fy === undefined || ind.unit === undefined || ind.unit === '%' || Math.abs(v) < MIN_DISTINCTIVE) return;
        const key = `${fy}\u0000${v}`;
        const earlier = seen.get(key) ?? [];
        for (const e of earlier) {
          if (e.unit === ind.unit) continue;
          ctx.report({
            messageId: 'differs',
            data: { indicator: quote(ind.name, 24), other: quote(e.name, 24), otherPath: formatPath(e.path), value: fmt(v), fy: formatFiscalYear(fy), unit: ind.unit, otherUnit: e.unit },
            path: [...path, 'unit'],
          });
        }
        earlier.push({ name: ind.name, path, unit: ind.unit });
        seen.set(key, earlier);
      },
    };
  },
});
