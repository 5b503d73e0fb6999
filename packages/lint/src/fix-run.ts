/**
 * --fix and --fix-dry-run: lint, apply the fixes in memory, lint the result
 * again (fixes that overlapped wait for the next pass), up to 10 passes; then
 * write the changed modules atomically, or print them as a unified diff.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadPlan, sortFindings, type Finding, type PlanDoc } from '@keikaku/core';
import { lintPlan, lintWorkspace, type LintOptions, type LintResult } from './engine.js';
import { applyEdits, fixesByFile, unifiedDiff, writeModuleAtomic } from './fix.js';

export const MAX_FIX_PASSES = 10;

export interface FixedFile {
  file: string;
  before: string;
  after: string;
  /** Edits applied over all passes. */
  edits: number;
}

export interface FixResult extends LintResult {
  fixed: FixedFile[];
  /** The unified diff of every changed file (what --fix-dry-run prints). */
  diff: string;
}

/** Module texts of a plan, keyed by repository-relative file. */
function textsOf(doc: PlanDoc): Map<string, string> {
  const m = new Map<string, string>([[doc.planSource.file, doc.planSource.text]]);
  for (const p of doc.progressDocs) m.set(p.module.sourceMap.file, p.module.sourceMap.text);
  return m;
}

/** Reads a plan from texts held in memory (a throw-away copy on disk, so core's loadPlan reads it as it reads any plan). */
function loadFromTexts(doc: PlanDoc, texts: Map<string, string>): PlanDoc {
  const tmp = mkdtempSync(join(tmpdir(), 'keikaku-fix-'));
  try {
    const progressFiles: { fy: number; file: string }[] = [];
    for (const [file, text] of texts) {
      const abs = join(tmp, file);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
      const pd = doc.progressDocs.find((p) => p.module.sourceMap.file === file);
      if (pd) progressFiles.push({ fy: pd.fy, file: abs });
    }
    const planFile = join(tmp, doc.planSource.file);
    const loaded = loadPlan(tmp, { id: doc.id, dir: dirname(planFile), planFile, progressFiles, strayProgressFiles: [] });
    // Configuration and the plan's own folder stay the real ones.
    return { ...loaded, dir: doc.dir, planFile: doc.planFile };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function fixWorkspace(root: string, ids: readonly string[], opts: LintOptions & { write: boolean }): Promise<FixResult> {
  const first = await lintWorkspace(root, ids, { ...opts, keepDocs: true });
  const fixed: FixedFile[] = [];
  const all: Finding[] = [];
  for (const planResult of first.plans) {
    const doc = planResult.doc!;
    const original = textsOf(doc);
    let texts = new Map(original);
    let findings = planResult.findings;
    const counts = new Map<string, number>();
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const edits = fixesByFile(findings);
      if (edits.size === 0) break;
      let changed = false;
      const next = new Map(texts);
      for (const [file, list] of edits) {
        const text = texts.get(file);
        if (text === undefined) continue; // only the plan's own modules are ever fixed
        const r = applyEdits(text, list);
        if (r.text !== text) {
          next.set(file, r.text);
          counts.set(file, (counts.get(file) ?? 0) + r.applied);
          changed = true;
        }
      }
      if (!changed) break;
      texts = next;
      findings = await lintPlan(root, loadFromTexts(doc, texts), opts);
    }
    planResult.findings = findings;
    all.push(...findings);
    for (const [file, after] of texts) {
      const before = original.get(file)!;
      if (after !== before) fixed.push({ file, before, after, edits: counts.get(file) ?? 0 });
    }
  }
  if (opts.write) for (const f of fixed) writeModuleAtomic(root, f.file, f.after);
  const diff = fixed.map((f) => unifiedDiff(f.file, f.before, f.after)).join('');
  return { plans: first.plans, findings: sortFindings(all), files: first.files, fixed, diff };
}
