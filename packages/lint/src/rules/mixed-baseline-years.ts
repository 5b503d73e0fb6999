import { formatFiscalYear } from '@keikaku/schema';
import { defineMessages, quote } from '@keikaku/core';
import { createRule, docsPath } from '../rule.js';
import { indicatorsOf, obsOf, yearOf } from '../util.js';

type D = { indicator: string; fy: string; common: string; count: number };
export default createRule({
  meta: {
    id: 'mixed-baseline-years',
    defaultSeverity: 'info',
    group: 'notice',
    description: { ja: '基準年度が指標によって異なる', en: 'baselines of one plan from different years' },
    docs: docsPath('mixed-baseline-years'),
    messages: defineMessages({
      differs: {
        ja: (d: D) => `指標「${d.indicator}」の基準年度 ${d.fy} は、この計画の多くの指標（${d.count}件）の基準年度 ${d.common} と異なります`,
        en: (d: D) => `indicator "${d.indicator}" has baseline year ${d.fy}, unlike most of the plan's indicators (${d.count}, baseline ${d.common})`,
        hint: {
          ja: () => '書き方として問題はありませんが、読み手が指標を比べるときに注意が要ります。理由があれば baseline.note に書いてください。',
          en: () => 'Representable, but readers comparing indicators should know; give the reason in baseline.note.',
        },
      },
    }),
  },
  create(ctx) {
    const years = new Map<number, number>();
    const list = indicatorsOf(ctx.plan).map((v) => ({ ...v, fy: yearOf(obsOf(v.indicator.baseline)?.fy) }));
    for (const v of list) if (v.fy !== undefined) years.set(v.fy, (years.get(v.fy) ?? 0) + 1);
    if (years.size < 2) return;
    // The most common year (the earliest on a tie) is the plan's baseline year.
    const [common, count] = [...years].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
    for (const v of list) {
      if (v.fy === undefined || v.fy === common) continue;
      ctx.report({
        messageId: 'differs',
        data: { indicator: quote(v.indicator.name, 30), fy: formatFiscalYear(v.fy), common: formatFiscalYear(common), count },
        path: [...v.path, 'baseline', 'fy'],
      });
    }
  },
});
