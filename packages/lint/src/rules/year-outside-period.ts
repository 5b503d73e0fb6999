import { formatFiscalYear } from '@keikaku/schema';
import { defineMessages, quote } from '@keikaku/core';
import { createRule, docsPath } from '../rule.js';
import { indicatorsOf, kindOf, obsOf, planPeriod, yearOf } from '../util.js';

type D = { indicator: string; what: string; whatEn: string; fy: string; start: string; end: string };
export default createRule({
  meta: {
    id: 'year-outside-period',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '目標・年次目標・見込量の年度が計画期間の外', en: 'a target, series or planned year outside the plan period' },
    docs: docsPath('year-outside-period'),
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
    if (start === undefined || end === undefined || end < start) return;
    const range = { start: formatFiscalYear(start), end: formatFiscalYear(end) };
    for (const { indicator: ind, path } of indicatorsOf(ctx.plan)) {
      const name = quote(ind.name, 30);
      const inside: [unknown, (string | number)[], string, string][] = [];
      const t = obsOf(ind.target);
      if (t) {
        inside.push([t.fy, [...path, 'target', 'fy'], '目標', 'target']);
        if (kindOf(t.value) === 'milestone') inside.push([(t.value as { fy: unknown }).fy, [...path, 'target', 'value', 'fy'], '目標（達成時期）', 'milestone']);
      }
      for (const [key, ja, en] of [['series', '年次目標', 'series'], ['planned', '見込量', 'planned amount']] as const) {
        const list = (ind as Record<string, unknown>)[key];
        if (Array.isArray(list)) list.forEach((e: { fy?: unknown }, i) => inside.push([e?.fy, [...path, key, i, 'fy'], ja, en]));
      }
      for (const [fyRef, at, what, whatEn] of inside) {
        const y = yearOf(fyRef);
        if (y !== undefined && (y < start || y > end)) ctx.report({ messageId: 'outside', data: { indicator: name, what, whatEn, fy: formatFiscalYear(y), ...range }, path: at });
      }
      // A baseline or reference is usually before the period; after its end it cannot be.
      const before: [unknown, (string | number)[], string, string][] = [];
      const b = obsOf(ind.baseline);
      if (b) before.push([b.fy, [...path, 'baseline', 'fy'], '基準値', 'baseline']);
      (ind.references ?? []).forEach((r, i) => before.push([r.fy, [...path, 'references', i, 'fy'], '参考値', 'reference']));
      for (const [fyRef, at, what, whatEn] of before) {
        const y = yearOf(fyRef);
        if (y !== undefined && y > end) ctx.report({ messageId: 'afterEnd', data: { indicator: name, what, whatEn, fy: formatFiscalYear(y), ...range }, path: at });
      }
    }
  },
});
