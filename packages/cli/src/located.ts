/** A schema Problem placed at its file:line:column in the module that wrote it. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Problem } from '@keikaku/schema';
import type { Finding } from './finding.js';
import { locate, readSource } from './locate.js';

export function locatedFinding(root: string, file: string, pr: Problem): Finding {
  const sf = readSource(file, readFileSync(file, 'utf8'));
  const loc = locate(sf, pr.path);
  return {
    file: relative(root, file),
    line: loc?.line,
    column: loc?.column,
    pathText: pr.pathText,
    source: 'zod',
    code: pr.code,
    ja: pr.ja,
    en: pr.en,
    fix: pr.fix,
  };
}
