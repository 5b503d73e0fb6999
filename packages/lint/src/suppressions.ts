/**
 * Inline suppressions, written in the module as a comment on the line before
 * the finding:
 *
 *   // keikaku-disable-next-line missing-target -- 数値目標は設定しない（計画書 p.12）
 *   // keikaku-disable-next-line placeholder, era-pair -- 原典のまま
 *
 * A reason after `--` is required. A suppression without a reason, or naming
 * a rule that does not exist, does not suppress anything and is itself
 * reported; so is one that suppressed nothing (unused).
 */
import type { Finding, SourceMap } from '@keikaku/core';

export interface Suppression {
  file: string;
  /** Where the comment is written. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The line it applies to: findings that start on the line after the comment. */
  appliesTo: number;
  rules: string[];
  reason: string;
  /** Rules of this suppression that suppressed at least one finding. */
  used: Set<string>;
  problem?: 'no-reason' | 'no-rule' | 'unknown-rule';
  unknown?: string[];
}

const DIRECTIVE = /^(?:\/\/|\/\*)\s*keikaku-disable-next-line\b([\s\S]*?)(?:\*\/)?$/;

/** The suppressions written in one module. */
export function parseSuppressions(source: SourceMap, knownRules: (id: string) => boolean): Suppression[] {
  const out: Suppression[] = [];
  // Most modules have none: skip scanning their comments.
  if (!source.text.includes('keikaku-disable-next-line')) return out;
  for (const c of source.comments()) {
    const m = DIRECTIVE.exec(c.text.trim());
    if (!m) continue;
    const body = m[1]!;
    const sep = body.indexOf('--');
    const ruleText = (sep >= 0 ? body.slice(0, sep) : body).trim();
    const reason = sep >= 0 ? body.slice(sep + 2).trim() : '';
    const rules = ruleText.split(/[\s,]+/).filter(Boolean);
    const s = source.position(c.range.start);
    const e = source.position(c.range.end);
    const sup: Suppression = {
      file: source.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, appliesTo: e.line + 1, rules, reason, used: new Set(),
    };
    if (rules.length === 0) sup.problem = 'no-rule';
    else if (!reason) sup.problem = 'no-reason';
    else {
      const unknown = rules.filter((r) => !knownRules(r));
      if (unknown.length) {
        sup.problem = 'unknown-rule';
        sup.unknown = unknown;
      }
    }
    out.push(sup);
  }
  return out;
}

const matches = (rule: string, id: string): boolean => rule === id || (rule.endsWith('/*') && id.startsWith(rule.slice(0, -1)));

/** Marks the findings the suppressions cover (on the line after the comment, same file, rule named). */
export function applySuppressions(findings: Finding[], sups: readonly Suppression[]): void {
  for (const f of findings) {
    if (f.suppressed) continue;
    for (const s of sups) {
      if (s.problem || s.file !== f.file || f.line !== s.appliesTo) continue;
      const rule = s.rules.find((r) => matches(r, f.ruleId));
      if (!rule) continue;
      f.suppressed = { kind: 'inline', reason: s.reason };
      s.used.add(rule);
      break;
    }
  }
}
