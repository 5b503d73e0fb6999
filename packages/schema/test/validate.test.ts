/**
 * Run-time validation: validatePlan / validateProgress on copies of the real
 * sapporo plan with one thing broken at a time. Each case asserts the problem
 * code, its exact plan path, and that the bilingual message says something
 * useful; the unmodified plan is checked first so a problem can only come from
 * the edit.
 */
import { describe, expect, it } from 'vitest';
import {
  fy,
  nearestWord,
  notStated,
  reiwa,
  tbd,
  validatePlan,
  validateProgress,
  type Plan,
  type Problem,
} from '@keikaku/schema';
import sapporo from '../../../plans/sapporo/plan.js';
import sapporo2024 from '../../../plans/sapporo/progress/2024.js';

type Path = (string | number)[];
const DELETE = Symbol('delete');
type Edit = [path: Path, value: unknown];

/** A structuredClone of `source` with each edit applied (DELETE removes the key). */
function edited(source: unknown, ...edits: Edit[]): unknown {
  const copy = structuredClone(source);
  for (const [path, value] of edits) {
    let node = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) {
      node = node[key] as Record<string | number, unknown>;
      if (node === undefined || node === null) throw new Error(`test setup: no ${path.join('.')} in the source`);
    }
    const last = path[path.length - 1]!;
    if (value === DELETE) delete node[last];
    else node[last] = value;
  }
  return copy;
}

/** Runs validatePlan, requiring failure, and returns the problems. */
function planProblems(input: unknown): Problem[] {
  const r = validatePlan(input);
  if (r.ok) expect.fail('expected validatePlan to report a problem');
  return r.problems;
}

function expectBilingual(problems: Problem[]) {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.ja.trim(), JSON.stringify(p)).not.toBe('');
    expect(p.en.trim(), JSON.stringify(p)).not.toBe('');
    expect(p.ja, 'ja is Japanese').toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(p.ja).not.toBe(p.en);
    if (p.fix) {
      expect(p.fix.ja.trim()).not.toBe('');
      expect(p.fix.en.trim()).not.toBe('');
    }
  }
}

// Paths into the sapporo plan: 施策1's only indicator 見守り活動を実施・継続する地区の割合 (unit %).
const IND = ['goals', 0, 'policies', 0, 'indicators', 0];
const IND_TEXT = 'goals[0].policies[0].indicators[0]';

it('the unmodified sapporo plan and its FY2024 progress are valid', () => {
  const plan = validatePlan(structuredClone(sapporo));
  expect(plan.ok).toBe(true);
  expect(validateProgress((plan as { value: Plan }).value, structuredClone(sapporo2024)).ok).toBe(true);
});

