/**
 * ■平成26年度実績データ（改善工程表の見方、施策 №1 地域福祉の推進）: 実績値(b), 達成率 and 評価 per indicator,
 * the 総合評価 (1次・2次) and the 総合計画審議会's 建議書 opinions ①〜③ (※H27.10月時点). ③ is cut by the excerpt
 * (「民生委員協力員制度などの新たに実施する取」): kept up to its last whole sentence, the rest in the note.
 */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'sagamihara-kaizen-2015',
  fy: heisei(26),
  title: '平成27年度 総合計画進行管理 2次評価に対する対応方針及び施策の改善工程表',
  actuals: [
    { indicator: 'seika-1', value: 30.5, printed: '30.5（達成率 79.6%）' },
    { indicator: 'sub-1', value: 777, printed: '777（達成率 94.4%）' },
    { indicator: 'sub-2', value: 21.1, printed: '21.1（達成率 113.4%）' },
  ],
  grades: [
    { target: 'seika-1', scale: 'shihyo', grade: 'C' },
    { target: 'sub-1', scale: 'shihyo', grade: 'B' },
    { target: 'sub-2', scale: 'shihyo', grade: 'A' },
  ],
  narratives: [
    {
      node: 's1',
      heading: '総合評価',
      items: ['1次評価(所管局による自己評価) B', '2次評価(総合計画審議会による外部評価) B'],
    },
  ],
  opinions: [
    {
      node: 's1',
      meeting: '建議書における総合計画審議会からの意見（※H27.10月時点）',
      opinion: '①成果指標の結果の分析に当たり、目標が達成できなかった場合は、その原因と改善方策を明記すべきである。そのことを踏まえて次の施策を展開されたい。',
    },
    {
      node: 's1',
      meeting: '建議書における総合計画審議会からの意見（※H27.10月時点）',
      opinion: '②相模原市社会福祉協議会の活動は、地域福祉の推進に重要な役割を担っていることは理解するが、補助金の決算額が毎年増加している現状を踏まえ、自主財源の確保等に一層取り組まれるよう働きかけられたい。',
    },
    {
      node: 's1',
      meeting: '建議書における総合計画審議会からの意見（※H27.10月時点）',
      opinion: '③成果指標「指標1 地域で、住民が互いに支えあっていると感じる市民の割合」の達成率が毎年低下しておりC評価となっている。',
    },
  ],
});
