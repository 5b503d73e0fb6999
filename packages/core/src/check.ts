/**
 * What `keikaku check` (and every command that consumes plans: export,
 * report) runs: tsc over the modules, the static reader and Zod, the
 * workspace checks, and the judgement checks. Findings are deduplicated only
 * when place and message are the same, and sorted by place.
 */
import { CHECK_RULES } from './checks/index.js';
import type { Finding } from './finding.js';
import { dedupeFindings, sortFindings } from './finding-at.js';
import { loadWorkspace, type Workspace } from './load-workspace.js';
import { runRules } from './run-rules.js';
import { typecheck, type TypecheckOptions } from './typecheck.js';

export interface CheckResult {
  workspace: Workspace;
  /** Number of modules (plan and progress files) read. */
  files: number;
  findings: Finding[];
}

export interface CheckOptions {
  /** Run the TypeScript compiler too (default true). */
  tsc?: boolean;
  typecheck?: TypecheckOptions;
}

export function checkWorkspace(root: string, ids: readonly string[] = [], opts: CheckOptions = {}): CheckResult {
  const workspace = loadWorkspace(root, ids);
  const files = workspace.plans.flatMap((p) => [p.planFile, ...p.progressDocs.map((d) => d.file)]);
  const findings: Finding[] = [];
  if (opts.tsc !== false) {
    const readable = workspace.plans.filter((p) => !p.findings.some((f) => f.ruleId === 'workspace/plan-not-a-file'));
    const tscFiles = readable.flatMap((p) => [p.planFile, ...p.progressDocs.map((d) => d.file)]);
    if (tscFiles.length) findings.push(...typecheck(root, tscFiles, opts.typecheck));
  }
  findings.push(...workspace.findings);
  for (const p of workspace.plans) {
    if (p.plan) findings.push(...runRules(CHECK_RULES, { plan: p.plan, planSource: p.planSource, progress: p.progress }));
  }
  return { workspace, files: files.length, findings: sortFindings(dedupeFindings(dropEchoes(findings))) };
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

/** Findings that stop a plan from being exported or reported: everything but the judgements (the document's own defects). */
export function isBlocking(f: Finding): boolean {
  return f.severity === 'error' && f.source !== 'check' && f.source !== 'lint';
}
