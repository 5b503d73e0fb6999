import { formatFiscalYear, targetOf, valueAs, yearOf } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

type D = { indicator: string; fy: string; printed: string; revision: string; label: string };
export default createRule({
  meta: {
    id: 'target-year-past',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '見直しの時点ですでに過ぎた年の目標（令和5年度の見直しに「R4」）', en: 'a target dated before the revision that restates it (R4 in a 令和5年度 review)' },
    docs: docsPath('lint', 'target-year-past'),
    messages: defineMessages({
      past: {
        ja: (d: D) => `指標「${d.indicator}」の目標${d.printed}の年 ${d.fy} は、この計画の${d.label}（${d.revision}）の時点ですでに過ぎています`,
        en: (d: D) => `the target${d.printed} of indicator "${d.indicator}" is dated ${d.fy}, already past at the plan's ${d.label} (${d.revision})`,
        hint: {
          ja: () => '見直しで新しい目標と年を示すか、達成済みならその旨（実績）を書いてください。',
          en: () => 'Give a new target and year in the revision, or, if it was reached, say so with the actual.',
        },
      },
    }),
  },
  create(ctx) {
    // The plan's latest revision (中間見直し) is when the document was last issued: a target year before it was
    // already past when the document stated it.
    let latest: { fy: number; label: string } | undefined;
    const targets: { name: string; fy: number; printed: string; path: PlanPath }[] = [];
    return {
      indicator({ indicator: ind, path }) {
        for (const r of ind.revisions ?? []) {
          const fy = yearOf(r.fy);
          if (fy !== undefined && (!latest || fy > latest.fy)) latest = { fy, label: r.label };
        }
        const t = targetOf(ind);
        if (!t) return;
        // A milestone's own year (R4開設) is the year the target falls due.
        const milestone = valueAs(t.value, 'milestone');
        const mfy = milestone ? yearOf(milestone.fy) : undefined;
        const printed = t.printed ? `（「${quote(t.printed, 16)}」）` : '';
        if (mfy !== undefined) targets.push({ name: ind.name, fy: mfy, printed, path: [...path, 'target', 'value', 'fy'] });
        else {
          const fy = yearOf(t.fy);
          if (fy !== undefined) targets.push({ name: ind.name, fy, printed, path: [...path, 'target', 'fy'] });
        }
      },
      'plan:exit'() {
        if (!latest) return;
        for (const t of targets) {
          if (t.fy >= latest.fy) continue;
          ctx.report({ messageId: 'past', data: { indicator: quote(t.name, 30), fy: formatFiscalYear(t.fy), printed: t.printed, revision: formatFiscalYear(latest.fy), label: quote(latest.label, 12) }, path: t.path });
        }
      },
    };
  },
});
