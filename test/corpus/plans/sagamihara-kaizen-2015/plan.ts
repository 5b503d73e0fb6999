/**
 * 平成27年度 総合計画進行管理 2次評価に対する対応方針及び施策の改善工程表 — 【参考】改善工程表の見方
 * （施策 №1 地域福祉の推進、所管局 健康福祉局）
 * Source: https://expydoc.com/doc/8870569/ (read 2026-12-05; see README.md). Actuals and grades: progress/2014.ts.
 *
 * Reading notes:
 * - The sample page (「見方」) of 相模原市's 改善工程表 for the 施策 「地域福祉の推進」 of its 総合計画. The city
 *   is printed in ② (「相模原市社会福祉協議会」); its code is not printed (notStated()). The schema has no plan
 *   kind for a 総合計画's evaluation sheet; `kind` is left out (schema gap, README.md).
 * - ■平成26年度実績データ: 目標値(a), 実績値(b), 達成率(b/a又はa/b)% and 評価 per indicator. The 目標値 is the
 *   target for 平成26年度 (the year of the data): `{ read: heisei(26) }`. Whether it is the plan's final target
 *   is not printed. No baseline is printed: the plan's baseline lies outside this page (`beyondExcerpt`).
 * - Units: printed in the name as 【単位:%】【単位:人】; moved to `unit`, the bracket kept in notes.
 * - Directions: not printed. The header offers 「b/a又はa/b」; each printed 達成率 equals b/a
 *   (30.5/38.3 = 79.6%, 777/823 = 94.4%, 21.1/18.6 = 113.4%), i.e. read as 'increase' ({ read }).
 * - The grades A/B/C are in progress/2014.ts; the scale's criteria are not printed on the page: each level's
 *   meaning is the encoder's reading (the scale note says so). Since the criteria lie beyond the page (its
 *   defects.md lists them under "Not defects"), `source.beyondExcerpt` includes 'grading' (added to the schema
 *   after this excerpt was measured; see BENCHMARKS.md). The 総合評価 (1次 B, 2次 B) is on a scale of which
 *   only B is printed (a scale needs two levels): kept as printed in a progress narrative, not as a grade.
 * - The 局・区長名 (a person's name) is not encoded. The callout boxes explaining the sample are kept in `sections`.
 */
import { definePlan, heisei, notStated } from '@keikaku/schema';

export default definePlan({
  id: 'sagamihara-kaizen-2015',
  municipality: {
    name: '相模原市',
    code: notStated('市町村コードの印刷なし'),
    prefecture: notStated('都道府県名の印刷なし'),
    kind: '市',
  },
  title: '総合計画進行管理 2次評価に対する対応方針及び施策の改善工程表',
  subtitle: '平成27年度',
  edition: notStated(),
  period: notStated('抜粋に総合計画の計画期間の記載なし'),
  legalBasis: notStated(),
  encompasses: [],
  philosophy: notStated(),
  evaluation: {
    committee: '総合計画審議会',
    notes: ['1次評価(所管局による自己評価)', '2次評価(総合計画審議会による外部評価)'],
  },
  terms: { goal: notStated('抜粋は施策の1枚。上位の階層の名称の印刷なし'), policy: '施策', initiative: notStated() },
  grading: [
    {
      id: 'shihyo',
      name: '評価',
      appliesTo: ['indicator'],
      levels: [
        { mark: 'A', label: 'A', meaning: 'achieved' },
        { mark: 'B', label: 'B', meaning: 'at-risk' },
        { mark: 'C', label: 'C', meaning: 'at-risk' },
      ],
      // （符号化注）各段階の基準は抜粋に印刷なし。印刷された達成率（A 113.4%、B 94.4%、C 79.6%）からの読み取り
    },
  ],
  sections: [
    {
      heading: '【参考】改善工程表の見方',
      paragraphs: [
        '改善工程表を作成する原因となった実績データを記載しています(H26実績)。',
        '記載事項は、成果指標(サブ指標を含む)の目標値、実績値、達成率及び評価並びに総合評価(1次・2次)の結果です。',
        '建議書における当該施策に係る意見を記載しています。※H27.10月時点',
      ],
    },
  ],
  goals: [
    {
      id: 'g',
      no: notStated('抜粋に上位の階層の番号の印刷なし'),
      title: '地域福祉の推進',
      // （符号化注）抜粋は施策 №1 の1枚のみ。施策を上位の階層と同じ名称で包む
      policies: [
        {
          id: 's1',
          no: 1,
          title: '地域福祉の推進',
          departments: ['健康福祉局'],
          indicators: [
            {
              id: 'seika-1',
              category: '成果指標',
              name: '地域で、住民が互いに支えあっていると感じる市民の割合',
              unit: '%',
              direction: { read: 'increase', note: '方向の印刷なし。達成率（b/a又はa/b）の印刷値が b/a に一致するので増加と読んだ' },
              target: { fy: { read: heisei(26), note: '「■平成26年度実績データ」の目標値(a)を平成26年度の目標と読んだ' }, value: 38.3, printed: '38.3' },
              beyondExcerpt: ['baseline'],
              notes: ['成果指標1', '【単位:%】'],
            },
            {
              id: 'sub-1',
              category: 'サブ指標',
              name: 'ボランティア登録制度(いるかバンク)の登録者数',
              unit: '人',
              direction: { read: 'increase', note: '方向の印刷なし。達成率（b/a又はa/b）の印刷値が b/a に一致するので増加と読んだ' },
              target: { fy: { read: heisei(26), note: '「■平成26年度実績データ」の目標値(a)を平成26年度の目標と読んだ' }, value: 823, printed: '823' },
              beyondExcerpt: ['baseline'],
              notes: ['サブ指標1', '【単位:人】'],
            },
            {
              id: 'sub-2',
              category: 'サブ指標',
              name: 'ノンステップバスの導入率',
              unit: '%',
              direction: { read: 'increase', note: '方向の印刷なし。達成率（b/a又はa/b）の印刷値が b/a に一致するので増加と読んだ' },
              target: { fy: { read: heisei(26), note: '「■平成26年度実績データ」の目標値(a)を平成26年度の目標と読んだ' }, value: 18.6, printed: '18.6' },
              beyondExcerpt: ['baseline'],
              notes: ['サブ指標2', '【単位:%】'],
            },
          ],
        },
      ],
    },
  ],
  vocabulary: { categories: ['サブ指標'] },
  source: {
    file: 'https://expydoc.com/doc/8870569/',
    title: '【参考】改善工程表の見方（平成27年度 総合計画進行管理 2次評価に対する対応方針及び施策の改善工程表）',
    scope: '施策 №1 地域福祉の推進: ■平成26年度実績データ（3指標と総合評価）と ■対応方針（建議書の意見①〜③、③の途中まで）。2026-12-05 に読んだ抜粋',
    beyondExcerpt: ['goals', 'indicators', 'period', 'grading'],
  },
});
