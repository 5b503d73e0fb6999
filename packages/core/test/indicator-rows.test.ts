/** The CSV view of indicators: one row per part, target in force, original where revised. */
import { describe, expect, it } from 'vitest';
import { fy, notStated, reiwa, tbd, validatePlan, type Plan } from '@keikaku/schema';
import { indicatorRows } from '../src/indicator-rows.js';
import { INDICATOR_COLUMNS } from '../src/indicator-rows.js';
import { toCsv, neutraliseCell } from '../src/csv.js';

const exportCsv = (p: Plan) => toCsv(indicatorRows(p), INDICATOR_COLUMNS);

function plan(indicators: unknown[]): Plan {
  const r = validatePlan({
    id: 'demo',
    municipality: { name: '苫小牧市', code: '012131', prefecture: '北海道' },
    title: 'デモ計画',
    edition: notStated(),
    period: notStated(),
    legalBasis: ['社会福祉法第107条'],
    encompasses: [],
    philosophy: notStated(),
    evaluation: notStated(),
    terms: { goal: '基本目標', policy: '施策', approach: '取組方針', initiative: '取組項目' },
    goals: [
      {
        id: 'g1', no: 1, title: '自分らしく生きるための仕組みづくり',
        policies: [{ id: 's1', no: 1, title: '包括的な相談支援体制の構築', approaches: [{ id: 'h01', no: 1, title: '包括的な支援を行う体制づくり', indicators }] }],
      },
    ],
    source: { file: 'x', title: 'x' },
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

describe('indicatorRows', () => {
  it('writes one row per part, with each part’s unit, and empty cells for blanks', () => {
    const rows = indicatorRows(plan([
      {
        id: 'bus', name: 'デマンド型コミュニティバス利用者数', unit: '人', direction: 'increase',
        baseline: { fy: reiwa(1), value: { parts: [{ part: '樽前ハッピー号', value: 17665 }, { part: 'とこバス', value: 2771 }] } },
        target: { fy: reiwa(8), value: { parts: [{ part: '樽前ハッピー号', value: 18000 }, { part: 'とこバス', value: 2800 }] } },
      },
      {
        id: 'bousai', name: '災害ボランティア登録者研修会における講習会参加者数', direction: 'increase',
        baseline: { fy: reiwa(1), value: { parts: [{ part: '登録者研修', value: 78, unit: '名' }, { part: '初心者研修', value: { missing: '―' }, unit: '名' }] } },
        target: { fy: reiwa(8), value: { parts: [{ part: '登録者研修', value: 80, unit: '名' }, { part: '初心者研修', value: 40, unit: '名' }] } },
      },
    ]));
    expect(rows.map((r) => [r.indicator_id, r.part, r.unit, r.baseline_fy, r.baseline_value, r.target_fy, r.target_value])).toEqual([
      ['bus', '樽前ハッピー号', '人', '2019', '17665', '2026', '18000'],
      ['bus', 'とこバス', '人', '2019', '2771', '2026', '2800'],
      ['bousai', '登録者研修', '名', '2019', '78', '2026', '80'],
      ['bousai', '初心者研修', '名', '2019', '', '2026', '40'],
    ]);
    expect(rows[0]).toMatchObject({ plan_id: 'demo', goal: '自分らしく生きるための仕組みづくり', policy: '包括的な相談支援体制の構築' });
  });

  it('writes qualitative values as text, placeholder years as printed, an unstated year said so (never an empty cell that hides it)', () => {
    const rows = indicatorRows(plan([
      { id: 'a', name: '窓口', direction: 'increase', baseline: { fy: reiwa(1), value: { missing: '－' } }, target: { fy: reiwa(8), value: { milestone: '開設', fy: reiwa(4) } } },
      { id: 'b', name: '訓練', direction: 'maintain', baseline: { fy: tbd('令和〇年度'), value: { state: '実施' } }, target: { fy: reiwa(11), value: { state: '継続' } } },
      { id: 'c', name: '件数', unit: '件', direction: 'increase', measure: '延べ', baseline: { fy: reiwa(4), value: 968 }, target: { fy: notStated(), value: { direction: '↗' } } },
      { id: 'd', name: '会議', unit: '回', direction: 'increase', baseline: { fy: reiwa(1), value: 1 }, target: { fy: reiwa(8), value: { frequency: { count: 1, per: '年', atLeast: true } } } },
    ]));
    expect(rows.map((r) => [r.kind, r.baseline_fy, r.baseline_value, r.target_fy, r.target_value])).toEqual([
      ['', '2019', '', '2026', 'R4開設'],
      ['', '令和〇年度', '実施', '2029', '継続'],
      ['延べ', '2022', '968', '（年度記載なし）', '↗'],
      ['', '2019', '1', '2026', '年1回以上'],
    ]);
  });

  it('fills target_original_value from the first revision (中間見直し)', () => {
    const rows = indicatorRows(plan([
      {
        id: 'yuki', name: '雪かきボランティア登録者数', unit: '人', direction: 'increase',
        baseline: { fy: reiwa(1), value: 519 }, target: { fy: reiwa(8), value: 570 },
        revisions: [{ fy: reiwa(5), label: '中間見直し', previous: { target: { fy: reiwa(8), value: 555 } } }],
      },
      {
        id: 'kouken', name: '市民後見人受任件数', unit: '件', direction: 'increase',
        baseline: { fy: reiwa(1), value: 22 }, target: { fy: reiwa(8), value: 98 },
        revisions: [{ fy: reiwa(5), label: '中間見直し', previous: { replaced: { name: '市民後見人数', unit: '人', baseline: { fy: reiwa(1), value: 18 }, target: { fy: reiwa(8), value: 40 } } } }],
      },
      { id: 'plain', name: '未改訂', unit: '回', direction: 'increase', baseline: { fy: fy(2019), value: 10 }, target: { fy: fy(2026), value: 12 } },
    ]));
    expect(rows.map((r) => [r.indicator_id, r.target_value, r.target_original_value])).toEqual([
      ['yuki', '570', '555'],
      ['kouken', '98', '市民後見人数: 40人'],
      ['plain', '12', ''],
    ]);
  });
});

describe('indicator CSV', () => {
  const p = plan([{ id: 'x', name: '指標, "引用"', unit: '%', direction: 'increase', baseline: { fy: reiwa(1), value: 90.08 }, target: { fy: reiwa(8), value: 96 } }]);

  it('starts with a UTF-8 BOM and the header, uses CRLF and quotes commas', () => {
    const csv = exportCsv(p);
    expect(csv.startsWith('\uFEFFplan_id,level,goal,policy,indicator_id,indicator_name,category,part,unit,kind,direction,direction_by,baseline_fy,baseline_value,baseline_printed,baseline_qualifier,baseline_note,references,target_fy,target_value,target_bound,target_condition,target_printed,target_qualifier,target_note,target_original_value,target_series,planned,rationale,note\r\n')).toBe(true);
    expect(csv).toContain('"指標, ""引用"""');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('quotes a stray CR or LF inside a field, so a row never splits', () => {
    const q = plan([{ id: 'x', name: '前半\r後半\n続き', unit: '%', direction: 'increase', baseline: { fy: reiwa(1), value: 1 }, target: { fy: reiwa(8), value: 2 } }]);
    const csv = exportCsv(q);
    expect(csv).toContain('"前半\r後半\n続き"');
    // header + one record: split on CRLF outside quotes only
    expect(csv.trimEnd().split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/)).toHaveLength(2);
  });

  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['-12.5', '-12.5'],
    ['見守り活動', '見守り活動'],
  ])('neutralises %j as a formula (OWASP CSV injection)', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it('writes a neutralised formula in a title as text', () => {
    const q = plan([{ id: 'x', name: '=1+1', unit: '%', direction: 'increase', baseline: { fy: reiwa(1), value: 1 }, target: { fy: reiwa(8), value: 2 } }]);
    expect(exportCsv(q)).toContain(",'=1+1,");
  });
});
