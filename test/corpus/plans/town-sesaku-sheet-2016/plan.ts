/**
 * 施策マネジメントシート（平成27年度の振り返り、総括） — 基本目標Ⅰ 施策1 地域福祉の推進（町、名称の印刷なし）
 * Source: https://expydoc.com/doc/11393586/ (read 2026-12-05; see README.md). Actuals: progress/<fy>.ts.
 *
 * Reading notes:
 * - A town's evaluation sheet for the 施策 「地域福祉の推進」 of its 総合計画 (主管課 町民福祉課). The town
 *   is not named anywhere in the excerpt: municipality notStated(). The schema has no plan kind for a
 *   総合計画 evaluation sheet; `kind` is left out (the default 市町村地域福祉計画 is NOT what this is —
 *   a schema gap recorded in README.md).
 * - The table heads seven year columns 平成23年度〜平成29年度. Each 実績値 row prints 5 figures (read as
 *   平成23〜27年度: the sheet looks back on 平成27年度) and each 目標値 row 6 figures, whose columns the
 *   text extraction does not keep: read as 平成24〜29年度 (the first target year after the first actual).
 *   Both readings are marked: target-series years are { read } (note 「目標値の6つの数値を平成24〜29年度と読んだ」).
 * - 成果指標 A〜C: the letter is the row label, kept in each indicator's notes. How each is measured, printed under
 *   its name (「町民アンケートにより把握」「※ボランティア活動保険加入者数」), is its `source`.
 * - No baseline (基準値) is printed; the sheet shows yearly series only. The last target (平成29年度) is
 *   the target; the others are its series.
 * - 成果指標 rows D, E and F are printed with no name and no figures: unnamed indicator frames.
 * - The 作成日 is scattered by the extraction (「平成 … 2 年 6 月 22 日 … 28」): not encoded.
 * - Directions: 「数値が高まれば…」 is printed in each 成果指標設定の考え方: 'increase' is the document's.
 */
import { definePlan, heisei, notStated } from '@keikaku/schema';

export default definePlan({
  id: 'town-sesaku-sheet-2016',
  municipality: {
    name: notStated('抜粋に町名の印刷なし（「町民」「町民福祉課」のみ）'),
    code: notStated('町名の印刷なし'),
    prefecture: notStated(),
    kind: '町',
  },
  title: '施策マネジメントシート',
  subtitle: '平成27年度の振り返り、総括',
  edition: notStated(),
  period: notStated('抜粋に計画期間の記載なし。表の列は平成23年度〜平成29年度'),
  legalBasis: notStated(),
  encompasses: [],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: { goal: '基本目標', policy: '施策', initiative: '基本事業' },
  goals: [
    {
      id: 'g1',
      no: 'Ⅰ',
      title: '誰もが安心でき安全でゆとりを感じるまち',
      policies: [
        {
          id: 's1',
          no: 1,
          title: '地域福祉の推進',
          departments: ['町民福祉課'],
          description: ['対象: ①町民', '意図: ①地域で支え合う意識を高め、福祉活動を積極的に行う。'],
          initiatives: [
            { id: 'k1', no: 1, title: '地域で支え合う意識の高揚', content: '対象: 町民 / 意図: 地域で支え合う意識を高める。' },
            { id: 'k2', no: 2, title: '地域福祉体制の構築', content: '対象: 町民 / 意図: 地域福祉活動を積極的に行える。' },
          ],
          indicators: [
            {
              id: 'a-sasaeai-wariai',
              category: '成果指標',
              name: '地域で支え合う福祉活動を行っている町民の割合',
              unit: '%',
              source: '町民アンケート',
              direction: 'increase',
              target: { fy: { read: heisei(29), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 30.0, printed: '30.0' },
              series: [
                { fy: { read: heisei(24), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 27.5 },
                { fy: { read: heisei(25), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 28.0 },
                { fy: { read: heisei(26), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 28.5 },
                { fy: { read: heisei(27), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 29.0 },
                { fy: { read: heisei(28), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 29.5 },
              ],
              rationale: ['直接的な設問であり、数値が高まれば目的が達成されていると考え成果指標とした。'],
              notes: ['成果指標 A', '町民アンケートにより把握 ※あなたは日頃、地域で支え合う福祉活動を行っていますか。→「特に行っていない」と回答しなかった人の割合'],
            },
            {
              id: 'b-volunteer-sanka',
              category: '成果指標',
              name: 'ボランティア活動参加者数',
              unit: '人',
              source: 'ボランティア活動保険加入者数',
              direction: 'increase',
              target: { fy: { read: heisei(29), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 1000, printed: '1,000' },
              series: [
                { fy: { read: heisei(24), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 900 },
                { fy: { read: heisei(25), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 920 },
                { fy: { read: heisei(26), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 940 },
                { fy: { read: heisei(27), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 960 },
                { fy: { read: heisei(28), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 980 },
              ],
              rationale: ['数値が高まれば、町民が福祉活動を積極的に行っていると考え成果指標とした。'],
              notes: ['成果指標 B', '把握方法は名称の下に「※ボランティア活動保険加入者数」と印刷'],
            },
            {
              id: 'c-minsei-sodan',
              category: '成果指標',
              name: '民生委員・児童委員の相談支援件数',
              unit: '件',
              direction: 'increase',
              target: { fy: { read: heisei(29), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 1950, printed: '1,950' },
              series: [
                { fy: { read: heisei(24), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 1700, printed: '1,700' },
                { fy: { read: heisei(25), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 1750, printed: '1,750' },
                { fy: { read: heisei(26), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 1800, printed: '1,800' },
                { fy: { read: heisei(27), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 1850, printed: '1,850' },
                { fy: { read: heisei(28), note: '目標値の6つの数値を平成24〜29年度と読んだ' }, value: 1900, printed: '1,900' },
              ],
              rationale: ['地域に根ざした民生委員児童委員の活動(周知度)指標としての相談件数の数値が増えることは、地域支え合いが積極的に行われているといえることから成果指標とした。'],
              notes: ['成果指標 C'],
            },
          ],
          unnamedIndicators: [
            { id: 'd-kuuran', name: notStated('成果指標 D の行は名称・数値とも空欄'), row: 'D' },
            { id: 'e-kuuran', name: notStated('成果指標 E の行は名称・数値とも空欄'), row: 'E' },
            { id: 'f-kuuran', name: notStated('成果指標 F の行は名称・数値とも空欄'), row: 'F' },
          ],
        },
      ],
    },
  ],
  source: {
    file: 'https://expydoc.com/doc/11393586/',
    title: '施策マネジメントシート（平成27年度の振り返り、総括） 1.地域福祉の推進',
    scope: '基本目標Ⅰ 施策1 の表（成果指標 A〜F と実績値・目標値）と成果指標設定の考え方（2026-12-05 に読んだ抜粋）',
  },
});
