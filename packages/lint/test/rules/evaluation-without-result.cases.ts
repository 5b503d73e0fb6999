import rule from '../../src/rules/evaluation-without-result.js';
import { ruleTester } from '../rule-tester.js';
import { planText, progressText } from '../snippets.js';

/** A plan whose `sections` are the given heading and paragraphs (加古川 2018 施策評価シート). */
const section = (heading: string, ...paragraphs: string[]) => planText({ top: `sections: [{ heading: ${JSON.stringify(heading)}, paragraphs: ${JSON.stringify(paragraphs)} }],` });
const KAKOGAWA = [
  '※各部局における「平成29年度施策実行プラン(施策実施計画)」の進捗状況と評価',
  '進捗状況 :「B 概ね期待どおり」',
  '●「第3期加古川市地域福祉計画」に基づく施策を進めるために、民生委員・児童委員、地域団体、医師会等の関係機関と連携し、地域における見守り体制の充実、相談窓口の強化等に向けた様々な取組みを進めました。',
];
const narrative = (heading: string, ...items: string[]) => progressText('', 2025, `narratives: [{ node: 'g1', heading: ${JSON.stringify(heading)}, items: ${JSON.stringify(items)} }],`);

ruleTester(rule, {
  valid: [
    {
      name: 'the evaluation gives a figure (満足度 57.3%)',
      plan: section('平成30年度施策評価', '見守り体制の充実に取り組みました。満足している市民の割合は57.3%で、目標の51.0%を上回りました。'),
    },
    { name: 'a word of outcome without a number (相談件数が伸び、利用促進に寄与)', plan: section('施策の評価', '相談窓口を運営しました。', '相談件数が伸びており、制度の利用促進に寄与しています。') },
    { name: 'the plan for the year, not its evaluation (施策実行プラン【年度当初】)', plan: section('平成29年度施策実行プラン 【年度当初】', '●関係機関と連携・協力した取り組みを進めるとともに、計画の着実な推進を図ります。') },
    { name: 'a heading about how evaluation is done (評価方法, 評価の考え方, 成果指標の位置づけ)', plan: section('3 評価方法', '推進委員会が毎年度の進捗を点検しました。') },
    { name: 'a survey’s results as a plan’s background (市民の意見や会議における審議の結果から)', plan: section('② 市民の意見や会議における審議の結果から', 'アンケートでは地域の連携が重要とされました。') },
    // 旭川's 「① 前期計画の振り返りから」 narrates the previous plan's work as background for the new one.
    { name: 'a plan’s look back (振り返り) is background, not an evaluation', plan: section('① 前期計画の振り返りから', '市では、各福祉分野における相談窓口を運営してきました。') },
    { name: 'grades as labels only (相模原 総合評価: 1次評価 B)', progress: narrative('総合評価', '1次評価(所管局による自己評価) B', '2次評価(総合計画審議会による外部評価) B') },
    { name: 'a progress status, not a result (札幌 進捗・取組状況)', progress: narrative('進捗・取組状況', '福まち活動 PR 動画を作成し、市内各地の大型ビジョンで放映開始。', 'LINE 公式アカウントを作成しました。') },
    { name: 'digits in a quoted name or a year are not a figure, but 増加 is an outcome', plan: section('令和6年度の取り組み結果', '「第3期計画」に基づき令和6年度に講座を開きました。', '参加者は前年度より増加しました。') },
  ],
  invalid: [
    {
      name: '施策評価【年度終了後】 that lists what was done (加古川 K06): one finding, at the sentence; the caption and the grade label are not its text',
      plan: section('平成30年度施策評価 【年度終了後】', ...KAKOGAWA),
      errors: [{ messageId: 'noResult', text: JSON.stringify(KAKOGAWA[2]), data: { heading: '「平成30年度施策評価 【年度終了後】」', quote: '…に向けた様々な取組みを進めました。' } }],
    },
    {
      name: '③取り組み結果 with activities only (volunteer-yakusoku-37), in a progress module: one finding for the block',
      progress: narrative('③平成26年度の取り組み結果 [内容]', 'ボランティア講座の実施や活動助成など、継続的な支援を行いました。', 'また、小地域福祉会や介護予防サロンへの活動支援を行いました。'),
      errors: [{ messageId: 'noResult', in: 'progress', text: '"ボランティア講座の実施や活動助成など、継続的な支援を行いました。"', data: { heading: '「③平成26年度の取り組み結果 [内容]」', quote: '…成など、継続的な支援を行いました。' } }],
    },
    {
      name: 'a 総括 (the year’s summary) without a heading',
      progress: progressText('', 2025, "summary: { paragraphs: ['各種事業を計画どおり実施しました。'] },"),
      errors: [{ messageId: 'noResult', in: 'progress', text: "'各種事業を計画どおり実施しました。'", data: { heading: '総括', quote: '…各種事業を計画どおり実施しました。' } }],
    },
    {
      name: 'an encoder-supplied heading { read } counts as the heading',
      plan: planText({ top: "sections: [{ heading: { read: '施策評価', note: '見出しの印刷なし' }, paragraphs: ['研修会を開催しました。'] }]," }),
      errors: [{ messageId: 'noResult', text: "'研修会を開催しました。'", data: { heading: '「施策評価」', quote: '…研修会を開催しました。' } }],
    },
  ],
});
