/**
 * keikaku new <id> --name <自治体名> --code <団体コード> [--prefecture …] [--kind …]:
 * writes plans/<id>/ (package.json, plan.ts with every required field,
 * progress/, README.md, CHANGELOG.md) through @keikaku/author.
 */
import { newPlan, type NewPlanOptions } from '@keikaku/author';
import type { Io } from './io.js';

export function runNew(root: string, opts: NewPlanOptions, io: Io): number {
  const r = newPlan(root, opts);
  const m = r.municipality;
  io.stdout(
    `✔ ${m.prefecture === m.name ? '' : m.prefecture}${m.name}（${m.code}）の計画を作りました (created plan ${opts.id}):\n` +
      r.files.map((f) => `  ${f}\n`).join('') +
      `\n次に (next):\n` +
      `  pnpm install                       # 新しい計画をワークスペースに登録 (register the new workspace package; commit pnpm-lock.yaml)\n` +
      `  plans/${opts.id}/plan.ts を計画書のとおりに書く (encode the plan as printed)\n` +
      `  pnpm keikaku check ${opts.id}\n` +
      `  pnpm keikaku lint ${opts.id}\n`,
  );
  return 0;
}
