import { baselineOf, formatFiscalYear, planPeriod, plannedOf, seriesOf, targetOf, valueAs, yearOf, type YearRef } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

type D = { indicator: string; what: string; whatEn: string; fy: string; start: string; end: string };
export default createRule({
  meta: {
    id: 'year-outside-period',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '目標・年次目標・見込量の年度が計画期間の外', en: 'a target, series or planned year outside the plan period' },
    docs: docsPath('lint', 'year-outside-period'),
    messages: defineMessages({
      outside: {
        ja: (d: D) => `指標「${d.indicator}」の${d.what}の年度 ${d.fy} が計画期間（${d.start}〜${d.end}）の外です`,
        en: (d: D) => `indicator "${d.indicator}": the ${d.whatEn} year ${d.fy} is outside the plan period (${d.start} to ${d.end})`,
        hint: {
          ja: () => '計画期間内の年度にするか、次期計画の目標なら note にその旨を書いてください。',
          en: () => 'Use a year inside the period, or say in a note that it belongs to the next plan.',
        },
      },
      afterEnd: {
        ja: (d: D) => `指標「${d.indicator}」の${d.what}の年度 ${d.fy} が計画期間の終了 ${d.end} より後です`,
        en: (d: D) => `indicator "${d.indicator}": the ${d.whatEn} year ${d.fy} is after the plan period ends (${d.end})`,
        hint: { ja: () => '年度を原典と照合してください。', en: () => 'Check the year against the source.' },
      },
    }),
  },
  create(ctx) {
    const { start, end } = planPeriod(ctx.plan);
    if (start === undefined || end === undefined || end < start) return {};
    const range = { start: formatFiscalYear(start), end: formatFiscalYear(end) };
    return {
      indicator({ indicator: ind, path }) {
        const name = quote(ind.name, 30);
        const inside: [YearRef, PlanPath, string, string][] = [];
        const t = targetOf(ind);
        if (t) {
          inside.push([t.fy, [...path, 'target', 'fy'], '目標', 'target']);
          const milestone = valueAs(t.value, 'milestone');
          if (milestone) inside.push([milestone.fy, [...path, 'target', 'value', 'fy'], '目標（達成時期）', 'milestone']);
        }
        seriesOf(ind).forEach((e, i) => inside.push([e.fy, [...path, 'series', i, 'fy'], '年次目標', 'series']));
        plannedOf(ind).forEach((e, i) => inside.push([e.fy, [...path, 'planned', i, 'fy'], '見込量', 'planned amount']));
        for (const [fyRef, at, what, whatEn] of inside) {
          const y = yearOf(fyRef);
          if (y !== undefined && (y < start || y > end)) ctx.report({ messageId: 'outside', data: { indicator: name, what, whatEn, fy: formatFiscalYear(y), ...range }, path: at });
        }
        // A baseline or reference is usually before the period; after its end it cannot be.
        const before: [YearRef, PlanPath, string, string][] = [];
        const b = baselineOf(ind);
        if (b) before.push([b.fy, [...path, 'baseline', 'fy'], '基準値', 'baseline']);
        (ind.references ?? []).forEach((r, i) => before.push([r.fy, [...path, 'references', i, 'fy'], '参考値', 'reference']));
        for (const [fyRef, at, what, whatEn] of before) {
          const y = yearOf(fyRef);
          if (y !== undefined && y > end) ctx.report({ messageId: 'afterEnd', data: { indicator: name, what, whatEn, fy: formatFiscalYear(y), ...range }, path: at });
        }
      },
    };
  },
});
