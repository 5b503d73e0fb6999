/** Parses and checks the options of `keikaku report` into the typed options of the report command. */
import { parseYear } from '@keikaku/schema';
import { UsageError } from '@keikaku/core';
import type { ReportCommandOptions } from './report.js';

const FORMATS = ['pdf', 'html', 'csv', 'json'] as const;

export function parseReportArgs(a: { ids: string[]; all?: boolean; fy: string; out: string; format: string; shard?: string }): Omit<ReportCommandOptions, 'root'> {
  const y = parseYear(a.fy);
  if (!y || y.kind !== 'fiscalYear') {
    throw new UsageError(`--fy ${a.fy} は年度として読めません（例: 2024, R6, 令和6年度）`, `--fy ${a.fy} is not a fiscal year (e.g. 2024, R6, 令和6年度)`);
  }
  if (a.all && a.ids.length) throw new UsageError('--all と計画 id は同時に指定できません', '--all cannot be combined with plan ids');
  if (!a.all && a.ids.length === 0) throw new UsageError('計画 id を指定するか、--all を付けてください', 'name plan ids or use --all');
  const formats = a.format.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || formats.length === 0) {
    throw new UsageError(`出力形式 ${bad.join(',') || '（空）'} は使えません（pdf,html,csv,json）`, `unknown format ${bad.join(',') || '(empty)'}; use pdf,html,csv,json`);
  }
  let shard: ReportCommandOptions['shard'];
  if (a.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(a.shard);
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index < 1 || index > count) {
      throw new UsageError(`--shard ${a.shard} は i/n（1 ≤ i ≤ n）の形で書きます`, `--shard ${a.shard} must be i/n with 1 ≤ i ≤ n`);
    }
    shard = { index, count };
  }
  return { ids: a.ids, all: Boolean(a.all), fy: y.fiscalYear, out: a.out, formats: formats as ReportCommandOptions['formats'], ...(shard ? { shard } : {}) };
}
