/**
 * `keikaku report`: the real bin once (CSV and JSON of 札幌), then the
 * command table in process (main(argv, io)) for shards, a plan with no
 * progress, refusals and exit codes. The PDF path is covered in e2e.test.ts
 * with a shared browser.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.js';
import { shardOf } from '../../packages/cli/src/commands/report.js';
import { evaluatePlan, reportCsv } from '@keikaku/report';
import { loadWorkspace } from '@keikaku/core';
import type { Plan } from '@keikaku/schema';
import { ROOT, runCli } from '../support/run-cli.js';
import { planModule, tempWorkspace } from '../support/temp-workspace.js';

const out = () => mkdtempSync(join(tmpdir(), 'keikaku-report-cli-'));
const csvLines = (file: string) => {
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  return text.slice(1).trimEnd().split('\r\n');
};
async function run(args: string[], env: Record<string, string> = {}, root = ROOT): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    const status = await main(['node', 'keikaku', '--root', root, ...args], { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
    return { status, stdout, stderr };
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

describe('keikaku report (csv, json)', () => {
  it('the bin writes 札幌 FY2024 as CSV (BOM, one row per indicator part per year) and JSON', () => {
    const dir = out();
    const r = runCli(['report', 'sapporo', '--fy', '令和6年度', '--format', 'csv,json', '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('✔ sapporo');
    const lines = csvLines(join(dir, 'sapporo', 'report-2024.csv'));
    expect(lines[0]).toBe('plan_id,goal,policy,indicator_id,indicator_name,part,unit,baseline_fy,baseline_value,fy,actual_value,qualifier,provisional,target_fy,target_value,achievement_rate,grade,city_grade,note');
    expect(lines).toHaveLength(1 + 9 * 2); // 9 indicators × (2023 参考, 2024)
    const shogai = lines.find((l) => l.includes(',shogai-kadai-kaiketsu,') && l.includes(',2024,'))!;
    expect(shogai).toMatch(/,件,2022,,2024,1817,,true,2029,5640,0\.15\d+,B\*,,/);
    const ref = lines.find((l) => l.includes(',mimamori-chiku-wariai,') && l.includes(',2023,'))!;
    expect(ref).toContain(',2023,98.9,参考値,false,2029,100,0.511111,B,,');
    const json = JSON.parse(readFileSync(join(dir, 'sapporo', 'report-2024.json'), 'utf8'));
    expect(json).toMatchObject({ format: 'keikaku-progress-report', fy: 2024, hasProgress: true, plan: { id: 'sapporo' } });
    expect(json.counts).toMatchObject({ 'B*': 1, D: 1, E: 7 });
  });

  it('a plan with no progress that year still gets a report: baselines, targets, grade E and the reason', async () => {
    const dir = out();
    const r = await run(['report', 'sapporo', '--fy', 'R7', '--format', 'json', '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('2025年度の進捗がないため');
    const json = JSON.parse(readFileSync(join(dir, 'sapporo', 'report-2025.json'), 'utf8'));
    expect(json.hasProgress).toBe(false);
    expect(json.counts).toMatchObject({ A: 0, B: 0, 'B*': 0, C: 0, D: 0, E: 9 });
    expect(JSON.stringify(json.goals)).toContain('2025年度の実績が記録されていない');
    // baselines and targets are still there
    expect(JSON.stringify(json.goals)).toContain('"text":"97.75%"');
  });

  it('--shard i/n takes every n-th plan of the sorted list: disjoint parts that cover every plan', async () => {
    const ids = ['tomakomai', 'sapporo', 'otaru', 'kanazawa', 'asahikawa'].map((id) => ({ id }));
    const parts = [1, 2, 3].map((index) => shardOf(ids, { index, count: 3 }).map((p) => p.id));
    expect(parts).toEqual([['asahikawa', 'sapporo'], ['kanazawa', 'tomakomai'], ['otaru']]);
    expect(shardOf(ids).map((p) => p.id)).toEqual(['asahikawa', 'kanazawa', 'otaru', 'sapporo', 'tomakomai']);
    // Its own workspace of five plans, so that the count does not depend on which plans are bundled.
    const ws = tempWorkspace(Object.fromEntries(['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => [`plans/${id}/plan.ts`, planModule(id)])));
    const dir = out();
    const r = await run(['report', '--all', '--fy', '2024', '--format', 'csv', '--out', dir, '--shard', '3/3'], {}, ws);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('shard 3/3: 1 of 5 plans');
    expect(readdirSync(dir)).toEqual(['p3']);
  });

  it('neutralises CSV cells a spreadsheet would run as a formula', () => {
    const doc = loadWorkspace(ROOT, ['sapporo']).plans[0]!;
    const plan = structuredClone(doc.plan!) as Plan & { goals: { policies: { indicators: { name: string }[] }[] }[] };
    plan.goals[0]!.policies[0]!.indicators[0]!.name = '=HYPERLINK("http://x")';
    const csv = reportCsv(evaluatePlan(plan as unknown as Plan, doc.progress.map((p) => p.progress), 2024));
    expect(csv).toContain(`,mimamori-chiku-wariai,"'=HYPERLINK(""http://x"")",`);
    expect(csv).not.toMatch(/,=HYPERLINK/);
  });

  it('refuses a plan that does not validate (exit 1) and names it', async () => {
    const r = await run(['--root', join(ROOT, 'test/fixtures/check'), 'report', 'bad-check-digit', '--fy', '2024', '--format', 'json', '--out', out()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('bad-check-digit');
  });

  it.each([
    [['report', 'sapporo', '--fy', '令和〇年度'], '年度として読めません'],
    [['report', 'sapporo', '--fy', '2024', '--shard', '3/2'], 'i/n'],
    [['report', 'sapporo', '--fy', '2024', '--format', 'pdf,xlsx'], 'xlsx'],
    [['report', '--all', 'sapporo', '--fy', '2024'], '--all'],
    [['report', 'nagoya', '--fy', '2024'], 'nagoya'],
    [['report', 'sapporo', '--fy', '2024', '--date', '令和7年'], 'YYYY-MM-DD'],
    [['report', 'sapporo', '--fy', '2024', '--format', 'json', '--out', 'plans/x'], 'plans/'],
  ])('usage error %j → exit 2', async (args, words) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(words);
  });

  it('a missing Chromium is an environment error naming the set-up command (exit 2)', async () => {
    const r = await run(['report', 'sapporo', '--fy', '2024', '--out', out()], { KEIKAKU_CHROMIUM: '/nonexistent/chromium' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bash scripts/setup.sh');
  });
});
