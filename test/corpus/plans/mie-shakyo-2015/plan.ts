/**
 * ウェルビーイングみえ21プラン 第4期計画数値目標(案) — (基本目標1) 1-1〜1-5
 * Source: https://expydoc.com/doc/7799364/ (read 2026-12-05; see README.md).
 *
 * Reading notes (encoded as the bundled plans are: defects kept, readings marked):
 * - The excerpt prints no author, prefecture or municipality. 「みえ」「県内」「市町社協」 say it is a
 *   prefecture-wide plan of a prefectural council of social welfare; neither the body nor the prefecture
 *   is printed, so municipality is notStated() and `author` is left out. `kind: '地域福祉活動計画'` is
 *   the encoder's reading of 「市町社協の活動支援」 (the schema has no { read } for kind).
 * - Years are printed without an era: 「26年度現状値」「27年度現状値」「32年度目標値」. The era (平成)
 *   is the encoder's reading of the context: printedYear('26年度', '平成').
 * - Each target value is printed in the right-hand column beside 「設定理由」; the text extraction put it
 *   inside the rationale (「活\n16 用していきたい」). The figure is the target; the rationale is rejoined
 *   without it (an extraction artifact, not the document's text).
 * - No direction is printed: every `direction` is a reading.
 * - 1-5's rationale is cut at the end of the excerpt (「5年後に県内法人の概ね半数の参」): kept up to
 *   the last whole sentence, the cut noted.
 */
import { definePlan, notStated, printedYear } from '@keikaku/schema';

export default definePlan({
  id: 'mie-shakyo-2015',
  kind: '地域福祉活動計画',
  municipality: {
    name: notStated('抜粋に都道府県名・市町村名の印刷なし（「みえ」「県内」のみ）'),
    code: notStated('自治体名の印刷なし'),
    prefecture: notStated('「みえ」「県内」とあるが県名の印刷なし'),
  },
  title: 'ウェルビーイングみえ21プラン',
  edition: '第4期',
  period: notStated('抜粋に計画期間の記載なし。現状値は26年度・27年度、目標値は32年度'),
  legalBasis: notStated('抜粋に根拠法令の記載なし'),
  encompasses: [],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: { goal: '基本目標', policy: notStated('「1 地域のたすけあい、ささえあいの推進」などの見出しの階層名は印刷なし'), initiative: notStated() },
  goals: [
    {
      id: 'g1',
      no: 1,
      // The heading prints only 「(基本目標1)」: no title beyond the number (title as printed).
      title: '(基本目標1)',
      policies: [
        {
          id: 'p1',
          no: 1,
          title: '地域のたすけあい、ささえあいの推進',
          indicators: [
            {
              id: 'kiso-soshiki',
              category: '数値目標項目',
              name: '地域福祉推進基礎組織設置市町数',
              unit: '市町',
              direction: { read: 'increase', note: '設定理由「毎年1市町ずつ増やす想定」から' },
              baseline: { fy: printedYear('26年度', '平成'), value: 17 },
              target: { fy: printedYear('32年度', '平成'), value: 23 },
              rationale: ['これから小地域活動の推進が地域福祉推進の鍵を握ることになるため。毎年1市町ずつ増やす想定で目標を設定した。'],
            },
          ],
        },
        {
          id: 'p2',
          no: 2,
          title: '市町社協の活動支援',
          indicators: [
            {
              id: 'daisansha-hyoka',
              category: '数値目標項目',
              name: '市町社協第三者評価の実施件数(累計)',
              unit: '件',
              measure: '累計',
              direction: { read: 'increase', note: '設定理由「毎年2ヶ所ずつ評価を実施する想定」から' },
              baseline: { fy: printedYear('27年度', '平成'), value: 6 },
              // 目標値は設定理由の欄の右に印刷（抽出テキストでは「活」と「用」の間）
              target: { fy: printedYear('32年度', '平成'), value: 16 },
              rationale: ['第三者評価を市町社協の活動診断ツールとして位置づけ、活用していきたい。毎年2ヶ所ずつ評価を実施する想定で目標を設定した。'],
            },
          ],
        },
        {
          id: 'p3',
          no: 3,
          title: '福祉教育の推進',
          indicators: [
            {
              id: 'fukushi-kyoiku',
              category: '数値目標項目',
              name: '福祉教育の取り組みを進めている市町社協数',
              unit: '法人',
              direction: { read: 'increase', note: '設定理由「未実施社協へ毎年1法人は働きかけていく」から' },
              baseline: { fy: printedYear('27年度', '平成'), value: 22 },
              target: { fy: printedYear('32年度', '平成'), value: 27 },
              rationale: ['福祉教育を地域福祉推進の重要課題として位置づけ、その機運を盛り上げるため、未実施社協へ毎年1法人は働きかけていく想定で目標を設定した。'],
            },
          ],
        },
        {
          id: 'p4',
          no: 4,
          title: '多様な主体の活動支援',
          indicators: [
            {
              id: 'volunteer-toroku',
              category: '数値目標項目',
              name: 'ボランティア活動者の登録人数(延べ人数)',
              unit: '人',
              measure: '延べ',
              direction: { read: 'maintain', note: '設定理由「現状の水準を維持する想定」から（目標値 65,000 は現状値 64,319 より大きい）' },
              baseline: { fy: printedYear('26年度', '平成'), value: 64319, printed: '64,319' },
              target: { fy: printedYear('32年度', '平成'), value: 65000, printed: '65,000', condition: '県内で大規模災害がない年' },
              rationale: ['ボランティア活動の啓発を引き続き行い、県内で大規模災害がない年において現状の水準を維持する想定で目標を設定した。'],
            },
          ],
        },
        {
          id: 'p5',
          no: 5,
          title: '地域公益活動の推進',
          indicators: [
            {
              id: 'wa-sozo',
              category: '数値目標項目',
              name: 'みえ福祉の「わ」創造事業(仮称)に参画している社会福祉法人数',
              unit: '法人',
              direction: { read: 'increase' },
              baseline: { fy: printedYear('27年度', '平成'), value: 0 },
              target: { fy: printedYear('32年度', '平成'), value: 150 },
              rationale: ['広域の地域公益事業にもできるだけ多くの社会福祉法人が関わり、取り組みを推進する必要があるため。'],
              // （符号化注）設定理由の続き「5年後に県内法人の概ね半数の参…」は抜粋の範囲外で途切れている
            },
          ],
        },
      ],
    },
  ],
  vocabulary: { categories: ['数値目標項目'] },
  source: {
    file: 'https://expydoc.com/doc/7799364/',
    title: 'ウェルビーイングみえ21プラン 第4期計画数値目標(案)',
    scope: '(基本目標1) 1-1〜1-5 の数値目標項目のみ（ページ冒頭の抜粋、2026-12-05 に読んだもの）',
  },
});
