/**
 * GitHub Actions workflow commands: one ::error / ::warning / ::notice line
 * per finding, which GitHub shows as an annotation on the pull request's
 * diff. Suppressed findings are not annotated. Pure: shared by check and lint.
 */
import type { Finding } from '../finding.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escaping of a command's message (data) and of its properties, as @actions/core does. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function github(findings: readonly Finding[]): string {
  return findings
    .filter((f) => !f.suppressed)
    .map((f) => {
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.line}`,
        `col=${f.column}`,
        `endLine=${f.endLine}`,
        `endColumn=${f.endColumn}`,
        `title=${escapeProperty(`keikaku ${f.ruleId}`)}`,
      ].join(',');
      const text = [`${f.message.ja} (${f.message.en})`, f.path ? `at ${f.path}` : '', f.hint ? `→ ${f.hint.ja} (${f.hint.en})` : ''].filter(Boolean).join('\n');
      return `::${LEVEL[f.severity]} ${props}::${escapeData(text)}`;
    })
    .join('\n');
}
