/**
 * No keikaku command executes a plan or progress module. Each hostile module
 * below would, if run, write a marker file, exit the process, hang, print into
 * the JSON output or throw from a timer. `check` and `export` must instead
 * refuse it at its line, finish, and leave no marker.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@keikaku/core';
import { runCli } from '../support/run-cli.js';
import { planModule, tempWorkspace } from '../support/temp-workspace.js';

const hostile: Record<string, string> = {
  'writes-file': "import { writeFileSync } from 'node:fs';\nwriteFileSync(new URL('./MARKER', import.meta.url), 'ran');",
  'exits': 'process.exit(0);',
  'loops': 'while (true) {}',
  'awaits-forever': 'await new Promise(() => {});',
  'prints': "console.log('{\"not\": \"json\"}');",
  'throws-later': "setTimeout(() => { throw new Error('boom'); }, 0);",
};

describe('plans are data: hostile modules are refused, never run', () => {
  const files: Record<string, string> = {};
  for (const [id, code] of Object.entries(hostile)) files[`plans/${id}/plan.ts`] = planModule(id, code);
  // a progress module that would run code too
  files['plans/prints/progress/2024.ts'] =
    "import { defineProgress, fy } from '@keikaku/schema';\nimport plan from '../plan.js';\nprocess.stdout.write('garbage');\nexport default defineProgress(plan, { plan: 'prints', fy: fy(2024), actuals: [] });\n";
  const dir = tempWorkspace(files);

  it('check finishes, exits 1, and locates each refusal at the offending line', () => {
    const r = runCli(['check', '--root', dir, '--format', 'json']);
    expect(r.status).toBe(1);
    const findings = JSON.parse(r.stdout) as Finding[]; // the output is still valid JSON
    for (const id of Object.keys(hostile)) {
      const f = findings.find((x) => x.file === `plans/${id}/plan.ts` && x.source === 'reader');
      expect(f, id).toBeDefined();
      expect(f!.line, id).toBeGreaterThanOrEqual(2);
    }
    expect(findings.some((f) => f.file === 'plans/prints/progress/2024.ts' && f.ruleId === 'reader/statement' && f.line === 3)).toBe(true);
    expect(r.stdout + r.stderr).not.toContain('garbage');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'plans/writes-file/MARKER'))).toBe(false);
  });

  it('export refuses them too, writes nothing and runs nothing', () => {
    for (const id of Object.keys(hostile)) {
      const r = runCli(['export', id, '--root', dir, '--out', join(dir, 'out', `${id}.json`)]);
      expect(r.status, id).toBe(1);
      expect(existsSync(join(dir, 'out', `${id}.json`)), id).toBe(false);
    }
    expect(existsSync(join(dir, 'plans/writes-file/MARKER'))).toBe(false);
  });
});
