/**
 * Every shape a baseline / reference / target / actual can take, as the seed
 * documents print them: it parses with `Value` unchanged, has the expected
 * valueKind, and formatValue renders it as a reviewer would read it.
 */
import { describe, expect, it } from 'vitest';
import { Value, formatValue, notStated, reiwa, tbd, valueKind, type Unit, type ValueKind } from '@keikaku/schema';

type Case = [label: string, value: Value, unit: Unit | undefined, text: string, kind: ValueKind];

const VALID: Case[] = [
  // plain numbers in the indicator unit
  ['97.75％', 97.75, '%', '97.75%', 'quantity'],
  ['1,817件 (thousands separator)', 1817, '件', '1,817件', 'quantity'],
  ['17,665人', 17665, '人', '17,665人', 'quantity'],
  ['0人', 0, '人', '0人', 'quantity'],
  ['a number without a unit', 42, undefined, '42', 'quantity'],

  // composites: named parts, each with its own unit or the indicator's
  [
    '(個人) 525人 (団体) 279団体',
    { parts: [{ part: '個人', value: 525, unit: '人' }, { part: '団体', value: 279, unit: '団体' }] },
    undefined,
    '個人 525人 / 団体 279団体',
    'composite',
  ],
  [
    '① 1回 ② 40件',
    { parts: [{ part: '①', value: 1, unit: '回' }, { part: '②', value: 40, unit: '件' }] },
    undefined,
    '① 1回 / ② 40件',
    'composite',
  ],
  [
    '樽前ハッピー号 17,665人 / とこバス 2,771人 (parts take the indicator unit)',
    { parts: [{ part: '樽前ハッピー号', value: 17665 }, { part: 'とこバス', value: 2771 }] },
    '人',
    '樽前ハッピー号 17,665人 / とこバス 2,771人',
    'composite',
  ],
  [
    '第1層 1回 第2層 26回',
    { parts: [{ part: '第1層', value: 1 }, { part: '第2層', value: 26 }] },
    '回',
    '第1層 1回 / 第2層 26回',
    'composite',
  ],
  [
    '求職118人 求人241人 マッチング成功13件 (one part overrides the unit)',
    {
      parts: [
        { part: '求職', value: 118 },
        { part: '求人', value: 241 },
        { part: 'マッチング成功', value: 13, unit: '件' },
      ],
    },
    '人',
    '求職 118人 / 求人 241人 / マッチング成功 13件',
    'composite',
  ],
  [
    'parts that are not numbers',
    {
      parts: [
        { part: '第1層', value: { missing: '―' } },
        { part: '第2層', value: { state: '実施' } },
        { part: '相談会', value: { frequency: { count: 1, per: '年', atLeast: true } } },
      ],
    },
    '回',
    '第1層 ― / 第2層 実施 / 相談会 年1回以上',
    'composite',
  ],

  // qualitative states
  ['実施', { state: '実施' }, undefined, '実施', 'state'],
  ['継続', { state: '継続' }, undefined, '継続', 'state'],
  ['開設', { state: '開設' }, undefined, '開設', 'state'],
  ['維持', { state: '維持' }, undefined, '維持', 'state'],
  ['維持, with the sentence as printed', { state: '維持', text: '巡回体制を維持します。' }, undefined, '巡回体制を維持します。', 'state'],

  // direction only
  ['↗', { direction: '↗' }, '%', '↗', 'direction'],

  // frequencies
  ['年1回以上', { frequency: { count: 1, per: '年', atLeast: true } }, undefined, '年1回以上', 'frequency'],
  ['相談日：年12回', { frequency: { count: 12, per: '年', label: '相談日' } }, undefined, '相談日：年12回', 'frequency'],
  ['街頭巡回 年間680回', { frequency: { count: 680, per: '年', label: '街頭巡回' } }, undefined, '街頭巡回：年間680回', 'frequency'],
  ['月2回', { frequency: { count: 2, per: '月' } }, undefined, '月2回', 'frequency'],

  // milestones
  ['R4開設', { milestone: '開設', fy: reiwa(4) }, undefined, '2022年度開設', 'milestone'],
  ['令和〇年度策定', { milestone: '策定', fy: tbd('令和〇年度') }, undefined, '令和〇年度策定', 'milestone'],
  ['設置 with no year', { milestone: '設置', fy: notStated() }, undefined, '（年度記載なし）設置', 'milestone'],

  // explicit blanks, each dash kept as printed
  ['― (horizontal bar)', { missing: '―' }, '%', '―', 'missing'],
  ['— (em dash)', { missing: '—' }, '%', '—', 'missing'],
  ['－ (full-width hyphen-minus)', { missing: '－' }, '%', '－', 'missing'],
  ['空欄 with a note', { missing: '空欄', note: '調査未実施' }, '%', '空欄', 'missing'],
];

