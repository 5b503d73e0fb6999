/**
 * Open vocabularies with checked spelling (issue 7 §8).
 *
 * Units, qualitative states, blank marks and indicator categories keep
 * growing with every new plan. The common ones are built in; a plan declares
 * its own in `vocabulary`, and only there:
 *
 *   vocabulary: { units: ['人日'], states: ['計画の推進'] },
 *
 * A word that is neither built in nor declared still fails to compile: the
 * run-time schema types each open field as "a built-in word, or a declared
 * word" (a branded string no literal can be), and definePlan substitutes the
 * plan's own declared words for the brand (see define.ts). At run time the
 * plan's consistency check refuses a word that is not declared.
 */
import { z } from 'zod';

import type { DeclaredWord, VocabularyKind } from './words.js';
import { registerOpenWord, WORD_TYPE_MESSAGE } from './open-word-kinds.js';

export type { DeclaredWord, VocabularyKind, DeclaredOf } from './words.js';

/**
 * A string field that accepts the built-in words and, in a plan, the plan's declared ones.
 *
 * At run time it is one check, a non-empty string: whether the word is built in or declared is
 * the plan's consistency check (plan-checks.ts unknownWords). It was `z.union([z.enum(builtIn),
 * z.string().min(1)])`, which accepts exactly the same strings but, tried on a value that lacks
 * the key (each shape of Value and PartValue that a value is not), failed in both branches and
 * had Zod build and throw away an error message for each, listing the built-in words, on every
 * such try (issue 13). The built-in words are kept beside the schema (builtInWords) for what
 * prints it (open-word-kinds.ts): its TypeScript type (the words or a declared word), its JSON
 * Schema (json-schema.ts prints the same `anyOf` as before) and a problem's fix (errors.ts).
 */
export function openWord<K extends VocabularyKind, const W extends readonly [string, ...string[]]>(kind: K, builtIn: W, what: string) {
  registerOpenWord(kind, builtIn);
  // A wrong type (a number, a missing key) names the vocabulary in its message, so that
  // errors.ts can give the built-in words in the fix; the message is made only for an issue
  // that is reported.
  const message = `${WORD_TYPE_MESSAGE}${kind}`;
  return (z.string({ error: (issue) => (issue.code === 'invalid_type' ? message : undefined) }).min(1) as unknown as z.ZodType<W[number] | DeclaredWord<K>, W[number] | DeclaredWord<K>>)
    .describe(`${what}: one of the built-in words, or a word the plan declares in vocabulary.${VOCAB_KEY[kind]}`)
    .meta({ keikakuVocabulary: kind });
}

export const VOCAB_KEY: Readonly<Record<VocabularyKind, 'units' | 'states' | 'marks' | 'categories' | 'qualifiers' | 'outlooks'>> = {
  unit: 'units',
  state: 'states',
  mark: 'marks',
  category: 'categories',
  qualifier: 'qualifiers',
  outlook: 'outlooks',
};

const Words = z.array(z.string().min(1)).min(1);

export const Vocabulary = z
  .strictObject({
    units: Words.optional().describe('Units this plan prints beyond the built-in ones, e.g. ["人日"]'),
    states: Words.optional().describe('Qualitative states beyond the built-in ones, e.g. ["計画の推進"]'),
    marks: Words.optional().describe('Blank marks beyond the built-in ones, e.g. ["…"]'),
    categories: Words.optional().describe('Indicator categories beyond the built-in ones, e.g. ["重点指標"]'),
    qualifiers: Words.optional().describe('Value qualifiers beyond the built-in ones, e.g. ["概数"]'),
    outlooks: Words.optional().describe('今後の方向性 words of evaluation sheets beyond the built-in ones, e.g. ["見直し"]'),
    note: z.string().optional(),
  })
  .describe("The plan's own words for its open vocabularies; a word not built in and not declared here is refused");
export type Vocabulary = z.infer<typeof Vocabulary>;

/** A word of an open vocabulary found in a module, with its path. */
export interface WordAt {
  kind: VocabularyKind;
  word: string;
  path: (string | number)[];
}

/** The keys whose string value is a word of a vocabulary, wherever they are (a Map: a key such as `constructor` is no word). */
const VALUE_WORD_KEYS: ReadonlyMap<string, VocabularyKind> = new Map([
  ['unit', 'unit'],
  ['state', 'state'],
  ['milestone', 'state'],
  ['missing', 'mark'],
  ['qualifier', 'qualifier'],
  ['course', 'outlook'],
]);

/**
 * Every open word a plan or progress module writes: units, states, blank
 * marks and qualifiers wherever they appear, and indicator categories.
 * (Initiative categories are free text, 事業区分, and not a vocabulary.)
 * With `keep`, only the words it keeps: a word's path is made only for a word
 * kept (unknownWords keeps the few that are neither built in nor declared).
 */
export function openWords(root: unknown, keep?: (kind: VocabularyKind, word: string) => boolean): WordAt[] {
  const out: WordAt[] = [];
  // One path, pushed and popped on the way down into objects and arrays only, copied only for a
  // word kept (every plan is walked on every validation: a new array per value was a tenth of the
  // walk's time in GC).
  const path: (string | number)[] = [];
  const found = (kind: VocabularyKind, word: string, k: string): void => {
    if (keep && !keep(kind, word)) return;
    const at = path.slice();
    at.push(k);
    out.push({ kind, word, path: at });
  };
  const visit = (v: object, inIndicator: boolean): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (typeof x !== 'object' || x === null) continue;
        path.push(i);
        visit(x, inIndicator);
        path.pop();
      }
      return;
    }
    const top = path.length === 0;
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (typeof x === 'string') {
        const kind = VALUE_WORD_KEYS.get(k);
        if (kind) found(kind, x, k);
        else if (k === 'category' && inIndicator) found('category', x, k);
        continue;
      }
      if (typeof x !== 'object' || x === null) continue;
      // The vocabulary declares words; a grading band's unit (ポイント) is not a unit of measure.
      if (top && (k === 'vocabulary' || k === 'grading')) continue;
      // Elements of an `indicators` array are indicators; their nested objects are not.
      path.push(k);
      visit(x, k === 'indicators');
      path.pop();
    }
  };
  if (typeof root === 'object' && root !== null) visit(root, false);
  return out;
}

/** The words a module may use for each vocabulary: the built-in ones and the plan's declared ones. */
export function allowedWords(builtIn: Readonly<Record<VocabularyKind, readonly string[]>>, vocabulary: Vocabulary | undefined): Record<VocabularyKind, Set<string>> {
  const add = (kind: VocabularyKind) => new Set([...builtIn[kind], ...(vocabulary?.[VOCAB_KEY[kind]] ?? [])]);
  return { unit: add('unit'), state: add('state'), mark: add('mark'), category: add('category'), qualifier: add('qualifier'), outlook: add('outlook') };
}
