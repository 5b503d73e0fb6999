/**
 * A union that goes straight to the option its input's keys name (issue 13).
 *
 * Zod tries a union's options in turn and keeps the first that succeeds, so a value of the
 * ninth shape of Value is first refused by eight others, each building its issues: about 2 µs
 * for every value that is not a plain number, a seventh of Zod's time on a plan. When each
 * option is a number or a strict object with a required key that no other option allows, at
 * most one option can accept an input, and which one is said by its type or by its first key
 * that is such a required key. `byKey(union)` tries that option first; when it accepts the
 * input, that is the result Zod would have returned (no other option can accept it); when it
 * refuses, or no option is named, the union runs as before, with every option and the same
 * issues. The schema itself is unchanged (its JSON Schema, its type, its options and their order).
 *
 * It replaces the union's run function (Zod's `_zod.run`, which is its parse when it has no
 * checks): the one place where this package reaches into Zod's internals to change behaviour.
 * It refuses, at load, a union it cannot prove exclusive or one with checks, and
 * test/union-by-key.test.ts compares it with the plain union on generated inputs.
 */
import type { z } from 'zod';

type Schema = z.core.$ZodType;
type Def = { type: string; shape?: Record<string, Schema>; catchall?: Schema; innerType?: Schema; options?: Schema[]; checks?: unknown[] };
const defOf = (s: Schema) => s._zod.def as unknown as Def;

/** The keys an object option must have: those not optional. */
function requiredKeys(d: Def): string[] {
  return Object.entries(d.shape ?? {})
    .filter(([, s]) => defOf(s).type !== 'optional')
    .map(([k]) => k);
}

export function byKey<U extends z.ZodUnion>(union: U): U {
  const def = defOf(union);
  if (def.type !== 'union' || !def.options) throw new Error('byKey: not a union');
  if (def.checks?.length || union._zod.run !== union._zod.parse) throw new Error('byKey: a union with checks is not supported');
  let number: Schema | undefined;
  const byRequired = new Map<string, Schema>();
  const objects: Def[] = [];
  for (const option of def.options) {
    const d = defOf(option);
    if (d.type === 'number' && !number) number = option;
    else if (d.type === 'object' && d.catchall && defOf(d.catchall).type === 'never') {
      objects.push(d);
      // Each of its required keys names it when no other option allows that key.
      for (const k of requiredKeys(d)) byRequired.set(k, option);
    } else throw new Error(`byKey: option of type '${d.type}' is not a number or a strict object`);
  }
  // Drop a required key that another option allows: it does not name one option alone.
  for (const k of [...byRequired.keys()]) if (objects.filter((d) => d.shape && k in d.shape).length > 1) byRequired.delete(k);
  for (const d of objects) {
    if (!requiredKeys(d).some((k) => byRequired.has(k))) throw new Error('byKey: an option has no required key of its own; the union is not provably exclusive');
  }
  const all = union._zod.parse;
  const run: typeof all = (payload, ctx) => {
    const input = payload.value;
    let option: Schema | undefined;
    if (typeof input === 'number') option = number;
    else if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
      for (const k in input) {
        option = byRequired.get(k);
        if (option) break;
      }
    }
    if (option) {
      const result = option._zod.run({ value: input, issues: [] }, ctx);
      // A promise (never here: these options are synchronous) or a refusal: the union decides.
      if (!(result instanceof Promise) && result.issues.length === 0) return result;
    }
    return all(payload, ctx);
  };
  union._zod.parse = run;
  union._zod.run = run;
  return union;
}