describe('valid values', () => {
  it.each(VALID)('%s', (_label, value, unit, text, kind) => {
    // Parsing must keep the value exactly (no coercion, no stripped keys).
    const parsed = Value.parse(value);
    expect(parsed).toEqual(value);
    expect(valueKind(parsed)).toBe(kind);
    expect(formatValue(parsed, unit)).toBe(text);
  });

  it('covers every ValueKind', () => {
    const kinds: ValueKind[] = ['quantity', 'composite', 'state', 'direction', 'frequency', 'milestone', 'missing'];
    expect(new Set(VALID.map((c) => c[4]))).toEqual(new Set(kinds));
  });

  it('a part value formats on its own, in the unit given', () => {
    expect(formatValue(525, '人')).toBe('525人');
    expect(formatValue({ missing: '―' })).toBe('―');
  });
});

describe('invalid values are rejected', () => {
  it.each<[string, unknown]>([
    ['a number as a printed string', '1,817'],
    ['a percentage as a printed string', '97.75%'],
    ['an empty string', ''],
    ['null', null],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an empty object', {}],
    ['an array', [97.75]],
    ['a state with an unknown key', { state: '実施', year: 2024 }],
    ['a missing mark with an unknown key', { missing: '―', reason: 'x' }],
    ['a part with an unknown key', { parts: [{ part: '個人', value: 525, unit: '人', colour: 'red' }] }],
    ['empty parts', { parts: [] }],
    ['a part with an empty name', { parts: [{ part: '', value: 1 }] }],
    ['a part without a value', { parts: [{ part: '個人' }] }],
    ['a part whose unit is empty', { parts: [{ part: '個人', value: 525, unit: '' }] }],
    ['a part that is itself a composite', { parts: [{ part: 'a', value: { parts: [{ part: 'b', value: 1 }] } }] }],
    ['a part that is a direction', { parts: [{ part: 'a', value: { direction: '↗' } }] }],
    ['an empty state', { state: '' }],
    ['a direction arrow outside the list', { direction: '↑' }],
    ['an empty missing mark', { missing: '' }],
    ['a negative frequency', { frequency: { count: -1, per: '年' } }],
    ['a fractional frequency', { frequency: { count: 1.5, per: '年' } }],
    ['a frequency per hour', { frequency: { count: 1, per: '時' } }],
    ['a frequency every 1 year (every starts at 2)', { frequency: { count: 1, per: '年', every: 1 } }],
    ['a frequency without its wrapper', { count: 1, per: '年' }],
    ['a milestone without a year', { milestone: '開設' }],
    ['a milestone with a printed year string', { milestone: '開設', fy: 'R4' }],
    ['a milestone with a year before 1947', { milestone: '開設', fy: 1800 }],
    ['a milestone with an empty placeholder', { milestone: '開設', fy: { tbd: '' } }],
  ])('%s', (_label, value) => {
    expect(Value.safeParse(value).success).toBe(false);
  });
});

// Regression: toLocaleString('ja-JP') rounds to 3 decimals by default, which
// silently changed values in CSV export and messages.
it('formatValue keeps every decimal of a number (no silent rounding)', () => {
  expect(formatValue(97.7549, '%')).toBe('97.7549%');
  expect(formatValue(0.0004, '%')).toBe('0.0004%');
});
