/**
 * 改訂履歴 with changesets: `keikaku changeset` writes one changeset per plan
 * (flags, or answers in Japanese on stdin), and changesets' own
 * `changeset version` in a temporary copy of the repository turns it into the
 * plan's CHANGELOG.md through @keikaku/changelog-ja, byte for byte: Japanese
 * untouched (no Prettier), no "Updated dependencies", no other city's notes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initRepo } from '../support/git.js';
import { ROOT, runCli } from '../support/run-cli.js';

let dir: string;

/** The repository's workspace as changesets sees it (package.json files, CHANGELOGs, config), with no pending changesets. */
function copyRepository(): string {
  const d = mkdtempSync(join(tmpdir(), 'keikaku-changesets-'));
  for (const f of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json', '.changeset/README.md']) cpSync(join(ROOT, f), join(d, f));
  for (const group of ['packages', 'plans']) {
    for (const name of readdirSync(join(ROOT, group))) {
      for (const f of ['package.json', 'CHANGELOG.md', 'plan.ts']) {
        try {
          cpSync(join(ROOT, group, name, f), join(d, group, name, f));
        } catch {
          /* not every package has every file */
        }
      }
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(d, 'node_modules'));
  initRepo(d);
  return d;
}

const read = (rel: string) => readFileSync(join(dir, rel), 'utf8');
const original = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');
const pending = () => readdirSync(join(dir, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');

beforeEach(() => {
  dir = copyRepository();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('keikaku changeset', () => {
  it('writes one changeset per plan from flags, asking nothing', () => {
    const r = runCli(['changeset', '--plan', 'sapporo', '--kind', '中間見直し', '--date', '2026-03-31', '--summary', '目標値を見直した。'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [file] = pending();
    expect(file).toMatch(/^sapporo-20260331-[0-9a-f]{6}\.md$/);
    expect(r.stdout).toBe(`✔ .changeset/${file} を書きました（sapporo・中間見直し・2026-03-31・2025年度） (wrote the changeset)\n`);
    expect(read(`.changeset/${file}`)).toBe('---\n"@keikaku-plans/sapporo": minor\n---\n\n種別: 中間見直し\n日付: 2026-03-31\n年度: 2025\n\n目標値を見直した。\n');
  });

  it('asks in Japanese for what the flags leave out (plan, kind, text) and reads the answers', () => {
    const ids = readdirSync(join(dir, 'plans')).sort();
    const r = runCli(['changeset', '--date', '2026-05-10'], { cwd: dir, input: `${ids.indexOf('otaru') + 1}\n4\n計画期間の誤記を訂正した。\n令和3年度〜令和5年度。\n\n` });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('どの計画が変わりましたか (which plan changed?)');
    expect(r.stderr).toContain('変更の種類は (kind of change?)');
    expect(r.stderr).toContain('4) 訂正 (a correction of the encoding; the plan itself did not change)');
    const [file] = pending();
    expect(read(`.changeset/${file}`)).toBe('---\n"@keikaku-plans/otaru": patch\n---\n\n種別: 訂正\n日付: 2026-05-10\n年度: 2026\n\n計画期間の誤記を訂正した。\n令和3年度〜令和5年度。\n');
  });

  it('without a terminal and without the flags, says which flag is missing (exit 2) and writes nothing', () => {
    const r = runCli(['changeset', '--plan', 'sapporo', '--summary', 'x'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('変更の種類が選ばれていません（--kind <種別> で指定できます）');
    const bad = runCli(['changeset', '--plan', 'sapporo', '--kind', '見直し', '--summary', 'x'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('変更の種類「見直し」は使えません。使える種類: 新規策定・中間見直し・改定・訂正');
    expect(pending()).toEqual([]);
  });

  it.each([
    ['2025-02-30', '--date: 日付 2025-02-30 は存在しない日付です（2025年2月は28日まで）', '--date: date 2025-02-30 does not exist (2025-02 has 28 days)'],
    ['2025-2-3', '--date: 日付 "2025-2-3" は YYYY-MM-DD 形式ではありません', '--date: date "2025-2-3" is not in YYYY-MM-DD form'],
  ])('--date %s is refused by the one calendar parser (exit 2), and nothing is written', (date, ja, en) => {
    const r = runCli(['changeset', '--plan', 'sapporo', '--kind', '訂正', '--date', date, '--summary', 'x'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(ja);
    expect(r.stderr).toContain(en);
    expect(pending()).toEqual([]);
  });
});

describe('changeset version with @keikaku/changelog-ja', () => {
  it("writes the plan's 改訂履歴 byte for byte: kind, date and 年度, Japanese untouched, no dependency lines, no other city's notes", () => {
    expect(runCli(['changeset', '--plan', 'sapporo', '--kind', '中間見直し', '--date', '2026-03-31', '--fy', '令和7年度', '--summary', '成果指標「見守り活動を実施・継続する地区の割合」の目標値（2024年度〜2029年度）を 100% から 95% に見直した。\n社会福祉法第107条に基づく推進委員会の意見による。'], { cwd: dir }).status).toBe(0);
    // A code change in the same release: its notes and its version must not reach any plan's history.
    writeFileSync(join(dir, '.changeset/schema-change.md'), '---\n"@keikaku/schema": minor\n---\n\nA new schema field.\n');
    const v = runCli(['changeset', 'version'], { cwd: dir });
    expect(v.status, v.stderr).toBe(0);

    const head = '# @keikaku-plans/sapporo\n';
    const before = original('plans/sapporo/CHANGELOG.md');
    expect(before.startsWith(head)).toBe(true);
    expect(read('plans/sapporo/CHANGELOG.md')).toBe(
      // changesets' own headings, joined as it joins them (Prettier, now off, used to add the blank line after "## 1.1.0").
      `${head}\n## 1.1.0\n### Minor Changes\n\n` +
        '- 【中間見直し】2026-03-31・2025年度（令和7年度）\n' +
        '  成果指標「見守り活動を実施・継続する地区の割合」の目標値（2024年度〜2029年度）を 100% から 95% に見直した。\n' +
        '  社会福祉法第107条に基づく推進委員会の意見による。\n' +
        before.slice(head.length),
    );
    expect(read('plans/sapporo/CHANGELOG.md')).not.toMatch(/Updated dependencies|2024 年度|第 107 条/);
    expect(JSON.parse(read('plans/sapporo/package.json')).version).toBe('1.1.0');
    // The other plans are not versioned by the schema's release, and their histories are untouched.
    for (const id of readdirSync(join(ROOT, 'plans')).filter((p) => p !== 'sapporo')) {
      expect(read(`plans/${id}/CHANGELOG.md`), id).toBe(original(`plans/${id}/CHANGELOG.md`));
      expect(read(`plans/${id}/package.json`), id).toBe(original(`plans/${id}/package.json`));
    }
    expect(read('packages/schema/CHANGELOG.md')).toBe('# @keikaku/schema\n\n## 0.2.0\n### Minor Changes\n\n- A new schema field.\n');
    expect(pending()).toEqual([]);
  });

  it('refuses a changeset that names two plans, and changes no file', () => {
    writeFileSync(join(dir, '.changeset/two-cities.md'), '---\n"@keikaku-plans/sapporo": patch\n"@keikaku-plans/otaru": patch\n---\n\n種別: 訂正\n日付: 2026-04-02\n\n両市の訂正\n');
    const v = runCli(['changeset', 'version'], { cwd: dir });
    expect(v.status).not.toBe(0);
    expect(v.status).toBe(1);
    expect(v.stderr).toBe(
      '✖ .changeset/two-cities.md: 計画の changeset は一つの計画だけを挙げます（挙がっているもの: @keikaku-plans/sapporo, @keikaku-plans/otaru）。計画ごとに pnpm keikaku changeset で分けてください\n' +
        "  (.changeset/two-cities.md: a plan's changeset names one plan only, so that no city's notes go into another's 改訂履歴 (it names @keikaku-plans/sapporo, @keikaku-plans/otaru))\n" +
        '何も書き換えていません (nothing was changed)\n',
    );
    for (const id of ['sapporo', 'otaru']) expect(read(`plans/${id}/CHANGELOG.md`)).toBe(original(`plans/${id}/CHANGELOG.md`));
    expect(pending()).toEqual(['two-cities.md']);
  });

  it('refuses a plan changeset without 種別 or 日付, naming the file', () => {
    writeFileSync(join(dir, '.changeset/no-kind.md'), '---\n"@keikaku-plans/sapporo": patch\n---\n\n目標値を直した\n');
    const v = runCli(['changeset', 'version'], { cwd: dir });
    expect(v.status).not.toBe(0);
    expect(v.stdout + v.stderr).toContain('.changeset/no-kind.md: 「種別:」の行がありません（新規策定・中間見直し・改定・訂正）');
    expect(v.stderr).not.toMatch(/\n\s+at /);
    // changesets' own command, run directly, stops too, and prints the same message without a stack trace.
    const raw = spawnSync(process.execPath, [join(dir, 'node_modules/@changesets/cli/bin.js'), 'version'], { cwd: dir, encoding: 'utf8' });
    expect(raw.status).not.toBe(0);
    expect(raw.stdout + raw.stderr).toContain('.changeset/no-kind.md: 「種別:」の行がありません');
    expect(raw.stdout + raw.stderr).not.toMatch(/\n.*\s+at .*\(.*:\d+:\d+\)/);
    expect(read('plans/sapporo/CHANGELOG.md')).toBe(original('plans/sapporo/CHANGELOG.md'));
  });
});

describe("the repository's pending changesets", () => {
  it('each becomes a 改訂履歴 entry (one plan, 種別, 日付), so that changeset version will not stop on them', async () => {
    const parse = (await import('@changesets/parse')).default;
    const { getReleaseLine } = await import('@keikaku/changelog-ja');
    const files = readdirSync(join(ROOT, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    for (const f of files) {
      const cs = parse(readFileSync(join(ROOT, '.changeset', f), 'utf8'));
      const line = await getReleaseLine({ id: f.replace(/\.md$/, ''), ...cs }, cs.releases[0]!.type);
      expect(line, f).toMatch(/^- \S/);
    }
  });
});
