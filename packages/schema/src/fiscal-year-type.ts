/**
 * The FiscalYear brand, alone, so that the generated plan types (which name
 * it) and fiscal-year.ts (which names the generated year types) do not import
 * each other. It imports nothing.
 */
declare const FISCAL_YEAR: unique symbol;
/**
 * Western number of the fiscal year (年度, April–March), branded so that a
 * bare number does not compile where a year belongs: write fy(2024) or reiwa(6).
 */
export type FiscalYear = number & { readonly [FISCAL_YEAR]: 'FiscalYear' };
