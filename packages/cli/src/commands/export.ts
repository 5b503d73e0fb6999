/** keikaku export <planId> [--format json|csv] [--out file]: the validated plan as JSON, or its indicators as CSV. */
import { stringify } from 'csv-stringify/sync';
import type { Plan } from '@keikaku/schema';
import { INDICATOR_COLUMNS, indicatorRows } from '../indicator-rows.js';

export type ExportFormat = 'json' | 'csv';

export function exportPlan(plan: Plan, format: ExportFormat): string {
  if (format === 'json') return `${JSON.stringify(plan, null, 2)}\n`;
  // UTF-8 with BOM and CRLF so Excel opens it as Japanese text.
  return stringify(indicatorRows(plan), { header: true, columns: [...INDICATOR_COLUMNS], bom: true, record_delimiter: 'windows' });
}
