/**
 * The report use case goes plan by plan (issue 13): a plan is read only once
 * the report before it is written, so memory does not grow with the number
 * of plans. Shown without timing or measuring memory: each plan's module is
 * rewritten on disk when the report before it is written, and the report
 * must carry the rewritten title (a use case that read every plan first
 * would carry the old one); and runBatch takes the next request from a
 * generator only when there is room.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '@keikaku/core';
import { openReports, reportPlans, runBatch, writeReports, type ReportEvent, type ReportRequest } from '@keikaku/report';
import type { Plan } from '@keikaku/schema';
import { main } from '../../packages/cli/src/main.js';
import { ROOT } from '../support/run-cli.js';
import { planModule, tempWorkspace } from '../support/temp-workspace.js';

const out = () => mkdtempSync(join(tmpdir(), 'keikaku-report-stream-'));
const IDS = ['p1', 'p2', 'p3', 'p4'];
const titleOf = (dir: string, id: string) => JSON.parse(readFileSync(join(dir, id, 'report-2024.json'), 'utf8')).plan.title as string;

describe('the report use case reads each plan only after the one before is written', () => {
  it('json: plan k+1 is read after plan k is written (its report has the title written to disk at that moment)', async () => {
    const ws = tempWorkspace(Object.fromEntries(IDS.map((id) => [`plans/${id}/plan.ts`, planModule(id, '', `${id} 読む前`)])));
    const dir = out();
    const events: ReportEvent[] = [];
    const r = await reportPlans({ root: ws, ids: [], all: true, fy: 2024, out: dir, formats: ['json'] }, (e) => {
      events.push(e);
      if (e.type !== 'written') return;
      const next = IDS[IDS.indexOf(e.planId) + 1];
      if (next) writeFileSync(join(ws, 'plans', next, 'plan.ts'), planModule(next, '', `${next} ${e.planId}の後に書いた`));
    });
    expect(r).toEqual({ written: IDS, failed: [], refused: [] });
    expect(IDS.map((id) => titleOf(dir, id))).toEqual(['p1 読む前', 'p2 p1の後に書いた', 'p3 p2の後に書いた', 'p4 p3の後に書いた']);
    // No progress files: each plan says so when it is read, just before its report is written.
    expect(events.map((e) => `${e.type} ${'planId' in e ? e.planId : ''}`)).toEqual(IDS.flatMap((id) => [`no-progress ${id}`, `written ${id}`]));
  });

  it('a plan that does not validate is refused where it comes, with its located finding, and the others are written', async () => {
    const bad = planModule('p2').replace("code: '011002'", 'code: 11002');
    const ws = tempWorkspace({ 'plans/p1/plan.ts': planModule('p1'), 'plans/p2/plan.ts': bad, 'plans/p3/plan.ts': planModule('p3') });
    const dir = out();
    const events: ReportEvent[] = [];
    const stream = await openReports({ root: ws, ids: [], all: true, fy: 2024, out: dir, formats: ['json', 'csv'] }, (e) => events.push(e));
    expect(stream.count).toBe(3);
    const r = await writeReports({ root: ws, ids: [], all: true, fy: 2024, out: dir, formats: ['json', 'csv'] }, stream, (e) => events.push(e));
    expect(r).toEqual({ written: ['p1', 'p3'], failed: [] });
    expect(stream.refused).toEqual(['p2']);
    expect(events.map((e) => `${e.type} ${'planId' in e ? e.planId : ''}`)).toEqual(['no-progress p1', 'written p1', 'refused p2', 'no-progress p3', 'written p3']);
    const refused = events[2] as Extract<ReportEvent, { type: 'refused' }>;
    expect(refused.finding).toMatchObject({ file: 'plans/p2/plan.ts', line: 5 });
    expect(titleOf(dir, 'p3')).toBe('テスト計画');
  });

  it('the CLI prints each plan as it goes, exits 1 for a refused plan, and --strict still writes nothing when a plan is outside its period', async () => {
    const late = planModule('p3').replace('start: fy(2024), end: fy(2029)', 'start: fy(2018), end: fy(2023)');
    const ws = tempWorkspace({ 'plans/p1/plan.ts': planModule('p1'), 'plans/p2/plan.ts': 'export default 1;\n', 'plans/p3/plan.ts': late });
    const run = async (args: string[]) => {
      let stderr = '';
      const status = await main(['node', 'keikaku', '--root', ws, 'report', '--all', '--fy', '2024', '--format', 'json', ...args], { stdout: () => {}, stderr: (s) => void (stderr += s) });
      return { status, lines: stderr.trimEnd().split('\n') };
    };
    const dir = out();
    const r = await run(['--out', dir]);
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => l.slice(0, 4))).toEqual(['ℹ p1', '✔ p1', '✖ p2', 'ℹ p3', '⚠ p3', '✔ p3']);
    expect(r.lines[2]).toContain('plans/p2/plan.ts:1');
    const strictDir = out();
    const s = await run(['--out', strictDir, '--strict']);
    expect(s.status).toBe(2);
    expect(s.lines.join('\n')).toContain('計画期間の外です（p3）');
    expect(() => readFileSync(join(strictDir, 'p1', 'report-2024.json'))).toThrow();
  });
});

describe('runBatch takes the next request only when there is room', () => {
  const doc = loadWorkspace(ROOT, ['sapporo']).plans[0]!;
  const base: ReportRequest = { plan: doc.plan!, progress: doc.progress.map((p) => p.progress), fy: 2024 };

  it('without a browser: request k+1 is taken after report k is done', async () => {
    const log: string[] = [];
    async function* source(): AsyncGenerator<ReportRequest> {
      for (const id of ['a', 'b', 'c']) {
        log.push(`take ${id}`);
        yield { ...base, plan: { ...base.plan, id } as Plan };
      }
    }
    const r = await runBatch(source(), { formats: ['json', 'html'], onEvent: (e) => void (e.type === 'done' && log.push(`done ${e.planId}`)) });
    expect(r.done).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['take a', 'done a', 'take b', 'done b', 'take c', 'done c']);
  });

  it('a source that fails stops the batch after the reports under way, and the error reaches the caller', async () => {
    const done: string[] = [];
    async function* source(): AsyncGenerator<ReportRequest> {
      yield base;
      throw new Error('cannot read the next plan');
    }
    await expect(runBatch(source(), { formats: ['json'], onEvent: (e) => void (e.type === 'done' && done.push(e.planId)) })).rejects.toThrow('cannot read the next plan');
    expect(done).toEqual(['sapporo']);
  });
});
