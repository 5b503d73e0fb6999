/**
 * A city adds its own plan, and the suite stays green: in a temporary copy of
 * this repository, `keikaku new` makes a plan, then the plan-wide commands run
 * over every plan (check, lint, report --format json, export --all) and the
 * suite's own plan-wide test files (the ones that once counted the bundled
 * plans) run against the copy with vitest.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { git } from '../support/git.js';
import { ROOT, runCli } from '../support/run-cli.js';
import type { Finding } from '@keikaku/core';

let copy: string;

/** Every file git would commit (tracked and new, not ignored), and the installed node_modules by links. */
function copyRepository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keikaku-city-'));
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(ROOT, f))) continue; // deleted in the work tree
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(ROOT, f), join(dir, f));
  }
  // The installed dependencies: the root's and each workspace package's node_modules, linked.
  for (const pkg of ['.', ...['packages', 'plans'].flatMap((g) => readdirSync(join(ROOT, g)).map((n) => `${g}/${n}`))]) {
    if (existsSync(join(ROOT, pkg, 'node_modules')) && existsSync(join(dir, pkg))) symlinkSync(join(ROOT, pkg, 'node_modules'), join(dir, pkg, 'node_modules'));
  }
  return dir;
}

beforeAll(() => {
  copy = copyRepository();
  const r = runCli(['new', 'hakodate', '--name', '函館市', '--code', '012025'], { cwd: copy });
  expect(r.status, r.stderr).toBe(0);
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('after keikaku new adds a plan', () => {
  it('check passes over every plan, the new one included', () => {
    const r = runCli(['check', '--format', 'json'], { cwd: copy });
    expect(r.status, r.stdout.slice(0, 2000)).toBe(0);
    expect((JSON.parse(r.stdout) as Finding[]).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('lint --profile draft passes on the new plan; over every plan it reports only what the seed plans encode on purpose', () => {
    const mine = runCli(['lint', 'hakodate', '--profile', 'draft', '--format', 'json'], { cwd: copy });
    expect(mine.status, mine.stdout.slice(0, 2000)).toBe(0);
    const all = runCli(['lint', '--format', 'json', '--prose', 'off'], { cwd: copy });
    expect(all.status).toBeLessThan(2);
    const errors = (JSON.parse(all.stdout) as Finding[]).filter((f) => f.severity === 'error' && f.file.startsWith('plans/hakodate/'));
    expect(errors).toEqual([]);
  });

  it('report --all --format json writes a report for every plan, the new one included', () => {
    const out = join(copy, 'reports');
    const r = runCli(['report', '--all', '--fy', '2024', '--format', 'json', '--out', out], { cwd: copy });
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(out, 'hakodate', 'report-2024.json'), 'utf8')) as { plan: { id: string }; hasProgress: boolean };
    expect(json.plan.id).toBe('hakodate');
    expect(json.hasProgress).toBe(false);
  });

  it('export --all writes the new plan beside the others', () => {
    const out = join(copy, 'exports');
    const r = runCli(['export', '--all', '--out', out], { cwd: copy });
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(readFileSync(join(out, 'hakodate', 'plan.json'), 'utf8')) as { id: string }).id).toBe('hakodate');
  });

  it("the suite's plan-wide test files pass in the copy", () => {
    const files = ['test/lint/seeds.test.ts', 'test/report/cli.test.ts', 'test/cli/check.test.ts'];
    const r = spawnSync(process.execPath, [join(copy, 'node_modules/vitest/vitest.mjs'), 'run', ...files], {
      cwd: copy,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      timeout: 600_000,
    });
    expect(r.status, `${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`).toBe(0);
    expect(r.stdout).toMatch(/Test Files\s+3 passed \(3\)/);
  }, 600_000);
});
