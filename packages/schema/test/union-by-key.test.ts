/**
 * byKey (union-by-key.ts) makes a union go straight to the option its input's
 * keys name. It must change nothing but time: for any input, the same success,
 * the same output and the same issues as the plain union with the same options
 * in the same order. Checked on generated inputs (valid values of every shape,
 * values with a key of another shape added or a key taken away, wrong types),
 * and on unions it must refuse.
 */
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { PartValue, Value, YearRef } from '@keikaku/schema';
import { byKey } from '../src/union-by-key.js';

const VALID: unknown[] = [
  12, 97.75, -3, 0, 2024, 1800, 2.5, NaN, Infinity,
  { parts: [{ part: '個人', value: 525, unit: '人' }, { part: { notStated: true }, value: { state: '実施' } }] },
  { direction: '↗' },
  { frequency: { count: 1, per: '年', atLeast: true } },
  { relative: { rule: 'times', by: 2, base: { value: 120, fy: 2022 } }, printed: '倍増' },
  { recurring: 'increase', printed: '毎年増加' },
  { absent: '基準値なし', reason: '新規事業のため' },
  { missing: '―' },
  { missing: '…', note: '記載なし' },
  { state: '継続' },
  { state: '計画の推進', text: '計画を推進する' },
  { milestone: '開設', fy: 2024 },
  { milestone: '開設', fy: { tbd: '令和〇年度' } },
  { tbd: '令和〇年度' },
  { notStated: true },
  { notStated: true, note: '記載なし' },
  { printed: '平成32年度', fy: 2020 },
  { printed: '26年度', fy: 2014, era: '平成' },
  { read: 2024, note: '計画期間から' },
  { fy: 2022, value: 97.75, printed: '基準(2022年) 97.75％' },
];
const KEYS = ['parts', 'direction', 'frequency', 'relative', 'recurring', 'absent', 'missing', 'state', 'milestone', 'tbd', 'notStated', 'printed', 'read', 'fy', 'value', 'note', 'text', 'reason', 'era', 'extra'];
const leaf = fc.oneof(
  fc.constantFrom<unknown>('', '継続', '―', 'increase', '↗', true, null, undefined, 0, 2024, -1, [], {}, [1]),
  fc.constantFrom(...VALID),
);
/** A valid value of some shape, with keys added, taken away or replaced; or a wrong type. */
const input = fc.oneof(
  fc.constantFrom(...VALID),
  fc.tuple(fc.constantFrom(...VALID.filter((v) => typeof v === 'object')), fc.dictionary(fc.constantFrom(...KEYS), leaf, { maxKeys: 2 }), fc.subarray(KEYS))
    .map(([v, add, drop]) => {
      const o: Record<string, unknown> = { ...(v as object), ...add };
      for (const k of drop) delete o[k];
      return o;
    }),
  fc.dictionary(fc.constantFrom(...KEYS), leaf, { maxKeys: 3 }),
  leaf,
  fc.anything(),
);

const plainCopy = (u: z.ZodUnion) => z.union(u._zod.def.options as z.ZodType[]);
const cases: [string, z.ZodUnion][] = [['Value', Value], ['PartValue', PartValue], ['YearRef', YearRef]];

describe('byKey: the same result as the plain union', () => {
  it.each(cases)('%s', (_name, fast) => {
    const plain = plainCopy(fast);
    expect(fast._zod.run).not.toBe(plain._zod.run); // byKey is in place on the exported schema
    fc.assert(
      fc.property(input, (x) => {
        for (const opts of [undefined, { reportInput: true }]) {
          const a = fast.safeParse(x, opts);
          const b = plain.safeParse(x, opts);
          expect(a.success).toBe(b.success);
          if (a.success && b.success) expect(a.data).toEqual(b.data);
          else expect(a.error!.issues).toEqual(b.error!.issues);
        }
      }),
      { numRuns: 3000, seed: 13 },
    );
  });

  it('accepts every valid sample as the plain union does, and refuses the rest alike', () => {
    let accepted = 0;
    for (const x of VALID) {
      const a = Value.safeParse(x);
      expect(a.success).toBe(plainCopy(Value).safeParse(x).success);
      if (a.success) accepted++;
    }
    expect(accepted).toBeGreaterThan(10); // the samples reach the shapes they are meant to
  });
});

describe('byKey refuses a union it cannot prove exclusive', () => {
  it('an option with no required key of its own', () => {
    expect(() => byKey(z.union([z.strictObject({ a: z.string() }), z.strictObject({ a: z.number(), b: z.string().optional() })]))).toThrow(/not provably exclusive/);
  });
  it('a loose object', () => {
    expect(() => byKey(z.union([z.object({ a: z.string() }), z.strictObject({ b: z.string() })]))).toThrow(/strict object/);
  });
  it('a union with checks', () => {
    expect(() => byKey(z.union([z.strictObject({ a: z.string() }), z.number()]).refine(() => true) as unknown as z.ZodUnion)).toThrow();
  });
});
