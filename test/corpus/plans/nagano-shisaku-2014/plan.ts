/**
 * 長野市 施策評価（平成26年度評価結果）「地域福祉の推進」: 【4.総合評価】 of the sheet, which cites 「第二次長野市地域福祉計画」
 * Source: https://123deta.com/document/nzw5x80z-%E5%9C%B0%E5%9F%9F%E7%A6%8F%E7%A5%89%E3%81%AE%E6%8E%A8%E9%80%B2%E5%B9%B3%E6%88%90%EF%BC%92%EF%BC%96%E5%B9%B4%E5%BA%A6%E8%A9%95%E4%BE%A1%E7%B5%90%E6%9E%9C%E9%95%B7%E9%87%8E%E5%B8%82%E3%83%9B%E3%83%BC%E3%83%A0%E3%83%9A%E3%83%BC%E3%82%B8.html
 * (a public copy titled 「地域福祉の推進 平成26年度評価結果 長野市ホームページ」; read 2026-12-05; see README.md).
 *
 * Reading notes:
 * - The text layer of one 施策評価シート. It prints the four headings 【1.施策名】【2.施策に取り組む理由】【3.施策指標】
 *   【4.総合評価】 one after the other, then the content of 【4.総合評価】, and the excerpt ends inside the next block
 *   (「…概ね順調 28 指標の定」). The content of 【1】–【3】 (the 施策's name and number, the reason, the indicator table
 *   with its figures) is not in the excerpt: no goal is encoded (goals: [], `source.beyondExcerpt`). The figure 「28」
 *   printed after 「概ね順調」 has no label in the excerpt and is not encoded.
 * - The city is printed in 「第二次長野市地域福祉計画」; its code and prefecture are not printed (notStated()). The
 *   sheet's own title is not in the text layer (the copy's page title is 「地域福祉の推進 平成26年度評価結果」):
 *   title notStated(). The schema has no plan kind for a 総合計画's evaluation sheet; `kind` is left out.
 * - The two indicators are named only in the 達成度 sentence (「地域福祉活動計画策定地区数、地域福祉ワーカー設置地区数
 *   ともに目標値に向けて順調に増加している」): encoded as plan-level indicators with their names as printed there; their
 *   unit, baseline and target lie in the 【3.施策指標】 table beyond the excerpt (`beyondExcerpt`). Direction: read
 *   as 'increase' from that sentence (「目標値に向けて…増加している」 is called 順調).
 * - 【4.総合評価】 is a flattened table: for each 観点 the text layer prints the 観点, the answer (column
 *   「評価の理由・説明等」) and then the question. Each 観点 is kept as a subsection whose paragraphs are the question
 *   and the answer (the pairing by printed order is a reading). 「25年度の取組内容 実績」 and 「総合評価 (目標値に向けて)
 *   概ね順調」 follow as printed. Only 概ね順調 of the grading scale is printed: kept as text, not as a grade.
 * - Layout spaces of the text layer inside words are collapsed (「事 業の 成果 等」 → 「事業の成果等」, 「行うとと もに」
 *   → 「行うとともに」); nothing else is changed.
 */
import { definePlan, notStated } from '@keikaku/schema';

