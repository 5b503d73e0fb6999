import rule from '../../src/prose/rules/names-run-together.js';
import { proseTester } from './prose-tester.js';

const ja = (shown: string) => `「${shown}」: 「事業」の後にすぐ次の事業名が続いています。二つの名称の間の「、」または「・」が抜けていないか確かめてください`;
const en = (shown: string) => `"${shown}": one 事業 name runs straight into the next; a 「、」 or 「・」 between the two names is probably missing`;

proseTester('names-run-together', rule, {
  valid: [
    { name: 'names separated by 、', text: '地域支援事業、包括的支援事業の実施' },
    { name: 'names separated by ・', text: '地域支援事業・生活支援事業' },
    { name: '事業所, 事業者 begin a compound', text: '事業所支援事業と事業者支援事業' },
    { name: '事業計画, 事業実施, 事業費', text: '介護保険事業計画策定事業、事業実施事業、本事業の事業費' },
    { name: 'kana between the two: not a run of one name', text: '地域福祉事業として事業を進める' },
    { name: 'one kanji between', text: '本事業新事業' },
  ],
  invalid: [
    {
      name: '引きこもり対策推進事業福祉除雪事業 (札幌 レベルアップ)',
      text: '地域包括支援センターの機能強化事業、障がい者相談支援事業、自殺総合対策事業、引きこもり対策推進事業福祉除雪事業の実施',
      errors: [{ text: '事業福祉除雪事業', at: '事業福祉', ja: ja('引きこもり対策推進事業福祉除雪事業'), en: en('引きこもり対策推進事業福祉除雪事業') }],
    },
    {
      name: 'katakana in the second name; a short first name is shown whole',
      text: 'モデル事業ボランティア育成事業',
      errors: [{ text: '事業ボランティア育成事業', ja: ja('モデル事業ボランティア育成事業'), en: en('モデル事業ボランティア育成事業') }],
    },
    {
      name: 'a long first name is shown by its last 12 characters',
      text: '高齢者見守りネットワーク構築推進事業福祉除雪事業',
      errors: [{ text: '事業福祉除雪事業', ja: ja('…ネットワーク構築推進事業福祉除雪事業'), en: en('…ネットワーク構築推進事業福祉除雪事業') }],
    },
  ],
});
