import { fiscalYearRange, formatWarekiFiscalYear, walkIndicators, walkNodes, type Plan } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type ProgressInput } from '@keikaku/core';

/** Indicator ids a node's report answers for: its own and its descendants' (or the indicator itself, when a narrative names one). */
function indicatorsOf(plan: Plan): Map<string, { title: string; ids: string[]; names: string[] }> {
  const out = new Map<string, { title: string; ids: string[]; names: string[] }>();
  for (const v of walkNodes(plan)) out.set(v.node.id, { title: v.node.title, ids: [], names: [] });
  for (const v of walkIndicators(plan)) {
    out.set(v.indicator.id, { title: v.indicator.name, ids: [v.indicator.id], names: [v.indicator.name] });
    if (!v.owner) continue;
    for (const n of [...v.owner.ancestors, v.owner.node]) {
      const e = out.get(n.id);
      if (e) {
        e.ids.push(v.indicator.id);
        e.names.push(v.indicator.name);
      }
    }
  }
  return out;
}

/**
 * Whether the module reports on a year already over when it was written: a later year's module exists, or the
 * module is dated (asOf, issued.date) after the fiscal year's end. A module of the current year may report work
 * under way (④平成27年度の取り組み状況) before any figure exists.
 */
function yearOver(p: ProgressInput, all: readonly ProgressInput[]): boolean {
  if (all.some((q) => q.fy > p.fy)) return true;
  const end = fiscalYearRange(p.fy).end;
  const issued = p.progress.issued?.date;
  const dates = [p.progress.asOf, typeof issued === 'string' ? issued : undefined].filter((d): d is string => d !== undefined);
  return dates.some((d) => d > end);
}

export default createRule({
  meta: {
    id: 'progress-without-actual',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '年度の結果を報告しながら、検証する指標の実績値がない', en: "a year's result is reported without the figure of the indicator it verifies" },
    docs: docsPath('lint', 'progress-without-actual'),
    messages: defineMessages({
      noActual: {
        ja: (d: { heading: string; node: string; year: string; indicators: string }) =>
          `${d.heading}「${d.node}」の${d.year}の結果を報告していますが、指標（${d.indicators}）の実績値がありません`,
        en: (d: { heading: string; node: string; year: string; indicators: string }) => `${d.heading}"${d.node}" reports on ${d.year} without an actual of its indicator(s) (${d.indicators})`,
        hint: {
          ja: () => '指標の実績値を載せてください。集計中なら「集計中」と、測れない年ならその理由を書いてください。',
          en: () => "Give the indicator's actual; if it is still being counted or cannot be measured that year, say so.",
        },
      },
    }),
  },
  create(ctx) {
    return {
      'plan:exit'() {
        if (ctx.progress.length === 0) return;
        const nodes = indicatorsOf(ctx.plan);
        for (const p of ctx.progress) {
          if (!yearOver(p, ctx.progress)) continue;
          // A report that gives figures for some indicators has measured what it could: the others are often survey
          // indicators, measured only in survey years (札幌's 市民意識調査). Only a report with no figure at all is judged.
          if (p.progress.actuals.length > 0) continue;
          const seen = new Set<string>();
          const reports: { id: string; heading?: string; path: (string | number)[] }[] = [
            ...(p.progress.narratives ?? []).map((n, i) => ({ id: n.node, heading: n.heading, path: ['narratives', i, 'node'] })),
            ...(p.progress.sheets ?? []).map((s, i) => ({ id: s.node, heading: s.heading, path: ['sheets', i, 'node'] })),
          ];
          for (const r of reports) {
            const n = nodes.get(r.id);
            if (!n || n.ids.length === 0 || seen.has(r.id)) continue;
            seen.add(r.id);
            ctx.report({
              messageId: 'noActual',
              data: { heading: r.heading ? `「${quote(r.heading, 30)}」は` : '', node: quote(n.title, 30), year: formatWarekiFiscalYear(p.fy), indicators: quote([...new Set(n.names)].join('、'), 40) },
              path: r.path,
              source: p.source,
            });
          }
        }
      },
    };
  },
});
