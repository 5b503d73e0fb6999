/**
 * importActuals against a progress module written by hand, multi-line as the
 * bundled ones are: only the values that differ change, comments and layout
 * stay, a new actual is appended, × removes provisional, names stand for ids,
 * and a sheet chosen with --sheet is read. The plan and module are fixtures
 * made here (the reader and Zod need no compiler, so any folder will do).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '@keikaku/core';
import { importActuals, progressTemplate } from '@keikaku/author';

const PLAN = `import { definePlan, notStated, reiwa } from '@keikaku/schema';

export default definePlan({
  id: 'fixture',
  municipality: { name: '小樽市', code: '012033', prefecture: '北海道' },
  title: 'テスト計画',
  edition: notStated(),
  period: { start: reiwa(6), end: reiwa(10) },
  legalBasis: notStated(),
  encompasses: [],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: notStated(),
  goals: [
    {
      id: 'g1',
      no: 1,
      title: '目標',
      indicators: [
        { id: 'kensu', name: '相談件数', unit: '件', direction: 'increase', baseline: { fy: reiwa(5), value: 100 } },
        { id: 'wariai', name: '参加割合', unit: '%', direction: 'increase', baseline: { fy: reiwa(5), value: 10 } },
        { id: 'kaisai', name: '講座の開催', direction: 'increase', baseline: { fy: reiwa(5), value: { state: '実施' } } },
      ],
    },
  ],
  source: { file: 'fixture', title: 'fixture' },
});
`;

const PROGRESS = `/** 進捗（手書き） */
import { defineProgress, fy } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'fixture',
  fy: fy(2024),
  actuals: [
    // 福祉課の集計（12月末時点）
    {
      indicator: 'kensu',
      value: 120, // 暫定値
      asOf: '2024-12-31',
      provisional: true,
      printed: '120件（12月末時点）',
    },
  ],
});
`;

function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'keikaku-import-'));
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - plans/*\n');
  mkdirSync(join(root, 'plans', 'fixture', 'progress'), { recursive: true });
  writeFileSync(join(root, 'plans', 'fixture', 'plan.ts'), PLAN);
  writeFileSync(join(root, 'plans', 'fixture', 'progress', '2024.ts'), PROGRESS);
  return root;
}

const changed = (diff: string) => diff.split('\n').filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l));

describe('importActuals into a hand-written module', () => {
  it('changes only the value that differs, keeps comments and layout, appends a new actual', async () => {
    const root = workspace();
    const csv = join(root, 'a.csv');
    writeFileSync(csv, 'indicator_id,value,as_of,provisional\r\nkensu,125,2024-12-31,TRUE\r\n参加割合,12.5%,,\r\nkaisai,実施,,\r\n');
    const r = await importActuals(root, { planId: 'fixture', fy: 2024, file: csv });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(changed(r.diff)).toEqual([
      '-      value: 120, // 暫定値',
      '+      value: 125, // 暫定値',
      "+    { indicator: 'wariai', value: 12.5 },",
      "+    { indicator: 'kaisai', value: { state: '実施' } },",
    ]);
    const text = readFileSync(join(root, 'plans', 'fixture', 'progress', '2024.ts'), 'utf8');
    expect(text).toContain('// 福祉課の集計（12月末時点）');
    expect(text).toContain("printed: '120件（12月末時点）',");
    const again = await importActuals(root, { planId: 'fixture', fy: 2024, file: csv });
    expect(again).toMatchObject({ ok: true, diff: '', written: false });
  });

  it('× for provisional removes the flag; an empty cell leaves what the module says', async () => {
    const root = workspace();
    const csv = join(root, 'b.csv');
    writeFileSync(csv, '指標ID,実績値,時点,暫定\r\nkensu,120,,×\r\n');
    const r = await importActuals(root, { planId: 'fixture', fy: 2024, file: csv, dryRun: true });
    expect(changed(r.diff)).toEqual(['-      provisional: true,']);
    expect(r.written).toBe(false);
    expect(readFileSync(join(root, 'plans', 'fixture', 'progress', '2024.ts'), 'utf8')).toBe(PROGRESS);
  });

  it('reads the sheet named by --sheet (below a title line), and says which sheets there are when it is missing', async () => {
    const root = workspace();
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('メモ').addRow(['これは実績ではありません']);
    const s = wb.addWorksheet('令和6年度');
    s.addRow(['令和6年度 実績（福祉課）']); // a title line above the header is skipped
    s.addRow(['指標名', '実績値']);
    s.addRow(['相談件数', '１３０件']);
    const file = join(root, 'a.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await importActuals(root, { planId: 'fixture', fy: 2024, file, sheet: '令和6年度', dryRun: true });
    expect(r.problems).toEqual([]);
    expect(changed(r.diff)).toEqual(['-      value: 120, // 暫定値', '+      value: 130, // 暫定値']);
    await expect(importActuals(root, { planId: 'fixture', fy: 2024, file, sheet: 'R6' })).rejects.toThrow('あるシート: メモ、令和6年度');
    // The first sheet is a memo: its header is refused, with the row and column.
    const first = await importActuals(root, { planId: 'fixture', fy: 2024, file });
    expect(first.ok).toBe(false);
    expect(first.problems[0]).toMatchObject({ row: 1, column: 'A', header: 'これは実績ではありません' });
  });

  it('refuses a row whose name does not match its id (shifted rows), and a unit on a unitless indicator', async () => {
    const root = workspace();
    const csv = join(root, 'c.csv');
    writeFileSync(csv, '指標ID,指標名,実績値\r\nkensu,参加割合,130\r\nkaisai,講座の開催,3回\r\n');
    const r = await importActuals(root, { planId: 'fixture', fy: 2024, file: csv });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.row, p.column, p.ja.slice(0, 12)])).toEqual([
      [2, 'B', '指標名「参加割合」が計画'],
      [3, 'C', '指標「講座の開催」（ka'],
    ]);
    expect(readFileSync(join(root, 'plans', 'fixture', 'progress', '2024.ts'), 'utf8')).toBe(PROGRESS);
  });

  it('refuses a date that does not exist (2025-02-30, 令和7年2月30日) at its row and column, and writes nothing', async () => {
    const root = workspace();
    const csv = join(root, 'd.csv');
    writeFileSync(csv, '指標ID,実績値,時点\r\nkensu,130,2025-02-30\r\nwariai,12,令和7年2月30日\r\nkaisai,実施,2025-03-31\r\n');
    const r = await importActuals(root, { planId: 'fixture', fy: 2024, file: csv });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => [p.row, p.column, p.header, p.ja, p.en])).toEqual([
      [2, 'C', '時点', '「2025-02-30」は日付として読めません（日付 2025-02-30 は存在しない日付です（2025年2月は28日まで））（例: 2024-12-31、令和6年12月31日、R6.12.31）', '"2025-02-30" is not a date (date 2025-02-30 does not exist (2025-02 has 28 days)) (e.g. 2024-12-31, 令和6年12月31日)'],
      [3, 'C', '時点', '「令和7年2月30日」は日付として読めません（日付 2025-02-30 は存在しない日付です（2025年2月は28日まで））（例: 2024-12-31、令和6年12月31日、R6.12.31）', '"令和7年2月30日" is not a date (date 2025-02-30 does not exist (2025-02 has 28 days)) (e.g. 2024-12-31, 令和6年12月31日)'],
    ]);
    expect(r.written).toBe(false);
    expect(readFileSync(join(root, 'plans', 'fixture', 'progress', '2024.ts'), 'utf8')).toBe(PROGRESS);
  });
});

describe('progressTemplate', () => {
  it("lists every indicator with last year's value, under the headers import reads back", async () => {
    const root = workspace();
    const doc = loadWorkspace(root, ['fixture']).plans[0]!;
    const bytes = await progressTemplate(doc, 2025, 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trimEnd().split('\r\n'); // the decoder drops the BOM
    expect(lines).toEqual([
      '指標ID,指標名,内訳,単位,前年度実績（2024年度）,実績値,時点,暫定,備考',
      'kensu,相談件数,,件,120,,,,',
      'wariai,参加割合,,%,,,,,',
      'kaisai,講座の開催,,,,,,,',
    ]);
    // Filled in and read back: the template's own headers import without a problem.
    const filled = join(root, 'filled.csv');
    writeFileSync(filled, new TextDecoder().decode(bytes).replace('kensu,相談件数,,件,120,,,,', 'kensu,相談件数,,件,120,140,,,'));
    const r = await importActuals(root, { planId: 'fixture', fy: 2025, file: filled, dryRun: true });
    expect(r.problems).toEqual([]);
    expect(r.diff).toContain("+    { indicator: 'kensu', value: 140 },");
  });
});
