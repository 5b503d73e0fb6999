/**
 * What `keikaku check` (and every command that consumes plans: export,
 * report) runs: tsc over the modules, the static reader and Zod, the
 * workspace checks, and the judgement checks. Findings are deduplicated only
 * when place and message are the same, and sorted by place.
 *
 * For a national run (1,741 plans) it streams: tsc first (in batches, with
 * its cache), then one plan at a time is read, validated and judged, and its
 * syntax tree is let go before the next, so memory stays bounded.
 */
import { statSync } from 'node:fs';
import type { Plan } from '@keikaku/schema';
import { CHECK_RULES } from './checks/index.js';
import type { Finding } from './finding.js';
import { dedupeFindings, findingAt, sortFindings } from './finding-at.js';
import { loadPlan } from './load-workspace.js';
import { runRules } from './run-rules.js';
import { typecheck, type TypecheckOptions } from './typecheck.js';
import { selectPlans } from './workspace.js';

export interface CheckedPlan {
  id: string;
  dir: string;
  /** The plan as Zod accepted it (kept only when `keepPlans` is set). */
  plan?: Plan;
  /** True when the plan read and validated (whether or not it was kept). */
  valid: boolean;
}

export interface CheckResult {
  plans: CheckedPlan[];
  /** Number of modules (plan and progress files) read. */
  files: number;
  findings: Finding[];
}

export interface CheckOptions {
  /** Run the TypeScript compiler too (default true). */
  tsc?: boolean;
  typecheck?: TypecheckOptions;
  /** Keep each validated Plan in the result (export needs them; check does not). */
  keepPlans?: boolean;
}

export function checkWorkspace(root: string, ids: readonly string[] = [], opts: CheckOptions = {}): CheckResult {
  const selected = selectPlans(root, ids);
  const findings: Finding[] = [];
  const moduleFiles = selected.flatMap((p) => [p.planFile, ...p.progressFiles.map((f) => f.file)]);
  if (opts.tsc !== false && moduleFiles.length) findings.push(...typecheck(root, moduleFiles.filter(isRegularFile), opts.typecheck));

  const plans: CheckedPlan[] = [];
  const idFindings = new Map<string, { dir: string; make: (others: string) => Finding }[]>();
  for (const files of selected) {
    const doc = loadPlan(root, files);
    findings.push(...doc.findings);
    if (doc.plan) {
      findings.push(...runRules(CHECK_RULES, { plan: doc.plan, planSource: doc.planSource, progress: doc.progress }));
      const source = doc.planSource;
      const planId = doc.plan.id;
      const list = idFindings.get(planId) ?? [];
      list.push({
        dir: files.id,
        make: (others) =>
          findingAt(source, { path: ['id'] }, {
            ruleId: 'workspace/duplicate-plan-id', source: 'workspace', severity: 'error', messageId: 'duplicate-plan-id',
            data: { id: planId, others },
            message: { ja: `計画 id "${planId}" が ${others} と重複しています`, en: `plan id "${planId}" is also used by ${others}` },
            hint: { ja: '計画 id はフォルダ名と同じにし、全体で一意にしてください。', en: 'A plan id equals its folder name and is unique.' },
          }),
      });
      idFindings.set(planId, list);
    }
    plans.push({ id: files.id, dir: files.dir, valid: Boolean(doc.plan), ...(opts.keepPlans && doc.plan ? { plan: doc.plan } : {}) });
  }
  for (const list of idFindings.values()) {
    if (list.length < 2) continue;
    for (const entry of list) findings.push(entry.make(list.filter((o) => o !== entry).map((o) => `plans/${o.dir}`).join(', ')));
  }
  return { plans, files: moduleFiles.length, findings: sortFindings(dedupeFindings(dropEchoes(findings))) };
}

function isRegularFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Findings that stop a plan from being exported or reported: everything but the judgements (the document's own defects). */
export function isBlocking(f: Finding): boolean {
  return f.severity === 'error' && f.source !== 'check' && f.source !== 'lint';
}

/**
 * tsc and Zod (or the reader's syntax check) often see the same mistake at the
 * same value: a raw '令和6年度' string is both a type error and a shape error.
 * Keep tsc's finding, which has the exact column, and drop the other producer's
 * finding at the same plan path (or, without a path, the same line and column).
 * Two different findings on one line are both kept.
 */
function dropEchoes(findings: readonly Finding[]): Finding[] {
  const tscAt = new Set<string>();
  for (const f of findings) {
    if (f.source !== 'tsc') continue;
    if (f.path) tscAt.add(`${f.file}\u0000path\u0000${f.path}`);
    tscAt.add(`${f.file}\u0000pos\u0000${f.line}:${f.column}`);
  }
  return findings.filter((f) => {
    if (f.source !== 'schema' && f.source !== 'reader') return true;
    if (f.source === 'reader' && f.ruleId !== 'reader/syntax-error') return true;
    if (f.path && tscAt.has(`${f.file}\u0000path\u0000${f.path}`)) return false;
    return !tscAt.has(`${f.file}\u0000pos\u0000${f.line}:${f.column}`);
  });
}
