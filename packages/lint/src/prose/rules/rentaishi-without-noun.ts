/**
 * 「そのらしく」: a demonstrative 連体詞 (この・その・あの・どの) directly followed by a 助動詞 or a 助詞,
 * so the noun it modifies is missing (その人らしく). 「このような」「その上で」「そのため」 have a noun
 * (よう・上・ため) after the 連体詞 and are never reported; 同じ (also a 連体詞 in IPAdic: 同じで) is not a
 * demonstrative. Needs kuromoji.
 */
import { offsetOf, tokens } from '../morphology.js';
import { strRule, type Hit } from './rule.js';

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['この', 'その', 'あの', 'どの']);

export async function check(text: string): Promise<Hit[]> {
  const ts = await tokens(text);
  const hits: Hit[] = [];
  for (let i = 0; i + 1 < ts.length; i++) {
    const d = ts[i]!;
    const next = ts[i + 1]!;
    if (d.pos !== '連体詞' || !DEMONSTRATIVES.has(d.surface_form)) continue;
    if (next.pos !== '助動詞' && next.pos !== '助詞') continue;
    const words = `${d.surface_form}${next.surface_form}`;
    hits.push({
      start: offsetOf(d),
      end: offsetOf(next) + next.surface_form.length,
      ja: `「${words}」: 「${d.surface_form}」の後に名詞がなく「${next.surface_form}」が続いています。語が抜けていないか確かめてください（例: その人らしく）`,
      en: `"${words}": 「${d.surface_form}」 needs a noun after it, but 「${next.surface_form}」 follows; a word is probably missing (e.g. その人らしく)`,
    });
  }
  return hits;
}

export default strRule(check);
