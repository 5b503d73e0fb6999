/**
 * 第5期旭川市地域福祉計画・第7期旭川市地域福祉活動計画（表題は二つの計画名を「・」でつないで印刷）
 * Source: seeds/001_d87fbc867d36e514.txt — 「第4章 目指す地域像・基本的な考え方に基づく取組」 only.
 *
 * Reading notes (the source is an excerpt; what it does not print is notStated(), never guessed):
 * - Structure: 目指す地域像 1–4 (goals) → 基本的な考え方 (1)–(3) (policies). Each 目指す地域像 has one
 *   成果目標; each 基本的な考え方 has a table 「市及び市社協が実施する取組の評価指標」 (owner in the
 *   first column; a blank first cell continues the owner of the row above) and, in its detailed
 *   section, the tables 「(4) 市及び市社協の主な施策や事業とその概要」 (<市> / <市社協> / <市・市社協>,
 *   printed <市の取組> / <市社協の取組> in 目指す地域像4), which become the initiatives.
 * - The summary of each 目指す地域像 (bullets, 成果目標, the 基本的な考え方 headings with their bullets
 *   and 評価指標) is printed first; the detailed sections (1) 背景 / (2) 共有すべきこと /
 *   (3) それぞれが取り組むべきこと / (4) 主な施策や事業 follow. The narrative (1) 背景 and (2) 共有すべきこと
 *   of the 11 基本的な考え方 is NOT encoded (listed in README.md as not encoded).
 *   (3) is held where the source text has it (基本的な考え方 2-(3), 3-3, 4-(2)) as a section (lead and
 *   補足) and `commitments` per actor; the figure's layout is lost in the text, so which bullets belong
 *   to which actor is the encoder's reading, marked in each commitment's note. Elsewhere only the
 *   heading survives in the text, and a node note says so.
 * - Directions: the tables print no direction column. Where the target is printed as ↗ the document
 *   states the direction ('increase'); everywhere else `direction` is the encoder's reading of the
 *   name and figures, written `{ read: … }`.
 * - Values are plain numbers in the indicator unit; `printed` keeps a cell whenever it had to be read
 *   (spaced digits such as 「1 2 5 件」, thousands separators, a trailing .0).
 * - Known defects kept on purpose (lint reports most of them, not all: it does not report
 *   「基本的な考え方3」; see test/corpus/seeds-defects.md): ↗ targets without a number, 【令和〇年度】
 *   baseline years, a target year equal to the baseline year (支援プランの作成件数), a 成果目標 with no
 *   target year, 「社会福祉法第に規定される」 (article number missing), 「本計画〇〇ページ」,
 *   「基本的な考え方3」 printed once without parentheses, and the same 自立サポートセンター count
 *   printed twice with different units (件 / 回).
 * - Text is copied as printed, including typos (「地域まると支援員」「親亡き後のを想定した」
 *   「情報を入手するあたり」) and full-width commas (，) in some cells. HTML tags that the text
 *   extraction left inside three 概要 cells (<ul>, <p>, a nested <table>) are not part of the printed
 *   text and are dropped; the words between them are kept in order.
 */
import { definePlan, notStated, reiwa, tbd } from '@keikaku/schema';

