/**
 * 「円滑し」「明確する」: a 形容動詞語幹 directly followed by a form of する, where 「に」 (円滑にし) or
 * 「化」 (明確化する) is missing. A stem that IPAdic also knows as a サ変 noun (満足する, 心配する) is
 * never reported, nor are the few 形容動詞 that take する although IPAdic lists them only as 形容動詞語幹
 * (SURU_TOO: 安定する …). Needs kuromoji.
 */
import { dictionaryEntries, offsetOf, tokens, type Token } from '../morphology.js';
import { strRule, type Hit } from './rule.js';

/** 形容動詞語幹 that IPAdic lacks as サ変 nouns but that take する in standard writing. */
export const SURU_TOO: ReadonlySet<string> = new Set(['安定', '無理', '迷惑', '失礼', '不安定']);

const isStem = (t: Token) => t.pos === '名詞' && t.pos_detail_1 === '形容動詞語幹';
/** する in any form; kuromoji reads a bare 「し」 after a 形容動詞語幹 as the classical 助動詞 き. */
const isSuru = (t: Token) =>
  (t.pos === '動詞' && t.basic_form === 'する') || (t.pos === '助動詞' && t.basic_form === 'き' && t.surface_form === 'し');

export async function check(text: string): Promise<Hit[]> {
  const ts = await tokens(text);
  const hits: Hit[] = [];
  for (let i = 0; i + 1 < ts.length; i++) {
    const stem = ts[i]!;
    const next = ts[i + 1]!;
    if (!isStem(stem) || !isSuru(next) || SURU_TOO.has(stem.surface_form)) continue;
    const entries = await dictionaryEntries(stem.surface_form);
    if (entries.some((e) => e[0] === '名詞' && e[1] === 'サ変接続')) continue;
    // 「活発させる」: the causative or passive ending belongs to the words shown.
    const ending = ts[i + 2]?.pos === '動詞' && ts[i + 2]!.pos_detail_1 === '接尾' ? ts[i + 2]! : undefined;
    const verb = `${next.surface_form}${ending?.surface_form ?? ''}`;
    const words = `${stem.surface_form}${verb}`;
    hits.push({
      start: offsetOf(stem),
      end: offsetOf(stem) + words.length,
      ja: `「${words}」: 形容動詞の語幹「${stem.surface_form}」に「する」が直接続いています。「${stem.surface_form}に${verb}」のように「に」が抜けていないか確かめてください`,
      en: `"${words}": the adjectival noun ${stem.surface_form} takes する directly; a 「に」 (${stem.surface_form}に${verb}) is probably missing`,
    });
  }
  return hits;
}

export default strRule(check);
