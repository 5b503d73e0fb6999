/**
 * Zod schemas of years: the canonical fiscal year, a placeholder (tbd), a
 * year not stated, and a year as printed. The helpers that write them
 * (fy, reiwa, tbd, …) and era arithmetic are in fiscal-year.ts.
 */
import { z } from 'zod';
import { byKey } from './union-by-key.js';
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR, type FiscalYear as FiscalYearNumber } from './fiscal-year.js';

export const FiscalYear = z
  .number()
  .int()
  .min(MIN_FISCAL_YEAR)
  .max(MAX_FISCAL_YEAR)
  .describe('Western number of the fiscal year (年度, April–March). Write it with fy(2024) or reiwa(6).') as unknown as z.ZodType<
  FiscalYearNumber,
  FiscalYearNumber
>;
export type FiscalYear = FiscalYearNumber;

/** A year the document writes as a placeholder, e.g. 令和〇年度. */
export const TbdYear = z
  .strictObject({ tbd: z.string().min(1).describe('The placeholder exactly as printed, e.g. 令和〇年度') })
  .describe('A year left undecided in the document (placeholder). Lint reports it.');
export type TbdYear = z.infer<typeof TbdYear>;

/** A year the document does not print at all (e.g. a target with no year). */
export const NotStatedYear = z
  .strictObject({
    notStated: z.literal(true),
    note: z.string().optional().describe('Why it is missing or where the reading came from'),
  })
  .describe('A year the document does not state. Lint reports it.');
export type NotStatedYear = z.infer<typeof NotStatedYear>;

/**
 * A year kept as printed because the printed form is itself a fact (issue 7
 * §6): 平成32年度 or H32 in a plan written before the era changed. `fy` is the
 * fiscal year it denotes (平成32年度 = FY2020), so reports can still place it,
 * and lint can flag the era that had already ended. Written
 * `printedYear('平成32年度')`; the helper computes `fy`.
 */
export const PrintedYear = z
  .strictObject({
    printed: z.string().min(1).describe('The year exactly as printed, e.g. 平成32年度, H32, 26年度'),
    fy: FiscalYear.describe('The fiscal year it denotes'),
    era: z
      .enum(['明治', '大正', '昭和', '平成', '令和'])
      .optional()
      .describe("The era the encoder took from the document's context, when the printing has none (「26年度」 in a 平成 document): printedYear('26年度', '平成')"),
  })
  .describe('A year as printed, with the fiscal year it denotes: printedYear("平成32年度"), or printedYear("26年度", "平成") when the era is only in the context');
export type PrintedYear = z.infer<typeof PrintedYear>;

/**
 * A year the encoder read rather than the document printed (issue 17): a
 * column headed 「現状値」 with the survey year only in a footnote, a target
 * year taken from the plan period. Written `{ read: reiwa(6), note: '計画期間の最終年度から' }`.
 * Judged like a printed year, shown as the encoder's reading.
 */
export const ReadYear = z
  .strictObject({
    read: FiscalYear.describe('The fiscal year the encoder read'),
    note: z.string().min(1).optional().describe('What the reading rests on'),
  })
  .describe("A year the encoder read, not printed by the document: { read: reiwa(6), note }");
export type ReadYear = z.infer<typeof ReadYear>;

export const YearRef = byKey(z.union([FiscalYear, TbdYear, NotStatedYear, PrintedYear, ReadYear]));
export type YearRef = z.infer<typeof YearRef>;

