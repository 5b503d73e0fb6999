import { absentOf, isNotStated, valueAs } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';
import { isMonitoringIndicator } from '../util.js';

type D = { indicator: string };
export default createRule({
  meta: {
    id: 'baseline-missing',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '基準値（現状値）のない指標', en: 'an indicator with no baseline' },
    docs: docsPath('lint', 'baseline-missing'),
    messages: defineMessages({
      none: {
        ja: (d: D) => `指標「${d.indicator}」に基準値がありません`,
        en: (d: D) => `indicator "${d.indicator}" has no baseline`,
        hint: { ja: () => 'baseline: { fy, value } を書いてください。基準値がないと明記されているなら { absent: "基準値なし", reason } と書きます。', en: () => 'Add baseline: { fy, value }, or state the absence as { absent, reason }.' },
      },
      blank: {
        ja: (d: D & { mark: string }) => `指標「${d.indicator}」の基準値が空欄（${d.mark}）です。進み具合を測る起点がありません`,
        en: (d: D & { mark: string }) => `indicator "${d.indicator}" has a blank baseline (${d.mark}); progress has no starting point`,
        hint: {
          ja: () => '基準値を書き入れるか、新規の指標で基準値がないなら { absent: "基準値なし", reason: "新規事業のため" } と明記してください。',
          en: () => 'Fill it in, or for a new indicator state { absent: "基準値なし", reason: "新規事業のため" }.',
        },
      },
      noYear: {
        ja: (d: D) => `指標「${d.indicator}」の基準値に年度がありません`,
        en: (d: D) => `indicator "${d.indicator}" has a baseline with no year`,
        hint: { ja: () => '何年度の値かを書いてください（例: reiwa(4)）。', en: () => 'Say which year it is, e.g. reiwa(4).' },
      },
      statedAbsence: {
        ja: (d: D & { absent: string }) => `指標「${d.indicator}」は基準値がないと明記されています（${d.absent}）`,
        en: (d: D & { absent: string }) => `indicator "${d.indicator}" states that it has no baseline (${d.absent})`,
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const name = quote(ind.name, 30);
        const b = ind.baseline;
        if (b === undefined) {
          // The excerpt ends inside the indicator: its baseline lies beyond the excerpt, the document may well print one.
          if (ind.beyondExcerpt?.includes('baseline')) return;
          // Yearly targets (年次目標, series) or 見込量 (planned) from the plan's first year: each year's actual is
          // judged against that year's figure, and the sheet has no baseline column to encode (町の施策シート).
          if ((ind.series ?? []).length > 0 || (ind.planned ?? []).length > 0) return;
          // A monitoring indicator (関連指標, 参考指標 …) tracks a trend and has no target or baseline by design.
          if (isMonitoringIndicator(ind)) return;
          ctx.report({ messageId: 'none', data: { indicator: name }, path: [...path, 'name'] });
          return;
        }
        if ('absent' in b) {
          ctx.report({ messageId: 'statedAbsence', data: { indicator: name, absent: quote(b.absent, 30) }, path: [...path, 'baseline'], severity: 'info' });
          return;
        }
        const blank = valueAs(b.value, 'missing');
        const absent = absentOf(b.value);
        // A baseline printed as a dash (「―」「－」「—」) is the document's convention for a measure with no
        // figure yet (新規): faithful, and nothing to fix while drafting. Publishing it unexplained leaves the
        // committee no starting point, so it is reported then (docs).
        if (blank && /^[―－—‐−-]$/.test(blank.missing.trim()) && ctx.settings.profile !== 'publish') {
          /* drafting: not reported */
        } else if (blank) ctx.report({ messageId: 'blank', data: { indicator: name, mark: blank.missing }, path: [...path, 'baseline', 'value'] });
        else if (absent) ctx.report({ messageId: 'statedAbsence', data: { indicator: name, absent: quote(absent.absent, 30) }, path: [...path, 'baseline', 'value'], severity: 'info' });
        if (isNotStated(b.fy)) ctx.report({ messageId: 'noYear', data: { indicator: name }, path: [...path, 'baseline', 'fy'] });
      },
    };
  },
});
