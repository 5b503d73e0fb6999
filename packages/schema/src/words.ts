/**
 * The type side of open vocabularies (see vocabulary.ts), without Zod, so
 * that the declarations a plan module is checked against (plan-api.ts) load
 * no Zod declarations.
 */

/** Type-only brand of a word a plan declares in its `vocabulary`; no literal has this type. */
declare const DECLARED: unique symbol;
export type DeclaredWord<K extends VocabularyKind> = string & { readonly [DECLARED]: K };
export type VocabularyKind = 'unit' | 'state' | 'mark' | 'category' | 'qualifier' | 'outlook';

/** The `vocabulary` key of each kind. */
export interface VocabularyKeys {
  unit: 'units';
  state: 'states';
  mark: 'marks';
  category: 'categories';
  qualifier: 'qualifiers';
  outlook: 'outlooks';
}

/** The words plan vocabulary V declares for one kind (never when it declares none). */
export type DeclaredOf<V, K extends VocabularyKind> = V extends { readonly [k in VocabularyKeys[K]]: readonly (infer W)[] } ? W : never;
