/**
 * 小樽市地域福祉計画（令和3年度〜令和5年度）
 * Source: seeds/003_3cef43750deded89.txt — the opening chapter of the plan
 * (趣旨 / 位置づけ / 計画期間 / 推進体制). The period has ended (FY2021–FY2023).
 *
 * Reading notes:
 * - The extracted text keeps no chapter or section headings except
 *   「(1)計画の周知・啓発」 and 「(2)計画の進行管理と評価」; the comments below
 *   name each section by the brief's label and quote the passage's opening words.
 * - The excerpt prints no 基本理念, no 基本目標 and no indicators. The 取組 are
 *   「第４章に記載」, outside the excerpt: `goals: []`, philosophy notStated().
 * - The two charts (計画の位置づけ and the 計画期間 chart R1〜R10) lost their
 *   layout in extraction. Plan names are read from them; an edition (期) is
 *   recorded only where the text itself ties it to one plan, and no period of
 *   a related plan is read from the bars (their positions are lost).
 */
import { definePlan, notStated, reiwa } from '@keikaku/schema';

export default definePlan({
  id: 'otaru',
  municipality: { name: '小樽市', code: '012033', prefecture: '北海道' },
  title: '小樽市地域福祉計画',
  // The excerpt never writes 「第N期」 for this plan. In the 計画期間 chart the
  // fragments 「第１期」 (after 「小樽市地域福祉活動計画」) and 「第２期」「第１期」
  // (the chart's last two lines) float free of any row: they may belong to this
  // plan or to the 地域福祉活動計画, so neither is recorded.
  edition: notStated(
    '抜粋は本計画の第N期を明記していない。計画期間の図に「第１期」「第２期」の文字があるが、抽出テキストでは小樽市地域福祉計画・小樽市地域福祉活動計画のどちらの行か読めない',
  ),
  // 計画期間 (seeds/003 「本計画は、令和 3 年度から令和 5 年度までの 3 年間を計画期間とします。」)
  period: {
    start: reiwa(3),
    end: reiwa(5),
    note: '令和 3 年度から令和 5 年度までの 3 年間を計画期間とします。（なお、次期以降の計画については、小樽市総合計画との調和を図る観点から計画期間を 5 年間とします。）',
  },
  // 計画の位置づけ (seeds/003 「本計画は、「小樽市総合計画」を上位計画とし、社会福祉法第 107 条に基づく市町村地域福祉計画です。」)
  legalBasis: ['社会福祉法第107条'],
  // 計画の位置づけ (seeds/003 「なお、本計画は、成年後見制度※の利用の促進に関する法律に基づき市町村が定める計画及び
  // 再犯の防止等の推進に関する法律に基づき市町村が定める地方再犯防止推進計画を包含するものです。」)
  // Titles as the 位置づけ chart prints them: 「（成年後見制度の利用の促進に関する法律に基づく市町村計画・地方再犯防止推進計画を包含）」.
  encompasses: [
    {
      id: 'seinen-kouken',
      kind: '成年後見制度利用促進計画',
      law: '成年後見制度の利用の促進に関する法律',
      title: '成年後見制度の利用の促進に関する法律に基づく市町村計画',
      note: '原典（抜粋）は法律名のみで条番号を記載していない。本文は「成年後見制度※の利用の促進に関する法律に基づき市町村が定める計画」（※の注記は抜粋に含まれない）。',
    },
    {
      id: 'saihan-boushi',
      kind: '地方再犯防止推進計画',
      law: '再犯の防止等の推進に関する法律',
      title: '地方再犯防止推進計画',
      note: '原典（抜粋）は法律名のみで条番号を記載していない。本文は「再犯の防止等の推進に関する法律に基づき市町村が定める地方再犯防止推進計画」。',
    },
  ],
  // 趣旨 (「本計画を社会福祉協議会が策定する「地域福祉活動計画」と一体的に策定します。」) and
  // 計画の位置づけ (「「小樽市地域福祉活動計画」は、「小樽市地域福祉計画」と一体的に策定することにより…」).
  // No edition: see `edition` above for the unattributable 「第１期」「第２期」.
  jointPlan: { body: '小樽市社会福祉協議会', title: '小樽市地域福祉活動計画', integrated: true },
  // 計画の位置づけ: the paragraph 「本計画は、「小樽市総合計画」を上位計画とし…」 and the chart below it,
  // plus the 計画期間 chart (columns R1〜R10 / 2019〜2028). Titles are taken from the 計画期間 chart,
  // where they print whole with 「小樽市」; in the 位置づけ chart the vertical text is garbled
  // (「小樽市障 福 計画・ 児福祉計画」) and 高齢者保健福祉計画・介護保険事業計画 and
  // 障害福祉計画・障害児福祉計画 share one box each. The chart's 「その他関連計画」 box names no plan.
  relatedPlans: [
    {
      title: '小樽市総合計画',
      relation: '上位計画',
      // The extracted line 「小樽市総合計画 第７次」 prints the edition beside the name.
      editions: [
        {
          edition: '第７次',
          period: notStated('計画期間の図の行「小樽市総合計画 第７次」。バーの位置が抽出で失われ、期間は読めない'),
        },
      ],
    },
    {
      title: '小樽市高齢者保健福祉計画',
      relation: '個別計画',
      // 計画期間の図の「第８期 第９期」「第８期」「第１０期」は、どの行（高齢者保健福祉計画・介護保険事業計画・障害福祉計画）のものか抽出テキストから読めないため期を記録しない。
      note: '福祉各分野の個別計画。本計画はその上位計画として位置付けられる。',
    },
    {
      title: '小樽市介護保険事業計画',
      relation: '個別計画',
      // 計画期間の図の「第８期 第９期」「第８期」「第１０期」は、どの行のものか抽出テキストから読めないため期を記録しない。
      note: '福祉各分野の個別計画。本計画はその上位計画として位置付けられる。',
    },
    {
      title: '小樽市障害者計画',
      relation: '個別計画',
      // 計画期間の図に「第４期第３期」と続けて抽出された断片があるが、行も順序も読めないため期を記録しない。
      note: '福祉各分野の個別計画。本計画はその上位計画として位置付けられる。',
    },
    {
      title: '小樽市障害福祉計画',
      relation: '個別計画',
      // 計画期間の図の「第６期」「第７期」「第８期」は行から離れて抽出され（「第８期」は高齢者保健福祉計画・介護保険事業計画の行にも現れうる）、期を記録しない。
      note: '福祉各分野の個別計画。本計画はその上位計画として位置付けられる。',
    },
    {
      title: '小樽市障害児福祉計画',
      relation: '個別計画',
      // 「（児）」 ties these labels to the 障害児福祉計画 even though they float free of the row;
      // their order in the extraction (第４期（児）, 第２期（児）, 第３期（児）) is not the chart's order.
      editions: [
        { edition: '第２期（児）', period: notStated('計画期間の図の断片「第２期（児）」。バーの位置が抽出で失われ、期間は読めない') },
        { edition: '第３期（児）', period: notStated('計画期間の図の断片「第３期（児）」。バーの位置が抽出で失われ、期間は読めない') },
        { edition: '第４期（児）', period: notStated('計画期間の図の断片「第４期（児）」。バーの位置が抽出で失われ、期間は読めない') },
      ],
      note: '福祉各分野の個別計画。本計画はその上位計画として位置付けられる。',
    },
    {
      title: '小樽市子ども・子育て支援事業計画',
      relation: '個別計画',
      // The extracted line 「小樽市子ども・子育て支援事業計画 第２期 第３期」 prints the editions beside the name.
      editions: [
        { edition: '第２期', period: notStated('計画期間の図の行「小樽市子ども・子育て支援事業計画 第２期 第３期」。バーの位置が抽出で失われ、期間は読めない') },
        { edition: '第３期', period: notStated('計画期間の図の行「小樽市子ども・子育て支援事業計画 第２期 第３期」。バーの位置が抽出で失われ、期間は読めない') },
      ],
      note: '福祉各分野の個別計画。本計画はその上位計画として位置付けられる。',
    },
    {
      title: '小樽市地域防災計画',
      relation: '関連計画',
      note: '計画の位置づけの図に掲載。本文は「防災、観光など幅広い他の分野別計画とも連携を図っていきます」。',
    },
    { title: '小樽市観光基本計画', relation: '関連計画', note: '計画の位置づけの図に掲載。' },
    { title: '小樽市空家等対策計画', relation: '関連計画', note: '計画の位置づけの図に掲載。' },
    { title: '小樽市雪対策基本計画', relation: '関連計画', note: '計画の位置づけの図に掲載。' },
  ],
  // The excerpt prints no 基本理念 (the 位置づけ paragraph only says the plan makes 「共通する理念」 clear).
  philosophy: notStated('抜粋（趣旨・位置づけ・計画期間・推進体制）は基本理念を掲載していない'),
  // 推進体制: 「(2)計画の進行管理と評価 ～小樽市地域福祉計画推進委員会の設置～」 and 「(1)計画の周知・啓発」.
  evaluation: {
    committee: '小樽市地域福祉計画推進委員会',
    cycle: 'PDCAサイクル',
    // 「なお、少なくとも 1 年に 1 回は取組に対する実績を把握し、分析等を行うこととします。」
    frequency: { count: 1, per: '年', atLeast: true },
    citizenInput: 'しあわせな地域づくりワークショップ',
    notes: [
      // (1)計画の周知・啓発
      '(1)計画の周知・啓発: 地域福祉を推進するためには、市民をはじめ、事業者、社会福祉協議会や市が、その方向性について共通認識を持つことが必要不可欠です。',
      '(1)計画の周知・啓発: そのため、広報おたるや市ホームページなど様々な媒体により、また、様々な機会を通して本計画の周知・啓発を行います。',
      // (2)計画の進行管理と評価
      '(2)計画の進行管理と評価: 本計画に基づく取組（第４章に記載）を効果的かつ継続的に推進していくため、小樽市及び小樽市社会福祉協議会において PDCA サイクルによる進行管理を行います。',
      '(2)計画の進行管理と評価: また、本計画は地域に関わる全ての人々の主体的な参加や協働のもとに推進していくべきものであることから、定期的に市民の意見を聴く場を設け、計画の達成度を評価し、必要に応じ計画を見直すことが必要です。',
      '(2)計画の進行管理と評価: 市民の意見を聴く場として「しあわせな地域づくりワークショップ」を開催し、当該ワークショップで得た計画に対する様々な意見を踏まえて、市民、学識経験者、市内の福祉関連事業者の代表者など多様な立場の方で構成する「小樽市地域福祉計画推進委員会」により、各取組の分析、評価や見直すべき内容について意見交換を行い、計画の改善や見直しにつなげます。',
      // 計画期間 (「また、変化する社会情勢や…」)
      '計画期間: また、変化する社会情勢や関連する他の個別計画との整合を図るため、必要に応じて計画の見直しを行います。',
    ],
  },
  // The excerpt prints no hierarchy of goals, so it names no levels. 「取組」 is the
  // excerpt's own word (「本計画に基づく取組（第４章に記載）」).
  terms: {
    goal: notStated('抜粋に目標の階層の記載なし'),
    policy: notStated('抜粋に施策の階層の記載なし'),
    initiative: '取組',
  },
  // No 基本目標 or indicators in the excerpt (the 取組 are in 第４章, not excerpted). Not invented.
  goals: [],
  // 趣旨 and the 「地域福祉」とは box, as printed (seeds/003, page 2). The extraction keeps no heading for
  // either: the headings below are the encoder's, written { read } (the report prints the words only).
  sections: [
    {
      heading: { read: '計画策定の趣旨', note: '見出しは抽出テキストに無い。本文（「地域福祉計画」を策定する理由）の内容から付けた' },
      kind: '趣旨',
      paragraphs: [
        '小樽市では、これまで「高齢者保健福祉計画」、「介護保険事業計画」、「障害者計画」、「障害福祉計画」、「障害児福祉計画」、「子ども・子育て支援事業計画」など個別計画に基づき、福祉施策を推進してきました。',
        'しかし、近年、社会的孤立や生活困窮など、支援を必要とする住民が抱える「地域生活課題」は複雑化・多様化し、複数の分野にまたがった横断的な対応が必要となっています。',
        'このような課題への対応に向け、国は「地域共生社会」の実現を目指すという方針を掲げ、平成 30 年４月に社会福祉法を改正しました。',
        '「地域共生社会」とは、制度・分野ごとの「縦割り」や「支え手」「受け手」という関係を超えて、地域住民や地域の多様な主体が「我が事」として参画し、人と人、人と資源が世代や分野を超えて「丸ごと」つながることで住民一人ひとりの暮らしと生きがい、地域をともに創っていく社会のことです。',
        '社会福祉法では、「地域生活課題」の解決を図るために、地域のつながりを再構築し、子どもから高齢者まで性別や年齢、障がいの有無にかかわらず、全ての人々が住み慣れた地域で助け合い、支え合いながら安心して暮らせる地域づくりを進めることを地域住民、社会福祉を目的とする事業を経営する者及び社会福祉に関する活動を行う者（以下「地域住民等」といいます）に求めています。',
        'そこで、小樽市では、今後の市における地域福祉の方向性を位置付け、地域共生社会を実現するための指針となる「地域福祉計画」を策定します。',
        'なお、地域福祉の推進には社会福祉協議会との連携が必要不可欠であることから、本計画を社会福祉協議会が策定する「地域福祉活動計画」と一体的に策定します。',
      ],
    },
    {
      heading: { read: '「地域福祉」とは', note: '囲み記事。見出しは抽出テキストに無い。囲み記事の冒頭の語から付けた' },
      kind: 'その他',
      paragraphs: [
        '「地域福祉」とは簡単に言うと「誰もが幸せに暮らすことができる地域をつくること」です。',
        '社会福祉法では、地域住民等に対し、地域福祉の推進に当たって、福祉サービスを必要とする地域住民やその世帯が抱える福祉、介護、介護予防、保健医療、住まい、就労及び教育に関する課題、地域社会からの孤立、その他各般の課題を把握し、その解決を図るように求めるという主旨の記述があります。',
        '記述にもあるとおり、地域生活の課題は実に様々で本人の努力や工夫だけでは解決できないこともありますし、一人ひとりの課題全てに支援や行政サービスが行き渡ることは困難です。',
        'そのため、こうした課題を解決するためには地域の中でお互いに声を掛け合い、みんなで助け合いながら支え合って暮らしていくことが大切です。',
        '「誰もが幸せに暮らすことができる地域をつくる」ために、地域の皆さんや関係機関、行政など地域に関わる全ての者が協働して、支援を必要としている人を支えていく仕組みづくりが地域住民等に求められています。',
      ],
    },
  ],
  source: {
    file: 'seeds/003_3cef43750deded89.txt',
    title: '小樽市地域福祉計画',
    scope: '冒頭の章のみ（趣旨・計画の位置づけ・計画期間・推進体制）。基本理念・基本目標・取組（第４章）は含まない',
    beyondExcerpt: ['goals', 'indicators'],
  },
});