describe('validatePlan: one problem per broken rule, at its exact path', () => {
  interface Expected {
    code: string;
    pathText: string;
    ja?: RegExp;
    en?: RegExp;
    fix?: RegExp;
    fixEn?: RegExp;
  }
  const CASES: [label: string, edits: Edit[], expected: Expected][] = [
    [
      'duplicate policy id',
      [[['goals', 0, 'policies', 1, 'id'], 'p1']],
      { code: 'duplicate-id', pathText: 'goals[0].policies[1].id', ja: /"p1".*goals\[0\]\.policies\[0\]/, en: /used twice/ },
    ],
    [
      'an initiative id equal to an indicator id',
      [[['goals', 0, 'policies', 0, 'initiatives', 1, 'id'], 'mimamori-chiku-wariai']],
      { code: 'duplicate-id', pathText: 'goals[0].policies[0].initiatives[1].id', ja: /mimamori-chiku-wariai/ },
    ],
    [
      'an unknown field on an indicator',
      [[[...IND, 'colour'], 'red']],
      // located at the key itself, so an editor can jump to it
      { code: 'unrecognized_keys', pathText: `${IND_TEXT}.colour`, ja: /使えない項目.*colour/, en: /colour/ },
    ],
    [
      'an unknown field inside a value',
      [[[...IND, 'target', 'value'], { state: '実施', year: 2024 }]],
      { code: 'unrecognized_keys', pathText: `${IND_TEXT}.target.value.year`, ja: /year/ },
    ],
    [
      'a missing required field (indicator name)',
      [[[...IND, 'name'], DELETE]],
      { code: 'invalid_type', pathText: `${IND_TEXT}.name`, ja: /必須項目/, en: /required/ },
    ],
    [
      'a missing required field (plan title)',
      [[['title'], DELETE]],
      { code: 'invalid_union', pathText: 'title', ja: /必須項目|どの形にも/ },
    ],
    [
      'a printed string where a year is expected',
      [[[...IND, 'target', 'fy'], '令和11年度']],
      { code: 'invalid_union', pathText: `${IND_TEXT}.target.fy`, fix: /reiwa\(6\)/, fixEn: /reiwa\(6\)/ },
    ],
    [
      'fiscal year 1800: reported by the number branch as too small',
      [[[...IND, 'baseline', 'fy'], 1800]],
      { code: 'too_small', pathText: `${IND_TEXT}.baseline.fy`, ja: /1800 は小さすぎます.*1947/, en: /1800 is too small/ },
    ],
    [
      'fiscal year 2200: too big',
      [[[...IND, 'target', 'fy'], 2200]],
      { code: 'too_big', pathText: `${IND_TEXT}.target.fy`, ja: /2200.*2100/ },
    ],
    [
      'a unit outside the unit set',
      [[[...IND, 'unit'], '人数']],
      { code: 'unknown-word', pathText: `${IND_TEXT}.unit`, ja: /単位 "人数" は組み込みの語にも計画の vocabulary\.units にもありません/, fix: /組み込み: % 人/ },
    ],
    [
      'a value written as the printed string',
      [[[...IND, 'baseline', 'value'], '97.75%']],
      { code: 'invalid_union', pathText: `${IND_TEXT}.baseline.value`, ja: /どの形にも/ },
    ],
    [
      'an id with upper-case letters',
      [[['goals', 0, 'id'], 'G1']],
      { code: 'id-format', pathText: 'goals[0].id', ja: /"G1"/, fix: /英小文字/, fixEn: /lowercase/ },
    ],
    [
      'an empty placeholder year',
      [[[...IND, 'target', 'fy'], { tbd: '' }]],
      { code: 'too_small', pathText: `${IND_TEXT}.target.fy.tbd`, ja: /空の文字列/ },
    ],
    [
      'an encompassed id that is not in encompasses',
      [[['goals', 0, 'policies', 0, 'encompassed'], 'kouken']],
      { code: 'unknown-encompassed', pathText: 'goals[0].policies[0].encompassed', ja: /kouken/ },
    ],
    [
      'a 再掲 of an initiative that does not exist',
      [[['goals', 0, 'policies', 0, 'initiatives', 0, 'repeats'], 'p9-i9']],
      { code: 'unknown-initiative', pathText: 'goals[0].policies[0].initiatives[0].repeats', ja: /p9-i9/ },
    ],
  ];

  it.each(CASES)('%s', (_label, edits, expected) => {
    const problems = planProblems(edited(sapporo, ...edits));
    expect(problems.map((p) => [p.code, p.pathText])).toEqual([[expected.code, expected.pathText]]);
    const [p] = problems;
    expect(p!.path.join('.')).toBe(expected.pathText.replace(/\[(\d+)\]/g, '.$1'));
    if (expected.ja) expect(p!.ja).toMatch(expected.ja);
    if (expected.en) expect(p!.en).toMatch(expected.en);
    if (expected.fix) expect(p!.fix?.ja).toMatch(expected.fix);
    if (expected.fixEn) expect(p!.fix?.en).toMatch(expected.fixEn);
    expectBilingual(problems);
  });

  it('the 1800 problem is not the generic "matches no shape" union message', () => {
    const [p] = planProblems(edited(sapporo, [[...IND, 'baseline', 'fy'], 1800]));
    expect(p!.ja).not.toMatch(/どの形にも/);
    expect(p!.en).not.toMatch(/none of the allowed shapes/);
  });

  it('a plain number without a unit is reported at every plain number of the indicator', () => {
    const problems = planProblems(edited(sapporo, [[...IND, 'unit'], DELETE]));
    expect(problems.every((p) => p.code === 'unit-required')).toBe(true);
    expect(problems.map((p) => p.pathText).sort()).toEqual(
      [`${IND_TEXT}.baseline.value`, `${IND_TEXT}.references[0].value`, `${IND_TEXT}.target.value`].sort(),
    );
    expect(problems[0]!.ja).toContain('単位');
    expectBilingual(problems);
  });

  it('unit-required also applies to a composite part with neither its own unit nor the indicator unit', () => {
    const problems = planProblems(
      edited(
        sapporo,
        [[...IND, 'unit'], DELETE],
        [[...IND, 'baseline', 'value'], { parts: [{ part: '個人', value: 525, unit: '人' }, { part: '団体', value: 279 }] }],
        [[...IND, 'references'], DELETE],
        [[...IND, 'target', 'value'], { state: '継続' }],
      ),
    );
    expect(problems.map((p) => [p.code, p.pathText])).toEqual([['unit-required', `${IND_TEXT}.baseline.value.parts[1].value`]]);
  });

  it('two unknown fields give one problem each, at each key', () => {
    const problems = planProblems(edited(sapporo, [[...IND, 'colour'], 'red'], [[...IND, 'tagret'], {}]));
    expect(problems.map((p) => [p.code, p.pathText])).toEqual([
      ['unrecognized_keys', `${IND_TEXT}.colour`],
      ['unrecognized_keys', `${IND_TEXT}.tagret`],
    ]);
    expect(problems[1]!.ja).toContain('tagret');
    expect(problems[1]!.ja).not.toContain('colour');
    // colour is near no key an indicator may have: no guess is offered.
    expect(problems[0]!.ja).not.toContain('書き間違い');
  });

  it('a misspelt key names the nearest key allowed there, through the value union', () => {
    const problems = planProblems(edited(sapporo, [[...IND, 'target', 'value'], { state: '実施', txt: '実施する' }]));
    expect(problems.map((p) => [p.code, p.pathText])).toEqual([['unrecognized_keys', `${IND_TEXT}.target.value.txt`]]);
    expect(problems[0]!.ja).toBe('使えない項目名です: txt（text の書き間違いでは？）');
    expect(problems[0]!.en).toBe("unknown field txt; did you mean 'text'?");
    expect(problems[0]!.fix).toEqual({ ja: '項目名を text に直してください。', en: 'Rename it to text.' });
  });

  it('several independent problems are all reported', () => {
    const problems = planProblems(
      edited(sapporo, [[...IND, 'target', 'fy'], fy(2020)], [['goals', 0, 'policies', 1, 'id'], 'p1'], [['municipality', 'code'], '011001']),
    );
    // target-before-baseline is a judgement (reported by @keikaku/core's checks), not a structural problem
    expect(problems.map((p) => p.code).sort()).toEqual(['duplicate-id', 'lg-code-check-digit'].sort());
  });
});

