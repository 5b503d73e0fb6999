import rule from '../../src/rules/evaluation-without-result.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

/** A plan whose top-level sections are the given (heading, paragraphs) pairs. */
const sections = (...s: [string, string[]][]) =>
  planText({ top: `sections: [${s.map(([h, p]) => `{ heading: ${JSON.stringify(h)}, paragraphs: ${JSON.stringify(p)} }`).join(', ')}],` });
/** A plan with one section whose subsections are the given (heading, paragraphs) pairs. */
const withSubsections = (heading: string, subs: [string, string[]][]) =>
  planText({ top: `sections: [{ heading: ${JSON.stringify(heading)}, subsections: [${subs.map(([h, p]) => `{ heading: ${JSON.stringify(h)}, paragraphs: ${JSON.stringify(p)} }`).join(', ')}] }],` });
const GRADING = "grading: [{ id: 's', name: '評価', levels: [{ mark: 'A', label: '順調', meaning: 'achieved' }, { mark: 'B', label: '概ね順調', meaning: 'improved' }] }],";
const withInitiative = planText({
  top: GRADING,
  goals: goal([indicator()], "initiatives: [{ id: 'i1', no: 1, title: '出前講座' }],"),
});

// kakogawa-shisaku-2018 sections[1] (平成30年度施策評価【年度終了後】), as printed.
const KAKOGAWA_ACTIVITY =
  '●「第3期加古川市地域福祉計画」に基づく施策を進めるために、民生委員、児童委員、地域団体、医師会、社会福祉協議会等の関係機関と連携し、地域における見守り体制の充実、在宅医療・介護連携の強化、相談窓口の強化等に向けた様々な取組みを進めました。';
const KAKOGAWA = sections(
  ['平成29年度施策実行プラン(施策実施計画) 【年度当初】', ['●…取り組みの進捗状況を把握・評価しながら、計画の着実な推進を図ります。']],
  ['平成30年度施策評価 【年度終了後】', ['※各部局における「平成29年度施策実行プラン(施策実施計画)」の進捗状況と評価', '進捗状況 :「B 概ね期待どおり」', KAKOGAWA_ACTIVITY]],
);
// nagano-shisaku-2014 【4.総合評価】: each 観点 is a subsection holding its question and its answer.
const NAGANO_TEKIOSEI =
  '関係機関、団体及び学識経験者で構成する第二次長野市地域福祉計画推進委員会において、第二次長野市地域福祉計画の中間評価を行い、計画の進捗状況の確認や課題の把握に努めた。ここで把握した支え合い活動の担い手の確保や様々な担い手が連携できる仕組みづくりといった課題は、次期計画においてその解消を図る。';
const NAGANO = withSubsections('【4.総合評価】', [
  ['事業の成果等', ['施策を構成する事務事業は目標を達成しているか', '全ての事務事業において、概ね順調に事業を展開している。']],
  ['適応性', ['市民ニーズや社会経済状況の変化に柔軟に対応しているか', NAGANO_TEKIOSEI]],
  ['達成度', ['施策の目標達成に向けて順調に進んでいるか', '地域福祉活動計画策定地区数、地域福祉ワーカー設置地区数ともに目標値に向けて順調に増加している。']],
  ['25年度の取組内容 実績', ['全32地区の住民自治協議会を訪問し、取組状況や課題の把握を行った。', 'また、計画の策定や見直しを行っている地区には計画づくりや見直しに対する支援を行った。']],
  ['総合評価', ['(目標値に向けて)', '概ね順調']],
]);

