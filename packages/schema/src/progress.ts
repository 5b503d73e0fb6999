/**
 * Annual progress (進捗状況): actual values per indicator with the date they
 * were taken (12月末時点 = provisional), the narrative 進捗・取組状況 items,
 * and the status of each 取組.
 */
import { z } from 'zod';
import { FiscalYear } from './year-schema.js';
import { Id } from './common.js';
import { Qualifier, Value } from './value.js';
import { CityGrade } from './grading.js';

export const IsoDate = z.iso
  .date({ message: 'keikaku:date-format' })
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

export const ProgressObject = z.strictObject({
  plan: Id.describe('Id of the plan this progress reports on'),
  fy: FiscalYear,
  title: z.string().optional().describe('Title of the progress report as printed'),
  asOf: IsoDate.optional().describe('Date of the report as a whole'),
  actuals: z.array(Actual),
  narratives: z.array(Narrative).optional(),
  initiatives: z.array(InitiativeStatus).optional(),
  grades: z.array(CityGrade).optional().describe("The city's own grades, on the plan's declared scales"),
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
