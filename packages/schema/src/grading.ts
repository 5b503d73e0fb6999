/**
 * The city's own evaluation (issue 7 §5). Cities grade their progress on
 * their own scales: A–E after 健康日本21, a/b/c with a ±3 point band for
 * survey indicators, Ⅰ–Ⅳ where Ⅳ is 法制度等の改定により比較不能, ○/×, 1–5
 * 達成度. A plan declares each scale with what every level means; a progress
 * file records the grade the city itself gave, with its reason. The report
 * shows it beside the grade keikaku computes.
 */
import { z } from 'zod';
import { Id } from './common.js';

/** What a level means, so grades on different scales can be compared and rolled up. */
export const GRADE_MEANINGS = ['achieved', 'on-track', 'improved', 'at-risk', 'unchanged', 'worse', 'not-comparable', 'not-evaluable'] as const;
export const GradeMeaning = z
  .enum(GRADE_MEANINGS)
  .describe('achieved 目標達成 / on-track 順調 / improved 改善 / at-risk 改善だが達成が危ぶまれる / unchanged 変わらない / worse 悪化 / not-comparable 比較不能 / not-evaluable 評価困難');
export type GradeMeaning = z.infer<typeof GradeMeaning>;

export const GradeLevel = z.strictObject({
  mark: z.string().min(1).describe('The mark as printed: A, b, Ⅳ, ○, 5'),
  label: z.string().min(1).describe('Its wording as printed: 目標達成, 法制度等の改定により比較不能'),
  meaning: GradeMeaning,
  criterion: z.string().min(1).optional().describe('The rule as printed, e.g. 達成率80%以上'),
});

export const GradingScale = z
  .strictObject({
    id: Id,
    name: z.string().min(1).optional().describe('As printed, e.g. 評価区分, 達成度'),
    appliesTo: z
      .array(z.enum(['indicator', 'goal', 'policy', 'approach', 'initiative', 'plan']))
      .min(1)
      .optional()
      .describe('What the scale grades (default: indicators)'),
    levels: z.array(GradeLevel).min(2),
    band: z
      .strictObject({
        points: z.number().positive().describe('±N points count as unchanged: 3 for ±3ポイント'),
        unit: z.string().min(1).optional().describe('ポイント, %'),
        appliesTo: z.string().min(1).optional().describe('Which indicators, as printed, e.g. 市民意識調査による指標'),
      })
      .optional()
      .describe('A tolerance band counted as unchanged'),
    source: z.string().optional().describe('Where the scale comes from, e.g. 健康日本21（第二次）最終評価'),
    note: z.string().optional(),
  })
  .describe("A grading scale the plan declares, with what each level means");
export type GradingScale = z.infer<typeof GradingScale>;

/** A grade the city itself gave in a progress report. */
export const CityGrade = z.strictObject({
  target: Id.describe('Id of the indicator, goal, policy, approach or initiative graded'),
  scale: Id.describe('Id of the plan scale the grade is on'),
  grade: z.string().min(1).describe('The mark as printed, one of the scale levels'),
  reason: z.string().optional().describe('The reason as printed'),
});
export type CityGrade = z.infer<typeof CityGrade>;
