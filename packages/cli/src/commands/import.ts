/**
 * keikaku import <planId> --fy <year> <file.xlsx|file.csv> [--sheet …] [--dry-run]:
 * a year's actuals from a sheet into plans/<id>/progress/<fy>.ts, through
 * @keikaku/author. Problems in the sheet are listed by row and column and
 * nothing is written (exit 1).
 */
import { parseYear } from '@keikaku/schema';
import { importActuals } from '@keikaku/author';
import { UsageError } from '@keikaku/core';
import type { Io } from './io.js';

export function parseFy(text: string): number {
  const y = parseYear(text);
  if (!y || y.kind !== 'fiscalYear') {
    throw new UsageError(`--fy ${text} は年度として読めません（例: 2024, R6, 令和6年度）`, `--fy ${text} is not a fiscal year (e.g. 2024, R6, 令和6年度)`);
  }
  return y.fiscalYear;
}

export async function runImport(root: string, opts: { planId: string; fy: string; file: string; sheet?: string; dryRun: boolean }, io: Io): Promise<number> {
  const fy = parseFy(opts.fy);
  const r = await importActuals(root, { planId: opts.planId, fy, file: opts.file, sheet: opts.sheet, dryRun: opts.dryRun });
  const from = `${opts.file}（${r.sheet.format === 'csv' ? r.sheet.detail : `シート「${r.sheet.detail}」`}）`;
  if (!r.ok) {
    for (const p of r.problems) {
      const at = p.row === undefined ? '' : ` ${p.row}行目${p.column ? ` ${p.column}列${p.header ? `（${p.header}）` : ''}` : ''}`;
      const atEn = p.row === undefined ? '' : ` row ${p.row}${p.column ? `, column ${p.column}` : ''}`;
      io.stderr(`${opts.file}${at}: ${p.ja}\n  (${opts.file}${atEn}: ${p.en})\n`);
    }
    io.stderr(`✖ ${r.problems.length} 件の問題があるため、何も書き込んでいません (${r.problems.length} problem(s); nothing was written)\n`);
    return 1;
  }
  if (opts.dryRun) {
    io.stdout(r.diff || '');
    io.stderr(r.diff ? `ℹ --dry-run: ${r.target} に ${r.created ? '新しく作る内容' : '変更'}を表示しました。書き込んでいません (shown, not written)\n` : `✔ ${r.target} は ${from} と同じです。変更はありません (no changes)\n`);
    return 0;
  }
  if (!r.written) {
    io.stdout(`✔ ${r.target} は ${from} と同じです。変更はありません (no changes)\n`);
    return 0;
  }
  io.stdout(
    `✔ ${from} の ${r.rows} 行を ${r.target} に${r.created ? '書き出しました (created)' : `取り込みました（${r.changedLines} 行の差分） (updated; ${r.changedLines} changed line(s))`}\n` +
      `  次に (next): pnpm keikaku check ${opts.planId}\n`,
  );
  return 0;
}
