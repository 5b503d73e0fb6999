import { isNotStated, valueAs } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';
import { isMonitoringIndicator } from '../util.js';

type D = { indicator: string };
export default createRule({
  meta: {
    id: 'missing-target',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '目標値・目標年度のない指標（↗ だけの目標を含む）', en: 'an indicator with no target value or year (including a ↗-only target)' },
    docs: docsPath('lint', 'missing-target'),
    messages: defineMessages({
      noTarget: {
        ja: (d: D) => `指標「${d.indicator}」に目標がありません`,
        en: (d: D) => `indicator "${d.indicator}" has no target`,
        hint: { ja: () => 'target: { fy: reiwa(11), value: … } を書いてください。設定しないと決めたなら { absent: "数値目標は設定しない", reason } と書きます。', en: () => 'Add target: { fy, value }, or state the absence as { absent, reason }.' },
      },
      noTargetValue: {
        ja: (d: D & { printed: string }) => `指標「${d.indicator}」の目標値が空欄（${d.printed}）です`,
        en: (d: D & { printed: string }) => `indicator "${d.indicator}" has a blank target value (${d.printed})`,
        hint: { ja: () => '目標値を書き入れてください。', en: () => 'Fill in the target value.' },
      },
      directionOnly: {
        ja: (d: D & { direction: string }) => `指標「${d.indicator}」の目標が「${d.direction}」だけで数値がありません`,
        en: (d: D & { direction: string }) => `indicator "${d.indicator}" has only a direction (${d.direction}) as its target, no number`,
        hint: {
          ja: () => '達成を判定できるよう、目標年度の数値（例: 2,000件）を定めてください。',
          en: () => 'Set a number for the target year so that achievement can be judged.',
        },
      },
      noTargetYear: {
        ja: (d: D) => `指標「${d.indicator}」の目標に年度がありません`,
        en: (d: D) => `indicator "${d.indicator}" has a target with no year`,
        hint: { ja: () => 'いつまでの目標か（例: reiwa(11)）を書いてください。', en: () => 'Say by when, e.g. reiwa(11).' },
      },
      singleYearNoTarget: {
        ja: (d: D & { years: string }) => `単年度の指標「${d.indicator}」は実績（${d.years}）があるのに目標値がありません`,
        en: (d: D & { years: string }) => `single-year indicator "${d.indicator}" has actuals (${d.years}) but no target value`,
        hint: { ja: () => '単年度の実績は年ごとの目標と比べます。目標値を定めてください。', en: () => 'Single-year actuals are judged against a target; set one.' },
      },
      statedAbsence: {
        ja: (d: D & { absent: string; reason: string }) => `指標「${d.indicator}」は目標を設定しないと明記されています（${d.absent}${d.reason}）`,
        en: (d: D & { absent: string; reason: string }) => `indicator "${d.indicator}" states that it sets no target (${d.absent}${d.reason})`,
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const name = quote(ind.name, 30);
        const t = ind.target;
        if (t !== undefined && 'absent' in t) {
          ctx.report({ messageId: 'statedAbsence', data: { indicator: name, absent: quote(t.absent, 30), reason: t.reason ? `：${quote(t.reason, 30)}` : '' }, path: [...path, 'target'], severity: 'info' });
          return;
        }
        const actuals = ctx.actualsOf(ind.id);
        const singleYear = ind.measure === '単年度' && actuals.length > 0;
        const years = [...new Set(actuals.map((a) => a.progress.progress.fy))].join('・');
        if (t === undefined) {
          // The excerpt ends inside the indicator: its target lies beyond the excerpt, the document may well print one.
          if (ind.beyondExcerpt?.includes('target')) return;
          // 見込量 (planned amounts per year) are what this indicator's actuals are measured against: a target in all but name.
          if ((ind.planned ?? []).length > 0) return;
          // A monitoring indicator (関連指標, 参考指標 …) tracks a trend and has no target or baseline by design.
          if (isMonitoringIndicator(ind)) return;
          if (singleYear) ctx.report({ messageId: 'singleYearNoTarget', data: { indicator: name, years }, path: [...path, 'name'] });
          else ctx.report({ messageId: 'noTarget', data: { indicator: name }, path: [...path, 'name'] });
          return;
        }
        const blank = valueAs(t.value, 'missing');
        const absent = valueAs(t.value, 'absent');
        const direction = valueAs(t.value, 'direction');
        if (blank) {
          if (singleYear) ctx.report({ messageId: 'singleYearNoTarget', data: { indicator: name, years }, path: [...path, 'target', 'value'] });
          else ctx.report({ messageId: 'noTargetValue', data: { indicator: name, printed: blank.missing }, path: [...path, 'target', 'value'] });
        } else if (absent) {
          ctx.report({ messageId: 'statedAbsence', data: { indicator: name, absent: quote(absent.absent, 30), reason: absent.reason ? `：${quote(absent.reason, 30)}` : '' }, path: [...path, 'target', 'value'], severity: 'info' });
        } else if (direction) {
          ctx.report({ messageId: 'directionOnly', data: { indicator: name, direction: direction.direction }, path: [...path, 'target', 'value'] });
        }
        if (isNotStated(t.fy)) ctx.report({ messageId: 'noTargetYear', data: { indicator: name }, path: [...path, 'target', 'fy'] });
      },
    };
  },
});
