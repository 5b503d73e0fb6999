/**
 * Annual progress (進捗状況): actual values per indicator with the date they
 * were taken (12月末時点 = provisional), the narrative 進捗・取組状況 items,
 * the status of each 取組, and the year's review as annual reports print it
 * (issue 15 §1): an evaluation sheet per goal, policy, approach or 取組
 * (取組実績, 課題, 今後の方向性, the 担当課's own evaluation, 事業費), the
 * committee's opinions with the city's response, the 総括, and who issued the
 * report when.
 *
 * Everything of the review is optional, and each part has a stated-absence
 * form (`{ absent: '記載なし' }`) for a sheet that prints the heading with
 * nothing under it. Encode only what the document prints.
 */
import { z } from 'zod';
import { FiscalYear } from './year-schema.js';
import { Id } from './common.js';
import { Qualifier, StatedAbsence, Value } from './value.js';
import { Unit } from './units.js';
import { openWord } from './vocabulary.js';
import { CityGrade } from './grading.js';
import { isCalendarDate } from './calendar-date.js';

/** The Gregorian YYYY-MM-DD pattern the JSON Schema publishes (as Zod's z.iso.date wrote it). */
const ISO_DATE_PATTERN =
  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$';

/**
 * A calendar date, judged by the one parser (calendar-date.ts) so that asOf, `report --date` and
 * `lint --today` accept and refuse the same dates with the same message. The JSON Schema keeps the
 * published `format: date` and its Gregorian pattern for editors.
 */
export const IsoDate = z
  .string()
  .check(z.refine((s: string) => isCalendarDate(s), { message: 'keikaku:date-format' }))
  .meta({ format: 'date', pattern: ISO_DATE_PATTERN })
  .describe('A calendar date, YYYY-MM-DD');

export const Actual = z.strictObject({
  indicator: Id.describe('Id of the indicator in the plan'),
  value: Value,
  asOf: IsoDate.optional().describe('Date the figure was taken; the fiscal year end when omitted'),
  provisional: z.boolean().optional().describe('true for a figure taken before the year ended (12月末時点)'),
  printed: z.string().optional().describe('The figure exactly as printed, e.g. 1,817件（12月末時点）'),
  qualifier: Qualifier.optional().describe('推計, 見込み, 暫定 … when the report marks the figure so'),
  note: z.string().optional(),
});
export type Actual = z.infer<typeof Actual>;

export const Narrative = z.strictObject({
  node: Id.describe('Id of the goal, policy, approach or indicator the items report on'),
  heading: z.string().optional().describe('Heading as printed, e.g. 進捗・取組状況'),
  items: z.array(z.string().min(1)).min(1),
});

export const INITIATIVE_STATUSES = ['未着手', '実施中', '実施済', '継続', '見直し', '休止', '廃止'] as const;

export const InitiativeStatus = z.strictObject({
  initiative: Id,
  status: z.enum(INITIATIVE_STATUSES),
  note: z.string().optional(),
});

/** Built-in words of 今後の方向性; a plan declares more in vocabulary.outlooks. */
export const OUTLOOKS = ['拡充', '継続', '改善', '縮小', '統合', '廃止', '完了'] as const;
export const OutlookWord = openWord('outlook', OUTLOOKS, '今後の方向性 as printed (拡充・継続・改善・縮小・統合・廃止・完了)');

/** Who made an evaluation, as the sheet prints it. */
export const EVALUATOR_ROLES = ['一次評価', '二次評価', '担当課', '所管局'] as const;

/** The status of the city's response to a committee opinion. */
export const RESPONSE_STATUSES = ['対応済', '対応中', '今後対応', '検討中', '対応困難'] as const;

/** A figure of 取組実績: what was counted, the number and its unit. */
export const Figure = z
  .strictObject({
    label: z.string().min(1).describe('What was counted, as printed: 出前講座の開催回数'),
    value: z.number(),
    unit: Unit,
    printed: z.string().min(1).optional().describe('The figure exactly as printed, e.g. 9回（586人参加）'),
  })
  .describe('A figure of the year’s work with its unit');

/** 取組実績: what was done that year, in words and figures. */
export const Achievements = z
  .strictObject({
    text: z.array(z.string().min(1)).min(1).optional().describe('The sentences as printed'),
    figures: z.array(Figure).min(1).optional(),
  })
  .describe('取組実績: the sentences and figures as printed');

/** The 担当課's (or a reviewer's) evaluation on one of the plan's scales. */
export const SelfEvaluation = z
  .strictObject({
    scale: Id.describe('Id of the plan scale the evaluation is on'),
    grade: z.string().min(1).describe('The mark as printed, one of the scale levels'),
    reason: z.union([z.string().min(1), StatedAbsence]).optional().describe('評価の理由 as printed'),
    by: z.enum(EVALUATOR_ROLES).describe('一次評価 / 二次評価 / 担当課 / 所管局'),
  })
  .describe('An evaluation on one of the plan’s scales, with its reason and who made it');

