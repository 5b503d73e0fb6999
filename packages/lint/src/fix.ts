/**
 * Applying fixes: each finding's TextEdit replaces a UTF-16 range of its
 * module's text; every other byte stays as it was. Overlapping edits are
 * left for the next pass (as ESLint does), and passes repeat until nothing
 * changes, so fixing twice changes nothing the second time.
 */
import { rewriteSourceFile, type Finding, type TextEdit } from '@keikaku/core';
import { createTwoFilesPatch } from 'diff';

/** Applies the non-overlapping edits (first come, first served by position) and says how many were left for another pass. */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: number; skipped: number } {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let pos = 0;
  let applied = 0;
  let skipped = 0;
  let lastEnd = -1;
  const seen = new Set<string>();
  for (const e of sorted) {
    const [s, t] = e.range;
    const key = `${s}:${t}:${e.text}`;
    if (seen.has(key)) continue; // the same edit from two findings
    seen.add(key);
    if (s < 0 || t > text.length || s > t || s < lastEnd) {
      skipped++;
      continue;
    }
    out += text.slice(pos, s) + e.text;
    pos = t;
    lastEnd = t;
    applied++;
  }
  return { text: out + text.slice(pos), applied, skipped };
}

/** The fixes of unsuppressed findings, per file. */
export function fixesByFile(findings: readonly Finding[]): Map<string, TextEdit[]> {
  const out = new Map<string, TextEdit[]>();
  for (const f of findings) {
    if (!f.fix || f.suppressed) continue;
    out.set(f.file, [...(out.get(f.file) ?? []), f.fix]);
  }
  return out;
}

/** A unified diff of one file (the `diff` package), labelled a/ and b/ as git does. */
export function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 3 });
}

/**
 * Writes a fixed module in place through core's rewriteSourceFile: atomic
 * (a temporary file beside it, then a rename, none left on a signal), the
 * file's mode kept, a symbolic link refused. Only the plan and progress
 * modules lint read are ever written.
 */
export function writeModuleAtomic(root: string, file: string, text: string): void {
  rewriteSourceFile(root, file, text);
}
