import { directionOf, formatFiscalYear, quantityOf, seriesOf, targetOf, yearOf, type Value } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';
import { fmt } from '../util.js';

type E = { indicator: string; fy: string; value: string; target: string };
type B = { indicator: string; fy: string; value: string; prevFy: string; prev: string; direction: string; directionEn: string };

export default createRule({
  meta: {
    id: 'target-series',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '年次目標（中間目標）の系列が最終目標で終わらない・逆行する', en: 'an interim target series that does not end at the final target, or goes backwards' },
    docs: docsPath('lint', 'target-series'),
    messages: defineMessages({
      endMismatch: {
        ja: (d: E) => `指標「${d.indicator}」の年次目標 ${d.fy} の値 ${d.value} が、同じ年度の最終目標 ${d.target} と違います`,
        en: (d: E) => `indicator "${d.indicator}": the series value ${d.value} for ${d.fy} differs from the final target ${d.target} for that year`,
        hint: { ja: () => '年次目標の最終年度の値は最終目標と一致させてください。', en: () => 'The series should end at the final target.' },
      },
      pastTarget: {
        ja: (d: E) => `指標「${d.indicator}」の年次目標 ${d.fy} が最終目標の年度より後です（最終目標 ${d.target}）`,
        en: (d: E) => `indicator "${d.indicator}": a series entry for ${d.fy} lies after the final target year (${d.target})`,
        hint: { ja: () => '最終目標の年度か年次目標の年度を確認してください。', en: () => 'Check the final target year or the series years.' },
      },
      backwards: {
        ja: (d: B) => `指標「${d.indicator}」は${d.direction}を目指すのに、年次目標が ${d.prevFy} の ${d.prev} から ${d.fy} の ${d.value} へ逆行しています`,
        en: (d: B) => `indicator "${d.indicator}" aims to ${d.directionEn}, but the series goes from ${d.prev} (${d.prevFy}) back to ${d.value} (${d.fy})`,
        hint: { ja: () => '年次目標の値を確認してください。', en: () => 'Check the series values.' },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const series = seriesOf(ind);
        if (series.length === 0) return;
        const unit = ind.unit ?? '';
        const t = targetOf(ind);
        const tfy = yearOf(t?.fy);
        const tv = t?.value;
        const shown = (v: Value | undefined) => {
          const n = quantityOf(v);
          return n !== undefined ? `${fmt(n)}${unit}` : quote(v, 20);
        };
        const entries = series.flatMap((e, i) => {
          const fy = yearOf(e.fy);
          return fy === undefined ? [] : [{ fy, value: e.value, i }];
        });
        for (const e of entries) {
          const at = [...path, 'series', e.i];
          const data = { indicator: quote(ind.name, 30), fy: formatFiscalYear(e.fy), value: shown(e.value), target: shown(tv) };
          if (tfy !== undefined && e.fy === tfy && tv !== undefined && JSON.stringify(e.value) !== JSON.stringify(tv)) ctx.report({ messageId: 'endMismatch', data, path: [...at, 'value'] });
          if (tfy !== undefined && e.fy > tfy) ctx.report({ messageId: 'pastTarget', data: { ...data, target: formatFiscalYear(tfy) }, path: [...at, 'fy'] });
        }
        const dir = directionOf(ind.direction);
        if (dir !== 'increase' && dir !== 'decrease') return;
        const numeric = entries.flatMap((e) => {
          const n = quantityOf(e.value);
          return n === undefined ? [] : [{ ...e, n }];
        }).sort((a, b) => a.fy - b.fy);
        for (let k = 1; k < numeric.length; k++) {
          const prev = numeric[k - 1]!;
          const cur = numeric[k]!;
          if ((dir === 'increase' && cur.n < prev.n) || (dir === 'decrease' && cur.n > prev.n)) {
            ctx.report({
              messageId: 'backwards',
              data: { indicator: quote(ind.name, 30), fy: formatFiscalYear(cur.fy), value: `${fmt(cur.n)}${unit}`, prevFy: formatFiscalYear(prev.fy), prev: `${fmt(prev.n)}${unit}`, direction: dir === 'increase' ? '増加' : '減少', directionEn: dir },
              path: [...path, 'series', cur.i, 'value'],
            });
          }
        }
      },
    };
  },
});
