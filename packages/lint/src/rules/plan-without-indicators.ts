import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

export default createRule({
  meta: {
    id: 'plan-without-indicators',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '指標が一つもない計画', en: 'a plan with no indicators' },
    docs: docsPath('lint', 'plan-without-indicators'),
    messages: defineMessages({
      none: {
        ja: () => '計画に指標が一つもありません。計画の進み具合を評価できません（社会福祉法第107条第3項の定期的な評価）',
        en: () => 'the plan has no indicators, so its progress cannot be evaluated (社会福祉法§107(3) regular evaluation)',
        hint: {
          ja: () => '成果指標を置くか、置かない理由を noIndicators: { absent: "数値目標は設定しない", reason } で明記してください。',
          en: () => 'Add outcome indicators, or state why there are none with noIndicators: { absent, reason }.',
        },
      },
      noGoals: {
        ja: (d: { scope: string }) => `計画の体系（目標・施策）が一つも記録されていないため、指標を評価できません${d.scope}`,
        en: (d: { scope: string }) => `no goals or policies are recorded, so there are no indicators to evaluate${d.scope}`,
        hint: {
          ja: () => '原典の体系と指標を goals に書き入れてください（原典がその章を含まない場合は、その章の原典を加えてください）。',
          en: () => 'Encode the goals and indicators from the source (add the chapter that holds them if the source is an excerpt).',
        },
      },
      noneInExcerpt: {
        ja: (d: { scope: string }) => `計画に指標が一つもありません。原典は計画の一部（${d.scope}）なので、指標は原典の範囲外にある可能性があります`,
        en: (d: { scope: string }) => `the plan has no indicators; the source is only part of the plan (${d.scope}), so they may lie outside it`,
        hint: {
          ja: () => '本編の指標を加えるか、本編にも指標がないなら noIndicators: { absent, reason } と明記してください。',
          en: () => "Add the main volume's indicators, or state noIndicators: { absent, reason } if it has none.",
        },
      },
      statedAbsence: {
        ja: (d: { absent: string }) => `計画は指標を置かないと明記しています（${d.absent}）`,
        en: (d: { absent: string }) => `the plan states that it sets no indicators (${d.absent})`,
      },
    }),
  },
  create(ctx) {
    let indicators = 0;
    return {
      indicator() {
        indicators++;
      },
      'plan:exit'() {
        const plan = ctx.plan;
        if (indicators > 0) return;
        // The encoding states that the excerpt holds neither the plan's system nor its indicators: nothing to say about the document.
        const outside = plan.source.beyondExcerpt ?? [];
        if (outside.includes('goals') && outside.includes('indicators')) return;
        if (plan.noIndicators) {
          ctx.report({ messageId: 'statedAbsence', data: { absent: quote(plan.noIndicators.absent, 30) }, path: ['noIndicators'], severity: 'info' });
        } else if (plan.goals.length === 0) {
          const scope = plan.source.scope ? `（原典の範囲: ${quote(plan.source.scope, 30)}）` : '';
          ctx.report({ messageId: 'noGoals', data: { scope }, path: ['goals'], severity: 'info' });
        } else if (plan.source.scope) {
          ctx.report({ messageId: 'noneInExcerpt', data: { scope: quote(plan.source.scope, 30) }, path: ['goals'], severity: 'info' });
        } else {
          ctx.report({ messageId: 'none', data: {}, path: ['goals'] });
        }
      },
    };
  },
});
