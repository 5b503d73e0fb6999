/**
 * 「親亡き後のを」: a noun, then 「の」, then a 格助詞 (を, が, に, で, へ, から, より) directly: the 「の」
 * is left over (親亡き後を) or the noun after it is missing (親亡き後の生活を). After a verb or an
 * adjective 「の」 makes a noun (走るのを見た) and is never reported; after a pronoun (私のを使う) it
 * stands for a thing and is not reported either. Needs kuromoji.
 */
import { offsetOf, tokens, type Token } from '../morphology.js';
import { strRule, type Hit } from './rule.js';

/** 格助詞 that cannot follow the 連体化 「の」 (と is left out: 「AのとBの」 lists things). */
const CASE_PARTICLES: ReadonlySet<string> = new Set(['を', 'が', 'に', 'で', 'へ', 'から', 'より']);

/** A noun that ends a phrase 「の」 attaches to (not a pronoun, a number, nor a 非自立 noun such as こと・もの). */
const isContentNoun = (t: Token) => t.pos === '名詞' && !['代名詞', '非自立', '数'].includes(t.pos_detail_1);

export async function check(text: string): Promise<Hit[]> {
  const ts = await tokens(text);
  const hits: Hit[] = [];
  for (let i = 1; i + 1 < ts.length; i++) {
    const no = ts[i]!;
    const next = ts[i + 1]!;
    if (no.surface_form !== 'の' || !isContentNoun(ts[i - 1]!) || !CASE_PARTICLES.has(next.surface_form)) continue;
    const noun = ts[i - 1]!.surface_form;
    const words = `${noun}の${next.surface_form}`;
    hits.push({
      start: offsetOf(no),
      end: offsetOf(next) + next.surface_form.length,
      ja: `「${words}」: 「の」のすぐ後に助詞「${next.surface_form}」が続いています。「の」が余分か、「の」の後の語が抜けていないか確かめてください`,
      en: `"${words}": 「の」 is directly followed by the particle 「${next.surface_form}」; either the 「の」 is extra or the noun after it is missing`,
    });
  }
  return hits;
}

export default strRule(check);
