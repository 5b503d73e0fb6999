/**
 * A validator of SARIF 2.1.0 against the official schema (oasis-tcs/sarif-spec,
 * sarif-2.1/schema/sarif-schema-2.1.0.json, vendored under packages/lint/test/fixtures).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { ROOT } from './run-cli.js';

export function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(ROOT, 'packages/lint/test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  // The official schema is draft-04 (`id`); Ajv 8 reads it as draft-07 once the id is `$id`.
  const { $schema: _drop, id, ...rest } = schema;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s));
  ajv.addFormat('uri-reference', () => true);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ ...rest, $id: String(id) });
}
