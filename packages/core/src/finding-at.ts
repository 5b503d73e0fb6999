/** Builds located findings through a module's source map, and the pure steps after collection. */
import { formatPath } from '@keikaku/schema';
import type { Bilingual, Finding, FindingSource, Severity, TextEdit } from './finding.js';
import type { PlanPath, Range, SourceMap } from './source-map.js';

export interface FindingInit {
  ruleId: string;
  source: FindingSource;
  severity: Severity;
  messageId: string;
  data?: Record<string, string | number>;
  message: Bilingual;
  hint?: Bilingual;
  fix?: TextEdit;
}

export type At = { path: PlanPath; range?: Range } | { range: Range; path?: PlanPath };

/** A finding placed at a plan path (or an explicit range) of a module. */
export function findingAt(source: SourceMap, at: At, init: FindingInit): Finding {
  let range = at.range;
  let path = at.path;
  if (!range && path) range = source.locate(path).range;
  if (!path && range) path = source.pathAt(range.start);
  const r = range ?? { start: 0, end: 0 };
  const s = source.position(r.start);
  const e = source.position(Math.max(r.end, r.start));
  const finding: Finding = {
    ruleId: init.ruleId,
    source: init.source,
    severity: init.severity,
    file: source.file,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    messageId: init.messageId,
    message: init.message,
  };
  if (path && path.length) finding.path = formatPath(path as (string | number)[]);
  if (init.data) finding.data = init.data;
  if (init.hint) finding.hint = init.hint;
  if (init.fix) finding.fix = init.fix;
  return finding;
}

/** A finding about a whole file (line 1, column 1). */
export function fileFinding(file: string, init: FindingInit): Finding {
  const f: Finding = { ...init, file, line: 1, column: 1, endLine: 1, endColumn: 1 };
  if (!init.data) delete f.data;
  if (!init.hint) delete f.hint;
  if (!init.fix) delete f.fix;
  return f;
}

/** Drops only findings at the same place with the same message (textlint's filter-duplicated-process). */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.file}\u0000${f.line}:${f.column}\u0000${f.message.ja}\u0000${f.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/** Orders findings by file, then place. Stable for equal places. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);
}

export const errorCount = (findings: readonly Finding[]): number => findings.filter((f) => f.severity === 'error' && !f.suppressed).length;
