import rule from '../../src/prose/rules/rentaishi-without-noun.js';
import { proseTester } from './prose-tester.js';

const ja = (d: string, next: string) => `「${d}${next}」: 「${d}」の後に名詞がなく「${next}」が続いています。語が抜けていないか確かめてください（例: その人らしく）`;
const en = (d: string, next: string) => `"${d}${next}": 「${d}」 needs a noun after it, but 「${next}」 follows; a word is probably missing (e.g. その人らしく)`;

proseTester('rentaishi-without-noun', rule, {
  valid: [
    { name: 'その人らしく', text: '一人ひとりがその人らしく活躍できる地域' },
    { name: 'この計画らしさ: a noun after この', text: 'この計画らしさを出します。' },
    { name: 'このような: よう is a noun', text: 'このような取組を進めます。' },
    { name: 'その上で, そのため, その都度', text: 'その上で、そのため、その都度見直します。' },
    { name: '同じ is a 連体詞 in IPAdic but not a demonstrative', text: '前年度と同じである。' },
    { name: 'その他, そのまま (one word each)', text: 'その他の支援はそのまま続けます。' },
    { name: 'a comma after その', text: 'その、地域の力を生かします。' },
  ],
  invalid: [
    {
      name: 'そのらしく (旭川 基本的な考え方)',
      text: '「できること・得意なこと」を生かし、そのらしく活躍できる地域を理想として共有します',
      errors: [{ text: 'そのらしく', ja: ja('その', 'らしく'), en: en('その', 'らしく') }],
    },
    {
      name: 'そのた for その他 (八女市 地域福祉計画 第7章, found when measuring noise)',
      text: '保育所、シニアクラブ、そのた各種団体とも連携を図りながら',
      errors: [{ text: 'そのた', ja: ja('その', 'た'), en: en('その', 'た') }],
    },
    { name: 'このを', text: 'このを活用します。', errors: [{ text: 'このを', ja: ja('この', 'を'), en: en('この', 'を') }] },
  ],
});
