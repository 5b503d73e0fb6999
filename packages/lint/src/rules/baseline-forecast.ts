import { baselineOf } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

/** Qualifiers that make a figure an estimate or a forecast rather than a measurement. */
const FORECAST = new Set(['推計', '見込み']);

type D = { indicator: string; qualifier: string };
export default createRule({
  meta: {
    id: 'baseline-forecast',
    defaultSeverity: 'info',
    group: 'notice',
    description: { ja: '推計・見込みの基準値（測った値ではない起点）', en: 'a baseline that is itself an estimate or a forecast (推計, 見込み)' },
    docs: docsPath('lint', 'baseline-forecast'),
    messages: defineMessages({
      forecast: {
        ja: (d: D) => `指標「${d.indicator}」の基準値は${d.qualifier}です。測った値ではないため、実績との差には推計の誤差が含まれます`,
        en: (d: D) => `the baseline of indicator "${d.indicator}" is a ${d.qualifier === '推計' ? 'estimate' : 'forecast'} (${d.qualifier}), not a measurement; progress against it includes the estimate's error`,
        hint: {
          ja: () => '実績が出たら基準値を実績に置き換えるか、推計であることを報告書でも示してください。',
          en: () => 'Replace it with the measured figure once there is one, or say in the report that it is an estimate.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const b = baselineOf(ind);
        if (!b?.qualifier || !FORECAST.has(b.qualifier)) return;
        ctx.report({ messageId: 'forecast', data: { indicator: quote(ind.name, 30), qualifier: b.qualifier }, path: [...path, 'baseline', 'qualifier'] });
      },
    };
  },
});
