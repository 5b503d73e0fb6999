import { formatWarekiFiscalYear, quantityOf } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';
import { fmt } from '../util.js';

/**
 * A count that halves or doubles from one year to the next is the first thing a committee asks about: a change of
 * how it is counted, a closed 事業, a typing slip. Below half or above twice the year before, with no word on
 * either figure and no narrative on the indicator that year, is reported.
 */
export const JUMP_RATIO = 2;
/** Shares and rates move by points, not by ratios: a jump rule on them would need a different measure. */
const RATE_UNITS = new Set(['%', '％', 'ポイント', '割']);

export default createRule({
  meta: {
    id: 'actual-jump',
    defaultSeverity: 'info',
    group: 'notice',
    description: { ja: '実績が前年度の半分未満・2 倍超に変わったのに説明がない', en: 'an actual less than half or more than twice the year before, with no explanation' },
    docs: docsPath('lint', 'actual-jump'),
    messages: defineMessages({
      jump: {
        ja: (d: { indicator: string; from: string; to: string; change: string }) =>
          `指標「${d.indicator}」の実績が${d.from}から${d.to}に${d.change}していますが、理由の記載がありません`,
        en: (d: { indicator: string; from: string; to: string; change: string }) => `indicator "${d.indicator}": the actual went from ${d.from} to ${d.to} (${d.change}) with no word on why`,
        hint: {
          ja: () => '数え方の変更、事業の終了・統合、入力の誤りなど、大きく変わった理由を実績の注記（note）か進捗の記述に書いてください。',
          en: () => "Say why it changed so much (a change in how it is counted, a 事業 ended or merged, a slip) in the actual's note or the year's narrative.",
        },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind }) {
        if (ind.unit && RATE_UNITS.has(ind.unit)) return;
        const visits = ctx.actualsOf(ind.id);
        const years = new Map<number, { value: number; explained: boolean; visit: (typeof visits)[number] }>();
        for (const a of visits) {
          const v = quantityOf(a.actual.value);
          if (v === undefined || v <= 0 || a.actual.provisional) continue;
          const explained = a.actual.note !== undefined || (a.progress.progress.narratives ?? []).some((n) => n.node === ind.id);
          years.set(a.progress.progress.fy, { value: v, explained, visit: a });
        }
        for (const [fy, later] of years) {
          const before = years.get(fy - 1);
          if (!before || before.explained || later.explained) continue;
          const ratio = later.value / before.value;
          if (ratio >= 1 / JUMP_RATIO && ratio <= JUMP_RATIO) continue;
          const unit = ind.unit ?? '';
          const pct = Math.round(Math.abs(ratio - 1) * 100);
          ctx.report({
            messageId: 'jump',
            data: {
              indicator: quote(ind.name, 30),
              from: `${fmt(before.value)}${unit}（${formatWarekiFiscalYear(fy - 1)}）`,
              to: `${fmt(later.value)}${unit}（${formatWarekiFiscalYear(fy)}）`,
              change: ratio < 1 ? `${pct}%減少` : `${pct}%増加`,
            },
            path: [...later.visit.path, 'value'],
            source: later.visit.progress.source,
          });
        }
      },
    };
  },
});
