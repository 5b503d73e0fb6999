/**
 * The report JSON's schema (format keikaku-progress-report, version 1), in
 * Zod: `keikaku schema` writes it to schemas/report.schema.json, as it writes
 * the plan and progress schemas. reportJson() builds its document typed
 * against this schema (so the compiler catches a field the evaluation adds
 * and the schema lacks), and a test validates real reports against the
 * generated JSON Schema with ajv.
 */
import { z } from 'zod';
import { CommitteeOpinion, EvaluationSheet, GRADE_MEANINGS, Issued, jsonSchemaOf, StatedAbsence, Summary, type ValueKind } from '@keikaku/schema';

const VALUE_KINDS = ['quantity', 'composite', 'state', 'direction', 'frequency', 'milestone', 'missing', 'absent', 'relative', 'recurring'] as const satisfies readonly ValueKind[];

const Bilingual = z.strictObject({ ja: z.string(), en: z.string() }).describe('A sentence in Japanese with its English gloss');
const Meaning = z.enum(GRADE_MEANINGS).describe('What a grade means: achieved 目標達成 … not-evaluable 評価困難');
const Kind = z.enum(VALUE_KINDS).describe("The value's shape (the schema's valueKind)");
const Counts = z.record(z.string(), z.number().int().nonnegative()).describe('Number of indicator parts per grade');

const SeriesPoint = z.strictObject({
  fy: z.number().int().describe('Fiscal year'),
  source: z.enum(['baseline', 'reference', 'actual']).describe('baseline 基準値, reference 参考値, actual 実績値'),
  number: z.number().optional().describe('The number, for a quantity (a frequency as occurrences per year)'),
  text: z.string().describe('The value as a reviewer reads it: 97.75%, 実施, ―'),
  kind: Kind,
  provisional: z.boolean().describe('Taken before the year ended (12月末時点)'),
  asOf: z.string().optional().describe('Date the figure was taken, YYYY-MM-DD'),
  printed: z.string().optional().describe('The figure exactly as printed'),
  note: z.string().optional(),
  cityGrade: z.string().optional(),
  qualifier: z.string().optional().describe('推計, 見込み, 暫定 …'),
  graded: z.number().optional().describe('The figure graded when it is not `number`: a mid-year count annualised'),
  months: z.number().optional().describe('Months the printed figure covers, when `graded` is annualised'),
});

const TargetView = z.strictObject({
  fy: z.number().int().optional(),
  fyText: z.string(),
  number: z.number().optional(),
  text: z.string(),
  kind: z.string(),
  bound: z.string().optional().describe('以上 / 以下 / 超 / 未満'),
  condition: z.string().optional(),
});

const YearGrade = z.strictObject({
  fy: z.number().int(),
  grade: z.string().describe("The grade's mark on the scale in use"),
  meaning: Meaning.optional(),
  mark: z.string().optional().describe('※ for a provisional, estimated or annualised figure'),
  reason: Bilingual,
  achievementRate: z.number().optional().describe('(actual − baseline) / (target − baseline)'),
  expectedPace: z.number().optional().describe('Share of the baseline→target years elapsed'),
  gradedValue: z.number().optional(),
  degree: z.enum(['above', 'as-planned']).optional(),
  undecided: z.strictObject({ meaning: Meaning, candidates: z.array(z.string()) }).optional().describe("The plan's scale has several levels of this meaning and does not say which applies"),
  gradeSource: z.enum(['computed', 'city']).describe("computed: from the data; city: the city's own grade, shown because none can be computed"),
  provisional: z.boolean(),
  actual: SeriesPoint.optional(),
  cityGrade: z.string().optional(),
  cityReason: z.string().optional(),
  cityDiffers: z.boolean().optional(),
  interim: z.strictObject({ source: z.enum(['series', 'planned']), text: z.string(), number: z.number().optional() }).optional(),
  target: TargetView,
});

const GrowthStatus = z.strictObject({
  status: z.enum(['target_achieved', 'substantial_progress', 'moderate_progress', 'limited_progress', 'deterioration']),
  cagr: z.number(),
  requiredCagr: z.number().optional(),
  ratio: z.number(),
  label: Bilingual,
});

const PartEvaluation = z.strictObject({
  part: z.string().optional(),
  unit: z.string(),
  baseline: z.strictObject({ fy: z.number().int().optional(), fyText: z.string(), number: z.number().optional(), text: z.string(), kind: z.string() }),
  series: z.array(SeriesPoint),
  result: YearGrade.describe('The grade of the report year'),
  years: z.array(YearGrade),
  previous: YearGrade.optional().describe('The grade of the year before'),
  growth: GrowthStatus.optional(),
});

const Narrative = z.strictObject({ node: z.string(), heading: z.string(), items: z.array(z.string()) });

