import rule from '../../src/rules/garbled-character.js';
import { ruleTester } from '../rule-tester.js';
import { planText } from '../snippets.js';

const section = (...paragraphs: string[]) => planText({ top: `sections: [{ heading: '評価方法', paragraphs: ${JSON.stringify(paragraphs)} }],` });
const data = (words: string, numeral: string, ascii: string, siblings: string) => ({ words, numeral, ascii, siblings });

ruleTester(rule, {
  valid: [
    { name: 'a lone capital after kanji (no sibling U)', plan: section('評価T及び方式Tで実施する。') },
    { name: 'U without T: the run must start at T', plan: section('評価U及び評価Vを実施する。') },
    { name: 'another letter or a digit touching it', plan: section('評価TOP及び評価UPを実施する。', '評価T2及び評価U2') },
    { name: 'the numerals themselves', plan: section('評価Ⅰ及び評価Ⅱを実施する。') },
    { name: 'capitals before T are not garbled numerals', plan: section('評価A及び評価Bを実施する。') },
    { name: 'T and U after different words', plan: section('方式T及び評価Uを実施する。') },
  ],
  invalid: [
    {
      name: '評価T and 評価U (fukuoka-shinchoku-2019): one finding each, at its first place',
      plan: section('本計画の体系に沿って、評価T及び評価Uを実施する。', '☆評価T:各論'),
      errors: [
        { messageId: 'romanNumeral', at: '評価T及び', text: '評価T', data: data('評価T', 'Ⅰ', 'I', '「評価T」「評価U」') },
        { messageId: 'romanNumeral', at: '評価Uを', text: '評価U', data: data('評価U', 'Ⅱ', 'II', '「評価T」「評価U」') },
      ],
    },
    {
      name: 'across strings, T U V after the last two kanji of a longer word',
      plan: section('総合評価Tの結果', '総合評価U', '評価V'),
      errors: [
        { messageId: 'romanNumeral', at: '評価Tの', text: '評価T', data: data('評価T', 'Ⅰ', 'I', '「評価T」「評価U」「評価V」') },
        { messageId: 'romanNumeral', at: '評価U"', text: '評価U', data: data('評価U', 'Ⅱ', 'II', '「評価T」「評価U」「評価V」') },
        { messageId: 'romanNumeral', at: '評価V"', text: '評価V', data: data('評価V', 'Ⅲ', 'III', '「評価T」「評価U」「評価V」') },
      ],
    },
  ],
});