export const Outlook = z
  .strictObject({
    course: OutlookWord,
    text: z.string().min(1).optional().describe('What the sheet says the work will do next'),
  })
  .describe('今後の方向性: the word and the sentence as printed');

/** An amount of money as printed, in 円 or 千円 (never converted). */
export const Amount = z.strictObject({
  amount: z.number().nonnegative(),
  unit: z.enum(['円', '千円']),
});

/** 事業費: the year's budget and settlement. */
export const Cost = z
  .strictObject({
    budget: z.union([Amount, StatedAbsence]).optional().describe('予算額'),
    settlement: z.union([Amount, StatedAbsence]).optional().describe('決算額'),
    note: z.string().min(1).optional(),
  })
  .describe('事業費: 予算額 and 決算額 as printed');

/** One evaluation sheet (評価シート, 事務事業評価表, 進行管理表) of a node. */
export const EvaluationSheet = z
  .strictObject({
    node: Id.describe('Id of the goal, policy, approach or initiative the sheet evaluates'),
    heading: z.string().min(1).optional().describe('Name of the sheet as printed, e.g. 事務事業評価表'),
    department: z.union([z.string().min(1), StatedAbsence]).optional().describe('担当課 as printed'),
    achievements: z.union([Achievements, StatedAbsence]).optional().describe('取組実績'),
    issues: z.union([z.array(z.string().min(1)).min(1), StatedAbsence]).optional().describe('課題'),
    outlook: z.union([Outlook, StatedAbsence]).optional().describe('今後の方向性'),
    evaluations: z.array(SelfEvaluation).min(1).optional().describe('The 担当課’s and reviewers’ evaluations, in printed order'),
    cost: z.union([Cost, StatedAbsence]).optional().describe('事業費'),
  })
  .describe('The year’s evaluation sheet of a goal, policy, approach or initiative');

/** 市の対応: the city's response to an opinion. */
export const CityResponse = z.strictObject({
  text: z.string().min(1).describe('The response as printed'),
  status: z.enum(RESPONSE_STATUSES).optional().describe('対応済 / 対応中 / 今後対応 / 検討中 / 対応困難, when printed'),
  department: z.string().min(1).optional().describe('担当課 of the response'),
});

/** 委員会意見: an opinion of the 推進委員会 on the plan or one node, with the city's response. */
export const CommitteeOpinion = z
  .strictObject({
    node: Id.optional().describe('Id of the goal, policy, approach or initiative; omitted for the plan as a whole'),
    meeting: z.string().min(1).optional().describe('Where it was given, as printed: 令和6年度第2回推進委員会'),
    opinion: z.string().min(1).describe('The opinion as printed'),
    response: z.union([CityResponse, StatedAbsence]).optional().describe('市の対応'),
  })
  .describe('A committee opinion with the city’s response');

/** 総括: the year's summary. */
export const Summary = z
  .strictObject({
    heading: z.string().min(1).optional().describe('As printed, e.g. 総括'),
    paragraphs: z.array(z.string().min(1)).min(1),
  })
  .describe('総括: the year’s summary as printed');

/** Who issued the report and when. */
export const Issued = z
  .strictObject({
    date: z.union([IsoDate, StatedAbsence]).optional().describe('Issuing date, YYYY-MM-DD'),
    department: z.union([z.string().min(1), StatedAbsence]).optional().describe('Issuing department as printed, e.g. 保健福祉局総務部総務課'),
  })
  .describe('発行: the issuing date and department');

export const ProgressObject = z.strictObject({
  plan: Id.describe('Id of the plan this progress reports on'),
  fy: FiscalYear,
  title: z.string().optional().describe('Title of the progress report as printed'),
  asOf: IsoDate.optional().describe('Date of the report as a whole'),
  actuals: z.array(Actual),
  narratives: z.array(Narrative).optional(),
  initiatives: z.array(InitiativeStatus).optional(),
  grades: z.array(CityGrade).optional().describe("The city's own grades, on the plan's declared scales"),
  sheets: z.array(EvaluationSheet).optional().describe('Evaluation sheets of goals, policies, approaches and initiatives'),
  opinions: z.array(CommitteeOpinion).optional().describe('委員会意見 with 市の対応'),
  summary: z.union([Summary, StatedAbsence]).optional().describe('総括'),
  issued: Issued.optional(),
  source: z.strictObject({ file: z.string().min(1), title: z.string().min(1) }).optional(),
});

/**
 * A progress module's structure. Whether its dates and flags agree (a figure
 * taken mid-year is provisional, the date lies inside the year) is judged by
 * @keikaku/core's checks, not refused here.
 */
export const Progress = ProgressObject;
export type Progress = z.infer<typeof Progress>;
export type ProgressInput = z.input<typeof Progress>;
