import { defineMessages, quote } from '@keikaku/core';
import { createRule, docsPath } from '../rule.js';
import { absentOf, indicatorsOf, isNotStated, kindOf, obsOf } from '../util.js';

type D = { indicator: string };
export default createRule({
  meta: {
    id: 'baseline-missing',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '基準値（現状値）のない指標', en: 'an indicator with no baseline' },
    docs: docsPath('baseline-missing'),
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
    for (const { indicator: ind, path } of indicatorsOf(ctx.plan)) {
      const name = quote(ind.name, 30);
      const raw = (ind as { baseline?: unknown }).baseline;
      const absent = absentOf(raw);
      if (absent) {
        ctx.report({ messageId: 'statedAbsence', data: { indicator: name, absent: quote(absent.absent, 30) }, path: [...path, 'baseline'], severity: 'info' });
        continue;
      }
      const b = obsOf(raw);
      if (!b) {
        ctx.report({ messageId: 'none', data: { indicator: name }, path: [...path, 'name'] });
        continue;
      }
      const kind = kindOf(b.value);
      if (kind === 'missing') ctx.report({ messageId: 'blank', data: { indicator: name, mark: (b.value as { missing: string }).missing }, path: [...path, 'baseline', 'value'] });
      else if (kind === 'absent') ctx.report({ messageId: 'statedAbsence', data: { indicator: name, absent: quote((b.value as { absent: string }).absent, 30) }, path: [...path, 'baseline', 'value'], severity: 'info' });
      if (isNotStated(b.fy)) ctx.report({ messageId: 'noYear', data: { indicator: name }, path: [...path, 'baseline', 'fy'] });
    }
  },
});
