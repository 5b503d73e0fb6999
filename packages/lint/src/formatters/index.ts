/** The lint formatters: core's stylish and json, and lint's sarif and github. */
import { json, stylish, type Finding } from '@keikaku/core';
import { github } from './github.js';
import { sarif } from './sarif.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github'];

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

export { github, sarif };
