import rule from '../../src/rules/encoder-remark-in-text.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const remark = (s: string) => ({ text: s.length > 24 ? `${[...s].slice(0, 24).join('')}…（${[...s].length}文字）` : s });

ruleTester(rule, {
  valid: [
    {
      name: 'the remark in a comment, the printed footnote as the value',
      plan: planText({ top: "notes: [\n    // （符号化注）条番号が印刷されていない\n    '※ 社会福祉法に規定される計画を包含します。',\n  ]," }),
    },
    {
      name: 'the note of { read, note } and of notStated(note): the encoder’s by place',
      plan: planText({
        goals: goal([indicator({ direction: "{ read: 'increase', note: '（符号化注）指標名から読み取り' }", baseline: "{ fy: notStated('抽出テキストに年度が無い'), value: 10 }" })]),
      }),
    },
    {
      name: 'the source block (the encoding’s own record)',
      plan: planText({ source: "{ file: 'fixture', title: 'fixture', scope: '抽出テキストの1頁目を符号化' }" }),
    },
    { name: 'no mark', plan: planText({ top: "notes: ['※ 数値は各年度末時点のものです。']," }) },
  ],
  invalid: [
    {
      name: 'a footnote that carries the remark after the printed words (asahikawa encompasses[2].note before the move)',
      plan: planText({ top: "notes: ['※ 社会福祉法第に規定される計画を包含する内容を記載します。（符号化注：条番号が印刷されていない。）']," }),
      errors: [
        { messageId: 'remark', at: '符号化注：', text: '符号化', data: { ...remark('※ 社会福祉法第に規定される計画を包含する内容を記載します。（符号化注：条番号が印刷されていない。）'), words: '符号化' } },
      ],
    },
    {
      name: 'an indicator’s notes (exported to indicators.csv), both marks in one string: one finding',
      plan: planText({ goals: goal([indicator({ notes: "['（符号化注）抽出テキストでは列が崩れている']" })]) }),
      errors: [{ messageId: 'remark', at: '符号化注）抽出', text: '符号化', data: { ...remark('（符号化注）抽出テキストでは列が崩れている'), words: '符号化' } }],
    },
    {
      name: '抽出テキスト in a section paragraph',
      plan: planText({ top: "sections: [{ heading: '計画の位置づけ', paragraphs: ['見出しは抽出テキストに無い'] }]," }),
      errors: [{ messageId: 'remark', at: '抽出テキストに', text: '抽出テキスト', data: { ...remark('見出しは抽出テキストに無い'), words: '抽出テキスト' } }],
    },
    {
      name: 'a printed cell',
      plan: planText({ goals: goal([indicator({ baseline: "{ fy: printedYear('平成26年度'), value: 10, printed: '10（符号化注：単位なし）' }" })]) }),
      errors: [{ messageId: 'remark', at: '符号化注：単位', text: '符号化', data: { ...remark('10（符号化注：単位なし）'), words: '符号化' } }],
    },
  ],
});
