/**
 * keikaku schema [--check]: writes schemas/*.json (plan, progress, report) from the Zod schemas, or fails when they are stale.
 * Writes go through core's writeGeneratedFile: never through a symbolic link, never outside the
 * repository; an unwritable or blocked schemas/ is a plain usage error (exit 2).
 */
import { readFileSync } from 'node:fs';
import { envError, writeGeneratedFile } from '@keikaku/core';
import { jsonSchemas } from '@keikaku/schema';
import { reportJsonSchema } from '@keikaku/report/schema';

export interface SchemaResult {
  written: string[];
  stale: string[];
}

function readIfThere(file: string, rel: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw envError(rel, err);
  }
}

export function schema(root: string, opts: { check: boolean }): SchemaResult {
  const result: SchemaResult = { written: [], stale: [] };
  // The report JSON's schema comes from @keikaku/report (its light ./schema entry: Zod only).
  for (const [name, body] of Object.entries({ ...jsonSchemas(), 'report.schema.json': reportJsonSchema() })) {
    const rel = `schemas/${name}`;
    const text = `${JSON.stringify(body, null, 2)}\n`;
    const current = readIfThere(`${root}/${rel}`, rel);
    if (current === text) continue;
    if (opts.check) result.stale.push(rel);
    else {
      writeGeneratedFile(root, rel, text);
      result.written.push(rel);
    }
  }
  return result;
}
