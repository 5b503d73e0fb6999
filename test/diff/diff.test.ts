/**
 * `keikaku diff` on a real git repository made in the test: two commits of a
 * small plan and its progress, with every kind of change, read through the
 * static reader from `git cat-file` (never a checkout) and from the work tree.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffRevisions, type DiffResult } from '@keikaku/diff';
import { commitAll, git, initRepo, writeFiles } from '../support/git.js';
import { runCli } from '../support/run-cli.js';
import { BASE_PLAN, BASE_PROGRESS, CHANGESET, HEAD_PLAN, HEAD_PROGRESS, PACKAGE_JSON } from './fixture.js';

let dir: string;
let base: string;
let head: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'keikaku-diff-'));
  writeFiles(dir, {
    'pnpm-workspace.yaml': 'packages:\n  - plans/*\n',
    '.changeset/config.json': '{}\n',
    'plans/testshi/package.json': PACKAGE_JSON,
    'plans/testshi/plan.ts': BASE_PLAN,
    'plans/testshi/progress/2024.ts': BASE_PROGRESS,
    'plans/other/package.json': PACKAGE_JSON.replace('testshi', 'other'),
    'plans/other/plan.ts': BASE_PLAN.replace("id: 'testshi'", "id: 'other'"),
  });
  base = initRepo(dir, 'base');
  writeFiles(dir, { 'plans/testshi/plan.ts': HEAD_PLAN, 'plans/testshi/progress/2024.ts': HEAD_PROGRESS, '.changeset/testshi-mid-review.md': CHANGESET });
  head = commitAll(dir, 'head: 中間見直し');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kinds = (r: DiffResult) => r.plans[0]!.changes.map((c) => [c.kind, 'indicator' in c ? c.indicator : 'id' in c ? c.id : 'key' in c ? c.key : '', 'field' in c ? c.field : '']);

describe('keikaku diff between two commits', () => {
  it('lists only the plan that changed, with each change in plan terms', () => {
    const r = diffRevisions(dir, { base, head });
    expect(r.plans.map((p) => p.id)).toEqual(['testshi']);
    expect(r.plans[0]!.status).toBe('changed');
    expect(kinds(r)).toEqual([
      ['plan-changed', 'title', ''],
      ['node-renamed', 'g2', ''],
      ['node-added', 'p3', ''],
      ['node-added', 'i2', ''],
      ['indicator-changed', 'mimamori', 'target'],
      ['revision-added', 'mimamori', ''],
      ['indicator-renamed', 'sodan', ''],
      ['indicator-changed', 'sodan', 'unit'],
      ['indicator-changed', 'sodan', 'direction'],
      ['indicator-changed', 'sodan', 'baseline'],
      ['indicator-removed', 'koza', ''],
      ['indicator-moved', 'kokennin', ''],
      ['indicator-changed', 'kokennin', 'target'],
      ['indicator-added', 'salon', ''],
      ['actual-changed', 'sodan', ''],
      ['actual-removed', 'koza', ''],
      ['actual-added', 'kokennin', ''],
    ]);
  });

  it('says which target and baseline changes a revision record covers', () => {
    const r = diffRevisions(dir, { base, head });
    const cov = r.plans[0]!.changes.flatMap((c) => (c.kind === 'indicator-changed' && c.coverage ? [[c.indicator, c.field, c.parts, c.coverage]] : []));
    expect(cov).toEqual([
      ['mimamori', 'target', ['value'], { status: 'covered', by: '2025年度（令和7年度） 中間見直し' }],
      ['sodan', 'baseline', ['value'], { status: 'missing' }],
      ['kokennin', 'target', ['year'], { status: 'missing' }],
    ]);
    expect(r.plans[0]!.changeset).toEqual({ present: true, kinds: ['中間見直し'] });
  });

  it('writes Markdown for a pull-request comment: a table per plan with indicator names, before and after', () => {
    const r = runCli(['diff', base, head, '--format', 'markdown', '--check'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`## keikaku diff: \`${base}\` → \`${head}\`

計画 1 件に変更があります (1 plan(s) changed).

### テスト市地域福祉計画（改定版）（\`testshi\`）

| 変更 (change) | 指標・項目 (item) | 変更前 (before) | 変更後 (after) | 見直しの記録 (revision) |
|---|---|---|---|---|
| 計画の項目を変更 | 表題 | テスト市地域福祉計画 | テスト市地域福祉計画（改定版） |   |
| 目標の名称を変更 | 誰もが安心して暮らせる地域 | 安心して暮らせる地域 | 誰もが安心して暮らせる地域 |   |
| 施策を追加 | 災害への備え | — | 位置: 基本目標2 |   |
| 取組を追加 | 成年後見の相談窓口 | — | 位置: 基本目標2 ＞ 施策2 |   |
| 目標値 | 見守り活動の地区割合 | 100%・2029年度（令和11年度） | 95%・2029年度（令和11年度） | ✔ 2025年度（令和7年度） 中間見直し |
| 見直しの記録を追加 | 見守り活動の地区割合 | — | 2025年度（令和7年度） 中間見直し（地区の統合） |   |
| 指標名を変更 | 総合相談の件数 | 相談件数 | 総合相談の件数 |   |
| 単位 | 総合相談の件数 | 件 | 人 |   |
| 方向 | 総合相談の件数 | 増加 | 維持 |   |
| 基準値 | 総合相談の件数 | 1,200件・2022年度（令和4年度） | 1,250人・2022年度（令和4年度） | ⚠️ 記録なし |
| 指標を削除 | 講座の開催数 | 位置: 基本目標1 ＞ 施策1 | — |   |
| 指標を移動 | 市民後見人の数 | 基本目標2 ＞ 施策2 | 基本目標1 ＞ 施策1 |   |
| 目標年度 | 市民後見人の数 | 30人・2029年度（令和11年度） | 30人・2028年度（令和10年度） | ⚠️ 記録なし |
| 指標を追加 | サロンの数 | — | 位置: 基本目標2 ＞ 施策2 |   |
| 実績を変更（2024年度） | 総合相談の件数 | 1,300件（暫定・2024-12-31時点） | 1,310人 |   |
| 実績を削除（2024年度） | 講座の開催数 | 11回 | — |   |
| 実績を追加（2024年度） | 市民後見人の数 | — | 21人 |   |

改訂履歴（changeset）: あり（中間見直し） (changeset present)
- ❌ 「総合相談の件数」の基準値が変わりましたが、見直しの記録（revisions）がありません: 1,200件・2022年度（令和4年度） → 1,250人・2022年度（令和4年度） (the baseline of "sodan" changed with no revision record (add { fy, label, previous: { replaced: … } } to the indicator's revisions))
- ❌ 「市民後見人の数」の目標が変わりましたが、見直しの記録（revisions）がありません: 30人・2029年度（令和11年度） → 30人・2028年度（令和10年度） (the target of "kokennin" changed with no revision record (add { fy, label, previous: { target: … } } to the indicator's revisions))
`);
    expect(r.status).toBe(1);
  });

  it('without --check lists the same changes and exits 0', () => {
    const r = runCli(['diff', base, head], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('目標年度: 市民後見人の数\n      30人・2029年度（令和11年度） → 30人・2028年度（令和10年度）  [見直しの記録: ⚠️ 記録なし]');
    expect(r.stdout).not.toContain('✖');
  });

  it('prints JSON of the model', () => {
    const r = runCli(['diff', base, head, 'testshi', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as DiffResult;
    expect(out.plans).toHaveLength(1);
    expect(out.plans[0]!.changes.find((c) => c.kind === 'indicator-added')).toEqual({ kind: 'indicator-added', indicator: 'salon', name: 'サロンの数', where: '基本目標2 ＞ 施策2' });
  });

  it('names an unknown revision or plan as a usage error, exit 2, without a stack trace', () => {
    const rev = runCli(['diff', 'no-such-branch'], { cwd: dir });
    expect(rev.status).toBe(2);
    expect(rev.stderr).toContain('リビジョン "no-such-branch" が見つかりません');
    expect(rev.stderr).not.toMatch(/\n\s+at /);
    const plan = runCli(['diff', base, head, 'nagoya'], { cwd: dir });
    expect(plan.status).toBe(2);
    expect(plan.stderr).toContain('計画 "nagoya" は比べる二つのリビジョンのどちらにもありません');
  });
});

describe('keikaku diff against the work tree', () => {
  it('reads uncommitted changes; a changed plan without a changeset fails --check', () => {
    writeFileSync(join(dir, 'plans/other/plan.ts'), BASE_PLAN.replace("id: 'testshi'", "id: 'other'").replace("name: '講座の開催数'", "name: '講座の開催回数'"));
    try {
      const r = runCli(['diff', head, '--check'], { cwd: dir });
      expect(r.stdout).toContain('指標名を変更: 講座の開催回数\n      講座の開催数 → 講座の開催回数');
      expect(r.stdout).toContain('計画が変わりましたが changeset（改訂履歴）がありません');
      expect(r.status).toBe(1);
      // Only the renamed plan is shown; the head commit's own changes are not in this comparison.
      expect(r.stdout).not.toContain('testshi');
    } finally {
      git(dir, 'checkout', '--', 'plans/other/plan.ts');
    }
  });

  it('reports a module it cannot read at its line, and fails --check', () => {
    writeFileSync(join(dir, 'plans/testshi/plan.ts'), HEAD_PLAN.replace("title: '見守り',", "title: '見守り', ...extra,"));
    try {
      const r = runCli(['diff', head, '--check'], { cwd: dir });
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/plans\/testshi\/plan\.ts:\d+:\d+ 読めません: .*/);
      expect(r.stdout).not.toMatch(/\n\s+at /);
    } finally {
      git(dir, 'checkout', '--', 'plans/testshi/plan.ts');
    }
  });

  it('refuses a changeset that names two plans (no city’s notes in another’s 改訂履歴)', () => {
    writeFiles(dir, {
      'plans/other/plan.ts': BASE_PLAN.replace("id: 'testshi'", "id: 'other'").replace('value: 1500', 'value: 1600'),
      '.changeset/both.md': '---\n"@keikaku-plans/testshi": patch\n"@keikaku-plans/other": patch\n---\n\n種別: 訂正\n日付: 2026-04-02\n\n両方\n',
    });
    try {
      const r = runCli(['diff', head, 'other', '--check'], { cwd: dir });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('.changeset/both.md: 一つの changeset が複数のパッケージを挙げています（@keikaku-plans/testshi, @keikaku-plans/other）。計画ごとに分けてください');
    } finally {
      git(dir, 'checkout', '--', 'plans/other/plan.ts');
      rmSync(join(dir, '.changeset/both.md'));
    }
  });
});
