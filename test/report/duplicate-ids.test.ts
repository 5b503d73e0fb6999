/**
 * `keikaku report` refuses what `keikaku check` refuses, the way check does,
 * on real plan folders: two plans with one id (a copied folder whose id was
 * not changed) are each refused with check's located workspace/duplicate-plan-id
 * error while the other plans still render; and where tsc and Zod see the same
 * mistake, the refusal names the finding check lists first (tsc's, with the
 * exact column; Zod's echo at the value is dropped, as check drops it).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkWorkspace, isBlocking, type Finding } from '@keikaku/core';
import { planReports, type ReportEvent } from '@keikaku/report';
import { main } from '../../packages/cli/src/main.js';
import { copyPlan, planModule, tempWorkspace } from '../support/temp-workspace.js';

const out = () => mkdtempSync(join(tmpdir(), 'keikaku-report-dup-'));
const place = (f: Finding | undefined) => f && [f.ruleId, f.file, f.line, f.column, f.message.ja];

describe('report: two plans with one id, as check', () => {
  let ws: string;
  let check: Finding[];
  beforeAll(async () => {
    ws = tempWorkspace();
    copyPlan('otaru', ws, 'otaru');
    copyPlan('sapporo', ws, 'sapporo');
    // A copied folder whose id was not changed: plans/sapporo-copy/plan.ts still says id: 'sapporo'.
    copyPlan('sapporo', ws, 'sapporo-copy');
    check = (await checkWorkspace(ws, [], { cache: false })).findings;
  }, 300_000);

  it('check finds the duplicate at each plan', () => {
    expect(check.filter((f) => f.ruleId === 'workspace/duplicate-plan-id').map((f) => f.file)).toEqual(['plans/sapporo-copy/plan.ts', 'plans/sapporo/plan.ts']);
  });

  it('report refuses both, sapporo with check\'s located duplicate-plan-id error; otaru still renders', async () => {
    const events: ReportEvent[] = [];
    const planned = await planReports({ root: ws, ids: [], all: true, fy: 2024, out: out(), formats: ['json'] }, (e) => events.push(e));
    expect(planned.requests.map((r) => r.plan.id)).toEqual(['otaru']);
    expect([...planned.refused].sort()).toEqual(['sapporo', 'sapporo-copy']);
    const refusal = (id: string) => events.find((e): e is Extract<ReportEvent, { type: 'refused' }> => e.type === 'refused' && e.planId === id)?.finding;
    const dup = check.find((f) => f.ruleId === 'workspace/duplicate-plan-id' && f.file === 'plans/sapporo/plan.ts');
    expect(place(refusal('sapporo'))).toEqual(place(dup));
    expect(refusal('sapporo')!.message.ja).toBe('計画 id "sapporo" が plans/sapporo-copy と重複しています');
    // The copy is refused for its own first error, the id that is not its folder's name (check's too).
    expect(place(refusal('sapporo-copy'))).toEqual(place(check.find((f) => f.file === 'plans/sapporo-copy/plan.ts' && isBlocking(f))));
  }, 300_000);

  it('keikaku report --all: exit 1, both named with the place, the other plan written', async () => {
    const dir = out();
    let stderr = '';
    const status = await main(['node', 'keikaku', '--root', ws, 'report', '--all', '--fy', '2024', '--format', 'json', '--out', dir], { stdout: () => {}, stderr: (s) => void (stderr += s) });
    expect(status).toBe(1);
    const dup = check.find((f) => f.ruleId === 'workspace/duplicate-plan-id' && f.file === 'plans/sapporo/plan.ts')!;
    expect(stderr).toContain(`✖ sapporo: 検証を通らない計画の報告書は作りません（plans/sapporo/plan.ts:${dup.line} 計画 id "sapporo" が plans/sapporo-copy と重複しています）`);
    expect(stderr).toContain('✖ sapporo-copy:');
    expect(existsSync(join(dir, 'otaru', 'report-2024.json'))).toBe(true);
    expect(existsSync(join(dir, 'sapporo'))).toBe(false);
    expect(existsSync(join(dir, 'sapporo-copy'))).toBe(false);
  }, 300_000);
});

describe('report: tsc and Zod on one mistake, as check', () => {
  it('the refusal names the finding check lists first (tsc\'s at 8:13, not Zod\'s at the value, 8:20)', async () => {
    // A raw string where the schema wants a fiscal year: tsc and Zod both see it. (The echo cannot show in a
    // report today: a plan with a tsc error is refused, and the refusal names one finding.)
    const ws = tempWorkspace({ 'plans/echo/plan.ts': planModule('echo').replace('start: fy(2024)', "start: '令和6年度'") });
    const checked = (await checkWorkspace(ws, [], { cache: false })).findings.filter(isBlocking);
    expect(checked.length).toBeGreaterThan(0);
    const events: ReportEvent[] = [];
    await planReports({ root: ws, ids: ['echo'], all: false, fy: 2024, out: out(), formats: ['json'] }, (e) => events.push(e));
    const refused = events.find((e): e is Extract<ReportEvent, { type: 'refused' }> => e.type === 'refused');
    expect(checked.map((f) => [f.ruleId, f.line, f.column])).toEqual([['tsc/TS2322', 8, 13]]);
    expect(place(refused?.finding)).toEqual(place(checked[0]));
  }, 300_000);
});
