/**
 * `keikaku lint` writes each plan's findings as the plan finishes (memory stays
 * bounded at 1,741 plans). Its output must be byte for byte what the whole-run
 * formatters give for the same findings: here the bundled plans plus a copy of
 * 札幌 under an id (`sapporo-kita`) whose path sorts before `sapporo/` although
 * the id sorts after it, and a suppression of one rule by configuration.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { errorCount, listPlans } from '@keikaku/core';
import { FORMATS, format, formatStream, lintPlans, lintWorkspace, memorySpool } from '@keikaku/lint';
import { lint } from '../../packages/cli/src/commands/lint.js';

const repo = join(import.meta.dirname, '..', '..');
const root = mkdtempSync(join(tmpdir(), 'keikaku-lint-stream-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - plans/*\n');
for (const p of listPlans(repo)) {
  cpSync(p.dir, join(root, 'plans', p.id), { recursive: true, filter: (src) => !src.includes('node_modules') });
}
cpSync(join(root, 'plans', 'sapporo'), join(root, 'plans', 'sapporo-kita'), { recursive: true });
writeFileSync(join(root, 'plans', 'otaru', 'keikaku.config.json'), JSON.stringify({ rules: { 'prose/*': { severity: 'off', reason: 'テスト (test)' }, 'plan-period-ended': { severity: 'off', reason: 'テスト (test)' } } }));

const today = '2025-06-30';

async function streamed(formatName: (typeof FORMATS)[number], ids: string[]) {
  let out = '';
  const code = await lint(
    { root, ids, profile: 'publish', format: formatName, fix: false, fixDryRun: false, rules: [], today, prose: 'basic', version: '9.9.9' },
    { stdout: (s) => (out += s), stderr: () => {} },
  );
  return { out, code };
}

async function whole(formatName: (typeof FORMATS)[number], ids: string[]) {
  const r = await lintWorkspace(root, ids, { profile: 'publish', rules: [], today, prose: { level: 'basic' } });
  const text = format(formatName, r.findings, { plans: r.plans.length, files: r.files, color: false, version: '9.9.9' });
  return { out: text ? `${text}\n` : '', code: errorCount(r.findings) > 0 ? 1 : 0, findings: r.findings.length };
}

describe('lint output written plan by plan', () => {
  for (const name of FORMATS) {
    it(`${name}: the same bytes and exit code as the whole-run formatter`, async () => {
      for (const ids of [[], ['sapporo-kita', 'otaru', 'sapporo'], ['kanazawa']]) {
        const a = await streamed(name, ids);
        const b = await whole(name, ids);
        expect(b.findings).toBeGreaterThan(0);
        expect(a.out).toBe(b.out);
        expect(a.code).toBe(b.code);
      }
    });
  }

  it('covers what the comparison needs: several plans, suppressed findings, and the path order unlike the id order', async () => {
    const r = await lintWorkspace(root, [], { profile: 'publish', today, prose: { level: 'basic' } });
    const files = [...new Set(r.findings.map((f) => f.file.split('/')[1]))];
    expect(files.indexOf('sapporo-kita')).toBeLessThan(files.indexOf('sapporo'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(r.findings.some((f) => f.suppressed)).toBe(true);
  });

  it('the library path (formatStream with its memory spool) gives the same SARIF as the whole-run formatter', async () => {
    const stream = formatStream('sarif', { version: '9.9.9', spool: memorySpool() });
    let out = '';
    let plans = 0;
    let files = 0;
    for await (const r of lintPlans(root, [], { profile: 'publish', today, prose: { level: 'basic' }, order: 'file' })) {
      plans++;
      files += r.files.length;
      out += stream.push(r.findings);
    }
    for (const chunk of stream.end({ plans, files })) out += chunk;
    expect(out).toBe((await whole('sarif', [])).out.trimEnd());
  });
});
