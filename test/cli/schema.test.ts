/** schemas/ is generated from the Zod schemas; a stale committed schema fails the suite. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '@keikaku/schema';
import { ROOT, runCli } from '../support/run-cli.js';

describe('schemas/', () => {
  it.each(Object.keys(jsonSchemas()))('committed %s equals what the Zod schema generates', (name) => {
    const committed = readFileSync(join(ROOT, 'schemas', name), 'utf8');
    expect(committed, 'schemas/ is stale: run `pnpm keikaku schema` and commit the result').toBe(
      `${JSON.stringify(jsonSchemas()[name], null, 2)}\n`,
    );
  });

  it('the plan schema documents the value shapes and years for editors', () => {
    const text = readFileSync(join(ROOT, 'schemas', 'plan.schema.json'), 'utf8');
    for (const needle of ['tbd', 'notStated', 'parts', 'milestone', '"↗"', '年度末時点', '中間見直し']) expect(text).toContain(needle);
  });

  it('`keikaku schema --check` fails on a stale copy and `keikaku schema` repairs it', () => {
    const root = mkdtempSync(join(tmpdir(), 'keikaku-schema-'));
    mkdirSync(join(root, 'plans'));
    mkdirSync(join(root, 'schemas'));
    writeFileSync(join(root, 'schemas', 'plan.schema.json'), '{}\n');
    const stale = runCli(['--root', root, 'schema', '--check']);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('schemas/plan.schema.json');
    expect(stale.stderr).toContain('stale JSON Schema');
    const write = runCli(['--root', root, 'schema']);
    expect(write.status).toBe(0);
    expect(runCli(['--root', root, 'schema', '--check']).status).toBe(0);
    expect(JSON.parse(readFileSync(join(root, 'schemas', 'progress.schema.json'), 'utf8')).title).toContain('進捗状況');
  });
});
