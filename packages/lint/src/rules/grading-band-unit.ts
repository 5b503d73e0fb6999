import { walkIndicators } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

const PERCENT = /^(?:%|％|パーセント)$/;
/** Words by which a band's scope names rate indicators (割合, 率, survey answers given as shares). */
const RATE_SCOPE = /割合|率|意識|アンケート|調査/;

export default createRule({
  meta: {
    id: 'grading-band-unit',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '割合の指標に「±3%」の変動幅：割合の差はポイント', en: 'a tolerance band for rate indicators given in % rather than points' },
    docs: docsPath('lint', 'grading-band-unit'),
    messages: defineMessages({
      percentBand: {
        ja: (d: { scale: string; points: number; unit: string; scope: string }) =>
          `評価の尺度「${d.scale}」の変動幅「±${d.points}${d.unit}」は${d.scope}に使われますが、割合どうしの差はポイントで表します。「${d.points}${d.unit}」は相対的な変化（40% の ${d.points}% は ${(0.4 * d.points).toFixed(1)} ポイント）とも読めます`,
        en: (d: { scale: string; points: number; unit: string; scope: string }) =>
          `grading scale "${d.scale}" has a band of ±${d.points}${d.unit} for ${d.scope}; the difference of two rates is in points, and ${d.points}% reads as a relative change`,
        hint: {
          ja: (d: { points: number }) => `「±${d.points}ポイント」と書いてください（相対的な変化の意味なら、そう明記してください）。`,
          en: (d: { points: number }) => `Write ±${d.points} points (or say plainly that a relative change is meant).`,
        },
      },
    }),
  },
  create(ctx) {
    return {
      plan(plan) {
        const rateIndicators = [...walkIndicators(plan)].some((v) => v.indicator.unit === '%');
        for (const [i, scale] of (plan.grading ?? []).entries()) {
          const band = scale.band;
          if (!band?.unit || !PERCENT.test(band.unit)) continue;
          // The band's own scope when printed (意識系の成果指標); otherwise the plan's indicators in %.
          const scope = band.appliesTo !== undefined ? (RATE_SCOPE.test(band.appliesTo) ? `「${quote(band.appliesTo, 30)}」` : undefined) : rateIndicators ? '単位が % の指標' : undefined;
          if (scope === undefined) continue;
          ctx.report({ messageId: 'percentBand', data: { scale: quote(scale.name ?? scale.id, 30), points: band.points, unit: band.unit, scope }, path: ['grading', i, 'band', 'unit'] });
        }
      },
    };
  },
});