describe('validatePlan: what must be accepted', () => {
  it.each<[string, Edit[]]>([
    // Judgements about the document are not refused by Zod: core's checks and lint report them.
    ['a target year before the baseline year (a judgement)', [[[...IND, 'target', 'fy'], fy(2020)]]],
    ['a percentage above 100 (a judgement)', [[[...IND, 'target', 'value'], 120]]],
    ['a plan period that ends before it starts (a judgement)', [[['period', 'end'], fy(2020)]]],
    ['target year equal to the baseline year', [[[...IND, 'target', 'fy'], fy(2022)]]],
    ['percent boundaries 0 and 100', [[[...IND, 'baseline', 'value'], 0], [[...IND, 'target', 'value'], 100]]],
    [
      'tbd and notStated years everywhere a year goes',
      [
        [[...IND, 'baseline', 'fy'], notStated('原典に年度の記載なし')],
        [[...IND, 'target', 'fy'], tbd('令和〇年度')],
        [[...IND, 'references', 0, 'fy'], tbd('令和○年度')],
        [['period', 'end'], tbd('令和〇年度')],
        [[...IND, 'target', 'value'], { milestone: '開設', fy: tbd('令和◯年度') }],
      ],
    ],
    ['a tbd target year (not compared with the baseline year)', [[[...IND, 'target', 'fy'], tbd('令和●年度')]]],
    ['a notStated period', [[['period'], notStated()]]],
    [
      'revisions in order, one of them with a tbd year',
      [
        [
          [...IND, 'revisions'],
          [
            { fy: reiwa(7), label: '中間見直し', previous: { target: { fy: fy(2029), value: 99 } } },
            { fy: tbd('令和〇年度'), label: '見直し', previous: { target: { fy: fy(2029), value: 98 } } },
            { fy: reiwa(9), label: '再見直し', previous: { target: { fy: fy(2029), value: 97 } } },
          ],
        ],
      ],
    ],
  ])('%s', (_label, edits) => {
    const r = validatePlan(edited(sapporo, ...edits));
    if (!r.ok) expect.fail(JSON.stringify(r.problems, null, 2));
  });

  it('returns the parsed plan with years as plain numbers', () => {
    const r = validatePlan(edited(sapporo, [[...IND, 'target', 'fy'], tbd('令和〇年度')]));
    expect(r.ok && (r.value.goals[0]!.policies![0]!.indicators![0]!.target as { fy: unknown }).fy).toEqual({ tbd: '令和〇年度' });
    expect(r.ok && r.value.period).toEqual({ start: 2024, end: 2029, note: '６年間' });
  });
});

