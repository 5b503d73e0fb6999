/**
 * Every rule's table (test/rules/<id>.cases.ts, one per rule, each calling
 * ruleTester) in one test file, so the lint package is imported once rather
 * than once per rule.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('./rules/', import.meta.url));
for (const f of readdirSync(dir).filter((x) => x.endsWith('.cases.ts')).sort()) await import(`./rules/${f}`);
