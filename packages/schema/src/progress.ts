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