describe('validatePlan never throws', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', []],
    ['a string', 'plan'],
    ['an empty object', {}],
    ['goals not an array', { goals: 'x' }],
    ['null nodes deep inside', { goals: [{ policies: [{ indicators: [null], initiatives: [null] }] }] }],
    ['a plan whose indicator has no name', edited(sapporo, [[...IND, 'name'], DELETE])],
    ['a plan whose indicator baseline is null', edited(sapporo, [[...IND, 'baseline'], null])],
    ['a plan whose revisions are garbage', edited(sapporo, [[...IND, 'revisions'], [null, 5, 'x']])],
    ['a plan whose goals contain a number', edited(sapporo, [['goals', 1], 7])],
    ['a plan with encompasses null', edited(sapporo, [['encompasses'], null])],
  ])('%s', (_label, input) => {
    let r: ReturnType<typeof validatePlan> | undefined;
    expect(() => (r = validatePlan(input))).not.toThrow();
    expect(r!.ok).toBe(false);
    if (r!.ok) return;
    expectBilingual(r!.problems);
  });

  it('a non-object input is reported at the root', () => {
    const [p] = planProblems(42);
    expect(p!.pathText).toBe('(root)');
    expect(p!.code).toBe('invalid_type');
  });
});

describe('validateProgress', () => {
  const planResult = validatePlan(structuredClone(sapporo));
  if (!planResult.ok) throw new Error('sapporo plan must be valid');
  const plan = planResult.value;

  function progressProblems(input: unknown): Problem[] {
    const r = validateProgress(plan, input);
    if (r.ok) expect.fail('expected validateProgress to report a problem');
    return r.problems;
  }

  it.each<[string, Edit[], string, string, RegExp?]>([
    ['an indicator id the plan does not have', [[['actuals', 0, 'indicator'], 'shogai-kadai-kaiketu']], 'unknown-indicator', 'actuals[0].indicator', /shogai-kadai-kaiketu.*sapporo/],
    ['a progress naming another plan', [[['plan'], 'asahikawa']], 'plan-mismatch', 'plan', /asahikawa.*sapporo/],
    ['a narrative on a node the plan does not have', [[['narratives', 0, 'node'], 'p99']], 'unknown-node', 'narratives[0].node', /p99/],
    ['an asOf that is not YYYY-MM-DD', [[['actuals', 0, 'asOf'], '2024/12/31']], 'date-format', 'actuals[0].asOf', /YYYY-MM-DD/],
    ['a fiscal year as a printed string', [[['fy'], '令和6年度']], 'invalid_type', 'fy'],
  ])('%s', (_label, edits, code, pathText, ja) => {
    const problems = progressProblems(edited(sapporo2024, ...edits));
    expect(problems.map((p) => [p.code, p.pathText])).toEqual([[code, pathText]]);
    if (ja) expect(problems[0]!.ja).toMatch(ja);
    expectBilingual(problems);
  });

  it('a misspelt key in a progress module names the nearest one (provisonal → provisional)', () => {
    const problems = progressProblems(edited(sapporo2024, [['actuals', 0, 'provisional'], DELETE], [['actuals', 0, 'provisonal'], true]));
    expect(problems.map((p) => [p.code, p.pathText, p.ja])).toEqual([
      ['unrecognized_keys', 'actuals[0].provisonal', '使えない項目名です: provisonal（provisional の書き間違いでは？）'],
    ]);
  });

  it('a printed year string for fy gets a fix mentioning reiwa(6)', () => {
    const [p] = progressProblems(edited(sapporo2024, [['fy'], '令和6年度']));
    expect(p!.fix?.ja).toContain('reiwa(6)');
    expect(p!.fix?.en).toContain('reiwa(6)');
  });

  it.each<[string, Edit[]]>([
    ['a year-end figure needs no provisional flag', [[['actuals', 0, 'asOf'], '2025-03-31'], [['actuals', 0, 'provisional'], DELETE]]],
    ['a provisional figure on the first day of the year', [[['actuals', 0, 'asOf'], '2024-04-01']]],
    ['a figure with no asOf (the year end is implied)', [[['actuals', 0, 'asOf'], DELETE], [['actuals', 0, 'provisional'], DELETE]]],
    ['a narrative on an indicator id', [[['narratives', 0, 'node'], 'mimamori-chiku-wariai']]],
    ['an actual that is not a number', [[['actuals', 0, 'value'], { missing: '―' }]]],
  ])('accepts %s', (_label, edits) => {
    const r = validateProgress(plan, edited(sapporo2024, ...edits));
    if (!r.ok) expect.fail(JSON.stringify(r.problems, null, 2));
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 42],
    ['an array', []],
    ['a string', 'progress'],
    ['an empty object', {}],
    ['actuals with null entries', { plan: 'sapporo', fy: 2024, actuals: [null] }],
  ])('never throws on %s', (_label, input) => {
    let r: ReturnType<typeof validateProgress> | undefined;
    expect(() => (r = validateProgress(plan, input))).not.toThrow();
    expect(r!.ok).toBe(false);
    if (!r!.ok) expectBilingual(r!.problems);
  });

  // Regression: initiative ids were checked only by tsc (defineProgress), so JSON or
  // `as any` progress data naming an 取組 the plan does not have passed at run time.
  it('an initiative status for an initiative the plan does not have is reported', () => {
    const r = validateProgress(plan, edited(sapporo2024, [['initiatives'], [{ initiative: 'p9-i9', status: '実施中' }]]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => [p.code, p.pathText])).toEqual([['unknown-initiative', 'initiatives[0].initiative']]);
  });
});

