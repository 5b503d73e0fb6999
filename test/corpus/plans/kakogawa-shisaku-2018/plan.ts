/**
 * 加古川市 平成30年度 行政評価 施策評価シート（電子ブック 2/110、「第3期加古川市地域福祉計画」に基づく施策）
 * Source: https://www.city.kakogawa.lg.jp/section/ebook/contents/05_keikaku/010_gyouseihyouka/pageindices/index2.html
 * (read 2026-12-05; see README.md). Actuals: progress/2015.ts–2017.ts.
 *
 * Reading notes:
 * - The text layer of one page of the city's 施策評価シート (総合計画's 行政評価). The city is printed in
 *   「第3期加古川市地域福祉計画」; its code and prefecture are not printed (notStated()). The schema has no plan kind
 *   for a 総合計画's evaluation sheet; `kind` is left out (schema gap, README.md).
 * - The 施策's name and number, and the levels above it, are not in the text of this page: no goal is encoded
 *   (goals: [], `source.beyondExcerpt: ['goals']`); the two indicators are plan-level `indicators`.
 * - The text layer flattens the table: the header 「H28H29H30H31H32表記」, then the cells in layout order. Read as:
 *   成果指標 「地域での福祉ボランティア活動の広がりに関して満足している市民の割合」 with 基準値 43.5%(H26年度) (printed with its
 *   year), 55.8% and 57.3% in the first two year columns (H28, H29: the sheet of 平成30年度 reviews 平成29年度) and
 *   51.0% as the target, read as the last column (H32). Every year but 「H26年度」 and every role of a figure is a
 *   reading ({ read } with its note).
 * - その他の関連指標 「ボランティアセンター登録者数」 (単年度, データ所管課等 高齢者・地域福祉課) with H27 H28 H29 1,923人 706人
 *   698人 (years in printed order). The sheet prints no target and no baseline column for a 関連指標.
 * - Directions: not printed. The 満足度 is read as 'increase' (a satisfaction share the 施策 wants to raise); the
 *   関連指標's direction is left notStated().
 * - The two ● paragraphs are kept in `sections` under the headings they are printed beside: the one in the future
 *   tense (「…図ります。」) under 平成29年度施策実行プラン【年度当初】, the one in the past tense (「…進めました。」) under
 *   平成30年度施策評価【年度終了後】, with the 進捗状況 「B 概ね期待どおり」 as printed (only B of that scale is on the
 *   page: kept as text, not as a grade).
 * - 基本方針 is cut by the excerpt inside its first sentence (「…主体的な参加を促進するなど、」): not encoded (README.md).
 */
import { definePlan, fy, notStated, printedYear } from '@keikaku/schema';

export default definePlan({
  id: 'kakogawa-shisaku-2018',
  municipality: {
    name: '加古川市',
    code: notStated('市町村コードの印刷なし'),
    prefecture: notStated('都道府県名の印刷なし'),
    kind: '市',
  },
  title: '行政評価 施策評価シート',
  subtitle: '平成30年度',
  edition: notStated(),
  period: notStated('抜粋に計画期間の記載なし（表の列は H28〜H32）'),
  legalBasis: notStated(),
  encompasses: [],
  relatedPlans: [{ title: '第3期加古川市地域福祉計画', relation: { read: '個別計画', note: '「「第3期加古川市地域福祉計画」に基づく施策」と印刷。総合計画の施策が拠る分野別計画と読んだ' } }],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: notStated(),
  sections: [
    {
      heading: '平成29年度施策実行プラン(施策実施計画) 【年度当初】',
      paragraphs: [
        '※各部局における「現状と課題」とその解決に向けた「平成29年度施策実行プラン(施策実施計画)」',
        '●誰もが住み慣れた地域で心豊かに安心して暮らし続けることができるまちづくりを進めるため、「第3期加古川市地域福祉計画」に基づく施策を、計画的かつ実効性をもって推進していき、様々な関係機関と連携・協力した取り組みを進めるとともに、取り組みの進捗状況を把握・評価しながら、計画の着実な推進を図ります。',
      ],
    },
    {
      heading: '平成30年度施策評価 【年度終了後】',
      paragraphs: [
        '※各部局における「平成29年度施策実行プラン(施策実施計画)」の進捗状況と評価',
        '進捗状況 :「B 概ね期待どおり」',
        '●「第3期加古川市地域福祉計画」に基づく施策を進めるために、民生委員、児童委員、地域団体、医師会、社会福祉協議会等の関係機関と連携し、地域における見守り体制の充実、在宅医療・介護連携の強化、相談窓口の強化等に向けた様々な取組みを進めました。',
      ],
    },
  ],
  goals: [],
  indicators: [
    {
      id: 'manzokudo',
      category: '成果指標',
      name: '地域での福祉ボランティア活動の広がりに関して満足している市民の割合',
      unit: '%',
      direction: { read: 'increase', note: '方向の印刷なし。満足している市民の割合を高める施策と読んだ' },
      baseline: { fy: printedYear('H26年度'), value: 43.5, printed: '43.5%(H26年度)' },
      target: {
        fy: { read: fy(2020), note: '表の列 H28〜H32 の最後の列（H32 = 令和2年度）の目標値と読んだ（テキスト層で列の位置が失われている）' },
        value: 51.0,
        printed: '51.0%',
        // （符号化注）51.0% を目標値と読んだ。印刷は「51.0%」のみで、列見出しとの対応はテキスト層にない
      },
      // （符号化注）成果指標という区分名はこの頁のテキストに印刷なし。「その他の関連指標」と区別される施策の指標として読んだ
    },
    {
      id: 'vc-toroku',
      category: 'その他の関連指標',
      name: 'ボランティアセンター登録者数',
      unit: '人',
      measure: '単年度',
      direction: notStated('方向の印刷なし'),
      departments: ['高齢者・地域福祉課'],
      // （符号化注）「その他の関連指標」の表に目標値・基準値の欄なし（目標・基準値は符号化していない）
      notes: ['データ所管課等 高齢者・地域福祉課', '「単年度」と印刷'],
    },
  ],
  source: {
    file: 'https://www.city.kakogawa.lg.jp/section/ebook/contents/05_keikaku/010_gyouseihyouka/pageindices/index2.html',
    title: '平成30年度 行政評価 施策評価シート（2/110）',
    scope: '電子ブック 2/110 頁のテキスト層: 指標表（成果指標1、その他の関連指標1）、平成29年度施策実行プラン、平成30年度施策評価（進捗状況 B）。基本方針は冒頭の途中で抜粋が終わる。2026-12-05 に読んだ抜粋',
    beyondExcerpt: ['goals', 'period'],
  },
});
