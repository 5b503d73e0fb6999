/**
 * 福岡市 資料2「保健福祉総合計画成果指標について」 — 1.成果指標の位置づけ / 2.進行管理について / 3.総論の上位概念
 * Source: https://www.city.fukuoka.lg.jp/data/open/cnt/3/51546/1/05_shiryo2.txt (read 2026-12-05; see README.md).
 *
 * Reading notes:
 * - A paper for the city's 保健福祉審議会 on the 保健福祉総合計画 (an encompassing plan: kind
 *   '保健福祉総合計画'); it prints neither the plan period nor the 分野 the plan holds.
 * - The 上位概念 belong to the plan as a whole (総論), not to a goal: they are plan-level `indicators`.
 *   「3つの方向性」 are named only beside each 上位概念 and are kept in the indicator notes; no goal is
 *   encoded (goals: []).
 * - 上位概念2 「地域での暮らしやすさ」 is measured by two indicators (高齢者 / 障がい者), each with its own
 *   name and figure: two indicators, the 上位概念 in their notes.
 * - 「現状値 平成22年度 …」 (年度) and 「現状値 平成26年 …」 (年, a calendar year) are kept as printed.
 * - No target and no direction is printed for any 上位概念: no `target`; directions are readings.
 * - Punctuation as printed: 「,」 (the text file's comma) with 「。」.
 * - The excerpt ends inside 上位概念3 (「(3つの方向性 安全,」): its figure, if any, is outside the excerpt
 *   (`beyondExcerpt: ['baseline', 'target']`, so lint does not claim the document omits them).
 */
import { definePlan, heisei, notStated, printedYear } from '@keikaku/schema';

export default definePlan({
  id: 'fukuoka-hokenfukushi-2017',
  kind: '保健福祉総合計画',
  municipality: { name: '福岡市', code: '401307', prefecture: notStated('抜粋に都道府県名の印刷なし') },
  title: '保健福祉総合計画',
  edition: notStated(),
  period: notStated('抜粋に計画期間の記載なし（「10年後のあるべき姿」のみ）'),
  legalBasis: notStated(),
  encompasses: [],
  philosophy: notStated(),
  evaluation: {
    committee: '福岡市保健福祉審議会(総会)',
    frequency: { count: 1, per: '年', printed: '原則年1回' },
    notes: [
      '成果指標の進行管理については,福岡市保健福祉審議会(総会)において行う。必要に応じて専門分科会に対し報告を行い,より専門的な意見を聞く場を設ける。',
      '管理は,総論に記載した上位概念ごとに,関連する成果指標,その他数値等を用いて進捗状況等の報告を行う。委員の意見を受け,必要に応じて事業の再検討等を行う。',
    ],
  },
  terms: notStated(),
  sections: [
    {
      heading: '1.成果指標の位置づけ',
      paragraphs: [
        '計画の成果指標については,全体を一体的に評価していくための上位概念を設定し,関連する様々な指標となるデータ等を紐付け分析していきます。',
        '総論に,10年後のあるべき姿,3つの方向性等から導き出される上位概念を,各論に,上位概念を具体化する成果指標を,各論もしくは事業計画に,成果指標を達成するために必要な分析に使用できる数値を設定し,毎年の進行管理において保健福祉審議会に報告する。',
      ],
    },
    {
      heading: '3.総論の上位概念',
      paragraphs: ['上位概念については,総論に記載した「3つの方向性」から導き出されるものとして,以下の3項目を設定します。'],
    },
  ],
  indicators: [
    {
      id: 'kenko-jumyo',
      category: '上位概念',
      name: '厚生労働省が発表する「日常生活に制限のない期間」の推移',
      unit: '%',
      source: '厚生労働省',
      direction: { read: 'increase', note: '上位概念「健康寿命の延伸」から' },
      baseline: {
        fy: heisei(22),
        value: { parts: [{ part: '男', value: 70.38 }, { part: '女', value: 71.93 }] },
        printed: '現状値 平成22年度 男 70.38%,女 71.93%',
      },
      notes: ['1 健康寿命の延伸(3つの方向性 自立の支援と促進)'],
    },
    {
      id: 'kurashiyasusa-koreisha',
      category: '上位概念',
      name: '地域での支え合いにより,子育て家庭や高齢者が暮らしやすいまちだと感じる市民の割合',
      unit: '%',
      direction: { read: 'increase', note: '「暮らしやすいまちだと感じる市民の割合」から' },
      baseline: { fy: printedYear('平成26年'), value: 37.3, printed: '現状値 平成26年 37.3%' },
      notes: ['2 地域での暮らしやすさ(3つの方向性 地域生活できる仕組みづくり)', '区分「高齢者」として印刷'],
    },
    {
      id: 'kurashiyasusa-shogaisha',
      category: '上位概念',
      name: '障がいのある人が暮らしやすいまちだと感じている市民の割合',
      unit: '%',
      direction: { read: 'increase', note: '「暮らしやすいまちだと感じている市民の割合」から' },
      baseline: { fy: printedYear('平成26年'), value: 34.3, printed: '現状値 平成26年 34.3%' },
      notes: ['2 地域での暮らしやすさ(3つの方向性 地域生活できる仕組みづくり)', '区分「障がい者」として印刷'],
    },
    {
      id: 'anzen-anshin',
      category: '上位概念',
      name: '安全・安心のための社会環境整備ができていると感じている市民の割合',
      unit: '%',
      direction: { read: 'increase' },
      notes: ['3 (3つの方向性 安全, …) — 抜粋はここで途切れている。現状値は抜粋の範囲外'],
      beyondExcerpt: ['baseline', 'target'],
    },
  ],
  goals: [],
  source: {
    file: 'https://www.city.fukuoka.lg.jp/data/open/cnt/3/51546/1/05_shiryo2.txt',
    title: '資料2 保健福祉総合計画成果指標について',
    scope: '1.成果指標の位置づけ〜3.総論の上位概念（上位概念3の途中まで。2026-12-05 に読んだ抜粋）',
  },
});
