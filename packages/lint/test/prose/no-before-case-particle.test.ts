import rule from '../../src/prose/rules/no-before-case-particle.js';
import { proseTester } from './prose-tester.js';

const ja = (words: string, p: string) => `「${words}」: 「の」のすぐ後に助詞「${p}」が続いています。「の」が余分か、「の」の後の語が抜けていないか確かめてください`;
const en = (words: string, p: string) => `"${words}": 「の」 is directly followed by the particle 「${p}」; either the 「の」 is extra or the noun after it is missing`;

proseTester('no-before-case-particle', rule, {
  valid: [
    { name: 'after a verb 「の」 makes a noun: 走るのを見た', text: '子どもが走るのを見た。' },
    { name: 'after an adjective: 大きいのが', text: '負担が大きいのが課題です。' },
    { name: 'after a pronoun 「の」 stands for a thing: 私のを使う', text: '私のを使ってください。' },
    { name: 'after a particle: これまでのを', text: 'これまでのを見直します。' },
    { name: 'the ordinary 連体化 「の」', text: '親亡き後の生活を想定した支援を行います。' },
    { name: 'と is left out (AのとBの lists things)', text: '本市のと他市のとを比べます。' },
    { name: 'のに and ので are conjunctions', text: '制度があるのに使われていないので、周知します。' },
  ],
  invalid: [
    {
      name: '親亡き後のを (旭川 法人後見事業)',
      text: '法人後見事業では、親亡き後のを想定した長期的な支援を行います。',
      errors: [{ text: 'のを', at: 'のを想定', ja: ja('亡き後のを', 'を'), en: en('亡き後のを', 'を') }],
    },
    { name: 'のから', text: '前年度の事業のから見直します。', errors: [{ text: 'のから', ja: ja('事業のから', 'から'), en: en('事業のから', 'から') }] },
    { name: 'のが', text: '地域のが課題となっています。', errors: [{ text: 'のが', ja: ja('地域のが', 'が'), en: en('地域のが', 'が') }] },
  ],
});
