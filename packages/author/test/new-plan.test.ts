/**
 * newPlan in process: the folder it writes reads and validates (static reader
 * and Zod) for a city, a 特別区 and a prefecture, with the kind each implies;
 * an invalid id or plan kind, and an existing plan, are refused and nothing
 * is written. (The CLI run with tsc, check and lint is test/author/workflow.test.ts.)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBlocking, loadWorkspace } from '@keikaku/core';
import { newPlan } from '@keikaku/author';

function root(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keikaku-new-'));
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - plans/*\n');
  return dir;
}

describe('newPlan', () => {
  it.each([
    ['kanazawa2', '金沢市', '172014', undefined, { name: '金沢市', prefecture: '石川県', kind: '市' }, undefined],
    ['chiyoda', '千代田区', '131016', undefined, { name: '千代田区', prefecture: '東京都', kind: '特別区' }, undefined],
    ['hokkaido', '北海道', '010006', undefined, { name: '北海道', prefecture: '北海道', kind: '都道府県' }, '都道府県地域福祉支援計画'],
    ['otaru-katsudo', '小樽市', '012033', '地域福祉活動計画', { name: '小樽市', prefecture: '北海道', kind: '市' }, '地域福祉活動計画'],
  ])('%s: %s %s (--kind %s) reads and validates as written', (id, name, code, kind, municipality, planKind) => {
    const dir = root();
    const r = newPlan(dir, { id, name, code, ...(kind ? { kind } : {}) });
    expect(r.files).toEqual([`plans/${id}/package.json`, `plans/${id}/plan.ts`, `plans/${id}/README.md`, `plans/${id}/CHANGELOG.md`, `plans/${id}/progress/README.md`]);
    const ws = loadWorkspace(dir, [id]);
    expect(ws.findings.filter(isBlocking)).toEqual([]);
    const plan = ws.plans[0]!.plan!;
    expect(plan.municipality).toEqual({ ...municipality, code });
    expect(plan.kind).toBe(planKind);
    for (const field of ['title', 'edition', 'period', 'legalBasis', 'philosophy', 'evaluation', 'terms'] as const) {
      expect(plan[field], field).toEqual({ notStated: true });
    }
    expect(plan.encompasses).toEqual([]);
    expect(plan.goals).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'plans', id, 'package.json'), 'utf8'))).toMatchObject({ name: `@keikaku-plans/${id}`, private: true, devDependencies: { '@keikaku/schema': 'workspace:*' } });
    expect(readdirSync(join(dir, 'plans'))).toEqual([id]); // no temporary folder left behind
  });

  it.each([['Sapporo'], ['sapporo_2'], ['2sapporo'], ['sap--poro'], ['../x'], ['']])('refuses the id %j', (id) => {
    const dir = root();
    expect(() => newPlan(dir, { id, name: '札幌市', code: '011002' })).toThrow('計画 id');
    expect(existsSync(join(dir, 'plans')) ? readdirSync(join(dir, 'plans')) : []).toEqual([]);
  });

  it('refuses a plan kind that is not one, listing the kinds', () => {
    const dir = root();
    expect(() => newPlan(dir, { id: 'sapporo', name: '札幌市', code: '011002', kind: '福祉計画' })).toThrow('市町村地域福祉計画 / 都道府県地域福祉支援計画');
    expect(existsSync(join(dir, 'plans', 'sapporo'))).toBe(false);
  });

  it('never touches an existing plan folder', () => {
    const dir = root();
    mkdirSync(join(dir, 'plans', 'sapporo'), { recursive: true });
    writeFileSync(join(dir, 'plans', 'sapporo', 'plan.ts'), '// the city’s own work\n');
    expect(() => newPlan(dir, { id: 'sapporo', name: '札幌市', code: '011002' })).toThrow('すでにあります');
    expect(readFileSync(join(dir, 'plans', 'sapporo', 'plan.ts'), 'utf8')).toBe('// the city’s own work\n');
    expect(readdirSync(join(dir, 'plans', 'sapporo'))).toEqual(['plan.ts']);
  });
});
