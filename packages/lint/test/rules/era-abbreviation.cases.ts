import rule from '../../src/rules/era-abbreviation.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText } from '../snippets.js';

const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
/** A plan whose indicator table prints its years as given, and whose text is `d` (加古川 2018: 43.5%(H26年度)). */
const table = (d: string, baseline = "{ fy: printedYear('H26年度'), value: 43.5, printed: '43.5%(H26年度)' }", target = '{ fy: reiwa(2), value: 51 }') =>
  planText({ goals: goal([indicator({ baseline, target })], `description: [${JSON.stringify(d)}],`) });
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
    // Table cells against the text (the `mixed` message, once per plan).
    { name: 'cells abbreviate, the text writes no era year (Western years only)', plan: table('2024年度から5年間の計画') },
    { name: 'cells and text both spell the era out', plan: table('平成29年度に策定', "{ fy: printedYear('平成26年度'), value: 43.5, printed: '43.5%(平成26年度)' }") },
    {
      name: 'only the encoder’s note spells the era out (not the document’s text)',
      plan: table('計画の推進', "{ fy: printedYear('H26年度'), value: 43.5, printed: '43.5%(H26年度)', note: '平成26年度の調査と読んだ' }"),
    },
    {
      name: 'only the source’s description names the era (source.title): not the plan’s text',
      plan: planText({
        goals: goal([indicator({ baseline: "{ fy: printedYear('H26年度'), value: 43.5, printed: '43.5%(H26年度)' }" })]),
        source: "{ file: 'fixture', title: '平成30年度 行政評価 施策評価シート', scope: 'テスト' }",
      }),
    },
    { name: 'a past-era cell (H32) is era-year-past-end’s, not an abbreviation to count', plan: table('平成29年度に策定', '{ fy: heisei(26), value: 43.5 }', "{ fy: printedYear('H32'), value: 51, printed: '51.0%(H32)' }") },
  ],
  invalid: [
    {
      name: 'H26年度 in a cell beside 平成29年度 in the text (加古川 K05): one finding, at the first abbreviated cell (the printed value cell, which has a place in the file)',
      plan: table('平成29年度施策実行プランの進捗状況と平成30年度の評価'),
      errors: [{ messageId: 'mixed', at: "H26年度)'", text: 'H26年度', data: { text: 'H26年度', suggest: '平成26年度', cells: 1, example: '平成29年度', full: 2 } }],
      output: null,
    },
    {
      name: 'two abbreviated cells (a year and a value cell) and a restated target: still one finding for the plan',
      plan: table('令和元年度に策定した計画', "{ fy: printedYear('R1'), value: 10, printed: '10%(R1)' }", "{ fy: reiwa(4), value: 20, printed: 'R４' }"),
      errors: [{ messageId: 'mixed', at: "R1)'", text: 'R1', data: { text: 'R1', suggest: '令和元年度', cells: 2, example: '令和元年度', full: 1 } }],
      output: null,
    },
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
