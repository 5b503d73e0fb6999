import rule from '../../src/prose/rules/adjectival-noun-suru.js';
import { proseTester } from './prose-tester.js';

const ja = (words: string, stem: string, verb: string) =>
  `「${words}」: 形容動詞の語幹「${stem}」に「する」が直接続いています。「${stem}に${verb}」のように「に」が抜けていないか確かめてください`;
const en = (words: string, stem: string, verb: string) => `"${words}": the adjectival noun ${stem} takes する directly; a 「に」 (${stem}に${verb}) is probably missing`;

proseTester('adjectival-noun-suru', rule, {
  valid: [
    { name: 'with its に', text: '災害時の避難等に関する助け合いを円滑にし、地域の防災活動を進めます。' },
    { name: '安定し: IPAdic lists 安定 only as 形容動詞語幹, but 安定する is standard (SURU_TOO)', text: '生活が安定し、自立につながるよう支援します。' },
    { name: '満足する: IPAdic also has 満足 as a サ変 noun', text: 'サービスに満足している人の割合' },
    { name: '心配する (サ変 noun)', text: '将来を心配している家族の相談に応じます。' },
    { name: '明確化し: 化 between the stem and する', text: '役割を明確化し、連携を強化します。' },
    { name: '必要とし: と between the stem and する', text: '支援を必要としている人を把握します。' },
    { name: '有効活用し: the verb is 活用する', text: '地域資源を有効活用し、活動を広げます。' },
  ],
  invalid: [
    {
      name: '円滑し (旭川 基本目標4)',
      text: '平常時の地域のつながりが、災害時の避難等に関する助け合いを円滑し、地域における防災活動が広がります。',
      errors: [{ text: '円滑し', ja: ja('円滑し', '円滑', 'し'), en: en('円滑し', '円滑', 'し') }],
    },
    { name: '明確する', text: '各機関の役割を明確する。', errors: [{ text: '明確する', ja: ja('明確する', '明確', 'する'), en: en('明確する', '明確', 'する') }] },
    {
      name: 'a causative ending belongs to the words (活発させる)',
      text: '地域の活動を活発させるため、拠点を整備します。',
      errors: [{ text: '活発させる', ja: ja('活発させる', '活発', 'させる'), en: en('活発させる', '活発', 'させる') }],
    },
    {
      name: 'two in one sentence, each at its place',
      text: '情報共有を円滑し、手続を簡単する。',
      errors: [
        { text: '円滑し', ja: ja('円滑し', '円滑', 'し'), en: en('円滑し', '円滑', 'し') },
        { text: '簡単する', ja: ja('簡単する', '簡単', 'する'), en: en('簡単する', '簡単', 'する') },
      ],
    },
  ],
});
