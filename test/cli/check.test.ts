/**
 * `keikaku check` end to end: the real bin, the real TypeScript compiler and
 * the broken fixture plans in test/fixtures/check/plans.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

import type { Finding } from '@keikaku/core';

describe('keikaku check on the bundled plans', () => {
  it('passes with exit 0', () => {
    const r = runCli(['check']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/✔ \d+ 計画・\d+ ファイル .*問題はありません \(no problems\)/);
    expect(r.status).toBe(0);
  });

  it('checks only the named plan', () => {
    const r = runCli(['check', 'sapporo']);
    expect(r.stdout).toContain('✔ 1 計画・2 ファイル');
    expect(r.status).toBe(0);
  });

  it('refuses an unknown or unsafe plan id with a usage error (exit 2), not a stack trace', () => {
    const unknown = runCli(['check', 'nagoya']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('計画 "nagoya" は plans/ にありません');
    expect(unknown.stderr).toContain('sapporo');
    const traversal = runCli(['check', '../etc']);
    expect(traversal.status).toBe(2);
    expect(traversal.stderr).toContain('使えない形');
    for (const r of [unknown, traversal]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('keikaku check on broken fixture plans', () => {
  const run = runCli(['check', '--root', 'test/fixtures/check', '--format', 'json']);
  const findings = JSON.parse(run.stdout) as Finding[];
  const find = (plan: string) => findings.filter((f) => f.file.startsWith(`plans/${plan}/`));

  it('exits 1', () => {
    expect(run.status).toBe(1);
  });

  // plan | file | line | ruleId | plan path | Japanese text
  it.each([
    ['target-before-baseline', 'plan.ts', 32, 'target-before-baseline', 'goals[0].policies[0].indicators[0].target.fy', '目標年度 2020年度（令和2年度） が基準年度 2022年度（令和4年度） より前です'],
    ['bad-check-digit', 'plan.ts', 6, 'schema/lg-code-check-digit', 'municipality.code', '検査数字が合いません'],
    ['percent-over-100', 'plan.ts', 32, 'percent-range', 'goals[0].policies[0].indicators[0].target.value', '0〜100 の範囲外'],
    ['raw-year-string', 'plan.ts', 31, 'tsc/TS2322', 'goals[0].policies[0].indicators[0].baseline.fy', '年度の書き方が違います'],
    ['unit-outside-set', 'plan.ts', 29, 'tsc/TS2322', 'goals[0].policies[0].indicators[0].unit', '単位が一覧にありません'],
    ['bad-helper-arg', 'plan.ts', 32, 'reader/helper-argument', 'goals[0].policies[0].indicators[0].target.fy', '令和0年度 は存在しません'],
    ['id-mismatch', 'plan.ts', 5, 'workspace/plan-id-folder', 'id', 'フォルダ名 plans/id-mismatch と一致しません'],
    // check's compiler leaves a lone misspelt key to Zod's strict objects (plan-api.ts), which name the nearest key.
    ['unknown-field', 'plan.ts', 30, 'schema/unrecognized_keys', 'goals[0].policies[0].indicators[0].meausre', '使えない項目名です: meausre（measure の書き間違いでは？）'],
    ['syntax-error', 'plan.ts', 29, 'tsc/TS1005', 'goals[0].policies[0].indicators[0].unit', '構文エラー'],
  ])('%s: %s:%i %s at %s', (plan, file, line, ruleId, path, ja) => {
    const list = find(plan);
    expect(list, JSON.stringify(list)).toHaveLength(1);
    const f = list[0]!;
    expect(f.file).toBe(`plans/${plan}/${file}`);
    expect(f.line).toBe(line);
    expect(f.ruleId).toBe(ruleId);
    expect(f.path).toBe(path);
    expect(f.message.ja).toContain(ja);
    expect(f.message.en.length).toBeGreaterThan(0);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
  });

  it('reports every mistake of a broken progress module, located', () => {
    const list = find('bad-progress').map((f) => [f.file, f.line, f.ruleId, f.path]);
    expect(list).toEqual([
      ['plans/bad-progress/progress/2024.ts', 9, 'tsc/TS2322', 'actuals[0].indicator'],
      ['plans/bad-progress/progress/2024.ts', 10, 'provisional-as-of', 'actuals[1].asOf'],
      ['plans/bad-progress/progress/2024.ts', 11, 'provisional-as-of', 'actuals[2].asOf'],
      ['plans/bad-progress/progress/R6.ts', 1, 'workspace/progress-file-name', undefined],
    ]);
  });

  it('prints readable located text with a fix, and no stack trace', () => {
    const r = runCli(['check', '--root', 'test/fixtures/check', 'target-before-baseline', 'bad-helper-arg']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('plans/target-before-baseline/plan.ts:32:29');
    expect(r.stdout).toContain('(target year 2020年度（令和2年度） is before baseline year 2022年度（令和4年度）)');
    expect(r.stdout).toContain('→ 原典の目標年度・基準年度を確認してください。');
    expect(r.stdout).toContain('plans/bad-helper-arg/plan.ts:32:29');
    expect(r.stdout).toMatch(/✖ 2 計画・2 ファイル .*: エラー 2・警告 0・情報 0 \(2 error\(s\), 0 warning\(s\), 0 info\)/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });
});
