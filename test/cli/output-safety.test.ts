/**
 * What `export` (and every command that writes) must never do: overwrite a
 * plan, a seed, the code or any tracked file; leave a temporary file behind;
 * lose a file's mode; write through a symlink; or answer an environment fault
 * with "internal error".
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../support/run-cli.js';
import { tempWorkspace } from '../support/temp-workspace.js';

const noTrace = (s: string) => expect(s).not.toMatch(/\n\s+at |internal error/);

describe('export --out refuses the sources and tracked files', () => {
  it.each([
    ['plans/sapporo/plan.ts'],
    ['plans/sapporo/new.json'],
    ['seeds/000_8f57658859220697.txt'],
    ['packages/core/src/index.ts'],
    ['README.md'],
    ['package.json'],
  ])('refuses %s, and the file is unchanged', (target) => {
    const abs = join(ROOT, target);
    const before = existsSync(abs) ? readFileSync(abs) : undefined;
    const r = runCli(['export', 'sapporo', '--format', 'csv', '--out', target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/書き出せません|上書きしません/);
    noTrace(r.stderr);
    if (before) expect(readFileSync(abs).equals(before)).toBe(true);
    else expect(existsSync(abs)).toBe(false);
  });
});

describe('environment faults are the user\'s, said plainly with exit 2', () => {
  const dir = tempWorkspace();
  it('--out naming a directory', () => {
    mkdirSync(join(dir, 'adir'), { recursive: true });
    const r = runCli(['export', 'sapporo', '--out', join(dir, 'adir')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('フォルダです');
    noTrace(r.stderr);
  });
  it('--out below a file', () => {
    writeFileSync(join(dir, 'afile'), 'x');
    const r = runCli(['export', 'sapporo', '--out', join(dir, 'afile', 'out.json')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('フォルダでないもの');
    noTrace(r.stderr);
  });
  it('--out where writing is not permitted', () => {
    const r = runCli(['export', 'sapporo', '--out', '/sys/keikaku-out.json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/権限|読み取り専用|書き出せません/);
    noTrace(r.stderr);
  });
  it('a plan.ts that is a directory', () => {
    const ws = tempWorkspace();
    mkdirSync(join(ws, 'plans', 'odd', 'plan.ts'), { recursive: true });
    const r = runCli(['check', '--root', ws]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('plan.ts がファイルではなくフォルダです');
    noTrace(r.stdout + r.stderr);
  });
  it('check in a tree with no plans is a usage error', () => {
    const r = runCli(['check', '--root', tempWorkspace()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('計画がありません');
    noTrace(r.stderr);
  });
});

describe('replacing a file', () => {
  it('keeps its mode', () => {
    const out = join(tempWorkspace(), 'out.csv');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    expect(runCli(['export', 'sapporo', '--format', 'csv', '--out', out]).status).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(readFileSync(out, 'utf8')).toContain('sapporo');
  });
  it('refuses a symlink instead of writing through it', () => {
    const dir = tempWorkspace();
    writeFileSync(join(dir, 'target.txt'), 'keep');
    symlinkSync(join(dir, 'target.txt'), join(dir, 'link.csv'));
    const r = runCli(['export', 'sapporo', '--format', 'csv', '--out', join(dir, 'link.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('シンボリックリンク');
    expect(readFileSync(join(dir, 'target.txt'), 'utf8')).toBe('keep');
  });
  it('leaves no temporary file when a signal arrives between write and rename', () => {
    const dir = tempWorkspace();
    const script = join(dir, 'interrupt.ts');
    writeFileSync(
      script,
      `import { writeOutput } from '@keikaku/core';
writeOutput(${JSON.stringify(dir)}, ${JSON.stringify(join(dir, 'out.json'))}, '{"complete":true}', {
  beforeRename: () => { process.kill(process.pid, 'SIGTERM'); },
});
setTimeout(() => process.exit(0), 5000);
`,
    );
    const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(143);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toEqual({ complete: true });
  });
});

describe('export --all writes every plan in one process', () => {
  it('writes plan.json and indicators.csv per plan into --out', () => {
    const out = join(tempWorkspace(), 'reports');
    const r = runCli(['export', '--all', '--out', out]);
    expect(r.status).toBe(0);
    for (const id of ['sapporo', 'asahikawa', 'tomakomai', 'otaru', 'kanazawa']) {
      expect(JSON.parse(readFileSync(join(out, id, 'plan.json'), 'utf8')).id).toBe(id);
      expect(readFileSync(join(out, id, 'indicators.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
    }
  });
});

describe('usage errors are bilingual', () => {
  it.each([
    [['frobnicate'], '知らないコマンドです'],
    [['check', '--bogus'], '知らないオプションです'],
    [['export', 'sapporo', '--format', 'pdf'], '引数の値が使えません'],
    [['export', 'sapporo', '--format', 'xlsx'], 'xlsx は --template のときだけ使えます'],
    [['export', 'sapporo', '--template'], '--fy <年度> が必要です'],
    [['import', 'sapporo', 'x.ods', '--fy', '2024'], '読めるのは .xlsx と .csv です'],
    [['new', 'x', '--name', '札幌市', '--code', '011003'], '検査数字'],
    [['export'], 'を一つ指定するか'],
  ])('%j', (args, ja) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(ja);
    expect(r.stderr).toMatch(/\(.*[a-z].*\)/);
  });
  it('--version prints the version', () => {
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
