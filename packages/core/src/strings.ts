/**
 * Every string a plan or progress module writes, with its plan path and what
 * kind of text it is. The walk is generic (any field the schema gains is
 * covered); the strings of the object asked about last are kept.
 */
import memoizeOne from 'memoize-one';
import type { PlanPath } from './source-map.js';

export type StringKind =
  /** Sentences and labels written for people: titles, names, descriptions, notes, paragraphs, content … */
  | 'prose'
  /** A cell exactly as printed (`printed`): a record of the source document. */
  | 'printed'
  /** The argument of tbd(…) (a placeholder year as printed). */
  | 'tbd'
  /** Ids, enums, dates, file names: not text for people. */
  | 'code'
  /**
   * The encoder's own words about a reading or an absence: the `note` of `{ read, note }`, of
   * `notStated(note)` and of a commitment (how its items were read from a figure). Not the document's text,
   * so rules about the document's wording leave it alone.
   */
  | 'annotation';

export interface StringAt {
  path: PlanPath;
  /** The field the string is written in (for a string in an array, the array's field). */
  key: string;
  value: string;
  kind: StringKind;
}

const CODE_KEYS = new Set([
  'id', 'repeats', 'encompassed', 'unit', 'measure', 'direction', 'kind', 'owner', 'markers', 'state', 'missing',
  'milestone', 'file', 'code', 'asOf', 'plan', 'indicator', 'node', 'initiative', 'status', 'relation', 'per',
  'departments', 'prefecture',
]);

function kindOf(key: string): StringKind {
  if (key === 'printed') return 'printed';
  if (key === 'tbd') return 'tbd';
  if (CODE_KEYS.has(key)) return 'code';
  return 'prose';
}

function walk(v: unknown, path: (string | number)[], key: string, out: StringAt[], depth: number): void {
  if (depth > 80) return;
  if (typeof v === 'string') {
    out.push({ path: [...path], key, value: v, kind: kindOf(key) });
    return;
  }
  if (Array.isArray(v)) {
    v.forEach((e, i) => {
      path.push(i);
      walk(e, path, key, out, depth + 1);
      path.pop();
    });
    return;
  }
  if (typeof v === 'object' && v !== null) {
    // The note of { read, note } and of notStated(note), and a commitment's note (the schema's "how the items were
    // assigned to the actor, when that is the encoder's reading of a figure"), are the encoder's by their place.
    const encoders = 'read' in v || 'notStated' in v || key === 'commitments';
    for (const [k, e] of Object.entries(v)) {
      path.push(k);
      if (encoders && k === 'note' && typeof e === 'string') out.push({ path: [...path], key: k, value: e, kind: 'annotation' });
      else walk(e, path, k, out, depth + 1);
      path.pop();
    }
  }
}

/**
 * All strings of a parsed plan or progress object, in document order. The strings of the
 * document asked for last are kept, for the next caller asking about the same object; not in a
 * WeakMap, whose values V8's young-generation collector keeps alive (see schema's walk.ts).
 */
export const stringsOf: (doc: object) => StringAt[] = memoizeOne((doc: object): StringAt[] => {
  const out: StringAt[] = [];
  walk(doc, [], '', out, 0);
  return out;
});

/** Strings written for people (prose and printed cells), the ones placeholder and number rules read. */
export const textStrings = (doc: object): StringAt[] => stringsOf(doc).filter((s) => s.kind === 'prose' || s.kind === 'printed');
