/**
 * 資料1−1 ふくおかし保健福祉総合計画の進捗評価について — 1 評価の考え方 〜 4 評価基準
 * Source: https://www.city.fukuoka.lg.jp/data/open/cnt/3/67225/1/04_shiryou1-1.txt (read 2026-12-05; see README.md).
 *
 * Reading notes:
 * - A paper on how the 保健福祉総合計画 is evaluated: it prints the evaluation arrangements and two
 *   grading scales, no goal and no indicator (goals: []); `source.beyondExcerpt: ['goals', 'indicators']` says
 *   the plan's system and indicators lie outside the excerpt (the plan itself has them).
 * - The city is printed only inside the title, in kana (「ふくおかし保健福祉総合計画」): municipality is
 *   notStated() with that note.
 * - 成果指標の評価基準: b is printed with two meanings (「指標は改善している、または現状 維持」):
 *   meaning ['improved', 'unchanged']. The band 「±3パーセント未満」 is strict: bound '未満', unit as
 *   printed (パーセント).
 * - 基本目標の評価基準 A〜D print a label only, no criterion and no meaning: each `meaning` is the
 *   encoder's reading of the label (scale note says so).
 * - 「評価T」「評価U」 are printed so in the text file (the 1 and 2 of a Roman numeral set, 評価Ⅰ / 評価Ⅱ,
 *   as the file's character set shows them): kept as printed.
 * - 「現状 維持」 is broken across a line in the file: rejoined as 「現状維持」 in the label, kept in the note.
 */
import { definePlan, notStated } from '@keikaku/schema';

export default definePlan({
  id: 'fukuoka-shinchoku-2019',
  kind: '保健福祉総合計画',
  municipality: {
    name: notStated('漢字の市名の印刷なし。表題に「ふくおかし保健福祉総合計画」とかなで印刷'),
    code: notStated('市名の印刷なし'),
    prefecture: notStated(),
  },
  title: 'ふくおかし保健福祉総合計画',
  edition: notStated(),
  period: notStated('計画期間の記載なし（「10年後のあるべき姿」のみ）'),
  legalBasis: notStated(),
  encompasses: [],
  philosophy: notStated(),
  evaluation: {
    committee: '保健福祉審議会',
    frequency: { count: 1, per: '年', printed: '毎年報告' },
    notes: [
      '保健福祉局が主体となり、関連局と連携しながら施策の取組状況の総括を行い、保健福祉審議会に毎年報告し、同審議会において評価するとともに、市のホームページ等で公表する。',
      '2 評価の対象期間 平成28年6月〜平成30年9月 (平成30年9月時点の記載が難しい場合は、評価可能な直近の時点での評価とする)',
    ],
  },
  terms: notStated(),
  grading: [
    {
      id: 'seika',
      name: '成果指標の評価基準',
      levels: [
        { mark: 'a', label: '目標値に向けて順調に進んでいる。', meaning: 'on-track' },
        { mark: 'b', label: '目標値の達成に向けたペースは下回っているが、指標は改善している、または現状維持。', meaning: ['improved', 'unchanged'] },
        { mark: 'c', label: '初期値よりも指標が悪化している。', meaning: 'worse' },
      ],
      band: { points: 3, unit: 'パーセント', bound: '未満', appliesTo: '意識系の成果指標' },
      note: '☆意識系の成果指標については、アンケート調査の誤差を考慮し、数値の変動幅が±3パーセント未満の場合は、「現状維持」の範囲内とする。（b の「現状 維持」は原典で改行をまたぐ）',
    },
    {
      id: 'kihon',
      name: '基本目標の評価基準',
      appliesTo: ['goal'],
      levels: [
        { mark: 'A', label: '順調', meaning: 'on-track' },
        { mark: 'B', label: '概ね順調', meaning: 'on-track' },
        { mark: 'C', label: 'やや遅れている', meaning: 'at-risk' },
        { mark: 'D', label: '遅れている', meaning: 'worse' },
      ],
      // （符号化注）各段階は名称のみで基準の印刷なし。meaning は名称からの読み取り
    },
  ],
  sections: [
    {
      heading: '1 評価の考え方(計画に記載している事項)',
      paragraphs: ['10年後のあるべき姿の実現に向け、総論や各論で定めた成果指標、各施策の進捗状況を把握・分析・評価し、新たな課題の解決を図る。'],
    },
    {
      heading: '3 評価方法',
      paragraphs: [
        '本計画の体系に沿って、評価T及び評価Uを実施する。',
        '☆評価T:各論 「各分野の基本目標」の進捗評価 各施策の進捗状況及び基本目標ごとに設定する成果指標を総合的に勘案し、各分野の基本目標の進捗を評価。',
        '☆評価U:総論 「3つの施策の方向性」の評価 各論の基本目標の評価(評価T)及び総論に設定する成果指標の状況を総合的に勘案し、総論の3つの施策の方向性を評価。',
      ],
    },
  ],
  goals: [],
  source: {
    file: 'https://www.city.fukuoka.lg.jp/data/open/cnt/3/67225/1/04_shiryou1-1.txt',
    title: '資料1−1 ふくおかし保健福祉総合計画の進捗評価について',
    scope: '1 評価の考え方〜4 評価基準（成果指標の評価基準・基本目標の評価基準）。2026-12-05 に読んだ抜粋',
    beyondExcerpt: ['goals', 'indicators'],
  },
});