export default definePlan({
  id: 'nagano-shisaku-2014',
  municipality: {
    name: '長野市',
    code: notStated('市町村コードの印刷なし'),
    prefecture: notStated('都道府県名の印刷なし'),
    kind: '市',
  },
  title: notStated('抜粋のテキスト層にシートの表題の印刷なし（掲載の題は「地域福祉の推進 平成26年度評価結果」）'),
  edition: notStated(),
  period: notStated('抜粋に計画期間の記載なし'),
  legalBasis: notStated(),
  encompasses: [],
  relatedPlans: [
    {
      title: '第二次長野市地域福祉計画',
      relation: { read: '個別計画', note: '適応性・実績に「第二次長野市地域福祉計画推進委員会」「第二次長野市地域福祉計画の中間評価」と印刷。施策が拠る分野別計画と読んだ' },
    },
  ],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: notStated(),
  sections: [
    {
      heading: '【4.総合評価】',
      subsections: [
        {
          heading: '事業の成果等',
          paragraphs: ['施策を構成する事務事業は目標を達成しているか', '全ての事務事業において、概ね順調に事業を展開している。'],
        },
        {
          heading: '適応性',
          paragraphs: [
            '市民ニーズや社会経済状況の変化に柔軟に対応しているか',
            '関係機関、団体及び学識経験者で構成する第二次長野市地域福祉計画推進委員会において、第二次長野市地域福祉計画の中間評価を行い、計画の進捗状況の確認や課題の把握に努めた。ここで把握した支え合い活動の担い手の確保や様々な担い手が連携できる仕組みづくりといった課題は、次期計画においてその解消を図る。',
          ],
        },
        {
          heading: '達成度',
          paragraphs: ['施策の目標達成に向けて順調に進んでいるか', '地域福祉活動計画策定地区数、地域福祉ワーカー設置地区数ともに目標値に向けて順調に増加している。'],
        },
        {
          heading: '25年度の取組内容 実績',
          paragraphs: [
            '全32地区の住民自治協議会を訪問し、各地区における地域福祉活動計画に基づく取組状況や課題の把握を行うとともに、関係機関、団体及び学識経験者で構成する「第二次長野市地域福祉計画推進委員会」において「第二次長野市地域福祉計画に関する中間評価報告書」をとりまとめた。',
            'また、計画の策定や見直しを行っている地区には計画づくりや見直しに対する支援を行った。',
          ],
        },
        {
          heading: '総合評価',
          paragraphs: ['(目標値に向けて)', '概ね順調'],
        },
      ],
    },
  ],
  goals: [],
  indicators: [
    {
      id: 'katsudo-keikaku',
      name: '地域福祉活動計画策定地区数',
      direction: { read: 'increase', note: '方向の印刷なし。達成度の「…ともに目標値に向けて順調に増加している」から' },
      beyondExcerpt: ['unit', 'baseline', 'target'],
      // （符号化注）指標名は【4.総合評価】達成度の文に印刷されたもの。【3.施策指標】の表（単位・基準値・実績・目標値）は抜粋の外
    },
    {
      id: 'worker',
      name: '地域福祉ワーカー設置地区数',
      direction: { read: 'increase', note: '方向の印刷なし。達成度の「…ともに目標値に向けて順調に増加している」から' },
      beyondExcerpt: ['unit', 'baseline', 'target'],
      // （符号化注）指標名は【4.総合評価】達成度の文に印刷されたもの。【3.施策指標】の表（単位・基準値・実績・目標値）は抜粋の外
    },
  ],
  source: {
    file: 'https://123deta.com/document/nzw5x80z-%E5%9C%B0%E5%9F%9F%E7%A6%8F%E7%A5%89%E3%81%AE%E6%8E%A8%E9%80%B2%E5%B9%B3%E6%88%90%EF%BC%92%EF%BC%96%E5%B9%B4%E5%BA%A6%E8%A9%95%E4%BE%A1%E7%B5%90%E6%9E%9C%E9%95%B7%E9%87%8E%E5%B8%82%E3%83%9B%E3%83%BC%E3%83%A0%E3%83%9A%E3%83%BC%E3%82%B8.html',
    title: '地域福祉の推進 平成26年度評価結果（長野市 施策評価シート）',
    scope: 'シートのテキスト層の冒頭: 見出し【1】〜【4】と【4.総合評価】（事業の成果等・適応性・達成度、25年度の取組内容 実績、総合評価 概ね順調）。【1】〜【3】の内容と施策指標の表は抜粋の外（「指標の定」で終わる）。2026-12-05 に読んだ抜粋',
    beyondExcerpt: ['goals', 'indicators', 'period', 'grading'],
  },
});
