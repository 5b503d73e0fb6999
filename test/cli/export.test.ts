/** `keikaku export` end to end on the bundled plans. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('keikaku export', () => {
  it('prints the validated plan as JSON by default', () => {
    const r = runCli(['export', 'sapporo']);
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.id).toBe('sapporo');
    expect(plan.goals).toHaveLength(3);
  });

  it('writes the indicator CSV with BOM to --out, one row per indicator', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'keikaku-export-')), 'nested', 'sapporo.csv');
    const r = runCli(['export', 'sapporo', '--format', 'csv', '--out', out]);
    expect(r.status).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('plan_id,level,goal,policy,indicator_id,indicator_name,category,part,unit,kind,direction,direction_by,baseline_fy,baseline_value,baseline_printed,baseline_qualifier,baseline_note,references,target_fy,target_value,target_bound,target_condition,target_printed,target_qualifier,target_note,target_original_value,target_series,planned,rationale,note');
    expect(lines).toHaveLength(1 + 9);
    expect(lines).toContain(
      'sapporo,policy,地域の困りごとに寄り添う相談・支援体制を整えていきます,地域で生活するためのサービスや相談体制の充実,shogai-kadai-kaiketsu,障がい者相談支援事業所の相談者の課題解決件数,成果指標,,件,単年度,increase,encoder,2022,,,,,2023:1824,2029,5640,,,"5,640 件",,,,,,,相談員の人員体制強化や資質の向上を図り、適切なサービス利用や支援機関へつなげることにより、障害のある方やその家族の地域生活を支える。',
    );
  });

  it('refuses an unknown plan and a bad format with exit 2', () => {
    expect(runCli(['export', 'nagoya']).status).toBe(2);
    const bad = runCli(['export', 'sapporo', '--format', 'xlsx']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('xlsx');
  });

  it('does not export a plan that fails validation, and says where it fails', () => {
    const r = runCli(['--root', 'test/fixtures/check', 'export', 'bad-check-digit', '--format', 'csv']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('plans/bad-check-digit/plan.ts:6:38');
    expect(r.stderr).toContain('検証を通らない計画は出力しません');
  });

  it('exports a plan whose only faults are the document\'s own defects, and shows them', () => {
    const r = runCli(['--root', 'test/fixtures/check', 'export', 'percent-over-100', '--format', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('percent-over-100');
    expect(r.stderr).toContain('plans/percent-over-100/plan.ts:32:47');
    expect(r.stderr).toContain('0〜100 の範囲外');
  });

  it('does not export a plan whose id differs from its folder, nor one only tsc rejects', () => {
    for (const id of ['id-mismatch', 'tsc-only', 'raw-year-string']) {
      const r = runCli(['--root', 'test/fixtures/check', 'export', id]);
      expect(r.status, id).toBe(1);
      expect(r.stdout, id).toBe('');
    }
  });
});
