import type { GradeLevel } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

/**
 * Words by which a level's wording itself says when it applies: a figure or a comparison (目標値に達した, 初期値より悪化,
 * 80%以上, 変わらない), an observable state of the work (実施 / 未実施, 完了), or that the indicator cannot be judged (評価困難). A label without any of them is a name of a
 * degree only (順調, 概ね順調, やや遅れている).
 */
const CRITERION_WORDS = /目標|基準|初期値|現状値|実績|以上|以下|未満|超え|[0-9０-９]|%|％|割|達成|上回|下回|改善|悪化|変化|変わら|維持|横ばい|比較|困難|不能|できない|実施|着手|完了|終了|廃止/;

const statesCriterion = (l: GradeLevel): boolean => l.criterion !== undefined || (typeof l.label === 'string' && CRITERION_WORDS.test(l.label));

export default createRule({
  meta: {
    id: 'grade-criterion-missing',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '評価の段階が名称だけで、判定の基準がない（「概ね順調」と「やや遅れている」の境が分からない）', en: 'a grading scale whose levels are names only, with no criterion' },
    docs: docsPath('lint', 'grade-criterion-missing'),
    messages: defineMessages({
      namesOnly: {
        ja: (d: { scale: string; levels: string }) => `評価の尺度「${d.scale}」の段階（${d.levels}）は名称だけで、どの段階に当たるかを決める基準が書かれていません`,
        en: (d: { scale: string; levels: string }) => `the levels of grading scale "${d.scale}" (${d.levels}) are names only: no criterion says which level applies`,
        hint: {
          ja: () => '各段階の基準（達成率の範囲、目標値・初期値との比較など）を criterion に書くか、基準の出典（source）を示してください。',
          en: () => "Give each level its criterion (a range of the achievement rate, a comparison with the target or the baseline), or cite the scale's source.",
        },
      },
    }),
  },
  create(ctx) {
    return {
      plan(plan) {
        // The excerpt prints the marks of its scales but not their criteria, which lie on pages it does not hold.
        if (plan.source.beyondExcerpt?.includes('grading')) return;
        for (const [i, scale] of (plan.grading ?? []).entries()) {
          // An assessment scale (事業の妥当性 優る〜劣る) is a judgement by its nature; a scale with a cited source takes its criteria from there.
          if (scale.kind === 'assessment' || scale.source) continue;
          if (scale.levels.some(statesCriterion)) continue;
          const levels = scale.levels.map((l) => (typeof l.label === 'string' ? `${l.mark} ${l.label}` : l.mark)).join('、');
          ctx.report({ messageId: 'namesOnly', data: { scale: quote(scale.name ?? scale.id, 30), levels: quote(levels, 40) }, path: ['grading', i, 'levels'] });
        }
      },
    };
  },
});
