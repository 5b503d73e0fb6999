/**
 * The morphological analysis keikaku's own prose rules share: kuromoji (IPAdic) through kuromojin, the
 * analyser textlint's Japanese rules use (max-ten, no-doubled-joshi …), so the dictionary loads once
 * for all of them.
 *
 * `dictionaryEntries(word)` reads IPAdic's entries for a surface form (its part-of-speech features),
 * which kuromoji's tokenizer keeps but does not export: the analyser picks one reading of 「円滑」 in
 * context; a rule that must know whether 「円滑」 can ever be a サ変 noun asks the dictionary. It uses
 * kuromoji 0.1.2's tokenizer fields (`viterbi_builder.trie`, `token_info_dictionary`); kuromoji has
 * not changed since 2017, and the test of every rule that uses it fails if they move.
 */
import { getTokenizer, tokenize, type KuromojiToken } from 'kuromojin';

export type Token = Readonly<KuromojiToken>;

export async function tokens(text: string): Promise<readonly Token[]> {
  return tokenize(text);
}

/** 0-based UTF-16 offset of a token inside the text it came from (kuromoji's word_position is 1-based). */
export const offsetOf = (t: Token): number => t.word_position - 1;

interface DictionaryInternals {
  viterbi_builder: { trie: { commonPrefixSearch(s: string): { k: string; v: number }[] } };
  token_info_dictionary: { target_map: Record<number, number[]>; getFeatures(id: number | string): string };
}

/** kuromoji's tokenizer with the two private fields read below, checked at run time (the module boundary). */
function hasDictionaryInternals(t: unknown): t is DictionaryInternals {
  if (t === null || typeof t !== 'object' || !('viterbi_builder' in t) || !('token_info_dictionary' in t)) return false;
  const { viterbi_builder: vb, token_info_dictionary: dict } = t;
  return (
    vb !== null && typeof vb === 'object' && 'trie' in vb && vb.trie !== null && typeof vb.trie === 'object' && 'commonPrefixSearch' in vb.trie && typeof vb.trie.commonPrefixSearch === 'function' &&
    dict !== null && typeof dict === 'object' && 'target_map' in dict && 'getFeatures' in dict && typeof dict.getFeatures === 'function'
  );
}

const entryCache = new Map<string, string[][]>();

/** IPAdic's entries for exactly this surface form, each as its features (品詞, 品詞細分類1, …). */
export async function dictionaryEntries(word: string): Promise<string[][]> {
  const cached = entryCache.get(word);
  if (cached) return cached;
  const t: unknown = await getTokenizer();
  if (!hasDictionaryInternals(t)) throw new TypeError('kuromoji: the tokenizer has no viterbi_builder.trie / token_info_dictionary (its package changed shape?)');
  const dict = t.token_info_dictionary;
  const out = t.viterbi_builder.trie
    .commonPrefixSearch(word)
    .filter((h) => h.k === word)
    .flatMap((h) => (dict.target_map[h.v] ?? []).map((id) => dict.getFeatures(id).split(',').slice(1)));
  entryCache.set(word, out);
  return out;
}
