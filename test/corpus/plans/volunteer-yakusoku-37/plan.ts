/**
 * 総合計画「61項目の約束」 約束37（09-c） 社会福祉協議会登録ボランティア数の増加 — 検証シート（平成26年度の結果・平成27年度の状況）
 * Source: https://expydoc.com/doc/7992253/ (read 2026-12-05; see README.md).
 *
 * Reading notes:
 * - One sheet of a city's 総合計画 progress booklet (「● 61項目の約束 ●」, 主管部署 健康福祉部). The city is
 *   not named in the excerpt: municipality notStated(). Levels as printed: 分野別目標像 3 → 基本方針 9 →
 *   約束 37 (code 09-c); the 約束 is encoded as a policy under the goal, the 基本方針 as the goal's
 *   description (its number 9 is kept there).
 * - 「基準 平成18年度 408人」「+30%」「目標 平成28年度 530人」: a relative target (408 × 1.3 = 530.4, printed 530).
 * - ③平成26年度の取り組み結果 and ④平成27年度の取り組み状況 report activities, not the count: they are
 *   progress narratives (progress/2014.ts, progress/2015.ts) with no actual figure (none is printed).
 * - The excerpt ends inside ④ (「また、住民のボラン」): kept up to the last whole sentence.
 * - The sheet is not a welfare plan; `kind` is left out (schema gap, see README.md).
 */
import { definePlan, heisei, notStated } from '@keikaku/schema';

export default definePlan({
  id: 'volunteer-yakusoku-37',
  municipality: { name: notStated('抜粋に市町村名の印刷なし'), code: notStated(), prefecture: notStated() },
  title: notStated('抜粋は総合計画の「61項目の約束」の1枚。計画の表題の印刷なし'),
  edition: notStated(),
  period: notStated('抜粋に計画期間の記載なし。基準 平成18年度・目標 平成28年度'),
  legalBasis: notStated(),
  encompasses: [],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: { goal: '分野別目標像', policy: '約束', initiative: notStated() },
  goals: [
    {
      id: 'g3',
      no: 3,
      title: 'みんなが安全に、安心して暮らせるまち',
      description: ['基本方針 9 お互いの暮らしをみんなで支える'],
      policies: [
        {
          id: 'yakusoku-37',
          no: 37,
          title: '社会福祉協議会登録ボランティア数の増加',
          departments: ['健康福祉部'],
          description: [
            '[意義] すべての人が、生活の拠点である住み慣れた地域で、家族や隣近所との温かなきずなを保ちながら、みんなで支え合い、安心して生活することを願っています。',
            'そこで、在宅での福祉サービスの充実など、高齢者や障害者の暮らしを支えるしくみを充実させていきます。',
            'さらに、地域における福祉活動の推進が強く求められており、これに積極的に参加できる環境づくりと情報発信を強化し、社会福祉協議会登録ボランティア数を増加することを目標にしています。',
          ],
          indicators: [
            {
              id: 'shakyo-volunteer',
              category: '施策効果をはかる項目',
              name: '社会福祉協議会登録ボランティア数の増加',
              unit: '人',
              direction: 'increase',
              source: '社会福祉協議会の登録ボランティアの数',
              baseline: { fy: heisei(18), value: 408, printed: '基準 平成18年度 408人' },
              target: {
                fy: heisei(28),
                value: { relative: { rule: 'percentOf', by: 130, base: { value: 408, fy: heisei(18) } }, value: 530, printed: '+30%' },
                printed: '目標 平成28年度 530人',
              },
              notes: [
                '09-c',
                '[説明] 社会福祉協議会に登録されているボランティア団体の会員数及び社会福祉協議会からの要請に応じて活動する個人登録ボランティアの数を合計した登録者数をもって検証します。',
              ],
            },
          ],
        },
      ],
    },
  ],
  vocabulary: { categories: ['施策効果をはかる項目'] },
  source: {
    file: 'https://expydoc.com/doc/7992253/',
    title: '社会福祉協議会登録ボランティア数の増加（約束37）',
    scope: '約束37 の1枚（①〜④、④の途中まで。2026-12-05 に読んだ抜粋）',
  },
});
