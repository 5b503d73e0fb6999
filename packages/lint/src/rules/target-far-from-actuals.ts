import { directionOf, formatWarekiFiscalYear, quantityOf, seriesOf, targetOf, yearOf } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';
import { fmt } from '../util.js';

/**
 * An actual below this share of its year's target has not even "almost" met it: 達成率 80% is where the usual
 * municipal scales begin 概ね達成 (B). Below it in every year of three or more is a target never within reach.
 */
export const FAR_SHARE = 0.8;
export const MIN_YEARS = 3;

export default createRule({
  meta: {
    id: 'target-far-from-actuals',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '実績が毎年、その年度の目標の 8 割に届かないのに目標が見直されていない', en: "actuals below 80% of each year's target for three years or more, and the target never revised" },
    docs: docsPath('lint', 'target-far-from-actuals'),
    messages: defineMessages({
      far: {
        ja: (d: { indicator: string; years: number; pairs: string }) =>
          `指標「${d.indicator}」の実績は ${d.years} 年度続けて、その年度の目標の 8 割に届いていません（${d.pairs}）。目標は一度も見直されていません`,
        en: (d: { indicator: string; years: number; pairs: string }) => `indicator "${d.indicator}": in ${d.years} years running the actual stayed below 80% of that year's target (${d.pairs}), and the target was never revised`,
        hint: {
          ja: () => '目標の根拠を見直し、中間見直しで実績に即した目標にする（revisions に理由とともに記録）か、届かない理由と手立てを評価に書いてください。',
          en: () => 'Review the basis of the target and revise it at the mid-term review (record it with its reason), or say in the evaluation why it is out of reach and what will be done.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const dir = directionOf(ind.direction);
        if (dir !== 'increase' && dir !== 'decrease') return;
        if ((ind.revisions ?? []).length > 0) return;
        // Each year's target: the yearly target (年次目標) of that year, or the final target in its own year.
        const yearly = new Map<number, number>();
        for (const s of seriesOf(ind)) {
          const y = yearOf(s.fy);
          const v = quantityOf(s.value);
          if (y !== undefined && v !== undefined && v > 0) yearly.set(y, v);
        }
        const t = targetOf(ind);
        const ty = yearOf(t?.fy);
        const tv = quantityOf(t?.value);
        if (ty !== undefined && tv !== undefined && tv > 0) yearly.set(ty, tv);
        const judged: { fy: number; actual: number; target: number; far: boolean }[] = [];
        for (const a of ctx.actualsOf(ind.id)) {
          if (a.actual.provisional) continue;
          const fy = a.progress.progress.fy;
          const v = quantityOf(a.actual.value);
          const target = yearly.get(fy);
          if (v === undefined || target === undefined || v < 0) continue;
          const far = dir === 'increase' ? v < FAR_SHARE * target : v > 0 && target < FAR_SHARE * v;
          judged.push({ fy, actual: v, target, far });
        }
        if (judged.length < MIN_YEARS || judged.some((j) => !j.far)) return;
        judged.sort((a, b) => a.fy - b.fy);
        const unit = ind.unit ?? '';
        const pairs = judged.map((j) => `${formatWarekiFiscalYear(j.fy)} ${fmt(j.actual)}／${fmt(j.target)}${unit}`).join('、');
        ctx.report({ messageId: 'far', data: { indicator: quote(ind.name, 30), years: judged.length, pairs: quote(pairs, 80) }, path: [...path, ind.series?.length ? 'series' : 'target'] });
      },
    };
  },
});
