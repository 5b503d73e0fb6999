/**
 * Findings as text grouped by file, like ESLint's stylish: place, severity
 * and rule, the plan path, the message in Japanese with its English gloss,
 * and how to fix it. Pure: it returns the text and never prints.
 */
import pc from 'picocolors';
import type { Finding } from '../finding.js';

export interface StylishOptions {
  /** Counted in the summary line. */
  plans: number;
  files: number;
  /** Colour escapes (the caller decides from the TTY and NO_COLOR). */
  color?: boolean;
}

const SEVERITY_JA = { error: 'エラー', warning: '警告', info: '情報' } as const;

export function stylish(findings: readonly Finding[], opts: StylishOptions): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines: string[] = [];
  for (const [, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) lines.push(...stylishFileLines(list, opts.color));
  lines.push(...stylishSummaryLines(stylishCounts(findings), opts));
  return lines.join('\n');
}

/** Counts for the summary line; add two with `addStylishCounts` (a streamed run counts plan by plan). */
export interface StylishCounts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
}

export function stylishCounts(findings: readonly Finding[]): StylishCounts {
  const n: StylishCounts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) n.suppressed++;
    else n[f.severity]++;
  }
  return n;
}

export const addStylishCounts = (a: StylishCounts, b: StylishCounts): StylishCounts => ({
  error: a.error + b.error,
  warning: a.warning + b.warning,
  info: a.info + b.info,
  suppressed: a.suppressed + b.suppressed,
});

/** The lines of one file's group (the findings of that one file), ending with an empty line. */
export function stylishFileLines(list: readonly Finding[], color = false): string[] {
  const c = pc.createColors(color);
  const lines: string[] = [];
  if (list.length === 0) return lines;
  lines.push(c.underline(list[0]!.file));
  for (const f of [...list].sort((a, b) => a.line - b.line || a.column - b.column)) {
    const sev = f.severity === 'error' ? c.red : f.severity === 'warning' ? c.yellow : c.blue;
    const label = f.suppressed ? c.dim(`抑止 (suppressed)`) : sev(`${SEVERITY_JA[f.severity]} (${f.severity})`);
    lines.push(`  ${c.dim(`${f.file}:${f.line}:${f.column}`)}  ${label}  ${c.dim(f.ruleId)}`);
    if (f.path) lines.push(`    ${c.cyan(f.path)}`);
    lines.push(`    ${f.message.ja}`);
    lines.push(`    ${c.dim(`(${f.message.en})`)}`);
    if (f.hint) {
      lines.push(`    → ${f.hint.ja}`);
      lines.push(`      ${c.dim(`(${f.hint.en})`)}`);
    }
    if (f.suppressed) lines.push(`    ${c.dim(`抑止の理由 (reason): ${f.suppressed.reason}`)}`);
  }
  lines.push('');
  return lines;
}

/** The summary line (and the suppressed count) that ends stylish output. */
export function stylishSummaryLines(n: StylishCounts, opts: StylishOptions): string[] {
  const c = pc.createColors(opts.color ?? false);
  const lines: string[] = [];
  const [e, w, i] = [n.error, n.warning, n.info];
  const scope = `${opts.plans} 計画・${opts.files} ファイル (${opts.plans} plan(s), ${opts.files} file(s))`;
  if (e + w + i === 0) lines.push(c.green(`✔ ${scope}: 問題はありません (no problems)`));
  else {
    const parts = `エラー ${e}・警告 ${w}・情報 ${i} (${e} error(s), ${w} warning(s), ${i} info)`;
    lines.push((e ? c.red : c.yellow)(`${e ? '✖' : '⚠'} ${scope}: ${parts}`));
  }
  if (n.suppressed) lines.push(c.dim(`  抑止 ${n.suppressed} 件 (${n.suppressed} suppressed)`));
  return lines;
}
