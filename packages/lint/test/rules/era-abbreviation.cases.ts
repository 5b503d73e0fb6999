import rule from '../../src/rules/era-abbreviation.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
ruleTester(rule, {
  valid: [
    { name: 'eras written out', plan: desc('平成27年10月時点、平成26年度実績、令和4年度、昭和60年') },
    // Latin words, codes and model numbers: the initial is inside a word or a code, or a letter or hyphen follows.
    { name: 'HbA1c, H2O, H1N1, COVID-19, R2D2, NHK, CHR12, ver.R3, No.S3, R-1, H-2A', plan: desc('HbA1c 6.5%未満、H2O、H1N1、COVID-19、R2D2、NHK、CHR12、ver.R3、No.S3、R-1、H-2Aロケット') },
    { name: 'S alone is a label (S1・S2 区分), not 昭和', plan: desc('S1・S2 区分で集計') },
    { name: 'H32 (past the era): era-year-past-end reports it, naming 令和2年度', plan: desc('H32までに達成') },
    // tomakomai's detail table prints the target year 「R４」 in its cell: a table's convention, not prose.
    { name: 'R４ in a printed table cell', plan: planText({ goals: goal([indicator({ target: "{ fy: reiwa(4), value: 20, printed: 'R４' }" })]) }) },
    // tomakomai's note on that cell quotes it.
    { name: 'quoted as printed: 「R４」, 『H27』', plan: desc('詳細表の目標値は「R４」のみ（一覧表は「R4開設」）。『H27』とある') },
    { name: 'not a date (R4.13.2) nor a month (R2.15)', plan: desc('R4.13.2 の版') },
    { name: 'a dot followed by no month (R2.15)', plan: desc('手順書 R2.15 を参照') },
  ],
  invalid: [
    {
      name: '※H27.10月時点 (sagamihara-kaizen-2015): the dot becomes 年',
      plan: desc('建議書における意見を記載しています。※H27.10月時点'),
      errors: [{ messageId: 'abbreviated', text: 'H27.10月', data: { text: 'H27.10月', suggest: '平成27年10月' } }],
      output: desc('建議書における意見を記載しています。※平成27年10月時点'),
    },
    {
      name: '(H26実績) (sagamihara-kaizen-2015): a year standing alone, no fix',
      plan: desc('実績データを記載しています(H26実績)。'),
      errors: [{ messageId: 'bare', text: 'H26', data: { text: 'H26', suggest: '平成26年度' } }],
      output: null,
    },
    {
      name: 'Ｈ２７年度: full-width initial and digits, width kept',
      plan: desc('Ｈ２７年度から実施'),
      errors: [{ messageId: 'abbreviated', text: 'Ｈ２７年度', data: { text: 'Ｈ２７年度', suggest: '平成２７年度' } }],
      output: desc('平成２７年度から実施'),
    },
    { name: 'R４ standing in a sentence', plan: desc('目標はR４までに開設'), errors: [{ messageId: 'bare', text: 'R４', data: { text: 'R４', suggest: '令和４年度' } }], output: null },
    { name: 'S60年', plan: desc('S60年の調査'), errors: [{ messageId: 'abbreviated', text: 'S60年', data: { text: 'S60年', suggest: '昭和60年' } }], output: desc('昭和60年の調査') },
    { name: 'H1年: written 平成元年 (era-gannen)', plan: desc('H1年の法改正'), errors: [{ messageId: 'abbreviated', text: 'H1年', data: { text: 'H1年', suggest: '平成元年' } }], output: desc('平成元年の法改正') },
    { name: 'R元年度', plan: desc('R元年度に策定'), errors: [{ messageId: 'abbreviated', text: 'R元年度', data: { text: 'R元年度', suggest: '令和元年度' } }], output: desc('令和元年度に策定') },
    { name: 'H 27 年度 with spaces', plan: desc('H 27 年度の実績'), errors: [{ messageId: 'abbreviated', text: 'H 27 年度', data: { text: 'H 27 年度', suggest: '平成27年度' } }], output: desc('平成27年度の実績') },
    {
      name: 'R6.12 月末時点 (sapporo progress 2024)',
      plan: desc('相談件数:1,302 件（R6.12 月末時点）'),
      errors: [{ messageId: 'abbreviated', text: 'R6.12 月', data: { text: 'R6.12 月', suggest: '令和6年12月' } }],
      output: desc('相談件数:1,302 件（令和6年12 月末時点）'),
    },
    { name: 'R4.3.31: a date', plan: desc('R4.3.31現在の登録者数'), errors: [{ messageId: 'abbreviated', text: 'R4.3.31', data: { text: 'R4.3.31', suggest: '令和4年3月31日' } }], output: desc('令和4年3月31日現在の登録者数') },
    { name: 'R6.12末: a month without 月, no fix', plan: desc('R6.12末の数'), errors: [{ messageId: 'abbreviated', text: 'R6.12', data: { text: 'R6.12', suggest: '令和6年12月' } }], output: null },
    {
      name: 'two in one string, at exact places',
      plan: desc('基準値（R1）、目標値（R8）'),
      errors: [
        { messageId: 'bare', at: 'R1', text: 'R1', data: { text: 'R1', suggest: '令和元年度' } },
        { messageId: 'bare', at: 'R8', text: 'R8', data: { text: 'R8', suggest: '令和8年度' } },
      ],
      output: null,
    },
  ],
});
