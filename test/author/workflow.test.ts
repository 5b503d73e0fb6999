/**
 * The workflow of issue 16 end to end, with the real `keikaku` bin in a
 * throw-away workspace: `keikaku new` → edit plan.ts → `export --template`
 * → fill in the sheet (exceljs) → `import` from .xlsx → comments added by
 * hand → `import` from a CP932 CSV → `keikaku diff` between two commits of a
 * real git repository made here → check, lint, report. A failed import
 * leaves every file byte-identical; a second import of the same sheet
 * changes nothing; comments in the progress module survive.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { commitAll, initRepo } from '../support/git.js';
import { runCli } from '../support/run-cli.js';
import { tempWorkspace } from '../support/temp-workspace.js';

const GOALS = `  goals: [
    {
      id: 'g1',
      no: 1,
      title: '支え合う地域づくり',
      indicators: [
        { id: 'soudan-kensu', name: '相談支援の件数', unit: '件', direction: 'increase', baseline: { fy: reiwa(4), value: 1500 }, target: { fy: reiwa(10), value: 2000 } },
        { id: 'sanka-wariai', name: '地域活動への参加割合', unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 30.5 }, target: { fy: reiwa(10), value: 40 } },
        {
          id: 'borantia',
          name: 'ボランティア登録数',
          direction: 'increase',
          baseline: { fy: reiwa(4), value: { parts: [{ part: '個人', value: 525, unit: '人' }, { part: '団体', value: 279, unit: '団体' }] } },
          target: { fy: reiwa(10), value: { parts: [{ part: '個人', value: 600, unit: '人' }, { part: '団体', value: 300, unit: '団体' }] } },
        },
      ],
    },
  ],`;

/** Every file under `dir` with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

const cp932 = (text: string) => {
  // Encode through the one CP932 table Node has: decode every 2-byte code once and invert it.
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('shift_jis');
  for (let hi = 0x81; hi <= 0xfc; hi++) {
    if (hi > 0x9f && hi < 0xe0) continue;
    for (let lo = 0x40; lo <= 0xfc; lo++) {
      if (lo === 0x7f) continue;
      const ch = dec.decode(Uint8Array.of(hi, lo));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [hi, lo]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const b = table.get(ch);
      if (!b) throw new Error(`not in CP932: ${ch}`);
      bytes.push(...b);
    }
  }
  return Buffer.from(bytes);
};

describe('new → edit → template → import (.xlsx, CP932 CSV) → check, lint, report', () => {
  let ws: string;
  let planDir: string;
  let progressFile: string;
  const cli = (...args: string[]) => runCli(args, { cwd: ws });

  beforeAll(() => {
    ws = tempWorkspace();
    planDir = join(ws, 'plans', 'tomakomai2');
    progressFile = join(planDir, 'progress', '2024.ts');
  });

  it('keikaku new writes a plan that passes check and lint --profile draft, and refuses to overwrite it', () => {
    const r = cli('new', 'tomakomai2', '--name', '苫小牧市', '--code', '012131');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    for (const f of ['package.json', 'plan.ts', 'README.md', 'CHANGELOG.md', 'progress/README.md']) expect(existsSync(join(planDir, f)), f).toBe(true);
    const plan = readFileSync(join(planDir, 'plan.ts'), 'utf8');
    for (const field of ['edition', 'legalBasis', 'encompasses', 'philosophy', 'evaluation', 'source', 'period', 'terms', 'title']) {
      expect(plan, field).toMatch(new RegExp(`\\n  ${field}: `));
    }
    expect(plan).toContain("municipality: { name: '苫小牧市', code: '012131', prefecture: '北海道', kind: '市' }");
    expect(cli('check', 'tomakomai2').status).toBe(0);
    const lint = cli('lint', 'tomakomai2', '--profile', 'draft', '--format', 'json');
    expect(lint.status).toBe(0);
    expect(JSON.parse(lint.stdout).filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);

    const before = snapshot(planDir);
    const again = cli('new', 'tomakomai2', '--name', '苫小牧市', '--code', '012131');
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('すでにあります');
    expect(snapshot(planDir)).toEqual(before);
    const wrongName = cli('new', 'tomakomai3', '--name', '小樽市', '--code', '012131');
    expect(wrongName.status).toBe(2);
    expect(wrongName.stderr).toContain('「北海道苫小牧市」です');
    expect(wrongName.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(ws, 'plans', 'tomakomai3'))).toBe(false);
  });

  it('export --template writes the sheet to fill in, with the Japanese headers, units and parts', async () => {
    // The staff's edit: the plan's goals and indicators.
    const planFile = join(planDir, 'plan.ts');
    writeFileSync(
      planFile,
      readFileSync(planFile, 'utf8').replace("import { definePlan, notStated } from '@keikaku/schema';", "import { definePlan, notStated, reiwa } from '@keikaku/schema';").replace('  goals: [],', GOALS),
    );

    const r = cli('export', 'tomakomai2', '--template', '--fy', '令和6年度', '--out', 'out/template.xlsx');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ws, 'out', 'template.xlsx'));
    const sheet = wb.worksheets[0]!;
    const rows = sheet.getSheetValues().filter(Boolean).map((row) => (row as unknown[]).slice(1));
    expect(rows[0]).toEqual(['指標ID', '指標名', '内訳', '単位', '前年度実績（2023年度）', '実績値', '時点', '暫定', '備考']);
    expect(rows.slice(1).map((row) => row.slice(0, 4))).toEqual([
      ['soudan-kensu', '相談支援の件数', undefined, '件'],
      ['sanka-wariai', '地域活動への参加割合', undefined, '%'],
      ['borantia', 'ボランティア登録数', '個人', '人'],
      ['borantia', 'ボランティア登録数', '団体', '団体'],
    ]);

    const csv = cli('export', 'tomakomai2', '--template', '--fy', '2024', '--format', 'csv', '--out', 'out/template.csv');
    expect(csv.status).toBe(0);
    const text = readFileSync(join(ws, 'out', 'template.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toBe('指標ID,指標名,内訳,単位,前年度実績（2023年度）,実績値,時点,暫定,備考');
  });

  it('imports the filled-in .xlsx: Excel numbers, a date cell, a percentage cell, ○ for provisional', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(ws, 'out', 'template.xlsx'));
    const s = wb.worksheets[0]!;
    s.getCell('F2').value = 1817;
    // exceljs shares a style object between the template's shaded cells: give each formatted cell its own.
    s.getCell('G2').value = new Date(Date.UTC(2024, 11, 31));
    s.getCell('G2').style = { ...s.getCell('G2').style, numFmt: 'yyyy/m/d' };
    s.getCell('H2').value = '○';
    s.getCell('I2').value = '12月末時点';
    s.getCell('F3').value = 0.352;
    s.getCell('F3').style = { ...s.getCell('F3').style, numFmt: '0.0%' };
    s.getCell('F4').value = '530人';
    s.getCell('F5').value = 281;
    await wb.xlsx.writeFile(join(ws, 'out', 'filled.xlsx'));

    const dry = cli('import', 'tomakomai2', '--fy', '2024', 'out/filled.xlsx', '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('+++ b/plans/tomakomai2/progress/2024.ts');
    expect(existsSync(progressFile)).toBe(false);

    const r = cli('import', 'tomakomai2', '--fy', '2024', 'out/filled.xlsx');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(progressFile, 'utf8');
    expect(text).toContain("{ indicator: 'soudan-kensu', value: 1817, asOf: '2024-12-31', provisional: true, note: '12月末時点' },");
    expect(text).toContain("{ indicator: 'sanka-wariai', value: 35.2 },");
    expect(text).toContain("{ indicator: 'borantia', value: { parts: [{ part: '個人', value: 530, unit: '人' }, { part: '団体', value: 281, unit: '団体' }] } },");
  });

  let base: string;
  it('the year so far is committed: a real git repository the review diffs against', () => {
    base = initRepo(ws, 'FY2024 actuals from the .xlsx');
    expect(base).toMatch(/^[0-9a-f]{40}$/);
  });

  it('imports a CP932 CSV into the module by hand-commented: one changed line per changed value, comments kept; a second import changes nothing', () => {
    // Staff annotate the module by hand.
    const annotated = readFileSync(progressFile, 'utf8')
      .replace("    { indicator: 'soudan-kensu'", "    // 相談件数は福祉総務課の集計（12月末）\n    { indicator: 'soudan-kensu'")
      .replace("value: 35.2 },", 'value: 35.2 }, // 市民意識調査');
    writeFileSync(progressFile, annotated);

    // Japanese headers, a name instead of an id, 「１，８５０件」 in full width, 和暦 date; CP932 with ① in a note.
    const csv = [
      '指標ID,内訳,実績値,時点,暫定,備考',
      'soudan-kensu,,"１，８５０件",令和6年12月31日,○,12月末時点',
      '地域活動への参加割合,,35.2%,,,',
      'borantia,個人,530,,,',
      'borantia,団体,283団体,,,①団体登録の更新を含む',
      '',
    ].join('\r\n');
    writeFileSync(join(ws, 'out', 'actuals.csv'), cp932(csv));

    const dry = cli('import', 'tomakomai2', '--fy', 'R6', 'out/actuals.csv', '--dry-run');
    expect(dry.status).toBe(0);
    expect(readFileSync(progressFile, 'utf8')).toBe(annotated);
    const changed = dry.stdout.split('\n').filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l));
    expect(changed).toEqual([
      "-    { indicator: 'soudan-kensu', value: 1817, asOf: '2024-12-31', provisional: true, note: '12月末時点' },",
      "+    { indicator: 'soudan-kensu', value: 1850, asOf: '2024-12-31', provisional: true, note: '12月末時点' },",
      "-    { indicator: 'borantia', value: { parts: [{ part: '個人', value: 530, unit: '人' }, { part: '団体', value: 281, unit: '団体' }] } },",
      "+    { indicator: 'borantia', value: { parts: [{ part: '個人', value: 530, unit: '人' }, { part: '団体', value: 283, unit: '団体' }] }, note: '①団体登録の更新を含む' },",
    ]);

    const r = cli('import', 'tomakomai2', '--fy', '2024', 'out/actuals.csv');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('cp932');
    const after = readFileSync(progressFile, 'utf8');
    expect(after).toContain('// 相談件数は福祉総務課の集計（12月末）');
    expect(after).toContain('value: 35.2 }, // 市民意識調査');
    expect(after.split('\n').length).toBe(annotated.split('\n').length);

    const again = cli('import', 'tomakomai2', '--fy', '2024', 'out/actuals.csv');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('変更はありません');
    expect(readFileSync(progressFile, 'utf8')).toBe(after);
  });

  it('keikaku diff shows the reviewer the changed figures in plan terms, between two commits', () => {
    const head = commitAll(ws, 'FY2024 actuals from the CP932 CSV');
    const r = cli('diff', base, head, 'tomakomai2', '--format', 'markdown');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('| 実績'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\| 実績を変更（2024年度） \| 相談支援の件数 \| 1,817件（暫定・2024-12-31時点） \| 1,850件（暫定・2024-12-31時点） \|/);
    expect(rows[1]).toMatch(/^\| 実績を変更（2024年度） \| .*283団体/);
    // The same, read from the two commits as JSON: nothing but the two progress values changed.
    const json = JSON.parse(cli('diff', base, head, 'tomakomai2', '--format', 'json').stdout);
    expect(JSON.stringify(json)).toContain('soudan-kensu');
  });

  it('a sheet with problems is refused whole: each problem named by row and column, every file left as it was', () => {
    const csv = [
      '指標ID,内訳,実績値,時点,暫定,備考',
      'soudan-kensu,,1900,,,', // fine on its own, but nothing may be written
      'no-such-indicator,,10,,,', // row 3: unknown indicator
      'sanka-wariai,,36件,,,', // row 4: unit mismatch
      'borantia,個人,たくさん,,,', // row 5: not a number
      'soudan-kensu,,1901,,,', // row 6: duplicate of row 2
      'borantia,法人,3,,,', // row 7: a part the indicator does not have
      'sanka-wariai,全体,36,,,', // row 8: a part on an indicator without parts — and a duplicate of row 4
      'borantia,団体,300,令和6年13月1日,,', // row 9: not a date
    ].join('\r\n');
    writeFileSync(join(ws, 'out', 'bad.csv'), csv);
    const before = snapshot(join(ws, 'plans'));
    const r = cli('import', 'tomakomai2', '--fy', '2024', 'out/bad.csv');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    const at = (needle: string) => lines.find((l) => l.startsWith(`out/bad.csv ${needle}`));
    expect(at('3行目 A列（指標ID）')).toContain('指標「no-such-indicator」は計画にありません');
    expect(at('4行目 C列（実績値）')).toContain('単位「件」が指標「地域活動への参加割合」（sanka-wariai）の単位「%」と違います');
    expect(at('5行目 C列（実績値）')).toContain('「たくさん」は数値として読めません');
    expect(at('6行目 C列（実績値）')).toContain('2行目と同じ指標の行です');
    expect(at('7行目 B列（内訳）')).toContain('内訳「法人」はありません。内訳: 個人、団体');
    expect(at('8行目 B列（内訳）')).toContain('には内訳がありません');
    expect(at('9行目 D列（時点）')).toContain('日付として読めません');
    expect(r.stderr).toContain('(out/bad.csv row 3, column A: no indicator "no-such-indicator" in the plan)');
    expect(r.stderr).toContain('7 件の問題があるため、何も書き込んでいません');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(join(ws, 'plans'))).toEqual(before);

    // The same for a file that does not exist yet: a failed first import creates nothing.
    const r2 = cli('import', 'tomakomai2', '--fy', '2025', 'out/bad.csv');
    expect(r2.status).toBe(1);
    expect(existsSync(join(planDir, 'progress', '2025.ts'))).toBe(false);
    expect(snapshot(join(ws, 'plans'))).toEqual(before);
  });

  it('check, lint and report accept the result', () => {
    expect(cli('check', 'tomakomai2').status).toBe(0);
    const lint = cli('lint', 'tomakomai2', '--profile', 'draft', '--format', 'json');
    expect(lint.status).toBe(0);
    const report = cli('report', 'tomakomai2', '--fy', '2024', '--format', 'json', '--out', 'out/reports');
    expect(report.status).toBe(0);
    const json = JSON.parse(readFileSync(join(ws, 'out', 'reports', 'tomakomai2', 'report-2024.json'), 'utf8'));
    expect(json.hasProgress).toBe(true);
    const soudan = json.goals[0].indicators.find((i: { id: string }) => i.id === 'soudan-kensu');
    expect(soudan.parts[0].result.actual).toMatchObject({ number: 1850, provisional: true, asOf: '2024-12-31' });
  });
});