// Regression: Zod 4 reports a failed `.int()` as invalid_type { expected: 'int' } at
// the branch root; narrowUnion must still pick the number branch for a number input.
it('a fractional fiscal year is reported by the number branch, not as "matches no shape"', () => {
  const [p] = planProblems(edited(sapporo, [[...IND, 'target', 'fy'], 2024.5]));
  expect(p!.pathText).toBe(`${IND_TEXT}.target.fy`);
  expect(p!.code).not.toBe('invalid_union');
  expect(p!.ja).not.toMatch(/どの形にも/);
  expect(p!.ja).toContain('整数');
});

// Dates in progress modules must exist: 2024-13-45 sorts inside FY2024 as text.
it.each(['2024-13-45', '2024-11-31', '2025-02-29', '2024-12-31T00:00'])('an impossible or malformed as-of date %s is rejected', (asOf) => {
  const planResult = validatePlan(structuredClone(sapporo));
  if (!planResult.ok) expect.fail('the sapporo plan must validate');
  const r = validateProgress(planResult.value, edited(sapporo2024, [['actuals', 0, 'asOf'], asOf]));
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.problems.map((p) => [p.code, p.pathText])).toEqual([['date-format', 'actuals[0].asOf']]);
});

describe('nearestWord', () => {
  it.each<[string, string[], string | undefined]>([
    ['tagret', ['target', 'baseline'], 'target'], // two neighbours swapped: one edit
    ['meausre', ['measure', 'name'], 'measure'],
    ['notes', ['note', 'name'], 'note'],
    ['Unit', ['unit', 'name'], 'unit'], // case only
    ['colour', ['unit', 'name', 'note'], undefined], // nothing near
    ['id', ['no'], undefined], // two edits in a two-letter word is another word
    ['provisonal', ['provisional', 'asOf'], 'provisional'],
  ])('%s among %j → %s', (word, candidates, expected) => {
    expect(nearestWord(word, candidates)).toBe(expected);
  });
});
