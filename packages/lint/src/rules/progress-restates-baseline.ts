import { baselineOf, formatFiscalYear, sameValue, yearOf, type Value } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';
import { showValue } from '../util.js';

type D = { indicator: string; fy: string; role: string; roleEn: string; plan: string; progress: string };
const show = showValue;

export default createRule({
  meta: {
    id: 'progress-restates-baseline',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '進捗の実績が、計画の基準値・参考値と同じ年度で違う値', en: 'a progress figure for the baseline (or reference) year that differs from the plan' },
    docs: docsPath('lint', 'progress-restates-baseline'),
    messages: defineMessages({
      differs: {
        ja: (d: D) => `指標「${d.indicator}」の ${d.fy} の実績 ${d.progress} が、計画の${d.role} ${d.plan} と違います`,
        en: (d: D) => `indicator "${d.indicator}": the ${d.fy} actual ${d.progress} differs from the plan's ${d.roleEn} ${d.plan}`,
        hint: {
          ja: () => '同じ年度の値は一つです。確定値で基準値が変わったなら計画側に revisions か note で記録してください。',
          en: () => 'One year has one figure; if the final figure changed the baseline, record it in the plan.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      actual({ actual: a, path, progress: p, indicator: ind }) {
        if (!ind) return;
        const planned: { fy: number; value: Value; role: string; roleEn: string }[] = [];
        const b = baselineOf(ind);
        const bfy = yearOf(b?.fy);
        if (b && bfy !== undefined) planned.push({ fy: bfy, value: b.value, role: '基準値', roleEn: 'baseline' });
        for (const r of ind.references ?? []) {
          const y = yearOf(r.fy);
          if (y !== undefined) planned.push({ fy: y, value: r.value, role: '参考値', roleEn: 'reference' });
        }
        for (const pl of planned) {
          if (pl.fy !== p.progress.fy) continue;
          if (sameValue(pl.value, a.value)) continue;
          ctx.report({
            messageId: 'differs',
            data: { indicator: quote(ind.name, 24), fy: formatFiscalYear(pl.fy), role: pl.role, roleEn: pl.roleEn, plan: show(pl.value, ind.unit), progress: show(a.value, ind.unit) },
            path: [...path, 'value'],
            source: p.source,
          });
        }
      },
    };
  },
});
