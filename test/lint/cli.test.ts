/**
 * `keikaku lint` end to end, as a user or CI runs it (the real bin in a child
 * process): exit codes, formats, --fix and --fix-dry-run on a throw-away
 * workspace, suppressions and per-plan configuration shown in the output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { tempWorkspace } from '../support/temp-workspace.js';

/** A small plan with two fixable defects, one gap and a suppressed one. */
const PLAN = `import { definePlan, fy, reiwa, notStated } from '@keikaku/schema';

export default definePlan({
  id: 'demo',
  municipality: { name: '札幌市', code: '011002', prefecture: '北海道' },
  title: 'デモ計画',
  edition: '第1期',
  period: { start: fy(2024), end: fy(2029) },
  legalBasis: ['社会福祉法第107条'],
  encompasses: [],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' },
  goals: [
    {
      id: 'g1',
      no: 1,
      title: '目標1',
      description: ['計画期間は2024年度（令和5年度）から。令和1年度の評価を踏まえ、相談件数は1 2 5 件。'],
      indicators: [
        { id: 'a', name: '参加者の割合', unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: { direction: '↗' } } },
        // keikaku-disable-next-line missing-target -- 数値目標は設定しない（計画書 p.12）
        { id: 'b', name: '相談の割合', unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: { direction: '↗' } } },
      ],
    },
  ],
  source: { file: 'fixture', title: 'fixture', scope: 'テスト' },
});
`;
const FIXED_DESC = "description: ['計画期間は2024年度（令和6年度）から。令和元年度の評価を踏まえ、相談件数は125 件。'],";

function workspace(extra: Record<string, string> = {}): string {
  return tempWorkspace({ 'plans/demo/plan.ts': PLAN, ...extra });
}

describe('keikaku lint', () => {
  it('draft: warnings only, exit 0; the suppressed finding is shown with its reason', () => {
    const dir = workspace();
    const r = runCli(['lint', '--root', dir, '--today', '2025-06-01', '--prose', 'off']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1); // era-pair is an error (a statement that is wrong), whatever the profile
    expect(r.stdout).toContain('era-pair');
    expect(r.stdout).toContain('抑止の理由 (reason): 数値目標は設定しない（計画書 p.12）');
    expect(r.stdout).toMatch(/抑止 1 件 \(1 suppressed\)/);
  });

  it('publish: the gap becomes an error; --rule narrows the run', () => {
    const dir = workspace();
    const draft = runCli(['lint', '--root', dir, '--today', '2025-06-01', '--prose', 'off', '--rule', 'missing-target', '--format', 'json']);
    expect(draft.status).toBe(0);
    const dj = JSON.parse(draft.stdout) as { ruleId: string; severity: string; suppressed?: unknown }[];
    expect(dj.map((f) => [f.ruleId, f.severity, Boolean(f.suppressed)])).toEqual([
      ['missing-target', 'warning', false],
      ['missing-target', 'warning', true],
    ]);
    const publish = runCli(['lint', '--root', dir, '--today', '2025-06-01', '--prose', 'off', '--rule', 'missing-target', '--profile', 'publish', '--format', 'json']);
    expect(publish.status).toBe(1);
    expect((JSON.parse(publish.stdout) as { severity: string }[]).map((f) => f.severity)).toEqual(['error', 'error']);
  });

  it('--fix-dry-run prints a unified diff and writes nothing; --fix writes exactly those edits, and a second --fix changes nothing', () => {
    const dir = workspace();
    const file = join(dir, 'plans/demo/plan.ts');
    const dry = runCli(['lint', '--root', dir, '--today', '2025-06-01', '--prose', 'off', '--fix-dry-run']);
    expect(readFileSync(file, 'utf8')).toBe(PLAN);
    expect(dry.stdout).toContain('--- a/plans/demo/plan.ts');
    expect(dry.stdout).toContain('+++ b/plans/demo/plan.ts');
    expect(dry.stdout).toContain(`+      ${FIXED_DESC}`);
    expect(dry.stderr).toContain('修正できる箇所 3 件');

    const fix = runCli(['lint', '--root', dir, '--today', '2025-06-01', '--prose', 'off', '--fix']);
    expect(fix.stderr).toContain('3 件を修正しました');
    const after = readFileSync(file, 'utf8');
    // every other byte unchanged
    expect(after).toBe(PLAN.replace(/description: \[.*\],/, FIXED_DESC));
    expect(fix.stdout).not.toContain('era-pair');
    expect(fix.status).toBe(0);

    const again = runCli(['lint', '--root', dir, '--today', '2025-06-01', '--prose', 'off', '--fix']);
    expect(again.stderr).toContain('nothing to fix');
    expect(readFileSync(file, 'utf8')).toBe(after);
  });

  it('per-plan configuration turns a rule off with its reason (shown as suppressed)', () => {
    const dir = workspace({ 'plans/demo/keikaku.config.json': JSON.stringify({ rules: { 'missing-target': { severity: 'off', reason: '概要版のため' } } }) });
    const r = runCli(['lint', '--root', dir, '--today', '2025-06-01', '--prose', 'off', '--rule', 'missing-target', '--format', 'json']);
    const j = JSON.parse(r.stdout) as { suppressed?: { kind: string; reason: string } }[];
    expect(j.map((f) => f.suppressed)).toEqual([
      { kind: 'config', reason: '概要版のため' },
      { kind: 'inline', reason: '数値目標は設定しない（計画書 p.12）' },
    ]);
    expect(r.status).toBe(0);
  });

  it('formats sarif and github on the seed plans', () => {
    const s = runCli(['lint', 'sapporo', '--format', 'sarif', '--today', '2025-06-01']);
    expect(JSON.parse(s.stdout).version).toBe('2.1.0');
    const g = runCli(['lint', 'sapporo', '--format', 'github', '--today', '2025-06-01']);
    expect(g.stdout.split('\n').filter(Boolean).every((l) => /^::(error|warning|notice) file=plans\/sapporo\//.test(l))).toBe(true);
    expect(g.status).toBe(0);
  });

  it.each([
    [['lint', '--rule', 'no-such-rule'], 'ルール "no-such-rule" はありません'],
    [['lint', '--today', '2025-02-30'], '2025年2月は28日まで'],
    [['lint', '--today', '2025/02/28'], 'YYYY-MM-DD'],
    [['lint', '--fix', '--fix-dry-run'], '同時に使えません'],
    [['lint', 'nowhere'], '計画 "nowhere" は plans/ にありません'],
    [['lint', '--profile', 'final'], '引数の値が使えません'],
  ])('usage error %j exits 2', (args, ja) => {
    const r = runCli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(ja);
    expect(r.stdout).toBe('');
  });

  it('a plan whose structure is broken is reported, not linted, and exits 1', () => {
    const dir = workspace();
    writeFileSync(join(dir, 'plans/demo/plan.ts'), PLAN.replace("id: 'demo'", 'id: 42'));
    const r = runCli(['lint', '--root', dir, '--prose', 'off', '--format', 'json']);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { source: string }[]).some((f) => f.source === 'schema')).toBe(true);
  });
});