export default definePlan({
  id: 'asahikawa',
  municipality: { name: '旭川市', code: '012041', prefecture: '北海道' },
  title: '旭川市地域福祉計画',
  // The edition is printed in the indicator 「第5期旭川市地域福祉計画・第7期旭川市地域福祉活動計画の広報」.
  edition: '第5期',
  // Chapter 4 prints no 計画期間. It shows only the years of the indicator tables.
  period: notStated(
    '第4章の抜粋に計画期間の記載なし。評価指標・成果目標の現状値（＝基準値）は令和4年度・令和5年度、目標値は令和11年度（令和11年度末）と印刷されている。',
  ),
  // Chapter 4 does not cite 社会福祉法第107条 (社会福祉法 appears only for 支援会議 and 社会福祉法人).
  legalBasis: notStated('第4章の抜粋に計画の根拠法令の記載なし'),
  encompasses: [
    // 基本的な考え方(2) of 目指す地域像1, second-level bullet ※ (seed line 31)
    {
      id: 'seinen-kouken',
      kind: '成年後見制度利用促進計画',
      law: '成年後見制度の利用の促進に関する法律（平成 28 年法律第 29 号）',
      title: '成年後見制度利用促進法に基づく市町村計画',
      note: '※ 成年後見制度の利用の促進に関する法律（平成 28 年法律第 29 号，以下「成年後見制度利用促進法」と言います。）に規定される市町村計画を包含する内容を記載します。',
    },
    // 基本的な考え方(2) of 目指す地域像1, second-level bullet ※ (seed line 33)
    {
      id: 'saihan-boushi',
      kind: '地方再犯防止推進計画',
      law: '再犯の防止等の推進に関する法律（平成 28 年法律第 104 号）',
      title: '再犯防止推進法に基づく地方再犯防止推進計画',
      note: '※ 再犯の防止等の推進に関する法律（平成 28 年法律第 104 号，以下「再犯防止推進法」と言います。）に規定される地方再犯防止推進計画を包含する内容を記載します。',
    },
    // 基本的な考え方(3) of 目指す地域像3, bullet ※ (seed line 441). DEFECT KEPT: the source prints
    // 「社会福祉法第に規定される」 with the article number missing (the statute is 社会福祉法第106条の5).
    // `law` is the citation exactly as printed, truncated.
    {
      id: 'juso',
      kind: '重層的支援体制整備事業実施計画',
      law: '社会福祉法第',
      title: '重層的支援体制整備事業実施計画',
      // （符号化注：条番号が印刷されていない。本文の別箇所は社会福祉法第106条の4第2項を引用している。）
      note: '※ 社会福祉法第に規定される「重層的支援体制整備事業実施計画」を包含する内容を記載します。',
    },
  ],
  jointPlan: {
    body: '旭川市社会福祉協議会',
    title: '旭川市地域福祉活動計画',
    edition: '第7期',
    // The excerpt never says 一体的に策定 of the plan itself; it prints the two titles joined by 「・」.
    integrated: { read: true, note: '（符号化注）「第5期旭川市地域福祉計画・第7期旭川市地域福祉活動計画」と二つの計画名が一つの表題として印刷されていることからの読み取り' },
  },
  philosophy: notStated('第4章の抜粋に基本理念の記載なし（目指す地域像1〜4のみが印刷されている）'),
  evaluation: notStated(
    '第4章の抜粋に推進・評価体制の記載なし。各目指す地域像に成果目標、各基本的な考え方に「市及び市社協が実施する取組の評価指標」（現状値（＝基準値）と目標値、目標年度は主に令和11年度）が印刷されている。',
  ),
  terms: { goal: '目指す地域像', policy: '基本的な考え方', initiative: '施策・事業' },
  goals: [
    // seeds/001_d87fbc867d36e514.txt — 「目指す地域像 1 個性や多様性を互いに受け止め、その人らしく暮らすことができる地域」
    {
      id: 'v1',
      no: 1,
      title: '個性や多様性を互いに受け止め、その人らしく暮らすことができる地域',
      description: [
        '地域福祉や多様性について学ぶ機会を確保し、住民の積極的な参加を促進するとともに、誰もが地域への参加を可能にするための情報を入手できる環境整備や、コミュニケーションに不安を感じる人に対する支援を充実させます。',
        '誰もがその人らしく暮らすために、自分の大切な財産が保護され、適切な支援に基づく自らの意思決定が尊重されることの重要性を共有し、権利擁護に関する取組を進めます。',
        '社会的な孤立を防ぎ、刑務所出所者や保護観察を受けている人が地域の一員として定着する取組を行い、再犯の防止、そして犯罪のないまちの実現を目指します。',
      ],
      // 目指す地域像1 「成 果 目 標」
      indicators: [
        {
          id: 'kyosei-shinto-wariai',
          category: '成果目標',
          name: '身の回りで、障害などの有無にかかわらず、だれもが地域社会の中で一緒に生活するという考え方が「(少し)浸透している」と思っている市民の割合',
          unit: '%',
          direction: { read: 'increase' },
          baseline: { fy: reiwa(5), value: 20.4 },
          target: { fy: reiwa(11), value: 30, printed: '30.0%' },
        },
      ],
      policies: [
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像1 「基本的な考え方(1) 地域福祉や多様性について学び、互いに配慮し合う」
        // (評価指標: summary part; 施策・事業: detailed part 「(4) 市及び市社協の主な施策や事業とその概要」)
        {
          id: 'v1-k1',
          no: 1,
          title: '地域福祉や多様性について学び、互いに配慮し合う',
          // 「(3) それぞれが取り組むべきこと」: the heading is printed, but its contents (a figure) are not in the source text.
          // （符号化注）「(3) それぞれが取り組むべきこと」は見出しのみ原典のテキストにある（内容は図で、テキストに含まれない）。
          description: [
            '計画に基づく地域福祉の講座や、学校現場で福祉教育を行う場合の支援など、地域住民の福祉を『知る』機会の確保及び住民の積極的な参加を促進します。',
            '当事者の地域への参加を促すために、障害や疾病について多くの人が理解し、当事者の心身の状況に合わせた情報入手のサポートや、コミュニケーションに関する支援の担い手の育成等を推進します。',
          ],
          // 「市及び市社協が実施する取組の評価指標」
          indicators: [
            {
              id: 'keikaku-kouhou',
              category: '評価指標',
              name: '第5期旭川市地域福祉計画・第7期旭川市地域福祉活動計画の広報',
              unit: '回',
              direction: { read: 'increase' },
              owner: '市',
              baseline: { fy: reiwa(4), value: 3 },
              target: { fy: reiwa(11), value: 12 },
            },
            {
              id: 'fukushi-kyoiku',
              category: '評価指標',
              name: '児童、生徒、学生を対象とした普及啓発の取組 (福祉教育関係)',
              unit: '件',
              direction: { read: 'increase' },
              owner: '市社協',
              baseline: { fy: reiwa(4), value: 10 },
              target: { fy: reiwa(11), value: 20 },
            },
            {
              // first cell blank: continues 市社協
              id: 'shimin-fukyu-keihatsu',
              category: '評価指標',
              name: '市民を対象とした地域福祉や多様性についての普及啓発(セミナー等)',
              unit: '件',
              direction: { read: 'increase' },
              owner: '市社協',
              baseline: { fy: reiwa(4), value: 82 },
              target: { fy: reiwa(11), value: 90 },
            },
          ],
          // 「(4) 市及び市社協の主な施策や事業とその概要」 <市> / <市社協>
          initiatives: [
            {
              id: 'v1-k1-shi-1',
              title: '地域や福祉活動の広報・啓発',
              content:
                '本計画を題材として、地域における支え合いの重要性を啓発し、世代にかかわらず、多くの市民が地域活動や地域福祉活動に対する関心が高まるよう出前講座を実施します。',
              owner: '市',
            },
            {
              id: 'v1-k1-shi-2',
              title: '福祉に関する講座の開催や講師の派遣',
              content:
                '認知症や障がいに関する各種講座を実施します。なお、地域、事業者、学校など様々な団体からの依頼にもとづく出前講座を実施することで、身近な場所で福祉に触れる機会づくりに努めます。',
              owner: '市',
            },
            {
              id: 'v1-k1-shi-3',
              title: '情報の入手や意思疎通に係る支援者の育成',
              // 「情報を入手するあたり」 as printed
              content:
                '聴覚障がい者協力員養成講習や点訳奉仕員養成講習等、障害のある人が情報を入手するあたり必要なサポートを行う支援者の育成を行います。',
              owner: '市',
            },
            {
              id: 'v1-k1-shakyo-1',
              title: '旭川市社会福祉協議会ボランティアセンターにおける福祉教育の推進',
              content:
                '地域住民や福祉サービス利用者が担い手となる福祉教育の場づくりを行い、児童、生徒、学生が多様な価値観・ライフスタイルについて学ぶ機会とするほか、担い手側にとっても生きがいや社会参加につながるような双方向に効果のある福祉教育を推進します。',
              owner: '市社協',
            },
            {
              id: 'v1-k1-shakyo-2',
              title: '地域支えあいのまちづくりセミナー等の開催',
              content:
                '地域福祉について知る機会の確保と多様な関係者の主体的・積極的な参加を促すための講座やセミナーを開催します。全市的に参集するセミナーだけでなく、身近な地域で気軽に参加できるような集会、集まり、イベント等の機会も活用し地域福祉に係る情報を発信します。',
              owner: '市社協',
            },
          ],
        },
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像1 「基本的な考え方(2) 一人一人の権利が守られるとともに、犯罪のない地域をつくる」
        // Holds two encompassed plans, so the node itself carries no `encompassed`; its indicators and
        // initiatives are tagged by group. In the detailed part, the <成年後見制度利用促進法に基づく
        // 市町村計画 関係> section is printed straight after 基本的な考え方(1)'s tables, without a
        // 「基本的な考え方(2)」 heading; that heading appears only before the <再犯防止…> section.
        {
          id: 'v1-k2',
          no: 2,
          title: '一人一人の権利が守られるとともに、犯罪のない地域をつくる',
          // The ※ lines are printed as second-level bullets of this list, so they stay in it.
          description: [
            '(単身) 高齢者の伸びに伴い今後認知症高齢者の増加が見込まれ、知的・精神障害のある人についても増加傾向が見られています。このため、判断能力が十分ではない人の権利擁護に対する理解を広げ、成年後見制度その他支援事業の利用促進等を図ります。',
            '※ 成年後見制度の利用の促進に関する法律（平成 28 年法律第 29 号，以下「成年後見制度利用促進法」と言います。）に規定される市町村計画を包含する内容を記載します。',
            '犯罪や非行の防止と犯罪や非行をした人の更生について理解を深め、犯罪や非行のない安全で安心な地域を、ともに作っていくことが重要です。',
            '※ 再犯の防止等の推進に関する法律（平成 28 年法律第 104 号，以下「再犯防止推進法」と言います。）に規定される地方再犯防止推進計画を包含する内容を記載します。',
          ],
          notes: [
            // footnote under the <再犯防止…> <市社協> table of (4)
            '※ 上記2事業について、再犯防止推進法に基づく地方再犯防止推進計画に係る内容を抽出して記載',
            // footnote of (1) 背景 ① in the <再犯防止…> section
            '※ 前期計画では、再犯防止推進法に基づく地方再犯防止推進計画としての位置付けによらず、上記取組を実施してきました。',
            // 「(3) それぞれが取り組むべきこと」: the heading is printed, but its contents (a figure) are not in the source text.
            // （符号化注）「(3) それぞれが取り組むべきこと」は見出しのみ原典のテキストにある（内容は図で、テキストに含まれない）。
          ],
          // 「市及び市社協が実施する取組の評価指標」, two groups
          indicators: [
            // 【成年後見制度利用促進法に基づく市町村計画 関係】
            {
              id: 'kouken-center-taiou',
              category: '評価指標',
              name: '旭川成年後見支援センターの対応件数',
              // Name says 件数, the cells say 回: kept as printed.
              unit: '回',
              direction: { read: 'increase' },
              owner: '市',
              encompassed: 'seinen-kouken',
              baseline: { fy: reiwa(4), value: 1718, printed: '1,718 回' },
              target: { fy: reiwa(11), value: 1800, printed: '1,800 回' },
            },
            {
              id: 'kenri-yogo-ninaite',
              category: '評価指標',
              // 日自 = 日常生活自立支援事業 (abbreviation as printed)
              name: '権利擁護を支える担い手の育成・活用 (市民後見人及び日自の登録者数及び活動者数)',
              // Counts people (登録者数及び活動者数) but the cell prints 件: kept.
              unit: '件',
              direction: 'increase',
              owner: '市社協',
              encompassed: 'seinen-kouken',
              // 「1 2 5 件」: spaced digits read as 125 (not 1, 2, 5).
              baseline: { fy: reiwa(4), value: 125, printed: '1 2 5 件' },
              target: { fy: reiwa(11), value: { direction: '↗' } },
              // The footnote under the table speaks of 登録者数及び活動者数: this row.
              notes: ['※ 目標値は新規事業の登録者数及び活動者数を含む'],
            },
            {
              id: 'kenri-yogo-shien-taisei',
              category: '評価指標',
              name: '切れ目のない権利擁護支援体制の構築 (法人後見受任件数及び日自契約件数)',
              unit: '件',
              direction: 'increase',
              owner: '市社協',
              encompassed: 'seinen-kouken',
              // 「2 9 件」 read as 29.
              baseline: { fy: reiwa(4), value: 29, printed: '2 9 件' },
              target: { fy: reiwa(11), value: { direction: '↗' } },
            },
            // 【再犯防止推進法に基づく地方再犯防止推進計画 関係】
            {
              id: 'kousei-hogo-renkei',
              category: '評価指標',
              name: '地域の更生保護に携わる団体や更生保護関係機関と連携し、更生保護活動の広報や再犯防止に向けた取組の実施',
              // The target prints 「継続」: the document's own word for the direction (maintain).
              direction: 'maintain',
              owner: '市',
              encompassed: 'saihan-boushi',
              baseline: { fy: reiwa(4), value: { state: '実施' } },
              target: { fy: reiwa(11), value: { state: '継続' } },
            },
            {
              // Same measure as 'jiritsu-support-soudan' (目指す地域像3 基本的な考え方(2), owner 市):
              // both print 1,888 for 令和4年度, here in 件, there in 回. Both kept as printed.
              id: 'jiritsu-support-soudan-shakyo',
              category: '評価指標',
              name: '就労・住居の確保等を支援する相談支援体制強化(自立サポートセンター延べ相談件数)',
              unit: '件',
              measure: '延べ',
              // 相談件数: more is read as better (the document aims at a stronger 相談支援体制 and prints ↗).
              direction: 'increase',
              owner: '市社協',
              encompassed: 'saihan-boushi',
              // 「1, 8 8 8 件」 read as 1888.
              baseline: { fy: reiwa(4), value: 1888, printed: '1, 8 8 8 件' },
              target: { fy: reiwa(11), value: { direction: '↗' } },
              notes: ['※ 目標値は住宅要配慮者居住支援事業延べ相談件数を含む'],
            },
          ],
          initiatives: [
            // <成年後見制度利用促進法に基づく市町村計画 関係> (4) <市>
            {
              id: 'v1-k2-kouken-shi-1',
              group: '成年後見制度利用促進法に基づく市町村計画 関係',
              title: '旭川成年後見支援センターの運営',
              content:
                '成年後見制度に関わる主要業務（相談対応、普及啓発、市民後見人養成、申立等支援）を担うほか、各関係者団体との連携により権利擁護に関わる切れ目のない支援を行える体制の整備を進めます。',
              owner: '市',
              encompassed: 'seinen-kouken',
            },
            {
              id: 'v1-k2-kouken-shi-2',
              group: '成年後見制度利用促進法に基づく市町村計画 関係',
              title: '成年後見制度利用支援事業の実施',
              content:
                '成年後見制度の申立てを行う親族等がない方の市長による申立て手続、成年後見人等への報酬助成を行い、制度の利用を支援します。',
              owner: '市',
              encompassed: 'seinen-kouken',
            },
            // <成年後見制度利用促進法に基づく市町村計画 関係> (4) <市社協>
            {
              id: 'v1-k2-kouken-shakyo-1',
              group: '成年後見制度利用促進法に基づく市町村計画 関係',
              title: '法人後見事業',
              // 「親亡き後のを想定した」 as printed
              content:
                '親亡き後のを想定した長期的な支援や市民後見人では対応できない案件等に対応するため、継続性及び専門性を備えた法人後見業務を実施します。',
              owner: '市社協',
              encompassed: 'seinen-kouken',
            },
            {
              id: 'v1-k2-kouken-shakyo-2',
              group: '成年後見制度利用促進法に基づく市町村計画 関係',
              title: '日常生活自立支援事業',
              content: '判断能力に不安がある方に、福祉サービス利用の手続きや生活費の管理、大切な書類の預かり等の支援を行います。',
              owner: '市社協',
              encompassed: 'seinen-kouken',
            },
            {
              id: 'v1-k2-kouken-shakyo-3',
              group: '成年後見制度利用促進法に基づく市町村計画 関係',
              title: 'あんしんサポート事業（仮称）',
              content:
                '頼れる親族がおらず、将来に不安を抱えている市民と契約を結び、定期的な見守りや金銭管理の支援、死後事務（葬儀埋葬、家財処分、死後の入院費、施設費の支払等）を行います。',
              owner: '市社協',
              encompassed: 'seinen-kouken',
            },
            // <再犯防止推進法に基づく地方再犯防止推進計画 関係> (4) <市>
            {
              id: 'v1-k2-saihan-shi-1',
              group: '再犯防止推進法に基づく地方再犯防止推進計画 関係',
              title: '適切な行政サービス等を利用するための関係機関との連携',
              content:
                '犯罪をした者等が地域で生活できる環境を整えるために、就労・住居の確保等に向けた相談体制を構築します。また、支援を必要とする方が適切に福祉サービスを利用できるよう関係機関との連携を図ります。',
              owner: '市',
              encompassed: 'saihan-boushi',
            },
            {
              id: 'v1-k2-saihan-shi-2',
              group: '再犯防止推進法に基づく地方再犯防止推進計画 関係',
              title: '再犯防止に関する広報・啓発',
              content:
                '犯罪や非行の防止と立ち直りを支援する取組である「社会を明るくする運動」などを通じて、再犯防止に関する地域の理解促進を図ります。',
              owner: '市',
              encompassed: 'saihan-boushi',
            },
            {
              id: 'v1-k2-saihan-shi-3',
              group: '再犯防止推進法に基づく地方再犯防止推進計画 関係',
              title: '更生保護団体等への活動支援',
              content:
                '地域の更生保護に携わる保護司をはじめとする民間協力者、団体などの活動を支援するとともに、更生保護活動の広報に取り組みます。',
              owner: '市',
              encompassed: 'saihan-boushi',
            },
            {
              id: 'v1-k2-saihan-shi-4',
              group: '再犯防止推進法に基づく地方再犯防止推進計画 関係',
              title: '更生保護関係機関との連携',
              content: '保護観察所等の更生保護関係機関と連携し、情報発信や再犯防止に向けた取り組みの推進につなげます。',
              owner: '市',
              encompassed: 'saihan-boushi',
            },
            // <再犯防止推進法に基づく地方再犯防止推進計画 関係> (4) <市社協>
            // (footnote 「※ 上記2事業について…」 is in this policy's notes)
            {
              id: 'v1-k2-saihan-shakyo-1',
              group: '再犯防止推進法に基づく地方再犯防止推進計画 関係',
              title: '自立サポートセンター事業',
              content:
                '犯罪をした者等が地域で生活ができる環境を整えるために、就労・住居の確保等に向けた相談体制を構築します。',
              owner: '市社協',
              encompassed: 'saihan-boushi',
            },
            {
              id: 'v1-k2-saihan-shakyo-2',
              group: '再犯防止推進法に基づく地方再犯防止推進計画 関係',
              title: '住宅要配慮者居住支援事業',
              content:
                '出所者等住宅要配慮者の入居者を拒まない賃貸住宅の登録促進、住居の確保に向けた関係機関と連携した相談支援体制を構築します。',
              owner: '市社協',
              encompassed: 'saihan-boushi',
            },
          ],
        },
      ],
    },
    // seeds/001_d87fbc867d36e514.txt — 「目指す地域像2 一人一人が自分らしく活躍し、協力して課題解決を目指す地域」
    {
      id: 'v2',
      no: 2,
      title: '一人一人が自分らしく活躍し、協力して課題解決を目指す地域',
      description: [
        '地域福祉の活動の土台となる、多様なつながりを育むことができるよう、住民や地域関係団体はそれぞれ取組を行います。また、地域活動の実施において課題となる内容を、事業者や関係団体がサポートすることで、更なる活動の発展が見込まれます。',
        '地域福祉の担い手の確保は容易ではないですが、『みんながやりたい・必要と思うことをできる範囲で行う』という視点からアプローチすることで、多様な人の自発的な活動の参加を生む可能性があります。',
        '地域まるごと支援員のサポートのもと、福祉分野に限らず、地域の諸課題やニーズを共有し、支える・支えられる側を越えた活躍の機会の創出を模索します。',
      ],
      // 目指す地域像2 「成 果 目 標」
      indicators: [
        {
          id: 'tasukeai-kanji-wariai',
          category: '成果目標',
          name: '身近な地域の住民が、お互いに助け合いながら暮らしていると「(少し) 感じている」市民の割合',
          unit: '%',
          direction: { read: 'increase' },
          baseline: { fy: reiwa(5), value: 38.2 },
          target: { fy: reiwa(11), value: 50, printed: '50.0%' },
        },
      ],
      policies: [
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像2 「基本的な考え方(1) 多様なつながりを育む」
        {
          id: 'v2-k1',
          no: 1,
          title: '多様なつながりを育む',
          // 「(3) それぞれが取り組むべきこと」: the heading is printed, but its contents (a figure) are not in the source text.
          // （符号化注）「(3) それぞれが取り組むべきこと」は見出しのみ原典のテキストにある（内容は図で、テキストに含まれない）。
          description: [
            '通学や通勤時等における近所や地域の人への挨拶や、様々な意見を踏まえた上で地域活動の内容を決定し参加のきっかけを広げるなど、多様なつながりを育むための各種活動を推進します。',
            '地域活動を実施する上での課題に対して、事業者や関係団体がサポートすることで、地域と事業者等が双方にとってメリットのある活動に発展させていくことが可能です。',
          ],
          indicators: [
            {
              id: 'chonaikai-kanyu',
              category: '評価指標',
              name: '町内会加入率',
              unit: '%',
              direction: 'increase',
              owner: '市',
              baseline: { fy: reiwa(5), value: 55.9 },
              target: { fy: reiwa(11), value: { direction: '↗' } },
            },
            {
              id: 'sedaikan-koryu',
              category: '評価指標',
              // Name says 実施件数, the cells say か所: kept as printed.
              name: '世代間交流の推進 (ふれあいサロン等の実施件数)',
              unit: 'か所',
              direction: { read: 'increase' },
              owner: '市社協',
              baseline: { fy: reiwa(4), value: 82 },
              target: { fy: reiwa(11), value: 90 },
            },
          ],
          initiatives: [
            {
              id: 'v2-k1-shi-1',
              title: '町内会への加入促進',
              content:
                '旭川市市民委員会連絡協議会と公益社団法人北海道宅地建物取引業協会旭川支部の3者の協定に基づき、町内会や集合住宅の建築主などに加入促進のチラシを配付するなど、町内会への加入を促進するための取組を行います',
              owner: '市',
            },
            {
              id: 'v2-k1-shi-2',
              title: '地域のつながりを育む活動への支援',
              content:
                '市民活動交流センター（CoCoDe）における市民活動全般の支援や、老人クラブや子ども食堂など地域で活動する当事者間又は世代や属性を超えて活動する団体への支援を行います',
              owner: '市',
            },
            {
              id: 'v2-k1-shi-3',
              title: '福祉施設・コミュニティセンターの運営',
              content:
                '地域活動の拠点として、地域の課題から趣味・生きがいの内容について学び・協働したり、多世代・他属性間を含む幅広い交流を促進する場として、各施設を運営します',
              owner: '市',
            },
            {
              id: 'v2-k1-shakyo-1',
              title: '地域支えあいのまちづくり推進事業における世代間交流の推進 (ふれあいサロン事業、地域特性を活かした事業)',
              content:
                '地域支えあいのまちづくり推進事業におけるふれあいサロン事業、地域特性を活かした事業を活用した世代間の交流を推進します。また、その交流の機会には地域の企業、社会福祉法人、NPO法人などの多様な団体の参加も促し、地域が多様なつながりを育めるような取組を推進します。',
              owner: '市社協',
            },
          ],
        },
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像2 「基本的な考え方(2) 地域における福祉の担い手を確保する」
        {
          id: 'v2-k2',
          no: 2,
          title: '地域における福祉の担い手を確保する',
          // 「(3) それぞれが取り組むべきこと」: the heading is printed, but its contents (a figure) are not in the source text.
          // （符号化注）「(3) それぞれが取り組むべきこと」は見出しのみ原典のテキストにある（内容は図で、テキストに含まれない）。
          description: [
            '『〇〇の活動をしなければならない』というだけではなく、『みんながやりたい・必要と思うことをできる範囲で行う』という意識を共有し、取組内容の意見交換の機会やきっかけをつくることで、福祉に限らず多様な人の自発的な活動の参加を生む可能性があります。',
            '地域の様々な団体が参加する地域まちづくり推進協議会等において、地域情報の共有化を図り、地域の課題やその解決方法を検討するとともに、市や市社協においても、担い手の活動支援や育成等を含め人材の確保に努めます。',
          ],
          indicators: [
            {
              id: 'minsei-tablet',
              category: '評価指標',
              name: '民生委員児童委員へのタブレット端末貸与件数(業務専用ポータルサイトの開発を含む)',
              unit: '件',
              direction: 'increase',
              owner: '市',
              baseline: { fy: reiwa(5), value: 19 },
              target: { fy: reiwa(11), value: { direction: '↗' } },
            },
            {
              // Composite cell: (個人) 人 and (団体) 団体; no indicator-wide unit.
              id: 'volunteer-center-touroku',
              category: '評価指標',
              name: 'ボランティアセンター登録者',
              direction: { read: 'increase' },
              owner: '市社協',
              baseline: {
                fy: reiwa(4),
                value: {
                  parts: [
                    { part: '個人', value: 525, unit: '人' },
                    { part: '団体', value: 279, unit: '団体' },
                  ],
                },
                printed: '(個人) 525人 (団体) 279団体',
              },
              target: {
                fy: reiwa(11),
                value: {
                  parts: [
                    { part: '個人', value: 700, unit: '人' },
                    { part: '団体', value: 300, unit: '団体' },
                  ],
                },
                printed: '(個人) 700人 (団体) 300団体',
              },
            },
          ],
          initiatives: [
            {
              id: 'v2-k2-shi-1',
              title: '地域の様々な団体の情報共有・連携・課題解決等に係る所要の支援',
              // 「地域まると支援員」 (for 地域まるごと支援員) and 「左記の施策」 as printed
              content:
                '地域まちづくり推進協議会や地域まると支援員が実施する「第2層協議体」などの活動を支援し、左記の施策に係る推進を図ります。',
              owner: '市',
            },
            {
              id: 'v2-k2-shi-2',
              title: '地域福祉の担い手の活動支援や人材育成等',
              content:
                '民生委員児童委員について、地区内の各委員の連携や個々の委員活動を支える組織的な活動を促進します。また、子育て支援人材バンクの運営や、シニア大学や百寿大学等の実施により、地域福祉に係る人材の育成・確保に係る取組を行います',
              owner: '市',
            },
            {
              id: 'v2-k2-shi-3',
              // 「I C T」 printed with spaces
              title: 'I C Tの活用による担い手の負担軽減等',
              content:
                '地域情報共有プラットフォームアプリ（あさひかわ 暮らしのアプリ）の運用や民生委員児童委員専用業務支援ポータルサイトの開発・タブレットの貸与等により、町内会役員や民生委員児童委員の負担軽減等を図り、それぞれの担い手の裾野拡大を目指します',
              owner: '市',
            },
            {
              id: 'v2-k2-shakyo-1',
              title: '旭川市社会福祉協議会ボランティアセンターの機能強化',
              content:
                '「ボランティア・市民活動センター強化方策 2023」の機能チェックリストを活用し旭川市社会福祉協議会ボランティアセンターの現状を評価し、事業の強化に向けた検討を進めます。I C TおよびS N Sを活用した情報発信・担い手確保を進めます。',
              owner: '市社協',
            },
            {
              id: 'v2-k2-shakyo-2',
              title: '多様な団体・組織・企業のボランティア活動の促進',
              content:
                '旭川市社会福祉協議会ボランティアセンターにおいて、社会課題の解決を重要なミッションとして位置づけている多様な団体・組織・企業に対して積極的なアプローチを行い、地域福祉活動への参加を促進します。',
              owner: '市社協',
            },
          ],
        },
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像2 「基本的な考え方(3) 支える側・支えられる側を越えて地域で活躍する」
        {
          id: 'v2-k3',
          no: 3,
          title: '支える側・支えられる側を越えて地域で活躍する',
          // 「(3) それぞれが取組むべきこと」 — the heading's spelling (取組む) as printed in this section
          sections: [
            {
              heading: '(3) それぞれが取組むべきこと',
              paragraphs: ['地域共生社会の実現に向け、条例に基づき、市と市社協が連携及び相互の協力のもと一体となって各種取組を進めます。'],
              subsections: [{ heading: '<補足・具体的な取組（例）>', paragraphs: [
                '◆誰かに支えられて「ありがとう」と言うだけでなく、何かの役割をもって誰かに「ありがとう」と言われる機会があることは、その人の生きがいや自己肯定感の向上につながります。',
                '◆商店街の活性化・働き手不足・空き家の利活用などの福祉以外の課題とも接点を持ち、各関係者と現有資源の強みを生かした協働の在り方を地域で検討します',
              ] }],
            },
          ],
          commitments: [
            {
              actor: '市民・事業者\n地域活動団体・関係団体',
              items: [
                '「できないこと・苦手なこと」ではなく「できること・得意なこと」を生かし、そのらしく活躍できる地域を理想として共有します',
                '福祉分野に限らず、地域の課題やニーズを共有し、上記のことを踏まえ、協働の在り方を模索します',
              ],
              note: '（符号化注）図の文字の並びからの読み取り：行為主体の見出しと箇条書きの対応は原典のテキストでは図の配置が失われている。取組(4)の内容と一致する箇条を市・市社協に割り当てた。',
            },
            {
              actor: '市・市社協',
              items: [
                '地域まるごと支援員を配置し、支える・支えられる側を越えた地域での活躍の機会の創出等に努めます',
              ],
              note: '（符号化注）図の文字の並びからの読み取り：行為主体の見出しと箇条書きの対応は原典のテキストでは図の配置が失われている。取組(4)の内容と一致する箇条を市・市社協に割り当てた。',
            },
          ],
          description: [
            '地域共生社会の実現に向けた中核的な施策として、地域まるごと支援員を配置し、福祉制度の狭間や複雑化・複合化した福祉的課題を有するケースに対して、支援関係機関との連携のもと、相談の入口から出口に至るまでの包括的な支援を提供します。',
            '特に各福祉制度の狭間にあるケースは、いずれの福祉分野の公的支援も活用が難しいことが多いことから、福祉分野に限らず、地域の諸課題やニーズを共有し、支える・支えられる側を越えた活躍の機会の創出を模索します。',
          ],
          indicators: [
            {
              id: 'marugoto-haichi',
              category: '評価指標',
              name: '地域まるごと支援員の配置人数',
              unit: '人',
              direction: 'increase',
              owner: '市・市社協',
              baseline: { fy: reiwa(5), value: 8 },
              target: { fy: reiwa(11), value: { direction: '↗' } },
            },
            {
              // first cell blank: continues 市・市社協
              id: 'marugoto-soudan-ruikei',
              category: '評価指標',
              name: '地域まるごと支援員による個別支援に関する累計相談受付件数',
              unit: '件',
              measure: '累計',
              // 相談受付件数: read as more = better (the target rises from 108 to 800).
              direction: { read: 'increase' },
              owner: '市・市社協',
              baseline: { fy: reiwa(4), value: 108, asOf: '令和4年度末' },
              target: { fy: reiwa(11), value: 800, asOf: '令和11年度末' },
            },
          ],
          // <市・市社協>
          initiatives: [
            {
              id: 'v2-k3-shi-shakyo-1',
              title: '地域まるごと支援員の配置による支える・支えられる側を越えた地域での活躍の機会の創出等',
              // The cell is a <ul> of three ○ items in the extracted text; the tag is dropped.
              content:
                '○福祉制度の狭間や複雑化・複合化した福祉的課題を有するケースに対して、相談の入口から出口に至るまで、支援関係機関との連携のもと包括的に支援します。○特に福祉制度の狭間のケースについては、既存のフォーマルサービスの柔軟な運用の模索やインフォーマルサービスの活用・創出を図り、出口の支援の充実とともに当該サービスの利用の促進を図ります。○出口支援の充実に当たっては、福祉に限らず様々な分野との接点を持ち、対象者の強みを生かし、支える側・支えられる側を越え活躍できるよう、地域においてコーディネート業務等を行います。',
              owner: '市・市社協',
            },
          ],
        },
      ],
    },
    // seeds/001_d87fbc867d36e514.txt — 「目指す地域像3 誰一人取り残さず、困りごとに寄り添う地域」
    {
      id: 'v3',
      no: 3,
      title: '誰一人取り残さず、困りごとに寄り添う地域',
      description: [
        '福祉各分野の相談や支援を充実させるとともに、地域において「困っている人」の発見・情報共有・見守り等を可能な範囲で行うなど、相談機関と連携して支援を行うことができるよう協力します。',
        '生活困窮者に関する相談、貸付、住居及び就労その他の支援を実施し、地域の社会資源も活用しながら、その人らしい自立が実現できる地域をつくります。',
        '重層的支援体制整備事業により、包括的な相談支援・参加支援・地域づくりに関する取組の充実を図り、地域共生社会の実現を目指します。',
      ],
      // 目指す地域像3 「成 果 目 標」
      indicators: [
        {
          id: 'soudan-kikai-juujitsu',
          category: '成果目標',
          // 【旭川市民アンケート】 is printed after the name, in the 項目 cell: it is the source, not part of the name.
          name: '悩みや不安を感じたときの相談機会が「(まあ) 充実している」と感じている市民の割合',
          unit: '%',
          source: '旭川市民アンケート',
          direction: { read: 'increase' },
          baseline: { fy: reiwa(5), value: 23.2 },
          // DEFECT KEPT: the target cell prints no year (the other 成果目標 print 【令和11年度】).
          target: { fy: notStated('目標年度の記載なし'), value: 30, printed: '30.0%' },
        },
      ],
      policies: [
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像3 「基本的な考え方(1) 困っている人の把握や相談支援に係る体制等を充実させる」
        {
          id: 'v3-k1',
          no: 1,
          title: '困っている人の把握や相談支援に係る体制等を充実させる',
          // 「(3) それぞれが取り組むべきこと」: the heading is printed, but its contents (a figure) are not in the source text.
          // （符号化注）「(3) それぞれが取り組むべきこと」は見出しのみ原典のテキストにある（内容は図で、テキストに含まれない）。
          description: [
            '個々の相談機関の機能充実を図るとともに連携体制を強化します。特に制度対象外または制度の利用が困難な課題を抱えるケースについては、各機関が協力して対応可能な支援を検討し、課題解決と本人に継続的に関わる両面からのアプローチにより支援します。',
            '地域においては、普段の生活の中で「(福祉的な支援の必要性が見込まれる) 心配な世帯」に気づき、状況に応じ支援機関と情報を共有します。',
          ],
          indicators: [
            {
              id: 'shien-plan',
              category: '評価指標',
              name: '支援プランの作成件数',
              unit: '件',
              // 支援プラン (多機関協働事業) counts: read as more = better (target 90 > 59).
              direction: { read: 'increase' },
              owner: '市',
              baseline: { fy: reiwa(4), value: 59 },
              // DEFECT KEPT: the target year is printed 【令和4年度】, the same as the baseline year
              // (every other 評価指標 targets 令和11年度). Not corrected.
              target: { fy: reiwa(4), value: 90 },
            },
            {
              id: 'anshin-mimamori-soudan',
              category: '評価指標',
              // 「困り事のかかえた人」 as printed
              name: '安心見守り事業による困り事のかかえた人の把握と支援機関へのつなぎ(地域コーディネーターが受けた相談件数)',
              unit: '件',
              // 相談件数 as a measure of 把握・つなぎ: more = better (600 > 531).
              direction: { read: 'increase' },
              owner: '市社協',
              baseline: { fy: reiwa(4), value: 531 },
              target: { fy: reiwa(11), value: 600 },
            },
          ],
          initiatives: [
            {
              id: 'v3-k1-shi-1',
              title: '福祉に関する個々の相談体制の充実',
              // The cell holds a paragraph (<p>) and a nested <table> (分野 / 相談機関); the paragraph is
              // the content, the nested table is kept in `note`.
              content:
                '高齢，障害，子ども・子育て，生活困窮の各福祉分野における相談機関（下表のとおり）及び，各専門領域における相談機関を運営し，個々の支援の充実を図ります',
              owner: '市',
              note: '概要欄内の表（下表）：高齢 地域包括支援センター／障害 障害者総合相談支援センター（あそーと）／子ども・子育て 旭川市子ども総合相談センター／生活困窮 旭川市自立サポートセンター',
            },
            {
              id: 'v3-k1-shi-2',
              title: '上記相談機関における支援の実施',
              // Two <p> paragraphs in the extracted text; tags dropped, the space between them kept.
              content:
                '○市民が「身近さ気軽さ」を感じられる運営を検討・実施するとともに，各相談機関が実施する会議等においては，各支援機関及び地域との適切な連携を旨とします ○相談支援の実施に当たっては，課題解決と伴走的に寄り添い続けるアプローチを組み合わせる支援を行います',
              owner: '市',
            },
            {
              id: 'v3-k1-shi-3',
              title: '福祉に関する情報発信の充実',
              content:
                '各福祉分野において活用可能な制度やサービスなどの情報を整理し，わかりやすく対象者や支援関係者に伝わるよう，手引きやパンフレット等をはじめ当該情報へのアクセスがしやすい環境を整えます',
              owner: '市',
            },
            {
              id: 'v3-k1-shakyo-1',
              title: '地域支えあいのまちづくり推進事業（安心見守り事業）',
              content:
                '住民同士のつながりの強化と、困っている人が支援機関等へつながることができるような地域づくりを目的として、安心見守り事業を推進します。',
              owner: '市社協',
            },
          ],
        },
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像3 「基本的な考え方(2) 生活困窮者に対する自立支援方策の推進」
        {
          id: 'v3-k2',
          no: 2,
          title: '生活困窮者に対する自立支援方策の推進',
          // 「(3) それぞれが取り組むべきこと」: the heading is printed, but its contents (a figure) are not in the source text.
          // （符号化注）「(3) それぞれが取り組むべきこと」は見出しのみ原典のテキストにある（内容は図で、テキストに含まれない）。
          description: [
            '生活困窮者に関する相談を中心に、対象者のニーズや抱えている課題を把握し、他事業・多機関と連携しながら、自立に係る必要な支援を行います。',
            '生活福祉資金貸付制度の更なる広報を行うとともに、貸付相談から見える本人の困りごとを捉え、状況に応じ支援機関につなぎます。',
          ],
          indicators: [
            {
              // Same measure as 'jiritsu-support-soudan-shakyo' (目指す地域像1 基本的な考え方(2), owner 市社協):
              // 1,888 for 令和4年度 in both, printed 回 here and 件 there. Both kept as printed.
              id: 'jiritsu-support-soudan',
              category: '評価指標',
              name: '旭川市自立サポートセンターにおける相談延べ件数',
              unit: '回',
              measure: '延べ',
              // 相談件数: more = better, as the target rises (3,300 > 1,888).
              direction: { read: 'increase' },
              owner: '市',
              baseline: { fy: reiwa(4), value: 1888, printed: '1,888回' },
              target: { fy: reiwa(11), value: 3300, printed: '3,300回' },
            },
            {
              // first cell blank: continues 市
              id: 'jukyo-kakuho-shuro',
              category: '評価指標',
              name: '住居確保給付金受給期間中に就労に至った世帯の割合',
              unit: '%',
              direction: { read: 'increase' },
              owner: '市',
              baseline: { fy: reiwa(4), value: 21.4 },
              target: { fy: reiwa(11), value: 25, printed: '25.0%' },
            },
            {
              id: 'seikatsu-fukushi-shikin',
              category: '評価指標',
              // Ambiguous: the name is 貸付件数, the parenthesis says 延べ相談件数. measure follows the parenthesis.
              name: '生活福祉資金貸付件数 (延べ相談件数)',
              unit: '件',
              measure: '延べ',
              // Ambiguous which way is better for loans; the target prints ↗, so increase.
              direction: 'increase',
              owner: '市社協',
              baseline: { fy: reiwa(4), value: 968 },
              target: { fy: reiwa(11), value: { direction: '↗' } },
            },
          ],
          initiatives: [
            {
              id: 'v3-k2-shi-1',
              title: '旭川市自立サポートセンターの運営',
              content:
                '仕事や生活に関わる経済的な困りごとを抱える方からの相談を受け、解決策を一緒に考えながら、より自立的に暮らすことができるように支援します',
              owner: '市',
            },
            {
              id: 'v3-k2-shi-2',
              title: '生活困窮者住居確保給付金',
              content:
                '離職等により住宅を失った又はそのおそれがある生活困窮者のうち支給要件を満たす者に対して、有期で給付金（上限あり）を支給し、併せて就職を促進するために必要な支援を行います',
              owner: '市',
            },
            {
              id: 'v3-k2-shi-3',
              title: '生活困窮者就労準備支援事業（ステップアップ支援プログラム）',
              content:
                '就労に向けた準備が整っていない生活困窮者に対して、一般就労に従事する準備としての基礎能力の形成からの支援を、計画的かつ一貫して行います',
              owner: '市',
            },
            {
              id: 'v3-k2-shi-4',
              title: '生活困窮者世帯の子どもに対し学習の援助を行う事業（子どもの健全育成支援事業）',
              content:
                '生活困窮者世帯の子どもに対する学習支援や居場所づくり等を行うほか、子ども及びその保護者に生活習慣・育成環境の改善に関する助言等を行います',
              owner: '市',
            },
            {
              id: 'v3-k2-shi-5',
              title: '生活困窮者家計改善支援事業',
              content:
                '家計に課題を抱える生活困窮者からの相談に応じ、相談者とともに家計の状況を明らかにして家計の改善の意欲を引き出した上で、必要な情報提供及び助言・指導等を行い、相談者自身の家計を管理する力を高め、早期に生活が再生されるよう支援を行います',
              owner: '市',
            },
            {
              id: 'v3-k2-shakyo-1',
              title: '生活福祉資金の貸付',
              content:
                '自立した生活を営めるよう、経済的な支援を必要とする方に対して貸付相談を行い、貸付対応以外の生活課題を把握した場合には連携を意識した相談対応、適切な相談窓口や他制度へつなぐ相談支援を行う。',
              owner: '市社協',
            },
            {
              id: 'v3-k2-shakyo-2',
              title: 'フードバンクとの連携',
              content:
                '相談者が使える制度がない場合の心理的負担の軽減や、孤独感の緩和のため等、緊急食糧支援のニーズに対応するため、フードバンクとの連携を行います。',
              owner: '市社協',
            },
            {
              id: 'v3-k2-shakyo-3',
              title: '社会参加機会の促進',
              content:
                '就労経験や社会参加機会が乏しい方、何らかの理由で社会から離れている方、地域で孤立している方が、社会と繋がることのできる活動を促進します。',
              owner: '市社協',
            },
          ],
        },
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像3 「基本的な考え方(3) 重層的支援体制整備事業の計画的実施」 (summary part).
        // DEFECT KEPT: the detailed part heads it 「基本的な考え方3 重層的支援体制整備事業の計画的実施」,
        // once without parentheses. The initiatives come from that part's
        // 「(4) 重層的支援体制整備事業を活用して実施する取組の概要」 table (事業区分 / 取組の概要), not from a
        // <市> / <市社協> table, so they carry no owner.
        {
          id: 'v3-k3',
          no: 3,
          title: '重層的支援体制整備事業の計画的実施',
          // 「(3) それぞれが取組むべきこと」 — the heading's spelling (取組む) as printed in this section
          sections: [
            {
              heading: '(3) それぞれが取組むべきこと',
              paragraphs: ['地域共生社会の実現に向け、条例に基づき、市と市社協が連携及び相互の協力のもと一体となって各種取組を進めます。'],
              subsections: [{ heading: '＜補足・具体的な取組（例）＞', paragraphs: [
                '◆見守りは、直接会って話をするほか、電気の点滅・郵便受け・ゴミ出し・除雪の状況の把握など間接的な手法があり、ケースの状況に応じ支援関係機関と協議の上無理せず行います。',
                '◆既存の地域での取組の活用や、課題や実情に応じた社会資源の創出を検討します',
              ] }],
            },
          ],
          commitments: [
            {
              actor: '市民・事業者\n地域活動団体・関係団体',
              items: [
                '支援関係機関と連携する中で、可能な範囲・手法により対象者の見守り等を行い、情報共有その他の支援に協力します',
                '対象者の孤立防止や社会との接点づくりなど、ケース支援において地域の社会資源の活用が見込まれる場合は、前向きに協力します',
              ],
              note: '（符号化注）図の文字の並びからの読み取り：行為主体の見出しと箇条書きの対応は原典のテキストでは図の配置が失われている。取組(4)の内容と一致する箇条を市・市社協に割り当てた。',
            },
            {
              actor: '市・市社協',
              items: [
                '多機関協働事業を中心に関係多機関との連携による、制度の狭間、複雑化・複合化した福祉的課題を抱える人への柔軟な支援を実施します。',
                '地域づくりにおいて、各分野における事業を充実させつつ、他分野との協働による取組の実施等について柔軟に検討します',
              ],
              note: '（符号化注）図の文字の並びからの読み取り：行為主体の見出しと箇条書きの対応は原典のテキストでは図の配置が失われている。取組(4)の内容と一致する箇条を市・市社協に割り当てた。',
            },
          ],
          encompassed: 'juso',
          description: [
            '国の重層的支援体制整備事業を活用した包括的支援体制に基づき「対象者の属性を問わない相談支援」「多様な参加支援」「地域づくりに向けた支援」を一体的に実施します。',
            // DEFECT KEPT: 「社会福祉法第に規定される」 (article number missing), printed as a bullet of this list.
            '※ 社会福祉法第に規定される「重層的支援体制整備事業実施計画」を包含する内容を記載します。',
          ],
          notes: [
            // The first two are the lead text of (4), printed above the table; the third is the ※
            // footnote below it. DEFECT KEPT: 「本計画〇〇ページ」 (page number left as a placeholder).
            '令和5年度現在の取組について記載します。なお、実施する取組については、関連法令や地域の実情等に即して適時検討し見直しを図ります。',
            'なお、特に地域共生社会の実現に向けた中核的な施策として実施する「生活支援体制整備事業」及び「多機関協働事業等」については、地域まるごと支援員による包括的支援体制整備事業として推進します。',
            '※ 包括的支援体制に係る各事業の目標については、本計画〇〇ページ及び各関連計画に記載する。',
          ],
          indicators: [
            {
              id: 'shien-kaigi',
              category: '評価指標',
              name: '支援会議の実施件数',
              unit: '回',
              direction: { read: 'increase' },
              owner: '市・市社協',
              encompassed: 'juso',
              baseline: { fy: reiwa(4), value: 27 },
              target: { fy: reiwa(11), value: 36 },
            },
            {
              // first cell blank: continues 市・市社協
              id: 'juso-shien-kaigi',
              category: '評価指標',
              name: '重層的支援会議の実施件数',
              unit: '回',
              direction: { read: 'increase' },
              owner: '市・市社協',
              encompassed: 'juso',
              baseline: { fy: reiwa(4), value: 11 },
              // 12回 and its gloss (毎月1回): the number is the value, the gloss the note.
              target: { fy: reiwa(11), value: 12, printed: '12回 (毎月1回)', note: '毎月1回' },
            },
            {
              id: 'kyogitai-jisshi',
              category: '評価指標',
              name: '(第1層・第2層) 協議体の実施件数',
              unit: '回',
              direction: { read: 'increase' },
              owner: '市・市社協',
              encompassed: 'juso',
              baseline: {
                fy: reiwa(4),
                value: {
                  parts: [
                    { part: '第1層', value: 1, unit: '回' },
                    { part: '第2層', value: 26, unit: '回' },
                  ],
                },
                printed: '第1層 1回 第2層 26回',
              },
              target: {
                fy: reiwa(11),
                value: {
                  parts: [
                    { part: '第1層', value: 2, unit: '回' },
                    { part: '第2層', value: 44, unit: '回' },
                  ],
                },
                printed: '第1層 2回 第2層 44回',
              },
            },
          ],
          // Table: 事業区分 / 取組の概要. The header prints 「事業区分」 over the second column (the 事業
          // names) and leaves the first column's header blank; the first column (包括的相談支援事業 /
          // 地域づくり事業 / 多機関協働事業等, a merged cell continuing down) is read as the 区分 and
          // recorded as `category`, the second column as the title.
          initiatives: [
            {
              id: 'v3-k3-juso-1',
              category: '包括的相談支援事業',
              title: '地域包括支援センターの運営',
              content: '高齢者に対する相談支援等を行うための地域包括支援センターを運営',
              encompassed: 'juso',
            },
            {
              id: 'v3-k3-juso-2',
              category: '包括的相談支援事業',
              title: '障害者相談支援事業',
              content: '障がい者に対する相談支援等を行うための障害者総合相談支援センター（あそーと）を運営',
              encompassed: 'juso',
            },
            {
              id: 'v3-k3-juso-3',
              category: '包括的相談支援事業',
              title: '利用者支援事業',
              content:
                '○母性と乳幼児の健康の保持増進を図るため、乳幼児健康診査、健康相談事業、健康教育等を実施 ○児童虐待の予防のため、各関係機関等と連携し、妊産婦・児童・保護者の状況に応じ相談支援を実施 ○就学前児童等を持つ保護者に対し、保育サービス等の情報提供を行う子育て支援ナビゲーターを配置 ○教育・保育施設等の利用に係る事務を実施',
              encompassed: 'juso',
            },
            {
              id: 'v3-k3-juso-4',
              category: '包括的相談支援事業',
              title: '生活困窮者自立相談支援事業',
              content:
                '○生活困窮者に対する自立相談支援を行うための自立サポートセンターを運営 ○常用就職を目指す離職者への支援として家賃を給付',
              encompassed: 'juso',
            },
            {
              id: 'v3-k3-juso-5',
              category: '地域づくり事業',
              title: '地域介護予防活動支援事業',
              content:
                '高齢者の介護予防活動の推進と地域資源の拡充を目指し、介護予防インストラクターの派遣・ボランティアの養成を実施',
              encompassed: 'juso',
            },
            {
              id: 'v3-k3-juso-6',
              category: '地域づくり事業',
              title: '地域活動支援センター事業',
              content:
                '障がい者等に対する創作的活動・生産活動の機会の提供、社会との交流の促進を図るための地域活動支援センターの運営に係る補助を実施',
              encompassed: 'juso',
            },
            {
              id: 'v3-k3-juso-7',
              category: '地域づくり事業',
              title: '地域子育て支援拠点事業',
              content: '子どもの健やかな育ちと子育て親子の交流等を促進する地域子育て支援センターを運営',
              encompassed: 'juso',
            },
            {
              id: 'v3-k3-juso-8',
              category: '地域づくり事業',
              title: '生活困窮者等のための地域づくり事業',
              content: '○地区社協が実施する見守り活動や交流拠点に係る補助を実施 ○地域活動団体等が主体的に取り組む事業に係る経費負担を実施',
              encompassed: 'juso',
            },
            {
              // Two readings: the last 区分 row 「多機関協働事業等」 prints empty 取組 and 概要 cells, so
              // this row's cells are most likely merged across 地域づくり事業 and 多機関協働事業等 (its
              // 概要 names 多機関協働事業 too). Encoded under the 区分 it is printed beside; the empty
              // 多機関協働事業等 row is not an initiative (it has no title) and is recorded in `note`.
              id: 'v3-k3-juso-9',
              category: '地域づくり事業',
              title: '生活支援体制整備事業',
              content:
                '地域まるごと支援員等を配置し、高齢者、障害者、子育て世帯、生活困窮者等の日常生活上の支援が必要な者を対象とする生活支援体制整備事業及び多機関協働事業（支援プランの作成を含む）・参加支援事業・アウトリーチ等を通じた継続的支援事業を実施。もって、制度の狭間や複雑化・複合化した福祉的課題を抱える世帯に対する包括的な支援を提供',
              encompassed: 'juso',
              note: '事業区分「多機関協働事業等」の行は取組・取組の概要が空欄で印刷されている。本行（生活支援体制整備事業）の概要が多機関協働事業（支援プランの作成を含む）・参加支援事業・アウトリーチ等を通じた継続的支援事業を含むことから、結合セルと読める。',
            },
          ],
        },
      ],
    },
    // seeds/001_d87fbc867d36e514.txt — 「目指す地域像4 みんなが健康で安心・安全に暮らせる地域」
    // (its (4) tables are headed <市の取組> / <市社協の取組>)
    {
      id: 'v4',
      no: 4,
      title: 'みんなが健康で安心・安全に暮らせる地域',
      description: [
        '個人の心身の状況が良好であることと、その人にあった活動の参加や役割・活躍の場面があることは相互的に作用することを踏まえ、健康保持・増進に関する活動を推進します。',
        '各地域で支え合い体制を構築し運用することで、日常生活における困りごとの解決を目指します。',
        '平常時の地域のつながりが、災害時の避難等に関する助け合いを円滑し、地域における防災活動が、普段の地域のつながりを育むきっかけとなり得ることを理解し、各地域での災害時に備えた取組を推進します。',
      ],
      // 目指す地域像4 「成 果 目 標」
      indicators: [
        {
          id: 'kaitekisei-wariai',
          category: '成果目標',
          name: '地域の総合的な快適性について「(まあ) よい」と感じている市民の割合',
          unit: '%',
          direction: { read: 'increase' },
          baseline: { fy: reiwa(5), value: 40.6 },
          target: { fy: reiwa(11), value: 50, printed: '50.0%' },
        },
      ],
      policies: [
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像4 「基本的な考え方(1) 個々の状況に応じた心身の健康保持・増進に努める」
        {
          id: 'v4-k1',
          no: 1,
          title: '個々の状況に応じた心身の健康保持・増進に努める',
          // 「(3) それぞれが取り組むべきこと」: the heading is printed, but its contents (a figure) are not in the source text.
          // （符号化注）「(3) それぞれが取り組むべきこと」は見出しのみ原典のテキストにある（内容は図で、テキストに含まれない）。
          description: [
            '健康づくりの機会の充実を図るほか、人との交流や支え合いによる生きがいづくりに取り組み、一人一人の健やかで幸せな生活の実現を目指します。',
            '介護予防の重要性を理解するとともに、身近な所で気軽に介護予防に取り組む事ができるような環境の整備を進めます。',
          ],
          indicators: [
            {
              id: 'kayoi-no-ba',
              category: '評価指標',
              name: '地域介護予防運動教室の参加者によって、立ち上がった通いの場の数',
              // 「の数」 counted in 団体 as the target cell prints.
              unit: '団体',
              direction: { read: 'increase' },
              owner: '市',
              // — is U+2014 (EM DASH) in the seed
              baseline: { fy: reiwa(5), value: { missing: '—' } },
              target: { fy: reiwa(11), value: 15 },
            },
            {
              id: 'ikiiki-center-riyou',
              category: '評価指標',
              name: 'いきいきセンター利用者数 (新旭川・永山・神楽の合計)',
              unit: '人',
              direction: 'increase',
              owner: '市社協',
              baseline: { fy: reiwa(4), value: 59624, printed: '59,624人' },
              target: { fy: reiwa(11), value: { direction: '↗' } },
            },
          ],
          initiatives: [
            {
              id: 'v4-k1-shi-1',
              title: '心身の健康保持・増進や介護予防に関わる情報の発信等',
              content: 'パンフレットの作成・配布やホームページ・SNS等を活用して、各種情報や必要な知識を普及啓発します',
              owner: '市',
            },
            {
              id: 'v4-k1-shi-2',
              title: 'あさひかわ健幸アプリを活用した健康増進活動の推進',
              content:
                'アプリを活用し、歩数計測、ラジオ体操の実施、イベント等への参加に対してポイントを付与することにより、健康増進活動の動機付けと習慣化の支援を行います',
              owner: '市',
            },
            {
              id: 'v4-k1-shi-3',
              // a sentence as the title, as printed
              title: '介護予防のための地域の主体的な取組を推進します',
              content:
                '介護予防を目的としたストレッチ・運動プログラムや認知機能の低下予防のための教室を実施するとともに、地域での自主的な活動への移行支援や活動の継続支援等を実施します',
              owner: '市',
            },
            {
              id: 'v4-k1-shakyo-1',
              title: '介護予防及び認知症予防に関わる事業の実施',
              content:
                'いきいきセンターの自主事業として、健康いきいき体操・椅子ヨガ・大正琴教室等を実施します。 社交ダンス・卓球・ミニテニス等の同好会の活動を支援します。',
              owner: '市社協',
            },
            {
              id: 'v4-k1-shakyo-2',
              title: '高齢者の生きがいづくりとして、世代間交流を推進',
              content: 'センター付属の農園で野菜の栽培、収穫等を隣接する保育園園児との共同作業で行い、秋には収穫祭を実施します。',
              owner: '市社協',
            },
          ],
        },
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像4 「基本的な考え方(2) 日常生活に関する安心・安全な地域づくり」
        {
          id: 'v4-k2',
          no: 2,
          title: '日常生活に関する安心・安全な地域づくり',
          // 「(3) それぞれが取組むべきこと」 — the heading's spelling (取組む) as printed in this section
          sections: [
            {
              heading: '(3) それぞれが取組むべきこと',
              subsections: [{ heading: '<補足・具体的な取組(例)>', paragraphs: [
                '◆隣人の困りごとを発見した場合、無理なく近所で助け合い、地域で共有した上でみんなの課題として解決を図ります。',
                '◆各地域で抱える困りごとは異なり、支え合う体制も画一的である必要はないことを踏まえ、地域の実情に合った、みんなの協力体制を模索します。',
              ] }],
            },
          ],
          commitments: [
            {
              actor: '市民・事業者\n地域活動団体・関係団体',
              items: [
                '日頃から地域のつながりを育みつつ、日常生活の中で隣人や地域の困りごと・課題を気にかけるようにします',
                '地域に課題に対する支え合い活動に、可能な範囲で参加し、様々な人と協力して解決を目指します。',
              ],
              note: '（符号化注）図の文字の並びからの読み取り：行為主体の見出しと箇条書きの対応は原典のテキストでは図の配置が失われている。取組(4)の内容と一致する箇条を市・市社協に割り当てた。',
            },
            {
              actor: '市社協',
              items: [
                '地区ボランティアセンター設置・運営にむけた支援を行い、地域の支え合い体制の構築を推進します',
              ],
              note: '（符号化注）図の文字の並びからの読み取り：行為主体の見出しと箇条書きの対応は原典のテキストでは図の配置が失われている。取組(4)の内容と一致する箇条を市・市社協に割り当てた。',
            },
            {
              actor: '市',
              items: [
                'ユニバーサルデザインの考え方を取り入れた公共施設及び道路の整備を行います',
                '地域の支え合い体制の構築を推進します',
                '日常生活の安心・安全に係る暮らしの支援や市全域を対象とする住民間の助け合いを助長する事業を行います',
              ],
              note: '（符号化注）図の文字の並びからの読み取り：行為主体の見出しと箇条書きの対応は原典のテキストでは図の配置が失われている。取組(4)の内容と一致する箇条を市・市社協に割り当てた。',
            },
          ],
          description: [
            '地域における持続可能な支え合い体制の構築を図り、除雪や除草・ゴミ出しなどの日常生活における困りごとの解決を目指します。',
            '地域まるごと支援員による、地域の支え合い体制の構築や円滑な運営等を推進するとともに、市全域を対象とするボランティアセンター等によるサポートを充実させ、市民の困りごとを重層的に支援します。',
          ],
          indicators: [
            {
              id: 'sasaeai-kouchiku',
              category: '評価指標',
              name: '地域まるごと支援員による、地域における支え合いの仕組みの構築支援に係る累計件数',
              unit: '件',
              measure: '累計',
              direction: { read: 'increase' },
              owner: '市',
              baseline: { fy: reiwa(4), value: { missing: '—' } },
              target: { fy: reiwa(11), value: 48 },
            },
            {
              id: 'chiku-volunteer-center',
              category: '評価指標',
              name: '地区ボランティアセンター設置の推進',
              unit: 'か所',
              direction: { read: 'increase' },
              owner: '市社協',
              baseline: { fy: reiwa(4), value: { missing: '—' } },
              target: { fy: reiwa(11), value: 11 },
            },
          ],
          initiatives: [
            {
              id: 'v4-k2-shi-1',
              title: 'ユニバーサルデザインの考え方を取り入れた公共施設及び道路の整備',
              content:
                '公共施設の新築，改築時や道路の新設，改修時には，ユニバーサルデザインの考え方を取り入れながら，バリアフリー化に努めます',
              owner: '市',
            },
            {
              id: 'v4-k2-shi-2',
              title: '日常生活の安心・安全に係る暮らしの支援，市全域を対象とする住民間の助けあいを助長する事業の実施',
              content:
                '除雪やゴミ出し等に関する地域での暮らしを支える事業の実施や，市全域を対象としたファミリーサポートセンターなどの住民同士が提供会員と利用会員に分かれた有償ボランティアによる援助活動を支援します',
              owner: '市',
            },
            {
              id: 'v4-k2-shi-3',
              title: '地域の支え合い体制の構築',
              content:
                '地域の困りごとの把握・困りごとを支える住民や団体等の担い手確保・支援調整を担う事務局の立上げ・困っている住民と担い手のマッチングなどを行う地域の支え合い体制を構築しその運用を支援する。なお，支え合い体制の構築等に当たっては，社会福祉法人による地域における公益的な取組との連携などを含め柔軟な支援を行います。',
              owner: '市',
            },
            {
              // 再掲: the original 「地区ボランティアセンター事業」 is not in this excerpt, so no `repeats`.
              id: 'v4-k2-shakyo-1',
              title: '地域支えあいのまちづくり推進事業における参加の機会、活動の機会の確保（地区ボランティアセンター事業 再掲）',
              content:
                '身近な地域において、ボランティア活動を必要としている人と活動したい人をつなぐしくみとして地区ボランティアセンターの設置を推進します。地区ボランティアセンターでは、支えられる側も活躍できるような仕組みを目指し、立ち上げ・運営を支援します。',
              owner: '市社協',
              markers: ['再掲'],
              note: '再掲元（地区ボランティアセンター事業）は第4章の抜粋に見当たらない。',
            },
          ],
        },
        // seeds/001_d87fbc867d36e514.txt — 目指す地域像4 「基本的な考え方(3) 災害時に備えた取組の推進」
        {
          id: 'v4-k3',
          no: 3,
          title: '災害時に備えた取組の推進',
          // 「(3) それぞれが取り組むべきこと」: the heading is printed, but its contents (a figure) are not in the source text.
          // （符号化注）「(3) それぞれが取り組むべきこと」は見出しのみ原典のテキストにある（内容は図で、テキストに含まれない）。
          description: [
            '災害時の様々な対応に当たり、行政機関だけではなく市民や自主防災組織等が、平常時及び災害時における責務を果たし、協力しあうことが重要です。',
            '地域で避難行動要支援者を把握し、対象者の災害時における避難の在り方に関する個別避難計画を作成することで、円滑かつ迅速な避難の実現を目指します。',
          ],
          indicators: [
            {
              id: 'hinan-meibo-kunren',
              category: '評価指標',
              name: '避難行動要支援者名簿の整理・福祉避難所の開設訓練',
              // The target prints 「継続」: the document's own word for the direction (maintain).
              direction: 'maintain',
              owner: '市',
              baseline: { fy: reiwa(5), value: { state: '実施' } },
              target: { fy: reiwa(11), value: { state: '継続' } },
            },
            {
              id: 'saigai-vc-kunren',
              category: '評価指標',
              name: '災害時に備えた災害ボランティアセンター設置訓練',
              // The target prints 「継続」: the document's own word for the direction (maintain).
              direction: 'maintain',
              owner: '市社協',
              // DEFECT KEPT: 【令和〇年度】 (year left as a placeholder)
              baseline: { fy: tbd('令和〇年度'), value: { state: '実施' } },
              target: { fy: reiwa(11), value: { state: '継続' } },
            },
            {
              // first cell blank: continues 市社協
              id: 'kobetsu-hinan-keikaku',
              category: '評価指標',
              name: '安心見守り事業と連動した災害時個別避難計画作成の推進 (計画作成数)',
              unit: '件',
              direction: { read: 'increase' },
              owner: '市社協',
              // DEFECT KEPT: 【令和〇年度】
              baseline: { fy: tbd('令和〇年度'), value: { missing: '—' } },
              target: { fy: reiwa(11), value: 500 },
            },
          ],
          initiatives: [
            {
              id: 'v4-k3-shi-1',
              // a sentence with a full stop as the title, as printed
              title: '地域の防災活動に対して、所要の支援を行います。',
              content:
                '自助防災組織に対する防災研修の実施や、地域による「地区防災計画」「個別避難計画」の策定や地域内でのPRや訓練等を行う実行組織づくり等に向けた支援等を行います。',
              owner: '市',
            },
            {
              id: 'v4-k3-shi-2',
              title: '避難行動要支援者名簿の整備',
              content:
                '庁内で連携し避難行動要支援者の名簿を整備し、同名簿登載者の意向確認を進め、平常時から地域の避難支援関係者に情報提供を行い、対象者の共有及び個別避難計画の策定を促進します',
              owner: '市',
            },
            {
              id: 'v4-k3-shi-3',
              title: '福祉避難所の設置・運営に係る取組',
              content:
                '関連する法令や計画及び実態に即して、福祉避難所の設置・運営マニュアルを適時見直すとともに、福祉避難所に関する状況の定期的な把握及び災害時を含めた訓練等を実施します',
              owner: '市',
            },
            {
              id: 'v4-k3-shakyo-1',
              title: '災害ボランティアセンターの体制整備',
              content: '災害時に備えた災害ボランティアセンター設置の準備および訓練を実施します',
              owner: '市社協',
            },
            {
              id: 'v4-k3-shakyo-2',
              title: '災害時個別避難計画作成の推進',
              content: '安心見守り事業の対象者と連動した災害時個別避難計画作成にむけた働きかけを実施します',
              owner: '市社協',
            },
          ],
        },
      ],
    },
  ],
  source: {
    file: 'seeds/001_d87fbc867d36e514.txt',
    title: '第5期旭川市地域福祉計画・第7期旭川市地域福祉活動計画',
    scope: '第4章 目指す地域像・基本的な考え方に基づく取組 のみ',
  },
});