const IndicatorEvaluation = z.strictObject({
  id: z.string(),
  name: z.string(),
  category: z.string().optional(),
  unit: z.string(),
  direction: z.string(),
  measure: z.string().optional(),
  source: z.string().optional(),
  departments: z.array(z.string()),
  notes: z.array(z.string()),
  path: z.array(z.union([z.string(), z.number()])),
  target: TargetView,
  originalTarget: TargetView.extend({ label: z.string(), revisedFy: z.number().int().optional(), name: z.string().optional() }).optional(),
  parts: z.array(PartEvaluation),
  narratives: z.array(Narrative),
});

const Initiative = z.strictObject({
  id: z.string(),
  no: z.string().optional(),
  title: z.string(),
  content: z.string().optional(),
  owner: z.string().optional(),
  departments: z.array(z.string()),
  markers: z.array(z.string()),
  status: z.string().optional(),
  statusNote: z.string().optional(),
});

const NodeCityGrade = z.strictObject({
  scale: z.string(),
  grade: z.string(),
  label: z.string().optional(),
  meaning: Meaning.optional(),
  reason: z.string().optional(),
  rollup: z.strictObject({ graded: z.number().int(), score: z.number().optional(), meaning: Meaning.optional() }),
  differs: z.boolean().optional(),
  comparison: Bilingual,
});

const NodeEvaluation = z.strictObject({
  level: z.enum(['plan', 'goal', 'policy', 'approach']).describe("'plan' is the plan's own indicators (plan.indicators), shown before the goals"),
  id: z.string(),
  no: z.string(),
  title: z.string(),
  description: z.array(z.string()),
  departments: z.array(z.string()),
  indicators: z.array(IndicatorEvaluation),
  initiatives: z.array(Initiative),
  narratives: z.array(Narrative),
  get children(): z.ZodArray<typeof NodeEvaluation> {
    return z.array(NodeEvaluation);
  },
  counts: Counts,
  score: z.number().optional(),
  cityGrade: NodeCityGrade.optional(),
  noIndicators: z.string().optional(),
  unnamedIndicators: z.array(z.string()).optional().describe('Indicator frames the document prints with no name (empty rows of an evaluation sheet), as text'),
});

export const ReportDocument = z
  .strictObject({
    $schema: z.string().optional().describe('Where this schema is (a relative path to schemas/report.schema.json)'),
    format: z.literal('keikaku-progress-report'),
    version: z.literal(1),
    plan: z.strictObject({
      id: z.string(),
      title: z.string().nullable().describe('null when the document prints no title'),
      municipality: z.strictObject({ name: z.string().nullable(), code: z.string().nullable(), prefecture: z.string().nullable(), kind: z.string().optional() }).describe('null where the document does not print it'),
      source: z.strictObject({
        file: z.string(),
        title: z.string(),
        scope: z.string().optional(),
        beyondExcerpt: z.array(z.string()).min(1).optional().describe('Parts of the plan the encoded excerpt does not hold (goals, indicators, …): their absence here says nothing about the document'),
      }),
    }),
    fy: z.number().int().describe('The report year (fiscal year)'),
    hasProgress: z.boolean(),
    outsidePeriod: Bilingual.optional().describe('Set when the report year lies outside the plan period'),
    scale: z.strictObject({
      id: z.string(),
      name: Bilingual,
      grades: z.array(z.strictObject({ code: z.string(), label: Bilingual, meaning: Meaning.optional(), score: z.number().optional() })),
      explain: z.array(Bilingual),
    }),
    counts: Counts,
    score: z.number().nullable().describe('Average score of the graded parts (A=5, B/B*=4, C=3, D=2)'),
    graded: z.strictObject({ parts: z.number().int(), graded: z.number().int(), provisional: z.number().int() }),
    goals: z.array(NodeEvaluation),
    orphanNarratives: z.array(Narrative),
    review: z
      .strictObject({
        sheets: z.array(EvaluationSheet).describe('評価シート of goals, policies, approaches and initiatives, as the progress file records them'),
        opinions: z.array(CommitteeOpinion).describe('委員会意見 with 市の対応'),
        summary: z.union([Summary, StatedAbsence]).optional().describe('総括'),
        issued: Issued.optional().describe('Issuing date and department'),
      })
      .optional()
      .describe("The year's review, from the report year's progress file (the same shapes as schemas/progress.schema.json)"),
  })
  .describe('keikaku annual progress report (年次進捗報告書) as data');
export type ReportDocument = z.input<typeof ReportDocument>;

export function reportJsonSchema(): Record<string, unknown> {
  return {
    title: 'keikaku progress report (年次進捗報告書)',
    ...jsonSchemaOf(ReportDocument),
  };
}
