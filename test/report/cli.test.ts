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
import { evaluatePlan, planReports, REPORT_CODEBOOK, REPORT_COLUMNS, reportCsv, shardOf } from '@keikaku/report';
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
    expect(lines[0]).toBe(REPORT_COLUMNS.join(','));
    expect(lines[0]).toMatch(/^municipality_code,municipality_name,plan_id,report_fy,goal_no,goal,policy_no,policy,/);
    expect(lines).toHaveLength(1 + 9 * 2); // 9 indicators × (2023 参考, 2024)
    const shogai = lines.find((l) => l.includes(',shogai-kadai-kaiketsu,') && l.includes(',2024-12-31,'))!;
    expect(shogai).toMatch(/^011002,北海道札幌市,sapporo,2024,Ⅱ,/);
    // the printed nine-month figure beside the annualised one that was graded
    expect(shogai).toMatch(/,件,単年度,increase,2022,,2024,2024-12-31,1817,2422\.666667,9,,true,2029,5640,0\.15\d+,0\.166667,B\*,改善しているが目標達成が危ぶまれる,at-risk,computed,,/);
    const ref = lines.find((l) => l.includes(',mimamori-chiku-wariai,') && l.includes(',2023,'))!;
    expect(ref).toContain(',%,年度末時点,increase,2022,97.75,2023,,98.9,98.9,,参考値,false,2029,100,0.511111,0.142857,B,改善,on-track,computed,,');
    const json = JSON.parse(readFileSync(join(dir, 'sapporo', 'report-2024.json'), 'utf8'));
    expect(json).toMatchObject({ format: 'keikaku-progress-report', fy: 2024, hasProgress: true, plan: { id: 'sapporo' } });
    expect(json.counts).toMatchObject({ 'B*': 1, D: 1, E: 7 });
  });

  it('--csv-headers ja writes the Japanese headers of the codebook, in the same order', async () => {
    const dir = out();
    const r = await run(['report', 'sapporo', '--fy', '2024', '--format', 'csv', '--csv-headers', 'ja', '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    const lines = csvLines(join(dir, 'sapporo', 'report-2024.csv'));
    expect(lines[0]).toBe(REPORT_CODEBOOK.map((c) => c.ja).join(','));
    expect(lines[0]).toMatch(/^団体コード,自治体名,計画ID,報告年度,/);
    expect(lines).toHaveLength(1 + 9 * 2);
  });

  it('--fy outside the plan period: a warning and a sentence in the report; with --strict, exit 2 and no report', async () => {
    const dir = out();
    const r = await run(['report', 'otaru', '--fy', '2024', '--format', 'json', '--out', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('⚠ otaru: 2024年度（令和6年度）は、この計画の計画期間');
    const json = JSON.parse(readFileSync(join(dir, 'otaru', 'report-2024.json'), 'utf8'));
    expect(json.outsidePeriod.ja).toMatch(/が終わった後の年度です。$/);
    const strictDir = out();
    const s = await run(['report', 'otaru', '--fy', '2024', '--format', 'json', '--strict', '--out', strictDir]);
    expect(s.status).toBe(2);
    expect(s.stderr).toContain('計画期間の外です（otaru）');
    expect(readdirSync(strictDir)).toEqual([]);
    // a year inside the period: no warning
    const inside = await run(['report', 'sapporo', '--fy', '2024', '--format', 'json', '--strict', '--out', out()]);
    expect(inside.status, inside.stderr).toBe(0);
    expect(inside.stderr).not.toContain('⚠');
  });

  it('a plan is read and linted once and its findings are deduplicated: a target before its baseline is listed once', async () => {
    const root = join(ROOT, 'test/fixtures/check');
    const planned = await planReports({ root, ids: ['target-before-baseline'], all: false, fy: 2024, out: out(), formats: ['json'] });
    expect(planned.refused).toEqual([]);
    const findings = planned.requests[0]!.findings!;
    const tbb = findings.filter((f) => f.ruleId.includes('target-before-baseline'));
    expect(tbb).toHaveLength(1);
    const keys = findings.map((f) => `${f.file}:${f.line}:${f.column}:${f.message.ja}`);
    expect(new Set(keys).size).toBe(keys.length);
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
    const csv = reportCsv(plan, evaluatePlan(plan as unknown as Plan, doc.progress.map((p) => p.progress), 2024));
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
    [['report', 'sapporo', '--fy', '2024', '--date', '2025-02-30'], '2025-02-30'],
    [['report', 'sapporo', '--fy', '2024', '--csv-headers', 'fr'], 'fr'],
    [['report', 'sapporo', '--fy', '2024', '--concurrency', '0'], '1〜16'],
    [['report', 'sapporo', '--fy', '2024', '--format', 'json', '--out', 'plans/x'], 'plans/'],
  ])('usage error %j → exit 2', async (args, words) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(words);
  });

  it.each([[''], ['  ']])("--out %j is a usage error (exit 2), as for export, and nothing is written", async (dir) => {
    // An empty root: were --out '' let through, the error would be another (no plan sapporo), and nothing may appear in it.
    const root = out();
    const r = await run(['report', 'sapporo', '--fy', '2024', '--format', 'json', '--out', dir], {}, root);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out の書き出し先が空です');
    expect(r.stderr).toContain('--out is empty');
    expect(readdirSync(root)).toEqual([]);
  });

  it('a missing Chromium is an environment error naming the set-up command (exit 2)', async () => {
    const r = await run(['report', 'sapporo', '--fy', '2024', '--out', out()], { KEIKAKU_CHROMIUM: '/nonexistent/chromium' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bash scripts/setup.sh');
  });
});
