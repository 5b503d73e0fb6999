/**
 * The built-in words of each open vocabulary, as vocabulary.ts openWord was given them, for the
 * code that prints an open word: its TypeScript type (type-declarations.ts), its JSON Schema
 * (json-schema.ts) and a problem's fix (errors.ts). At run time an open word is one string check;
 * these are what it is published as. Internal to the package (not exported by index.ts).
 */
import { z } from 'zod';
import type { VocabularyKind } from './words.js';

/** The message of a wrong type (a number, a missing key) given for an open word: this prefix and the vocabulary's kind. */
export const WORD_TYPE_MESSAGE = 'keikaku-word-type:';

const BUILT_IN = new Map<VocabularyKind, readonly string[]>();

export function registerOpenWord(kind: VocabularyKind, builtIn: readonly string[]): void {
  BUILT_IN.set(kind, builtIn);
}

/** The built-in words of a vocabulary, as given to openWord. */
export function builtInWords(kind: VocabularyKind): readonly string[] {
  const words = BUILT_IN.get(kind);
  if (!words) throw new Error(`no open word of kind '${kind}' is defined`);
  return words;
}

/** The vocabulary of an open-word schema (a clone made by .describe or .meta keeps it through Zod's parent link), or undefined. */
export function vocabularyOf(schema: z.core.$ZodType): VocabularyKind | undefined {
  const kind = (z.globalRegistry.get(schema as z.ZodType) as { keikakuVocabulary?: unknown } | undefined)?.keikakuVocabulary;
  return typeof kind === 'string' && BUILT_IN.has(kind as VocabularyKind) ? (kind as VocabularyKind) : undefined;
}

/** The vocabulary named by an issue's message when an open word was given a wrong type, or undefined. */
export function wordTypeKind(message: string | undefined): VocabularyKind | undefined {
  if (!message?.startsWith(WORD_TYPE_MESSAGE)) return undefined;
  const kind = message.slice(WORD_TYPE_MESSAGE.length) as VocabularyKind;
  return BUILT_IN.has(kind) ? kind : undefined;
}
