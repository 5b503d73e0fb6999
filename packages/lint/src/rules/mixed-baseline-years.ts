import { baselineOf, formatFiscalYear, yearOf } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

type D = { indicator: string; others: number; fy: string; common: string; count: number };
export default createRule({
  meta: {
    id: 'mixed-baseline-years',
    defaultSeverity: 'info',
    group: 'notice',
    description: { ja: '基準年度が指標によって異なる', en: 'baselines of one plan from different years' },
    docs: docsPath('lint', 'mixed-baseline-years'),
    messages: defineMessages({
      differs: {
        ja: (d: D) => `指標「${d.indicator}」ほか${d.others}件の基準年度（${d.fy}）は、この計画の多くの指標（${d.count}件）の基準年度 ${d.common} と異なります`,
        en: (d: D) => `indicator "${d.indicator}" and ${d.others} more have baseline years (${d.fy}) unlike most of the plan's indicators (${d.count}, baseline ${d.common})`,
        hint: {
          ja: () => '書き方として問題はありませんが、読み手が指標を比べるときに注意が要ります。理由があれば baseline.note に書いてください。',
          en: () => 'Representable, but readers comparing indicators should know; give the reason in baseline.note.',
        },
      },
    }),
  },
  create(ctx) {
    const list: { name: string; path: PlanPath; fy: number }[] = [];
    return {
      indicator({ indicator, path }) {
        const fy = yearOf(baselineOf(indicator)?.fy);
        if (fy !== undefined) list.push({ name: indicator.name, path, fy });
      },
      'plan:exit'() {
        // The reader comparing indicators should be told once: one finding for the plan, in both profiles (docs).
        const years = new Map<number, number>();
        for (const v of list) years.set(v.fy, (years.get(v.fy) ?? 0) + 1);
        if (years.size < 2) return;
        // The most common year (the earliest on a tie) is the plan's baseline year.
        const [common, count] = [...years].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
        const differing = list.filter((v) => v.fy !== common);
        const first = differing[0]!;
        const fys = [...new Set(differing.map((v) => v.fy))].sort((a, b) => a - b).map(formatFiscalYear).join('・');
        ctx.report({
          messageId: 'differs',
          data: { indicator: quote(first.name, 30), others: differing.length - 1, fy: fys, common: formatFiscalYear(common), count },
          path: [...first.path, 'baseline', 'fy'],
        });
      },
    };
  },
});
