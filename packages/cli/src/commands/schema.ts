/** keikaku schema [--check]: writes schemas/*.json (plan, progress, report) from the Zod schemas, or fails when they are stale. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas } from '@keikaku/schema';
import { reportJsonSchema } from '@keikaku/report/schema';

export interface SchemaResult {
  written: string[];
  stale: string[];
}

export function schema(root: string, opts: { check: boolean }): SchemaResult {
  const dir = join(root, 'schemas');
  const result: SchemaResult = { written: [], stale: [] };
  // The report JSON's schema comes from @keikaku/report (its light ./schema entry: Zod only).
  for (const [name, body] of Object.entries({ ...jsonSchemas(), 'report.schema.json': reportJsonSchema() })) {
    const file = join(dir, name);
    const text = `${JSON.stringify(body, null, 2)}\n`;
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    if (opts.check) result.stale.push(`schemas/${name}`);
    else {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, text);
      result.written.push(`schemas/${name}`);
    }
  }
  return result;
}
