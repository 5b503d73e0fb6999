/**
 * CSV for Excel and open-data portals, written by csv-stringify: UTF-8 with a
 * BOM and CRLF, every field holding a quote, comma, CR or LF quoted. Cells that
 * a spreadsheet would run as a formula (OWASP "CSV injection": a leading =, +,
 * -, @, tab or CR) are neutralised with a leading apostrophe. A negative number
 * written by keikaku itself stays a number.
 */
import { stringify } from 'csv-stringify/sync';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

export function neutraliseCell(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function toCsv<C extends string>(rows: readonly Record<C, string>[], columns: readonly C[]): string {
  const safe = rows.map((row) => {
    const out = {} as Record<C, string>;
    for (const c of columns) out[c] = neutraliseCell(row[c] ?? '');
    return out;
  });
  return stringify(safe, {
    header: true,
    columns: [...columns],
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n"]/,
  });
}
