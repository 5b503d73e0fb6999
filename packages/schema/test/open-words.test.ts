/**
 * openWords: every open word a module writes, with its plan path, and only the
 * ones a caller keeps when it gives a filter (unknownWords keeps the words
 * neither built in nor declared; a path is made only for a word kept).
 */
import { describe, expect, it } from 'vitest';
import { openWords, validatePlan, type WordAt } from '@keikaku/schema';

const MODULE = {
  vocabulary: { units: ['人日'] }, // declares words: not a use of them
  grading: [{ id: 's', levels: [{ mark: 'A', band: { unit: 'ポイント' } }] }], // a band's unit is not a unit of measure
  goals: [
    {
      id: 'g1',
      category: '重点', // a goal's category is not an indicator category
      indicators: [
        {
          id: 'i1',
          category: '成果指標',
          unit: '人日',
          baseline: { fy: 2022, value: { missing: '―' }, qualifier: '推計' },
          target: { fy: 2027, value: { parts: [{ part: 'a', value: { state: '実施中' }, unit: '件' }] } },
          series: [{ fy: 2025, value: { milestone: '開設', fy: 2025 } }],
        },
      ],
    },
  ],
  sheets: [{ node: 'g1', outlook: { course: '継続' } }],
};

const ALL: WordAt[] = [
  { kind: 'category', word: '成果指標', path: ['goals', 0, 'indicators', 0, 'category'] },
  { kind: 'unit', word: '人日', path: ['goals', 0, 'indicators', 0, 'unit'] },
  { kind: 'mark', word: '―', path: ['goals', 0, 'indicators', 0, 'baseline', 'value', 'missing'] },
  { kind: 'qualifier', word: '推計', path: ['goals', 0, 'indicators', 0, 'baseline', 'qualifier'] },
  { kind: 'state', word: '実施中', path: ['goals', 0, 'indicators', 0, 'target', 'value', 'parts', 0, 'value', 'state'] },
  { kind: 'unit', word: '件', path: ['goals', 0, 'indicators', 0, 'target', 'value', 'parts', 0, 'unit'] },
  { kind: 'state', word: '開設', path: ['goals', 0, 'indicators', 0, 'series', 0, 'value', 'milestone'] },
  { kind: 'outlook', word: '継続', path: ['sheets', 0, 'outlook', 'course'] },
];

describe('openWords', () => {
  it('finds every open word with its path, in document order, skipping the vocabulary, the grading and a goal category', () => {
    expect(openWords(MODULE)).toEqual(ALL);
  });

  it('with a filter, gives only the words kept, each with its path', () => {
    const asked: string[] = [];
    const kept = openWords(MODULE, (kind, word) => {
      asked.push(`${kind}:${word}`);
      return kind === 'state' || word === '件';
    });
    expect(asked).toEqual(ALL.map((w) => `${w.kind}:${w.word}`));
    expect(kept).toEqual(ALL.filter((w) => w.kind === 'state' || w.word === '件'));
  });

  it("takes no key of Object's prototype for a word key", () => {
    expect(openWords({ constructor: 'x', toString: 'y', goals: [{ hasOwnProperty: 'z', unit: '人' }] })).toEqual([{ kind: 'unit', word: '人', path: ['goals', 0, 'unit'] }]);
  });

  it('gives each kept word its own path array (a caller may keep or change it)', () => {
    const [a, b] = openWords(MODULE, (kind) => kind === 'unit');
    expect(a!.path).not.toBe(b!.path);
    a!.path.push('x');
    expect(b!.path).toEqual(['goals', 0, 'indicators', 0, 'target', 'value', 'parts', 0, 'unit']);
  });
});

describe('unknownWords through validatePlan', () => {
  it('reports exactly the words neither built in nor declared, at their paths', async () => {
    const { default: sapporo } = await import('../../../plans/sapporo/plan.js');
    const plan = structuredClone(sapporo) as unknown as { vocabulary?: unknown; goals: { policies: { indicators: Record<string, unknown>[] }[] }[] };
    plan.vocabulary = { units: ['人日'] };
    const ind = plan.goals[0]!.policies[0]!.indicators[0]!;
    ind.unit = '人日'; // declared
    ind.target = { fy: 2029, value: { parts: [{ part: 'a', value: { state: '実施中' } }, { part: 'b', value: 3, unit: '人々' }] } };
    const r = validatePlan(plan);
    if (r.ok) expect.fail('expected unknown words');
    const at = 'goals[0].policies[0].indicators[0].target.value.parts';
    expect(r.problems.map((p) => [p.code, p.pathText])).toEqual([
      ['unknown-word', `${at}[0].value.state`],
      ['unknown-word', `${at}[1].unit`],
    ]);
  });
});
