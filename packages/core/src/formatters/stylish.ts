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
  const c = pc.createColors(opts.color ?? false);
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    lines.push(c.underline(file));
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
  }
  const active = findings.filter((f) => !f.suppressed);
  const count = (s: Finding['severity']) => active.filter((f) => f.severity === s).length;
  const [e, w, i] = [count('error'), count('warning'), count('info')];
  const scope = `${opts.plans} 計画・${opts.files} ファイル (${opts.plans} plan(s), ${opts.files} file(s))`;
  if (active.length === 0) lines.push(c.green(`✔ ${scope}: 問題はありません (no problems)`));
  else {
    const parts = `エラー ${e}・警告 ${w}・情報 ${i} (${e} error(s), ${w} warning(s), ${i} info)`;
    lines.push((e ? c.red : c.yellow)(`${e ? '✖' : '⚠'} ${scope}: ${parts}`));
  }
  const suppressed = findings.length - active.length;
  if (suppressed) lines.push(c.dim(`  抑止 ${suppressed} 件 (${suppressed} suppressed)`));
  return lines.join('\n');
}
