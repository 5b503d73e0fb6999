/**
 * Annual progress (進捗状況): actual values per indicator with the date they
 * were taken (12月末時点 = provisional), the narrative 進捗・取組状況 items,
 * and the status of each 取組.
 */
import { z } from 'zod';
import { FiscalYear, fiscalYearRange } from './fiscal-year.js';
import { Id } from './common.js';
import { Value } from './value.js';

export const IsoDate = z.iso
  .date({ message: 'keikaku:date-format' })
  .describe('A calendar date, YYYY-MM-DD');

export const Actual = z.strictObject({
  indicator: Id.describe('Id of the indicator in the plan'),
  value: Value,
  asOf: IsoDate.optional().describe('Date the figure was taken; the fiscal year end when omitted'),
  provisional: z.boolean().optional().describe('true for a figure taken before the year ended (12月末時点)'),
  printed: z.string().optional().describe('The figure exactly as printed, e.g. 1,817件（12月末時点）'),
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
  source: z.strictObject({ file: z.string().min(1), title: z.string().min(1) }).optional(),
});

export const Progress = ProgressObject.superRefine((p, ctx) => {
  const { start, end } = fiscalYearRange(p.fy);
  p.actuals.forEach((a, i) => {
    if (a.asOf === undefined) return;
    if (a.asOf < start || a.asOf > end) {
      ctx.addIssue({ code: 'custom', path: ['actuals', i, 'asOf'], message: 'as-of-outside-year', params: { keikaku: 'as-of-outside-year', asOf: a.asOf, fy: p.fy } });
    } else if (a.asOf < end && a.provisional !== true) {
      ctx.addIssue({ code: 'custom', path: ['actuals', i, 'provisional'], message: 'provisional-required', params: { keikaku: 'provisional-required', asOf: a.asOf } });
    }
  });
});
export type Progress = z.infer<typeof Progress>;
export type ProgressInput = z.input<typeof Progress>;