ruleTester(rule, {
  valid: [
    // nagano 達成度: the indicators and 「目標値に向けて…増加している」 are a result.
    { name: 'an evaluation with a change of its indicators (nagano 達成度)', plan: withSubsections('【4.総合評価】', [['達成度', ['施策の目標達成に向けて順調に進んでいるか', '地域福祉活動計画策定地区数、地域福祉ワーカー設置地区数ともに目標値に向けて順調に増加している。']]]) },
    // nagano 「25年度の取組内容 実績」 under 【4.総合評価】: the record of work lists activities by design.
    { name: 'a record of work under an evaluation heading (取組内容 実績)', plan: withSubsections('【4.総合評価】', [['25年度の取組内容 実績', ['計画の策定や見直しを行っている地区には計画づくりや見直しに対する支援を行った。']]]) },
    { name: 'what comes next under an evaluation heading (改善策, 今後の方向性, 委員の意見)', plan: withSubsections('施策評価', [['改善策', ['相談体制の強化を図る。']], ['今後の方向性', ['関係機関との連携を進める。']], ['委員の意見', ['周知に努められたい。']]]) },
    { name: '効率 is not a rate: but the figure clears it', plan: sections(['施策評価', ['効率的に事業を実施し、参加者は延べ80人となった。']]) },
    // nagano 総合評価 「(目標値に向けて)」「概ね順調」 and kakogawa 「進捗状況 :「B 概ね期待どおり」」: a grade alone is left to other rules.
    { name: 'a grade alone (概ね順調), no activity', plan: withSubsections('【4.総合評価】', [['総合評価', ['(目標値に向けて)', '概ね順調']]]) },
    // kakogawa sections[0]: the year's plan (【年度当初】), not an evaluation.
    { name: "the year's plan, not an evaluation (kakogawa 施策実行プラン)", plan: sections(['平成29年度施策実行プラン(施策実施計画) 【年度当初】', ['●計画の着実な推進を図ります。']]) },
    // fukuoka-shinchoku-2019 「1 評価の考え方」「3 評価方法」: how the evaluation is made.
    { name: 'how evaluations are made (評価方法, 評価の考え方)', plan: sections(['3 評価方法', ['本計画の体系に沿って、評価Ⅰ及び評価Ⅱを実施する。']], ['1 評価の考え方(計画に記載している事項)', ['各施策の進捗状況を把握・分析・評価し、新たな課題の解決を図る。']]) },
    // fukuoka-hokenfukushi-2017 「1.成果指標の位置づけ」 and a heading naming indicators.
    { name: 'a heading naming indicators (成果指標, 評価指標)', plan: sections(['1.成果指標の位置づけ', ['上位概念を設定し、データ等を紐付け分析していきます。']], ['評価指標', ['関係機関と連携した取組を進めました。']]) },
    { name: 'activities and a figure: 前年度より 12 件増加', plan: sections(['施策評価', ['相談窓口の周知を進めました。', '相談件数は前年度より12件増加した。']]) },
    { name: 'a figure in the same sentence (延べ375人)', plan: sections(['施策評価', ['調整員の養成を進め、調整員は延べ375人となった。']]) },
    { name: 'a result that is not met still states a result', plan: sections(['施策評価', ['講座を開催したが、目標を達成できなかった。']]) },
    { name: 'naming the indicator it evaluates', plan: planText({ top: "sections: [{ heading: '施策評価', paragraphs: ['満足している市民の割合を高めるため、講座を実施しました。'] }],", goals: goal([indicator({ name: "'ボランティア登録者数'" })]) }) },
    { name: 'naming a plan indicator by its name, no result word', plan: planText({ top: "sections: [{ heading: '施策評価', paragraphs: ['ボランティア登録者数を伸ばす講座を開催した。'] }],", goals: goal([indicator({ name: "'ボランティア登録者数'" })]) }) },
    { name: '計画どおり: compared with the plan', plan: sections(['事業評価', ['計画どおり実施した。']]) },
    { name: 'a result word (向上) beside years and ordinals', plan: sections(['令和6年度 評価', ['第2期計画に基づき、令和6年12月に研修会を開催し、参加者の理解度が向上した。']]) },
    { name: 'a caption and a question alone', plan: sections(['施策評価', ['※各部局における進捗状況と評価を実施した。', '目標を達成しているか']]) },
    // 札幌 progress/2024.ts: 「進捗・取組状況」 reports the work of the year under way, not its evaluation.
    { name: 'a progress narrative headed 進捗・取組状況 (sapporo)', progress: progressText('', 2025, "narratives: [{ node: 'g1', heading: '進捗・取組状況', items: ['チラシを各機関に配布し、広く周知を行っている。'] }],") },
    { name: '進捗状況 beside 取組: a record of work', progress: progressText('', 2025, "narratives: [{ node: 'g1', heading: '取組の進捗状況', items: ['研修会を開催した。'] }],") },
    // volunteer-yakusoku-37 ③平成26年度の取り組み結果: activities without a figure, which progress-without-actual reports.
    { name: 'a narrative headed 取り組み結果 (a record of work; progress-without-actual judges its figure)', progress: progressText('', 2025, "narratives: [{ node: 'g1', heading: '③平成26年度の取り組み結果 [内容]', items: ['ボランティア講座の実施など、継続的な支援を行いました。'] }],") },
    // sagamihara-kaizen-2015 総合評価: the grades of the 1次 and 2次 evaluation, no sentence.
    { name: 'a narrative 総合評価 of grades only (sagamihara)', progress: progressText('', 2025, "narratives: [{ node: 'g1', heading: '総合評価', items: ['1次評価(所管局による自己評価) B', '2次評価(総合計画審議会による外部評価) B'] }],") },
    {
      name: "an initiative's sheet: whether it was carried out is its result",
      plan: withInitiative,
      progress: progressText('', 2025, "sheets: [{ node: 'i1', heading: '事務事業評価', evaluations: [{ scale: 's', grade: 'A', reason: '出前講座を実施した。', by: '担当課' }] }],"),
    },
    {
      name: 'a grade reason with the figure',
      plan: planText({ top: GRADING }),
      progress: progressText('', 2025, "grades: [{ target: 'g1', scale: 's', grade: 'B', reason: '講座を開催し、参加者は延べ120人となった。' }],"),
    },
    { name: 'a summary with a comparison', progress: progressText('', 2025, "summary: { heading: '総括', paragraphs: ['見守り活動を進め、協力員の数は前年度を上回った。'] },") },
    // A real 施策評価 comment (平成26年度 個別施策評価シート, 文教厚生委員会): a count and a judgement.
    { name: 'a count of the work and a judgement of what falls short', plan: sections(['個別施策評価 判断理由・評価コメント', ['11の対象事業を実施しており、評価できる点もあるが、地域デビューの機会のない高齢者を地域社会へ参画させること等については不十分であり、まだまだ課題は多いため。']]) },
  ],
  invalid: [
    {
      name: 'kakogawa-shisaku-2018 施策評価【年度終了後】: activities only, under a B (K06)',
      plan: KAKOGAWA,
      errors: [
        {
          messageId: 'activitiesOnly',
          text: JSON.stringify(KAKOGAWA_ACTIVITY),
          data: { heading: '平成30年度施策評価 【年度終了後】', first: '「第3期加古川市地域福祉計画」に基づく施…' },
        },
      ],
    },
    {
      name: 'nagano-shisaku-2014 【4.総合評価】: 事業の成果等 (N02) and 適応性 (N01); 達成度, 実績 and 総合評価 are not reported',
      plan: NAGANO,
      errors: [
        { messageId: 'activitiesOnly', text: '"全ての事務事業において、概ね順調に事業を展開している。"', data: { heading: '事業の成果等', first: '全ての事務事業において、概ね順調に事業を…' } },
        { messageId: 'activitiesOnly', text: JSON.stringify(NAGANO_TEKIOSEI), data: { heading: '適応性', first: '関係機関、団体及び学識経験者で構成する第…' } },
      ],
    },
    {
      name: 'the same under the publish profile: info (a reading of words, never blocking)',
      plan: sections(['施策評価', ['関係機関と連携し、相談体制の強化を図った。']]),
      settings: { profile: 'publish' },
      errors: [{ messageId: 'activitiesOnly', text: '"関係機関と連携し、相談体制の強化を図った。"', severity: 'info', data: { heading: '施策評価', first: '関係機関と連携し、相談体制の強化を図った…' } }],
    },
    {
      name: 'deferring to the next plan (図る) under 振り返り',
      plan: planText({ top: "sections: [{ heading: '第1期計画の取組', kind: '振り返り', paragraphs: ['課題は、次期計画において解消を図る。'] }]," }),
      errors: [{ messageId: 'activitiesOnly', text: "'課題は、次期計画において解消を図る。'", data: { heading: '第1期計画の取組', first: '課題は、次期計画において解消を図る。' } }],
    },
    {
      name: 'years, dates, ordinals and list numbers are not figures (令和6年度, 12月, 第2期, 1.)',
      plan: sections(['令和6年度 評価', ['1. 第2期計画に基づき、令和6年12月に研修会を開催した。']]),
      errors: [{ messageId: 'activitiesOnly', text: '"1. 第2期計画に基づき、令和6年12月に研修会を開催した。"', data: { heading: '令和6年度 評価', first: '1. 第2期計画に基づき、令和6年12月…' } }],
    },
    {
      name: 'a result word that names an aim is not a result (増加に向けて, 向上を図った, 目標達成のため)',
      plan: sections(['施策評価', ['参加者の増加に向けて講座を開催し、理解の向上を図った。', '目標達成のため、事業を展開した。']]),
      errors: [{ messageId: 'activitiesOnly', text: '"参加者の増加に向けて講座を開催し、理解の向上を図った。"', data: { heading: '施策評価', first: '参加者の増加に向けて講座を開催し、理解の…' } }],
    },
    {
      name: '効率 is not a rate (効率的に実施した)',
      plan: sections(['事業の成果', ['効率的に事業を実施した。']]),
      errors: [{ messageId: 'activitiesOnly', text: '"効率的に事業を実施した。"', data: { heading: '事業の成果', first: '効率的に事業を実施した。' } }],
    },
    {
      name: '取り組んだ, 取り組んでいる (だ, で after ん)',
      plan: sections(['施策評価', ['地域の見守りに取り組んだ。']], ['総括', ['関係機関と取り組んでいる。']]),
      errors: [
        { messageId: 'activitiesOnly', text: '"地域の見守りに取り組んだ。"', data: { heading: '施策評価', first: '地域の見守りに取り組んだ。' } },
        { messageId: 'activitiesOnly', text: '"関係機関と取り組んでいる。"', data: { heading: '総括', first: '関係機関と取り組んでいる。' } },
      ],
    },
    {
      name: "an evaluation of a 体制 is an evaluation; the evaluation's own 体制 is not (推進・評価体制)",
      plan: sections(['相談支援体制の評価', ['相談窓口の強化を進めました。']], ['計画の推進・評価体制', ['推進委員会において進捗を確認する。']]),
      errors: [{ messageId: 'activitiesOnly', text: '"相談窓口の強化を進めました。"', data: { heading: '相談支援体制の評価', first: '相談窓口の強化を進めました。' } }],
    },
    {
      name: "a goal's own evaluation section",
      plan: planText({ goals: goal([indicator()], "sections: [{ heading: '施策の評価', paragraphs: ['見守り活動を推進しました。'] }],") }),
      errors: [{ messageId: 'activitiesOnly', text: "'見守り活動を推進しました。'", data: { heading: '施策の評価', first: '見守り活動を推進しました。' } }],
    },
    {
      name: "an evaluation's reason on a goal's sheet",
      plan: planText({ top: GRADING }),
      progress: progressText('', 2025, "sheets: [{ node: 'g1', heading: '施策評価シート', evaluations: [{ scale: 's', grade: 'B', reason: '関係機関と連携した取組を進めました。', by: '一次評価' }] }],"),
      errors: [{ messageId: 'activitiesOnly', in: 'progress', text: "'関係機関と連携した取組を進めました。'", data: { heading: '施策評価シート（一次評価）の理由', first: '関係機関と連携した取組を進めました。' } }],
    },
    {
      name: "a grade's reason",
      plan: planText({ top: GRADING }),
      progress: progressText('', 2025, "grades: [{ target: 'ind-a', scale: 's', grade: 'B', reason: '出前講座を開催した。' }],"),
      errors: [{ messageId: 'activitiesOnly', in: 'progress', text: "'出前講座を開催した。'", data: { heading: '評価 B の理由', first: '出前講座を開催した。' } }],
    },
    {
      name: 'a progress narrative headed 進捗状況 alone',
      progress: progressText('', 2025, "narratives: [{ node: 'g1', heading: '進捗状況', items: ['関係機関との連携を進めています。'] }],"),
      errors: [{ messageId: 'activitiesOnly', in: 'progress', text: "'関係機関との連携を進めています。'", data: { heading: '進捗状況', first: '関係機関との連携を進めています。' } }],
    },
    {
      name: 'a summary (総括) of activities',
      progress: progressText('', 2025, "summary: { heading: '総括', paragraphs: ['各施策を着実に推進しています。'] },"),
      errors: [{ messageId: 'activitiesOnly', in: 'progress', text: "'各施策を着実に推進しています。'", data: { heading: '総括', first: '各施策を着実に推進しています。' } }],
    },
    {
      name: 'a progress narrative headed 評価',
      progress: progressText('', 2025, "narratives: [{ node: 'g1', heading: '担当課の評価', items: ['研修会を開催し、周知に努めた。'] }],"),
      errors: [{ messageId: 'activitiesOnly', in: 'progress', text: "'研修会を開催し、周知に努めた。'", data: { heading: '担当課の評価', first: '研修会を開催し、周知に努めた。' } }],
    },
  ],
});
