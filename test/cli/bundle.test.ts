/**
 * The `keikaku` command runs from its bundle (core's bundle/launch.mjs); with
 * KEIKAKU_BUNDLE=0 it runs its TypeScript through tsx, as before bundles. Both
 * must print the same bytes for the same command: here lint, check and a
 * JSON/CSV report over the bundled plans.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

const BIN = join(ROOT, 'packages/cli/bin/keikaku.mjs');

function keikaku(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', NODE_DEBUG: 'keikaku', ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('keikaku from its bundle', () => {
  it('prints what it prints through tsx, for lint, check and report', () => {
    const commands = [
      ['lint', '--format', 'json'],
      ['check', '--format', 'json'],
    ];
    for (const args of commands) {
      const bundled = keikaku(args, {});
      const source = keikaku(args, { KEIKAKU_BUNDLE: '0' });
      expect(bundled.stderr).toMatch(/launch: .*main\.ts from its bundle|bundle: built/);
      expect(source.stderr).toMatch(/through tsx: KEIKAKU_BUNDLE=0/);
      expect(bundled.status).toBe(source.status);
      expect(JSON.parse(bundled.stdout)).toEqual(JSON.parse(source.stdout));
      expect(bundled.stdout).toBe(source.stdout);
    }
    const outs = ['a', 'b'].map((k) => mkdtempSync(join(ROOT, 'test', '.tmp', `bundle-report-${k}-`)));
    const a = keikaku(['report', '--all', '--fy', '2024', '--format', 'json,csv', '--date', '2025-06-01', '--out', outs[0]!], {});
    const b = keikaku(['report', '--all', '--fy', '2024', '--format', 'json,csv', '--date', '2025-06-01', '--out', outs[1]!], { KEIKAKU_BUNDLE: '0' });
    expect([a.status, b.status]).toEqual([0, 0]);
    const plans = readdirSync(outs[0]!).sort();
    expect(plans).toEqual(readdirSync(outs[1]!).sort());
    expect(plans.length).toBeGreaterThan(0);
    for (const plan of plans) {
      for (const f of readdirSync(join(outs[0]!, plan))) expect(readFileSync(join(outs[0]!, plan, f), 'utf8')).toBe(readFileSync(join(outs[1]!, plan, f), 'utf8'));
    }
  }, 240_000);
});
