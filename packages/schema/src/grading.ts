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
import { NotStatedYear } from './year-schema.js';

/** What a level means, so grades on different scales can be compared and rolled up. */
export const GRADE_MEANINGS = ['achieved', 'on-track', 'improved', 'at-risk', 'unchanged', 'worse', 'not-comparable', 'not-evaluable'] as const;
export const GradeMeaning = z
  .enum(GRADE_MEANINGS)
  .describe('achieved 目標達成 / on-track 順調 / improved 改善 / at-risk 改善だが達成が危ぶまれる / unchanged 変わらない / worse 悪化 / not-comparable 比較不能 / not-evaluable 評価困難');
export type GradeMeaning = z.infer<typeof GradeMeaning>;

export const GradeLevel = z.strictObject({
  mark: z.string().min(1).describe('The mark as printed: A, b, Ⅳ, ○, 5'),
  label: z
    .union([z.string().min(1), NotStatedYear])
    .describe('Its wording as printed: 目標達成, 法制度等の改定により比較不能; notStated() when the document prints only the mark'),
  meaning: z
    .union([GradeMeaning, z.array(GradeMeaning).min(2)])
    .optional()
    .describe('What the level means; several when the document gives it two (b = 改善 or 現状維持: ["improved", "unchanged"]). Required on an achievement scale; an assessment scale has none'),
  criterion: z.string().min(1).optional().describe('The rule as printed, e.g. 達成率80%以上'),
});
export type GradeLevel = z.infer<typeof GradeLevel>;

/** The meanings of a level, as a list (empty on an assessment scale). */
export function levelMeanings(l: Pick<GradeLevel, 'meaning'>): GradeMeaning[] {
  return l.meaning === undefined ? [] : Array.isArray(l.meaning) ? l.meaning : [l.meaning];
}

export const GradingScale = z
  .strictObject({
    id: Id,
    name: z.string().min(1).optional().describe('As printed, e.g. 評価区分, 達成度'),
    kind: z
      .enum(['achievement', 'assessment'])
      .optional()
      .describe('achievement (default): how far a target was reached, each level with a meaning; assessment: a judgement not about achievement (事業の妥当性 優る〜劣る, 必要性), levels without a meaning, never used to grade indicators'),
    about: z.string().min(1).optional().describe('What an assessment scale judges, as printed: 事業の妥当性, 必要性, 有効性'),
    appliesTo: z
      .array(z.enum(['indicator', 'goal', 'policy', 'approach', 'initiative', 'plan']))
      .min(1)
      .optional()
      .describe('What the scale grades (default: indicators)'),
    levels: z.array(GradeLevel).min(2),
    band: z
      .strictObject({
        points: z.number().positive().describe('±N points count as unchanged: 3 for ±3ポイント'),
        bound: z
          .enum(['以内', '未満'])
          .optional()
          .describe('以内 (default): a change of exactly N is unchanged; 未満: strictly less than N (±3ポイント未満)'),
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
