/**
 * keikaku export <planId> [--format json|csv] [--out file] | --all [--out dir]:
 * the validated plan as JSON, or its indicators as CSV. It runs every check
 * `check` runs; a plan with structural errors (tsc, reader, Zod, workspace)
 * is not exported, while the document's own defects (judgements) are shown
 * as warnings and the plan is exported as printed.
 */
import { join } from 'node:path';
import type { Plan } from '@keikaku/schema';
import {
  checkWorkspace, indicatorRows, INDICATOR_COLUMNS, isBlocking, stylish, toCsv, UsageError, writeOutput, listPlans,
} from '@keikaku/core';
import type { Io } from './io.js';

export type ExportFormat = 'json' | 'csv';

export function exportPlan(plan: Plan, format: ExportFormat): string {
  if (format === 'json') return `${JSON.stringify(plan, null, 2)}\n`;
  return toCsv(indicatorRows(plan), INDICATOR_COLUMNS);
}

export interface ExportOptions {
  ids: string[];
  all: boolean;
  format: ExportFormat;
  out?: string;
  color: boolean;
}

export function runExport(root: string, opts: ExportOptions, io: Io): number {
  if (opts.out !== undefined && opts.out.trim() === '') {
    throw new UsageError('--out の書き出し先が空です。ファイル名を指定してください（標準出力なら --out を付けない）', '--out is empty; give a file name, or leave --out out to print to stdout');
  }
  if (opts.all && opts.ids.length) throw new UsageError('--all と計画 id は同時に指定できません', '--all cannot be combined with plan ids');
  if (!opts.all && opts.ids.length !== 1) {
    throw new UsageError('出力する計画 id を一つ指定するか、--all を付けてください', 'name one plan id to export, or use --all');
  }
  if (opts.all && listPlans(root).length === 0) throw new UsageError('plans/ に計画がありません', 'no plans found under plans/');
  const r = checkWorkspace(root, opts.all ? [] : opts.ids, { keepPlans: true });
  const blocking = r.findings.filter(isBlocking);
  const shown = r.findings.filter((f) => !f.suppressed);
  if (shown.length) io.stderr(`${stylish(shown, { plans: r.plans.length, files: r.files, color: opts.color })}\n`);
  let exit = 0;
  for (const doc of r.plans) {
    const blocked = blocking.some((f) => f.file.startsWith(`plans/${doc.id}/`));
    if (!doc.plan || blocked) {
      io.stderr(`✖ ${doc.id}: 検証を通らない計画は出力しません (a plan that does not validate is not exported)\n`);
      exit = 1;
      continue;
    }
    if (opts.all) {
      const dir = opts.out ?? 'reports';
      writeOutput(root, join(dir, doc.id, 'plan.json'), exportPlan(doc.plan, 'json'));
      writeOutput(root, join(dir, doc.id, 'indicators.csv'), exportPlan(doc.plan, 'csv'));
      io.stderr(`✔ ${join(dir, doc.id)}/plan.json, indicators.csv\n`);
    } else {
      const text = exportPlan(doc.plan, opts.format);
      if (opts.out) {
        writeOutput(root, opts.out, text);
        io.stderr(`✔ ${opts.out}\n`);
      } else io.stdout(text);
    }
  }
  return exit;
}
