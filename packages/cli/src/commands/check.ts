/** keikaku check [<planId>...]: tsc, then Zod, on each plan and its progress modules. */
import { Progress, toProblems, validatePlan, validateProgress, type Plan, type Problem } from '@keikaku/schema';
import { relative } from 'node:path';
import type { Finding } from '../finding.js';
import { loadModule } from '../load.js';
import { locatedFinding } from '../located.js';
import { typecheck } from '../typecheck.js';
import { selectPlans, type PlanFiles } from '../workspace.js';

export interface CheckResult {
  plans: string[];
  files: number;
  findings: Finding[];
  /** Plans that validated, by id (for export and later commands). */
  valid: Map<string, Plan>;
}

export async function check(root: string, ids: readonly string[]): Promise<CheckResult> {
  const plans = selectPlans(root, ids);
  const files = plans.flatMap((p) => [p.planFile, ...p.progressFiles.map((f) => f.file)]);
  const findings = files.length ? typecheck(root, files) : [];
  const valid = new Map<string, Plan>();
  for (const p of plans) {
    findings.push(...(await checkPlan(root, p, valid)));
  }
  const ordered = dedupe(findings).sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  return { plans: plans.map((p) => p.id), files: files.length, findings: ordered, valid };
}

async function checkPlan(root: string, p: PlanFiles, valid: Map<string, Plan>): Promise<Finding[]> {
  const out: Finding[] = [];
  const loaded = await loadModule(root, p.planFile);
  let plan: Plan | undefined;
  if (!loaded.ok) out.push(loaded.finding);
  else {
    const r = validatePlan(loaded.value);
    if (r.ok) {
      plan = r.value;
      if (plan.id !== p.id) {
        out.push(locatedFinding(root, p.planFile, {
          code: 'plan-id-folder', path: ['id'], pathText: 'id',
          ja: `計画 id "${plan.id}" がフォルダ名 plans/${p.id} と一致しません`,
          en: `plan id "${plan.id}" does not match its folder plans/${p.id}`,
          fix: { ja: `id を "${p.id}" にするか、フォルダ名を変えてください。`, en: `Set id to "${p.id}" or rename the folder.` },
        }));
      } else valid.set(p.id, plan);
    } else out.push(...r.problems.map((pr) => locatedFinding(root, p.planFile, pr)));
  }
  for (const stray of p.strayProgressFiles) {
    out.push({
      file: relative(root, stray), line: 1, column: 1, source: 'load', code: 'progress-file-name',
      ja: '進捗ファイルの名前が年度ではないため読み込んでいません',
      en: 'progress file name is not a fiscal year, so it was not read',
      fix: { ja: '西暦の年度で名前を付けてください（令和6年度 → progress/2024.ts）。', en: 'Name it by the Western fiscal year, e.g. progress/2024.ts for 令和6年度.' },
    });
  }
  for (const prog of p.progressFiles) {
    const lp = await loadModule(root, prog.file);
    if (!lp.ok) {
      out.push(lp.finding);
      continue;
    }
    const problems = plan ? progressProblems(plan, lp.value) : shapeProblems(lp.value);
    out.push(...problems.map((pr) => locatedFinding(root, prog.file, pr)));
    const fy = (lp.value as { fy?: unknown }).fy;
    if (typeof fy === 'number' && fy !== prog.fy) {
      out.push(locatedFinding(root, prog.file, {
        code: 'progress-fy-file', path: ['fy'], pathText: 'fy',
        ja: `年度 ${fy} がファイル名 progress/${prog.fy}.ts と一致しません`,
        en: `fiscal year ${fy} does not match the file name progress/${prog.fy}.ts`,
      }));
    }
  }
  return out;
}

function progressProblems(plan: Plan, value: unknown): Problem[] {
  const r = validateProgress(plan, value);
  return r.ok ? [] : r.problems;
}
function shapeProblems(value: unknown): Problem[] {
  const r = Progress.safeParse(value, { reportInput: true });
  return r.success ? [] : toProblems(r.error);
}

/**
 * tsc, Zod and the loader often see the same mistake (a raw string year, a
 * missing comma); keep the tsc finding, which has the exact column.
 */
function dedupe(findings: Finding[]): Finding[] {
  const tscLines = new Set(findings.filter((f) => f.source === 'tsc').map((f) => `${f.file}:${f.line}`));
  return findings.filter((f) => f.source === 'tsc' || !tscLines.has(`${f.file}:${f.line}`));
}
