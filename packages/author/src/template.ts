/**
 * `keikaku export --template`: the sheet staff fill in for a year — one row
 * per indicator (one per part for a composite), with its id, name, part,
 * unit and last year's value, under the Japanese headers `keikaku import`
 * reads. xlsx through exceljs; CSV in UTF-8 with a BOM and CRLF so that Excel
 * opens it as Japanese text.
 */
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell, type PlanDoc } from '@keikaku/core';
import { formatFiscalYear, type Plan, type Progress } from '@keikaku/schema';
import { HEADERS, type ColumnKey } from './import.js';
import { indicatorInfos } from './plan-indicators.js';

export const TEMPLATE_COLUMNS: readonly ColumnKey[] = ['indicator', 'name', 'part', 'unit', 'previous', 'value', 'asOf', 'provisional', 'note'];

export type TemplateRow = Record<ColumnKey, string | number>;

function valueCell(v: unknown): string | number {
  if (typeof v === 'number') return v;
  if (typeof v === 'object' && v !== null && 'state' in v) return String((v as { state: unknown }).state);
  return '';
}

/** The rows of the sheet for `fy`: last year's values from progress/<fy − 1>.ts when there is one. */
export function templateRows(plan: Plan, previous: Progress | undefined): TemplateRow[] {
  const prevById = new Map((previous?.actuals ?? []).map((a) => [a.indicator, a]));
  const rows: TemplateRow[] = [];
  for (const info of indicatorInfos(plan)) {
    const prev = prevById.get(info.id)?.value;
    const base = { indicator: info.id, name: info.name, value: '', asOf: '', provisional: '', note: '' };
    if (!info.parts.length) {
      rows.push({ ...base, part: '', unit: info.unit ?? '', previous: valueCell(prev) });
      continue;
    }
    for (const part of info.parts) {
      const pv = typeof prev === 'object' && prev !== null && 'parts' in prev ? prev.parts.find((p) => (typeof p.part === 'string' ? p.part : p.unit) === part.name)?.value : undefined;
      rows.push({ ...base, part: part.name, unit: part.unit ?? '', previous: valueCell(pv) });
    }
  }
  return rows;
}

export function progressTemplate(doc: PlanDoc, fy: number, format: 'xlsx' | 'csv'): Promise<Uint8Array> {
  if (!doc.plan) throw new Error('progressTemplate needs a validated plan');
  const previous = doc.progress.find((p) => p.fy === fy - 1)?.progress as Progress | undefined;
  const rows = templateRows(doc.plan, previous);
  const headers = TEMPLATE_COLUMNS.map((c) => (c === 'previous' ? `${HEADERS.previous.ja}（${fy - 1}年度）` : HEADERS[c].ja));
  if (format === 'csv') {
    const csv = stringify(
      rows.map((r) => TEMPLATE_COLUMNS.map((c) => (typeof r[c] === 'number' ? String(r[c]) : neutraliseCell(String(r[c]))))),
      { header: true, columns: headers, bom: true, record_delimiter: 'windows' },
    );
    return Promise.resolve(new TextEncoder().encode(csv));
  }
  return xlsx(doc.plan, fy, headers, rows);
}

async function xlsx(plan: Plan, fy: number, headers: string[], rows: TemplateRow[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // Fixed times, so the same plan gives the same workbook.
  wb.created = new Date(Date.UTC(2000, 0, 1));
  wb.modified = wb.created;
  wb.creator = 'keikaku';
  const ws = wb.addWorksheet(`${fy}年度実績`, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((h, i) => ({ header: h, key: TEMPLATE_COLUMNS[i], width: [24, 40, 14, 8, 16, 12, 14, 8, 30][i] }));
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow(TEMPLATE_COLUMNS.map((c) => (r[c] === '' ? null : r[c])));
  // Cells staff fill in are shaded; the plan's own columns are left as they are.
  for (let i = 2; i <= rows.length + 1; i++) {
    for (const key of ['value', 'asOf', 'provisional', 'note'] as const) {
      const cell = ws.getRow(i).getCell(TEMPLATE_COLUMNS.indexOf(key) + 1);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
    }
    ws.getRow(i).getCell(TEMPLATE_COLUMNS.indexOf('provisional') + 1).dataValidation = { type: 'list', allowBlank: true, formulae: ['"○,×"'] };
  }
  const title = typeof plan.title === 'string' ? plan.title : plan.id;
  const info = wb.addWorksheet('説明');
  info.addRows([
    [`${title} — ${formatFiscalYear(fy)}の実績記入用シート`],
    ['実績値: 数値（1,817 や 1817件 も可。単位は指標の単位と照合します）。空欄の行は取り込みません。'],
    ['時点: 12月末時点の数値なら 2024-12-31 や 令和6年12月31日。年度末の確定値なら空欄。'],
    ['暫定: 年度途中の数値なら ○。'],
    [`取り込み: pnpm keikaku import ${plan.id} --fy ${fy} <このファイル> --dry-run（確認）→ --dry-run なしで書き込み`],
  ]);
  info.getColumn(1).width = 100;
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
