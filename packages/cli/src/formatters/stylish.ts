/** Findings as text grouped by file, like ESLint's stylish. Pure: returns the text. */
import pc from 'picocolors';
import type { Finding } from '../finding.js';

export function stylish(findings: readonly Finding[], summary: { plans: number; files: number }): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const lines: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(pc.underline(file));
    for (const f of list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))) {
      const where = f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
      lines.push(`  ${pc.dim(where)}  ${pc.red('error')}  ${pc.dim(`${f.source}/${f.code}`)}`);
      if (f.pathText) lines.push(`    ${pc.cyan(f.pathText)}`);
      lines.push(`    ${f.ja}`);
      lines.push(`    ${pc.dim(`(${f.en})`)}`);
      if (f.fix) {
        lines.push(`    → ${f.fix.ja}`);
        lines.push(`      ${pc.dim(`(${f.fix.en})`)}`);
      }
    }
    lines.push('');
  }
  const n = findings.length;
  const plans = `${summary.plans} 計画・${summary.files} ファイル (${summary.plans} plan(s), ${summary.files} file(s))`;
  lines.push(
    n === 0
      ? pc.green(`✔ ${plans}: 問題はありません (no problems)`)
      : pc.red(`✖ ${plans}: ${n} 件の問題 (${n} problem${n === 1 ? '' : 's'})`),
  );
  return lines.join('\n');
}
