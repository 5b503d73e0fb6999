import { baselineOf, directionOf, quantityOf, targetOf, type Plan } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

/** Words by which a plan says it judges progress by a rate of change from the baseline (which divides by it). */
const GROWTH_WORDS = /伸び率|伸長率|増加率|減少率|増減率|基準値比|対基準値|基準値に対する(?:割合|比率|増加率)/;

/** The plan's own words on how it evaluates: its evaluation notes and its grading scales. */
function evaluationTexts(plan: Plan): string[] {
  const out: string[] = [];
  if (!('notStated' in plan.evaluation)) out.push(plan.evaluation.cycle ?? '', ...(plan.evaluation.notes ?? []));
  for (const s of plan.grading ?? []) {
    out.push(s.name ?? '', s.note ?? '');
    for (const l of s.levels) out.push(typeof l.label === 'string' ? l.label : '', l.criterion ?? '');
  }
  return out;
}

export default createRule({
  meta: {
    id: 'zero-baseline',
    defaultSeverity: 'info',
    group: 'notice',
    description: { ja: '基準値が 0 で、計画の定める伸び率や基準値の倍率では評価できない', en: 'a zero baseline where the plan judges by a rate from the baseline' },
    docs: docsPath('lint', 'zero-baseline'),
    messages: defineMessages({
      zero: {
        ja: (d: { indicator: string }) => `指標「${d.indicator}」の基準値が 0 のため、計画が評価に使う伸び率（基準値からの増加率）では進み具合を評価できません`,
        en: (d: { indicator: string }) => `indicator "${d.indicator}" has a zero baseline, so the growth rate the plan evaluates by cannot judge its progress`,
        hint: {
          ja: () => 'この指標は達成率（実績÷目標）や増加数で評価する旨を評価方法に書いてください。',
          en: () => 'Say in the evaluation method that this indicator is judged by achievement (actual ÷ target) or by the increase.',
        },
      },
      relativeToZero: {
        ja: (d: { indicator: string; printed: string }) => `指標「${d.indicator}」の目標（${d.printed}）は基準値の倍率・割合ですが、基準値が 0 のため目標が 0 になります`,
        en: (d: { indicator: string; printed: string }) => `indicator "${d.indicator}" has a target (${d.printed}) that is a multiple of its baseline, which is 0, so the target is 0`,
        hint: {
          ja: () => '目標を数値（件数・人数）で書くか、倍率の基準を基準値以外（対象者数など）にしてください。',
          en: () => 'State the target as a figure, or take the multiple of something other than the zero baseline.',
        },
      },
    }),
  },
  create(ctx) {
    let growthGraded = false;
    return {
      plan(plan) {
        growthGraded = evaluationTexts(plan).some((t) => GROWTH_WORDS.test(t));
      },
      indicator({ indicator: ind, path }) {
        const b = baselineOf(ind);
        if (!b || quantityOf(b.value) !== 0) return;
        const t = targetOf(ind);
        const name = quote(ind.name, 30);
        const v = t?.value;
        if (v !== undefined && typeof v === 'object' && 'relative' in v) {
          const r = v.relative;
          if ((r.rule === 'times' || r.rule === 'percentOf') && r.base.value === 0 && r.base.of === undefined) {
            ctx.report({ messageId: 'relativeToZero', data: { indicator: name, printed: v.printed ?? `×${r.by}` }, path: [...path, 'target', 'value'] });
          }
          return;
        }
        // keikaku's own achievement rate, (actual − baseline) ÷ (target − baseline), is defined at a zero baseline:
        // only a plan that says it judges by a growth rate cannot evaluate this indicator.
        if (!growthGraded) return;
        const tv = quantityOf(v);
        if (tv === undefined || tv === 0 || directionOf(ind.direction) === 'maintain') return;
        ctx.report({ messageId: 'zero', data: { indicator: name }, path: [...path, 'baseline', 'value'] });
      },
    };
  },
});
