import { baselineOf, directionOf, formatFiscalYear, quantityOf, targetOf, yearOf } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type PlanPath, type SourceMap } from '@keikaku/core';
import { fmt } from '../util.js';

type D = { indicator: string; value: string; fy: string; target: string; kind: string; kindEn: string };

export default createRule({
  meta: {
    id: 'actuals-past-target',
    defaultSeverity: 'info',
    group: 'notice',
    description: { ja: '実績がすでに目標に達しているのに目標が見直されていない', en: 'actuals already past a target that was never revised' },
    docs: docsPath('lint', 'actuals-past-target'),
    messages: defineMessages({
      reached: {
        ja: (d: D) => `指標「${d.indicator}」の${d.kind} ${d.value}（${d.fy}）がすでに目標 ${d.target} に達していますが、目標は見直されていません`,
        en: (d: D) => `indicator "${d.indicator}": the ${d.kindEn} ${d.value} (${d.fy}) already meets the target ${d.target}, which was never revised`,
        hint: {
          ja: () => '中間見直しで目標を引き上げる（revisions に記録）か、維持を目指すなら direction: "maintain" にしてください。',
          en: () => 'Raise the target at the mid-term review (record it in revisions), or use direction "maintain".',
        },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const dir = directionOf(ind.direction);
        if (dir !== 'increase' && dir !== 'decrease') return;
        const tv = quantityOf(targetOf(ind)?.value);
        const b = quantityOf(baselineOf(ind)?.value);
        if (tv === undefined) return;
        // A baseline already at the target is target-direction's "equal" case, not this one.
        if (b !== undefined && (dir === 'increase' ? b >= tv : b <= tv)) return;
        const revisedAfter = (fy: number) => (ind.revisions ?? []).some((r) => (yearOf(r.fy) ?? -Infinity) >= fy);
        const met = (v: number) => (dir === 'increase' ? v >= tv : v <= tv);
        const candidates: { fy: number; value: number; kind: string; kindEn: string; path: PlanPath; source?: SourceMap }[] = [];
        (ind.references ?? []).forEach((r, i) => {
          const y = yearOf(r.fy);
          const v = quantityOf(r.value);
          if (y !== undefined && v !== undefined) candidates.push({ fy: y, value: v, kind: '参考値', kindEn: 'reference value', path: [...path, 'references', i, 'value'] });
        });
        for (const a of ctx.actualsOf(ind.id)) {
          const v = quantityOf(a.actual.value);
          if (v !== undefined) candidates.push({ fy: a.progress.progress.fy, value: v, kind: '実績', kindEn: 'actual', path: [...a.path, 'value'], source: a.progress.source });
        }
        // A figure of the target's own year (or later) that meets it: the target is achieved, there is nothing left to revise.
        const targetFy = yearOf(targetOf(ind)?.fy);
        const early = (fy: number) => targetFy === undefined || fy < targetFy;
        // The latest figure, before the target's year, that meets the target, if no revision followed it.
        const hit = candidates.filter((c) => early(c.fy) && met(c.value)).sort((a, b2) => b2.fy - a.fy)[0];
        if (!hit || revisedAfter(hit.fy)) return;
        ctx.report({
          messageId: 'reached',
          data: { indicator: quote(ind.name, 30), value: `${fmt(hit.value)}${ind.unit ?? ''}`, fy: formatFiscalYear(hit.fy), target: `${fmt(tv)}${ind.unit ?? ''}`, kind: hit.kind, kindEn: hit.kindEn },
          path: hit.path,
          ...(hit.source ? { source: hit.source } : {}),
        });
      },
    };
  },
});
