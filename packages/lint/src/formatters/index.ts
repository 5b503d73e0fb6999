/**
 * The lint formatters: core's stylish, json, sarif and github (pure functions
 * of findings, shared with check). lint's sarif passes its own rules'
 * metadata (descriptions, docs, default severities) and names the tool keikaku-lint.
 */
import { github, json, sarif as coreSarif, stylish, type Finding, type SarifOptions } from '@keikaku/core';
import { RULES_BY_ID } from '../rules/index.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github'];

/** SARIF of lint findings: core's formatter with lint's rule metadata. */
export function sarif(findings: readonly Finding[], opts: Omit<SarifOptions, 'rules' | 'tool' | 'toolDocs'> = {}): string {
  return coreSarif(findings, { ...opts, tool: 'keikaku-lint', toolDocs: 'packages/lint/README.md', rules: RULES_BY_ID });
}

export function format(name: FormatName, findings: readonly Finding[], opts: { plans: number; files: number; color?: boolean; version?: string; docsBaseUrl?: string }): string {
  switch (name) {
    case 'json':
      return json(findings);
    case 'sarif':
      return sarif(findings, { version: opts.version, docsBaseUrl: opts.docsBaseUrl });
    case 'github':
      return github(findings);
    default:
      return stylish(findings, { plans: opts.plans, files: opts.files, color: opts.color });
  }
}

export { github };
