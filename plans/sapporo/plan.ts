/**
 * 札幌市地域福祉社会計画 2024
 * Source: seeds/000_8f57658859220697.txt (「札幌市地域福祉社会計画 2024 の進捗について」).
 *
 * Reading notes:
 * - The indicator tables head their columns 基準(2022年) / 参考(2023年) / 目標(2029年),
 *   calendar-year wording, while the notes say 「数値は年度末時点のもの」. They are
 *   encoded as fiscal years 2022 / 2023 / 2029 and the printed heading kept in `printed`.
 * - The source prints no 第N期 edition and no evaluation committee: both notStated().
 * - Directions: the progress report prints no direction column; each `direction` is the encoder's
 *   reading of the indicator's name and figures, written `{ read: … }`.
 */
import { definePlan, fy, notStated } from '@keikaku/schema';

export default definePlan({
  id: 'sapporo',
  municipality: { name: '札幌市', code: '011002', prefecture: '北海道' },
  title: '札幌市地域福祉社会計画 2024',
  edition: notStated('原典に第N期の記載なし'),
  // 3 計画期間: 2024 年度(令和６年度)から 2029 年度(令和 11 年度)までの６年間
  period: { start: fy(2024), end: fy(2029), note: '６年間' },
  // 2 計画の位置づけ
  legalBasis: ['社会福祉法第107条'],
  encompasses: [],
  relatedPlans: [
    {
      title: '札幌市まちづくり戦略ビジョン',
      // The seed prints 「総合計画「札幌市まちづくり戦略ビジョン」の地域福祉分野の個別計画」; it never says 上位計画.
      relation: { read: '上位計画', note: '（符号化注）「総合計画「札幌市まちづくり戦略ビジョン」の地域福祉分野の個別計画」からの読み取り。原典は「上位計画」と印刷していない' },
      note: '総合計画。本計画はその地域福祉分野の個別計画',
    },
    { title: '保健福祉分野の各個別計画', relation: '個別計画', note: '地域福祉分野に係る個別施策を総合的・横断的に推進する' },
  ],
  // １ 計画策定の趣旨 (the plan's own framing text, as printed)
  sections: [
    {
      heading: '１ 計画策定の趣旨',
      kind: '趣旨',
      paragraphs: [
        '札幌市では幅広い市民の主体的参加と事業者や行政等の連携により、地域福祉に関連する取組を進め、「互いに関心を持ち、支え合い、つながり合って、みんなで創る安心して暮らし続けられるまち」の実現を目指す。',
      ],
      subsections: [
        {
          heading: '⑴ 国の動向',
          paragraphs: ['地域住民が相互に人格と個性を尊重し合いながら、参加し、共生する「地域共生社会」を掲げて自治体の取組を推進している。'],
        },
        {
          heading: '⑵ 札幌市における現状と課題 ① 社会情勢や暮らしの変化により生じる課題',
          paragraphs: [
            '少子高齢化の更なる進行、障がい者の増加 ⇒ 地域で支援を必要とする世帯の増加',
            '単独世帯の増加、近隣関係の希薄化 ⇒ 社会的に孤立した世帯の増加',
          ],
        },
        {
          heading: '⑵ 札幌市における現状と課題 ② 地域生活を支える上での課題',
          paragraphs: [
            '地域福祉活動の認知度の低下 ⇒ 地域福祉活動の担い手の固定化・不足',
            '地域福祉課題の複雑化 ⇒ 複合的・制度の狭間的課題への包括的な支援の必要性',
          ],
        },
      ],
    },
  ],
  // 4 計画の体系と施策の展開 — 基本理念
  philosophy: {
    text: '互いに関心を持ち、支え合い、つながり合って、みんなで創る安心して暮らし続けられるまち',
    description: [
      '支える側・支えられる側に分かれることなく、それぞれが可能な範囲で役割を持って地域社会に参加するため、お互いに関心をもってつながり、支え合う「共生社会」の実現を目指していきます。',
    ],
  },
  evaluation: notStated('原典に推進委員会・評価の頻度の記載なし'),
  terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' },
  goals: [
    // 【基本目標Ⅰ】
    {
      id: 'g1',
      no: 'Ⅰ',
      title: '地域で安心して生活するための活動を支援し、環境を整備します',
      description: ['社会的孤立の防止や、複雑化する課題に対応するため、市民に支え合いの意識を醸成し、地域福祉活動への主体的参加を推進。'],
      policies: [
        // 施策１
        {
          id: 'p1',
          no: 1,
          title: '福祉のまち推進事業による地域福祉活動への支援',
          description: ['地域で困りごとを抱える人が漏れなく速やかに発見されるよう小地域での見守り活動を充実・拡大'],
          initiatives: [
            { id: 'p1-i1', title: '見守り活動や日常生活支援活動の推進' },
            { id: 'p1-i2', title: '課題調整の中核を担う活動者の育成' },
          ],
          indicators: [
            {
              id: 'mimamori-chiku-wariai',
              category: '成果指標',
              name: '見守り活動を実施・継続する地区の割合',
              unit: '%',
              measure: '年度末時点',
              direction: { read: 'increase' },
              baseline: { fy: fy(2022), value: 97.75, printed: '基準(2022年) 97.75％' },
              references: [{ fy: fy(2023), value: 98.9, printed: '参考(2023年) 98.9％' }],
              target: { fy: fy(2029), value: 100, printed: '目標(2029年) 100％' },
              notes: ['地区福祉のまち推進センターの基本的かつ重要な活動である見守り活動が全地区で実施・継続されるよう取組を進める。'],
            },
          ],
        },
        // 施策２
        {
          id: 'p2',
          no: 2,
          title: '住民等による地域福祉活動の推進',
          description: ['支える側、支えられる側と一律に分けることなく、それぞれが自分にできる活動に参加していくような意識醸成や多様な活動を推進'],
          initiatives: [
            { id: 'p2-i1', title: '多様な主体や方法による地域福祉活動の推進' },
            { id: 'p2-i2', title: 'ニーズや対象に合わせた学び・体験の充実など' },
          ],
          indicators: [
            {
              id: 'chiiki-katsudo-sanka-wariai',
              category: '成果指標',
              name: '地域活動に参加したことがある市民の割合',
              unit: '%',
              measure: '年度末時点',
              // No data source is printed for this indicator: the note below mentions 市民意識調査 as the
              // source of a finding, not of the figure, so `source` is left out.
              direction: { read: 'increase' },
              baseline: { fy: fy(2022), value: 39.6 },
              references: [{ fy: fy(2023), value: { missing: '―' } }],
              target: { fy: fy(2029), value: 50 },
              notes: [
                '市民意識調査において、地域活動に参加しない理由として、「情報がないから」と回答した人が多かった。多くの人に地域活動に参加してもらうため、多様な主体がそれぞれ可能な範囲で地域社会に参加できるよう、情報発信の強化に取り組む。',
              ],
            },
          ],
        },
        // 施策３
        {
          id: 'p3',
          no: 3,
          title: '支え合いながら地域で生活するための環境整備',
          description: ['市民や事業者、行政等が相互に協力し誰もが地域で安心して暮らし続けられる生活基盤の整備を進める。'],
          initiatives: [
            { id: 'p3-i1', title: '福祉のまちづくり条例に基づく各種事業の実施', markers: ['新規'] },
            { id: 'p3-i2', title: '災害医療体制の充実・強化', markers: ['レベルアップ'] },
          ],
          indicators: [
            {
              id: 'kokoro-bf-rikaido',
              category: '成果指標',
              name: '心のバリアフリーの理解度',
              unit: '%',
              measure: '年度末時点',
              direction: { read: 'increase' },
              baseline: { fy: fy(2022), value: 26.6 },
              references: [{ fy: fy(2023), value: 32.3 }],
              target: { fy: fy(2029), value: 60 },
              notes: [
                '互いに人格と個性を尊重し支え合う共生社会の実現に向け、障がいのある方を含め誰もが快適に暮らせる福祉のまちづくりを進め、心のバリアフリーや合理的配慮等の普及啓発を行う。',
              ],
            },
            {
              id: 'kobetsu-hinan-hatarakikake',
              category: '成果指標',
              name: '個別避難計画作成の対象者に対して働きかけを行った割合',
              unit: '%',
              measure: '年度末時点',
              direction: { read: 'increase' },
              baseline: { fy: fy(2022), value: { missing: '―' } },
              references: [{ fy: fy(2023), value: 1, printed: '１％' }],
              target: { fy: fy(2029), value: 100 },
              notes: [
                '災害時のリスクが特に高いと考えられ、同意が得られた方から計画を作成する。対象者全員に計画作成についての働きかけを行うことを目指す。',
              ],
            },
          ],
        },
      ],
    },
    // 【基本目標Ⅱ】
    {
      id: 'g2',
      no: 'Ⅱ',
      title: '地域の困りごとに寄り添う相談・支援体制を整えていきます',
      description: ['住民組織等での対応が難しい課題の解決が図られるよう、行政・専門機関による相談支援体制を整備。'],
      policies: [
        // 施策４
        {
          id: 'p4',
          no: 4,
          title: '地域で生活するためのサービスや相談体制の充実',
          description: [
            'きめ細かい相談支援を受けられるよう体制を充実させ、わかりやすい情報発信を行う。また、福祉サービスが利用者に適切に提供されるよう、各専門職の人員確保や資質向上、事業所の情報提供に努める。',
          ],
          initiatives: [
            { id: 'p4-i1', title: '相談支援機関の充実' },
            // printed with a trailing 「、」: 「新規 区子ども家庭支援体制強化、」 — kept as printed (a defect for lint)
            { id: 'p4-i2', title: '区子ども家庭支援体制強化、', markers: ['新規'] },
            {
              id: 'p4-i3',
              // As printed: one レベルアップ line listing several projects; 「引きこもり対策推進事業福祉除雪事業」 lacks a 「、」 in the source.
              title: '地域包括支援センターの機能強化事業、障がい者相談支援事業、自殺総合対策事業、引きこもり対策推進事業福祉除雪事業の実施',
              markers: ['レベルアップ'],
            },
          ],
          indicators: [
            {
              id: 'houkatsu-sentaku-wariai',
              category: '成果指標',
              name: '生活や健康・福祉の相談先として地域包括支援センターを選択する市民の割合',
              unit: '%',
              measure: '年度末時点',
              direction: { read: 'increase' },
              baseline: { fy: fy(2022), value: 12.1 },
              references: [{ fy: fy(2023), value: 12.4 }],
              target: { fy: fy(2029), value: 16 },
              notes: [
                '多様化・複雑化する高齢者の課題に対応するため、「地域包括支援センター機能強化事業」ではフレイル改善及び認知症支援を強化する専門職員の配置や、職員の処遇改善を実施。',
              ],
            },
            {
              id: 'shogai-kadai-kaiketsu',
              category: '成果指標',
              name: '障がい者相談支援事業所の相談者の課題解決件数',
              unit: '件',
              measure: '単年度',
              direction: { read: 'increase' },
              baseline: { fy: fy(2022), value: { missing: '―' } },
              references: [{ fy: fy(2023), value: 1824, printed: '1,824 件' }],
              target: { fy: fy(2029), value: 5640, printed: '5,640 件' },
              notes: [
                '相談員の人員体制強化や資質の向上を図り、適切なサービス利用や支援機関へつなげることにより、障害のある方やその家族の地域生活を支える。',
              ],
            },
          ],
        },
        // 施策５
        {
          id: 'p5',
          no: 5,
          title: '権利擁護支援のための成年後見制度等の利用促進',
          description: [
            '成年後見制度の更なる利用促進に向け、制度の普及啓発を進める。制度の利用が必要な人を速やかに利用につなげるために必要な支援を行う。',
          ],
          initiatives: [
            { id: 'p5-i1', title: '地域連携ネットワークづくりに向けた取組', markers: ['レベルアップ'] },
            { id: 'p5-i2', title: '後見人となる人材の確保・育成・支援', markers: ['レベルアップ'] },
          ],
          indicators: [
            {
              id: 'seinen-kouken-ninchido',
              category: '成果指標',
              name: '成年後見制度の市民の認知度（制度内容を知っている市民の割合）',
              unit: '%',
              measure: '年度末時点',
              direction: { read: 'increase' },
              baseline: { fy: fy(2022), value: 35.5 },
              references: [{ fy: fy(2023), value: 38.6 }],
              target: { fy: fy(2029), value: 50 },
              notes: ['市民の方の成年後見制度の認知度向上により、制度利用を必要としている方の早期発見及び速やかな利用につなげる。'],
            },
          ],
        },
        // 施策６
        {
          id: 'p6',
          no: 6,
          title: '生活困窮者への支援体制の充実',
          description: [
            '様々な支援機関や住民組織と連携を深め、生活困窮者が制度の狭間や地域の中で孤立することのないよう、早期発見の仕組みづくりや地域の中における支え合いの取組を推進します。',
          ],
          initiatives: [
            { id: 'p6-i1', title: '自立相談支援事業' },
            { id: 'p6-i2', title: '就労準備支援事業（就労ボランティア体験事業）・認定就労訓練事業' },
          ],
          indicators: [
            {
              id: 'shuro-zoshu-ninzu',
              category: '成果指標',
              name: '生活就労支援センター利用者のうち就労・増収となった人数',
              unit: '人',
              measure: '単年度',
              direction: { read: 'increase' },
              baseline: { fy: fy(2022), value: 502 },
              references: [{ fy: fy(2023), value: 439 }],
              target: { fy: fy(2029), value: 1300, printed: '1,300 人' },
              notes: [
                '生活就労支援センター（ステップ）を中心として、様々な支援機関等と連携しながら、生活に困窮する方の経済的自立に向けた就労支援などを実施し、就労・増収につながる人を増やしていく。',
              ],
            },
          ],
        },
      ],
    },
    // 【基本目標Ⅲ】
    {
      id: 'g3',
      no: 'Ⅲ',
      title: '様々な地域の困りごとにみんなで連携して対応します',
      description: [
        '地域福祉課題の多様化・複雑化や近隣関係の希薄化に対応するため、関係機関や事業者等の多様な主体の連携・協働や各地区福まち活動におけるノウハウや情報の共有を図る。',
      ],
      policies: [
        // 施策７
        {
          id: 'p7',
          no: 7,
          title: '地域福祉推進のための連携の取組',
          description: [
            '複合的な課題や制度の狭間等の課題を抱える世帯に対応するため、専門機関や住民組織の連携による包括的な支援体制の整備を推進します。',
          ],
          initiatives: [
            { id: 'p7-i1', title: '地域福祉における多様な主体の連携', markers: ['レベルアップ'] },
            { id: 'p7-i2', title: '複合的な福祉課題等を抱えた市民に対する支援体制の構築', markers: ['新規'] },
          ],
          indicators: [
            {
              id: 'shien-hoshin-kettei-wariai',
              category: '成果指標',
              name: '複合的な福祉課題等を抱える市民の支援方針が決まった割合（支援調整課で対応したもの）',
              unit: '%',
              measure: '年度末時点',
              direction: { read: 'maintain' },
              baseline: { fy: fy(2022), value: 100, note: 'モデル区での実施状況' },
              references: [{ fy: fy(2023), value: 100, note: 'モデル区での実施状況' }],
              target: { fy: fy(2029), value: 100 },
              notes: [
                '（※数値は年度末時点のもの、2022・2023 年はモデル区での実施状況）',
                '複合的な課題や制度の狭間の課題を抱えた世帯に対する、子ども、障がい、高齢者などの属性を問わない援体制の構築に向け、組織横断的に対応する取組や関係機関との連携体制の構築を推進。',
              ],
            },
          ],
        },
      ],
    },
  ],
  source: {
    file: 'seeds/000_8f57658859220697.txt',
    title: '札幌市地域福祉社会計画 2024 の進捗について',
    scope: '計画の概要（趣旨・位置づけ・期間・体系）と2024年度の進捗',
  },
});
