/**
 * keikaku export <planId> --template --fy <year> [--format xlsx|csv] [--out <file>]:
 * the sheet to fill in a year's actuals (@keikaku/author's progressTemplate),
 * written through core's safe output (never into plans/, never over a tracked file).
 */
import { join } from 'node:path';
import { progressTemplate } from '@keikaku/author';
import { isBlocking, loadWorkspace, stylish, UsageError, writeOutput } from '@keikaku/core';
import { parseFy } from './import.js';
import type { Io } from './io.js';

export async function runTemplate(root: string, opts: { id?: string; fy?: string; format: string; out?: string }, io: Io): Promise<number> {
  if (!opts.id) throw new UsageError('記入用シートを作る計画 id を一つ指定してください', 'name one plan id for the template');
  if (!opts.fy) throw new UsageError('--template には --fy <年度> が必要です（例: --fy 2024）', '--template needs --fy <year>');
  const format = opts.format === 'json' ? 'xlsx' : opts.format;
  if (format !== 'xlsx' && format !== 'csv') throw new UsageError(`--template の形式は xlsx か csv です（${opts.format}）`, `--template writes xlsx or csv, not ${opts.format}`);
  const fy = parseFy(opts.fy);
  // The plan and last year's progress, read statically and validated (the template needs no compiler run).
  const ws = loadWorkspace(root, [opts.id]);
  const doc = ws.plans[0];
  const blocking = ws.findings.filter(isBlocking);
  if (blocking.length || !doc?.plan) {
    io.stderr(`${stylish(blocking, { plans: ws.plans.length, files: 1 + (doc?.progressDocs.length ?? 0), color: false })}\n`);
    io.stderr(`✖ 計画 ${opts.id} にエラーがあるため記入用シートを作れません (the plan has errors; no template written)\n`);
    return 1;
  }
  const bytes = await progressTemplate(doc, fy, format);
  const out = opts.out ?? join('reports', `${opts.id}-${fy}-actuals.${format}`);
  writeOutput(root, out, bytes);
  io.stdout(`✔ ${fy}年度の記入用シートを書き出しました (wrote the ${fy} template): ${out}\n  記入後 (then): pnpm keikaku import ${opts.id} --fy ${fy} ${out} --dry-run\n`);
  return 0;
}
