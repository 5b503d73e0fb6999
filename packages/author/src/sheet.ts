/**
 * Reads a sheet of actuals from .xlsx (exceljs) or .csv (csv-parse) into rows
 * of raw cells with their row number and column letter, so that every
 * problem can name its place. CSV is UTF-8 (with or without BOM) or CP932
 * from a Japanese PC, told apart by whether the bytes are valid UTF-8.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { UsageError } from '@keikaku/core';

/** A cell as read: Excel's own types, or the text of a CSV field. */
export type RawCell = string | number | boolean | Date | null;

export interface Cell {
  value: RawCell;
  /** Excel's number format, e.g. '0.0%' (a percentage is stored as a fraction). */
  numFmt?: string;
}

export interface SheetRow {
  /** 1-based row number as the spreadsheet shows it (CSV: the line the record starts on). */
  row: number;
  cells: Cell[];
}

export interface Sheet {
  file: string;
  format: 'xlsx' | 'csv';
  /** 'utf-8', 'utf-8 (BOM)' or 'cp932' for CSV; the sheet's name for xlsx. */
  detail: string;
  rows: SheetRow[];
}

/** A → 0, Z → 25, AA → 26 … and back. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped); otherwise CP932 (WHATWG shift_jis is Windows-31J: ① and ㈱ decode). */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-8 (BOM)' | 'cp932' } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: bom ? 'utf-8 (BOM)' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'cp932' };
  }
}

function excelValue(v: ExcelJS.CellValue): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return excelValue((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('text' in v) return String((v as { text: unknown }).text);
    if ('error' in v) return String((v as { error: unknown }).error);
  }
  return String(v);
}

async function readXlsx(file: string, sheetName: string | undefined): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    throw new UsageError(`${file} を Excel ファイルとして読めません（${(err as Error).message.slice(0, 80)}）`, `${file} cannot be read as an .xlsx workbook`);
  }
  const names = wb.worksheets.map((w) => w.name);
  const ws = sheetName === undefined ? wb.worksheets[0] : wb.getWorksheet(sheetName);
  if (!ws) {
    throw new UsageError(
      sheetName === undefined ? `${file} にシートがありません` : `${file} にシート「${sheetName}」がありません。あるシート: ${names.join('、')}`,
      sheetName === undefined ? `${file} has no worksheet` : `${file} has no sheet "${sheetName}"; sheets: ${names.join(', ')}`,
    );
  }
  const rows: SheetRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = { value: excelValue(cell.value), ...(cell.numFmt ? { numFmt: cell.numFmt } : {}) };
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= { value: null };
    rows.push({ row: rowNumber, cells });
  });
  return { file, format: 'xlsx', detail: ws.name, rows };
}

function readCsv(file: string, bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeCsv(bytes);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new UsageError(
      `${file}${line ? ` ${line}行目` : ''}: CSV として読めません（${(err as Error).message.slice(0, 100)}）`,
      `${file}${line ? `:${line}` : ''}: not valid CSV`,
    );
  }
  const rows = records.map(({ record, info }) => {
    // info.lines is the line the record ends on; a record with quoted newlines starts earlier.
    const newlines = record.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    return { row: info.lines - newlines, cells: record.map((f) => ({ value: f === '' ? null : f })) };
  });
  return { file, format: 'csv', detail: encoding, rows };
}

export async function readSheet(file: string, opts: { sheet?: string } = {}): Promise<Sheet> {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx') return readXlsx(file, opts.sheet);
  if (ext !== '.csv') {
    throw new UsageError(
      `${file}: 読めるのは .xlsx と .csv です${ext === '.xls' ? '（.xls は Excel で .xlsx として保存し直してください）' : ''}`,
      `${file}: only .xlsx and .csv can be imported${ext === '.xls' ? ' (save the .xls as .xlsx in Excel)' : ''}`,
    );
  }
  if (opts.sheet !== undefined) throw new UsageError('--sheet は .xlsx のときだけ使えます', '--sheet applies to .xlsx files only');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`${file} が見つかりません`, `${file}: no such file`);
  }
  return readCsv(file, bytes);
}
