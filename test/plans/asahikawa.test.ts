/**
 * Fidelity of plans/asahikawa against seeds/001_d87fbc867d36e514.txt
 * (第5期旭川市地域福祉計画・第7期旭川市地域福祉活動計画 第4章).
 *
 * The counts and the indicator table below are transcribed by hand from the seed, not generated
 * from the module. Values are written the way formatValue renders them (1,718回, 30%, ↗,
 * 個人 525人 / 団体 279団体); years as printed (令和4年度, 令和〇年度, 令和4年度末, '' = no year).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatValue, parseYear, walkIndicators, walkInitiatives, walkNodes, type Indicator, type YearRef } from '@keikaku/schema';
import plan from '../../plans/asahikawa/plan.js';
import { counts, expectValidPlan, indicatorsByName, walkStated, type StatedIndicator } from '../support/plan-helpers.js';

const seedText = readFileSync(new URL('../../seeds/001_d87fbc867d36e514.txt', import.meta.url), 'utf8');

type Row = [owner: string, name: string, unit: string, baseline: string, baselineYear: string, target: string, targetYear: string];

// owner ('' for 成果目標) | 項目 | unit | 現状値 (=基準値) | year | 目標値 | year
const SEED: Row[] = [
  // 目指す地域像1
  ['', '身の回りで、障害などの有無にかかわらず、だれもが地域社会の中で一緒に生活するという考え方が「(少し)浸透している」と思っている市民の割合', '%', '20.4%', '令和5年度', '30%', '令和11年度'],
  ['市', '第5期旭川市地域福祉計画・第7期旭川市地域福祉活動計画の広報', '回', '3回', '令和4年度', '12回', '令和11年度'],
  ['市社協', '児童、生徒、学生を対象とした普及啓発の取組 (福祉教育関係)', '件', '10件', '令和4年度', '20件', '令和11年度'],
  ['市社協', '市民を対象とした地域福祉や多様性についての普及啓発(セミナー等)', '件', '82件', '令和4年度', '90件', '令和11年度'],
  ['市', '旭川成年後見支援センターの対応件数', '回', '1,718回', '令和4年度', '1,800回', '令和11年度'],
  ['市社協', '権利擁護を支える担い手の育成・活用 (市民後見人及び日自の登録者数及び活動者数)', '件', '125件', '令和4年度', '↗', '令和11年度'],
  ['市社協', '切れ目のない権利擁護支援体制の構築 (法人後見受任件数及び日自契約件数)', '件', '29件', '令和4年度', '↗', '令和11年度'],
  ['市', '地域の更生保護に携わる団体や更生保護関係機関と連携し、更生保護活動の広報や再犯防止に向けた取組の実施', '', '実施', '令和4年度', '継続', '令和11年度'],
  ['市社協', '就労・住居の確保等を支援する相談支援体制強化(自立サポートセンター延べ相談件数)', '件', '1,888件', '令和4年度', '↗', '令和11年度'],
  // 目指す地域像2
  ['', '身近な地域の住民が、お互いに助け合いながら暮らしていると「(少し) 感じている」市民の割合', '%', '38.2%', '令和5年度', '50%', '令和11年度'],
  ['市', '町内会加入率', '%', '55.9%', '令和5年度', '↗', '令和11年度'],
  ['市社協', '世代間交流の推進 (ふれあいサロン等の実施件数)', 'か所', '82か所', '令和4年度', '90か所', '令和11年度'],
  ['市', '民生委員児童委員へのタブレット端末貸与件数(業務専用ポータルサイトの開発を含む)', '件', '19件', '令和5年度', '↗', '令和11年度'],
  ['市社協', 'ボランティアセンター登録者', '', '個人 525人 / 団体 279団体', '令和4年度', '個人 700人 / 団体 300団体', '令和11年度'],
  ['市・市社協', '地域まるごと支援員の配置人数', '人', '8人', '令和5年度', '↗', '令和11年度'],
  ['市・市社協', '地域まるごと支援員による個別支援に関する累計相談受付件数', '件', '108件', '令和4年度末', '800件', '令和11年度末'],
  // 目指す地域像3
  ['', '悩みや不安を感じたときの相談機会が「(まあ) 充実している」と感じている市民の割合', '%', '23.2%', '令和5年度', '30%', ''],
  ['市', '支援プランの作成件数', '件', '59件', '令和4年度', '90件', '令和4年度'],
  ['市社協', '安心見守り事業による困り事のかかえた人の把握と支援機関へのつなぎ(地域コーディネーターが受けた相談件数)', '件', '531件', '令和4年度', '600件', '令和11年度'],
  ['市', '旭川市自立サポートセンターにおける相談延べ件数', '回', '1,888回', '令和4年度', '3,300回', '令和11年度'],
  ['市', '住居確保給付金受給期間中に就労に至った世帯の割合', '%', '21.4%', '令和4年度', '25%', '令和11年度'],
  ['市社協', '生活福祉資金貸付件数 (延べ相談件数)', '件', '968件', '令和4年度', '↗', '令和11年度'],
  ['市・市社協', '支援会議の実施件数', '回', '27回', '令和4年度', '36回', '令和11年度'],
  ['市・市社協', '重層的支援会議の実施件数', '回', '11回', '令和4年度', '12回', '令和11年度'],
  ['市・市社協', '(第1層・第2層) 協議体の実施件数', '回', '第1層 1回 / 第2層 26回', '令和4年度', '第1層 2回 / 第2層 44回', '令和11年度'],
  // 目指す地域像4
  ['', '地域の総合的な快適性について「(まあ) よい」と感じている市民の割合', '%', '40.6%', '令和5年度', '50%', '令和11年度'],
  ['市', '地域介護予防運動教室の参加者によって、立ち上がった通いの場の数', '団体', '—', '令和5年度', '15団体', '令和11年度'],
  ['市社協', 'いきいきセンター利用者数 (新旭川・永山・神楽の合計)', '人', '59,624人', '令和4年度', '↗', '令和11年度'],
  ['市', '地域まるごと支援員による、地域における支え合いの仕組みの構築支援に係る累計件数', '件', '—', '令和4年度', '48件', '令和11年度'],
  ['市社協', '地区ボランティアセンター設置の推進', 'か所', '—', '令和4年度', '11か所', '令和11年度'],
  ['市', '避難行動要支援者名簿の整理・福祉避難所の開設訓練', '', '実施', '令和5年度', '継続', '令和11年度'],
  ['市社協', '災害時に備えた災害ボランティアセンター設置訓練', '', '実施', '令和〇年度', '継続', '令和11年度'],
  ['市社協', '安心見守り事業と連動した災害時個別避難計画作成の推進 (計画作成数)', '件', '—', '令和〇年度', '500件', '令和11年度'],
];

/** The YearRef a printed year should be encoded as: 令和4年度 → 2022, 令和〇年度 → tbd, '' → notStated. */
function expectYear(actual: YearRef, printed: string): void {
  if (printed === '') {
    expect(actual).toMatchObject({ notStated: true });
    return;
  }
  const parsed = parseYear(printed.replace(/末$/, ''));
  expect(parsed, printed).toBeDefined();
  if (parsed!.kind === 'placeholder') expect(actual).toEqual({ tbd: printed });
  else expect(actual).toBe(parsed!.fiscalYear);
}

describe('plans/asahikawa', () => {
  const p = expectValidPlan(plan);
  const byName = indicatorsByName(p);
  const byId = new Map<string, StatedIndicator>([...walkStated(p)].map((v) => [v.indicator.id, v.indicator]));
  const initiatives = [...walkInitiatives(p)].map((v) => v.initiative);

  it('has the structure of the seed: 4 目指す地域像, 11 基本的な考え方, 61 施策・事業, 33 indicators', () => {
    // 基本的な考え方: 2 + 3 + 3 + 3. Indicators: 4 成果目標 + 29 評価指標
    // (3 + 5 | 2 + 2 + 2 | 2 + 3 + 3 | 2 + 2 + 3). 施策・事業 rows of the (4) tables (the nested
    // 分野/相談機関 table inside one 概要 cell and the empty 多機関協働事業等 row are not rows):
    // 5 + 11 | 4 + 5 + 1 | 4 + 8 + 9 | 5 + 4 + 5.
    expect(counts(p)).toEqual({ goals: 4, policies: 11, approaches: 0, initiatives: 61, indicators: 33 });
    const perPolicy = [...walkNodes(p)]
      .filter((n) => n.level === 'policy')
      .map((n) => [n.node.id, n.node.indicators?.length ?? 0, n.node.initiatives?.length ?? 0]);
    expect(perPolicy).toEqual([
      ['v1-k1', 3, 5],
      ['v1-k2', 5, 11],
      ['v2-k1', 2, 4],
      ['v2-k2', 2, 5],
      ['v2-k3', 2, 1],
      ['v3-k1', 2, 4],
      ['v3-k2', 3, 8],
      ['v3-k3', 3, 9],
      ['v4-k1', 2, 5],
      ['v4-k2', 2, 4],
      ['v4-k3', 3, 5],
    ]);
    // Cross-check against the raw seed: one 目指す地域像 heading per goal, one 【令和…】 /
    // 【旭川市民アンケート】 table row per indicator.
    expect(seedText.match(/^目指す地域像\s?\d/gm)).toHaveLength(4);
    expect(seedText.split('\n').filter((l) => l.includes('\t') && /【令和/.test(l))).toHaveLength(33);
    expect(seedText.match(/↗/g)).toHaveLength(8);
  });

  it('records what chapter 4 does not print as notStated', () => {
    expect(p.municipality).toEqual({ name: '旭川市', code: '012041', prefecture: '北海道' });
    expect(p.edition).toBe('第5期');
    expect(p.period).toMatchObject({ notStated: true });
    expect((p.period as { note?: string }).note).toContain('令和11年度');
    expect(p.philosophy).toMatchObject({ notStated: true });
    expect(p.evaluation).toMatchObject({ notStated: true });
    // 「一体的に策定」 is not printed in chapter 4: integrated is the encoder's reading.
    expect(p.jointPlan).toMatchObject({ body: '旭川市社会福祉協議会', title: '旭川市地域福祉活動計画', edition: '第7期', integrated: { read: true } });
    expect(p.terms).toEqual({ goal: '目指す地域像', policy: '基本的な考え方', initiative: '施策・事業' });
  });

  it.each(SEED)('%s %s', (owner, name, unit, baseline, baselineYear, target, targetYear) => {
    const ind = byName.get(name);
    expect(ind, name).toBeDefined();
    expect(ind!.category).toBe(owner === '' ? '成果目標' : '評価指標');
    expect(ind!.owner).toBe(owner === '' ? undefined : owner);
    expect(ind!.unit).toBe(unit === '' ? undefined : unit);
    expect(formatValue(ind!.baseline.value, ind!.unit)).toBe(baseline);
    expect(formatValue(ind!.target.value, ind!.unit)).toBe(target);
    expectYear(ind!.baseline.fy, baselineYear);
    expectYear(ind!.target.fy, targetYear);
    if (baselineYear.endsWith('末')) expect(ind!.baseline.asOf).toBe(baselineYear);
    if (targetYear.endsWith('末')) expect(ind!.target.asOf).toBe(targetYear.replace(/^【|】$/g, ''));
  });

  it('keeps every indicator exactly once and in the order printed', () => {
    expect([...walkStated(p)].map((v) => v.indicator.name)).toEqual(SEED.map((r) => r[1]));
  });

  it('keeps the 令和〇年度 baseline years as tbd', () => {
    const tbdBaselines = [...walkStated(p)].filter((v) => typeof v.indicator.baseline.fy === 'object' && 'tbd' in v.indicator.baseline.fy);
    expect(tbdBaselines.map((v) => [v.indicator.id, v.indicator.baseline.fy])).toEqual([
      ['saigai-vc-kunren', { tbd: '令和〇年度' }],
      ['kobetsu-hinan-keikaku', { tbd: '令和〇年度' }],
    ]);
  });

  it('keeps the 成果目標 of 目指す地域像3 without a target year, its 【旭川市民アンケート】 as source', () => {
    const ind = byId.get('soudan-kikai-juujitsu')!;
    expect(ind.target.fy).toEqual({ notStated: true, note: '目標年度の記載なし' });
    expect(ind.target.printed).toBe('30.0%');
    expect(ind.source).toBe('旭川市民アンケート');
    // The other three 成果目標 print no source.
    expect(['kyosei-shinto-wariai', 'tasukeai-kanji-wariai', 'kaitekisei-wariai'].map((id) => byId.get(id)!.source)).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps 支援プランの作成件数 with its target year equal to the baseline year (令和4年度)', () => {
    const ind = byId.get('shien-plan')!;
    expect(ind.baseline.fy).toBe(2022);
    expect(ind.target.fy).toBe(2022);
    expect(ind.target.value).toBe(90);
  });

  it('encodes ↗ targets as a direction only', () => {
    const arrows = [...walkStated(p)].filter((v) => {
      const t = v.indicator.target.value;
      return typeof t === 'object' && 'direction' in t;
    });
    expect(arrows.map((v) => [v.indicator.id, v.indicator.target.value, v.indicator.target.fy])).toEqual([
      ['kenri-yogo-ninaite', { direction: '↗' }, 2029],
      ['kenri-yogo-shien-taisei', { direction: '↗' }, 2029],
      ['jiritsu-support-soudan-shakyo', { direction: '↗' }, 2029],
      ['chonaikai-kanyu', { direction: '↗' }, 2029],
      ['minsei-tablet', { direction: '↗' }, 2029],
      ['marugoto-haichi', { direction: '↗' }, 2029],
      ['seikatsu-fukushi-shikin', { direction: '↗' }, 2029],
      ['ikiiki-center-riyou', { direction: '↗' }, 2029],
    ]);
  });

  it('keeps 実施 / 継続 as states and — (U+2014) blanks as missing', () => {
    for (const id of ['kousei-hogo-renkei', 'hinan-meibo-kunren', 'saigai-vc-kunren']) {
      const ind = byId.get(id)!;
      expect(ind.baseline.value).toEqual({ state: '実施' });
      expect(ind.target.value).toEqual({ state: '継続' });
      // The target prints the word 「継続」: the direction is the document's ('maintain'), not a reading.
      expect(ind.direction).toBe('maintain');
    }
    const blanks = [...walkStated(p)].filter((v) => {
      const b = v.indicator.baseline.value;
      return typeof b === 'object' && 'missing' in b;
    });
    expect(blanks.map((v) => v.indicator.id)).toEqual(['kayoi-no-ba', 'sasaeai-kouchiku', 'chiku-volunteer-center', 'kobetsu-hinan-keikaku']);
    for (const v of blanks) expect(v.indicator.baseline.value).toEqual({ missing: '\u2014' });
    expect(seedText).toContain('\u2014 【令和5年度】');
  });

  it('keeps composite cells as parts with their own units', () => {
    expect(byId.get('volunteer-center-touroku')!.baseline.value).toEqual({
      parts: [
        { part: '個人', value: 525, unit: '人' },
        { part: '団体', value: 279, unit: '団体' },
      ],
    });
    expect(byId.get('volunteer-center-touroku')!.target.value).toEqual({
      parts: [
        { part: '個人', value: 700, unit: '人' },
        { part: '団体', value: 300, unit: '団体' },
      ],
    });
    expect(byId.get('kyogitai-jisshi')!.baseline.value).toEqual({
      parts: [
        { part: '第1層', value: 1, unit: '回' },
        { part: '第2層', value: 26, unit: '回' },
      ],
    });
    expect(byId.get('kyogitai-jisshi')!.target.value).toEqual({
      parts: [
        { part: '第1層', value: 2, unit: '回' },
        { part: '第2層', value: 44, unit: '回' },
      ],
    });
  });

  it('reads spaced and glossed cells, keeping the printed text', () => {
    const t = byId.get('juso-shien-kaigi')!.target;
    expect([t.value, t.printed, t.note]).toEqual([12, '12回 (毎月1回)', '毎月1回']);
    expect(byId.get('kenri-yogo-ninaite')!.baseline).toMatchObject({ value: 125, printed: '1 2 5 件' });
    expect(byId.get('kenri-yogo-shien-taisei')!.baseline).toMatchObject({ value: 29, printed: '2 9 件' });
    expect(byId.get('jiritsu-support-soudan-shakyo')!.baseline).toMatchObject({ value: 1888, printed: '1, 8 8 8 件' });
    for (const printed of ['1 2 5 件', '2 9 件', '1, 8 8 8 件', '12回 (毎月1回)']) expect(seedText).toContain(printed);
  });

  it('keeps the 自立サポートセンター count printed twice with different units (件 / 回)', () => {
    const shakyo = byId.get('jiritsu-support-soudan-shakyo')!;
    const shi = byId.get('jiritsu-support-soudan')!;
    expect([shakyo.owner, shakyo.unit, shakyo.baseline.value, shakyo.baseline.fy]).toEqual(['市社協', '件', 1888, 2022]);
    expect([shi.owner, shi.unit, shi.baseline.value, shi.baseline.fy]).toEqual(['市', '回', 1888, 2022]);
  });

  it('attaches the ※ footnotes to the indicators and nodes they belong to', () => {
    expect(byId.get('kenri-yogo-ninaite')!.notes).toEqual(['※ 目標値は新規事業の登録者数及び活動者数を含む']);
    expect(byId.get('jiritsu-support-soudan-shakyo')!.notes).toEqual(['※ 目標値は住宅要配慮者居住支援事業延べ相談件数を含む']);
    const v3k3 = [...walkNodes(p)].find((n) => n.node.id === 'v3-k3')!.node;
    expect(v3k3.notes).toContain('※ 包括的支援体制に係る各事業の目標については、本計画〇〇ページ及び各関連計画に記載する。');
    const v1k2 = [...walkNodes(p)].find((n) => n.node.id === 'v1-k2')!.node;
    expect(v1k2.notes).toContain('※ 上記2事業について、再犯防止推進法に基づく地方再犯防止推進計画に係る内容を抽出して記載');
  });

  it('keeps the text defects: 社会福祉法第に規定, 〇〇ページ, 基本的な考え方3', () => {
    const juso = p.encompasses.find((e) => e.id === 'juso')!;
    expect(juso.kind).toBe('重層的支援体制整備事業実施計画');
    expect(juso.law).toBe('社会福祉法第');
    expect(juso.note).toContain('社会福祉法第に規定される「重層的支援体制整備事業実施計画」を包含する内容を記載します。');
    const v3k3 = [...walkNodes(p)].find((n) => n.node.id === 'v3-k3')!.node;
    expect(v3k3.description).toContain('※ 社会福祉法第に規定される「重層的支援体制整備事業実施計画」を包含する内容を記載します。');
    expect(v3k3.no).toBe(3);
    // The seed prints the heading once as 「基本的な考え方3」 and once as 「基本的な考え方(3)」.
    expect(seedText).toContain('基本的な考え方3 重層的支援体制整備事業の計画的実施');
    expect(seedText).toContain('基本的な考え方(3) 重層的支援体制整備事業の計画的実施');
    expect(seedText).toContain('社会福祉法第に規定される');
    expect(seedText).toContain('本計画〇〇ページ');
  });

  it('declares the three encompassed plans and tags their indicators and initiatives', () => {
    expect(p.encompasses.map((e) => [e.id, e.kind])).toEqual([
      ['seinen-kouken', '成年後見制度利用促進計画'],
      ['saihan-boushi', '地方再犯防止推進計画'],
      ['juso', '重層的支援体制整備事業実施計画'],
    ]);
    expect(p.encompasses[0]!.law).toContain('平成 28 年法律第 29 号');
    expect(p.encompasses[1]!.law).toContain('平成 28 年法律第 104 号');
    const tagged = (id: string) => ({
      indicators: [...walkStated(p)].filter((v) => v.indicator.encompassed === id).map((v) => v.indicator.name),
      initiatives: initiatives.filter((i) => i.encompassed === id).map((i) => i.title),
    });
    expect(tagged('seinen-kouken')).toEqual({
      indicators: [
        '旭川成年後見支援センターの対応件数',
        '権利擁護を支える担い手の育成・活用 (市民後見人及び日自の登録者数及び活動者数)',
        '切れ目のない権利擁護支援体制の構築 (法人後見受任件数及び日自契約件数)',
      ],
      initiatives: ['旭川成年後見支援センターの運営', '成年後見制度利用支援事業の実施', '法人後見事業', '日常生活自立支援事業', 'あんしんサポート事業（仮称）'],
    });
    expect(tagged('saihan-boushi')).toEqual({
      indicators: [
        '地域の更生保護に携わる団体や更生保護関係機関と連携し、更生保護活動の広報や再犯防止に向けた取組の実施',
        '就労・住居の確保等を支援する相談支援体制強化(自立サポートセンター延べ相談件数)',
      ],
      initiatives: [
        '適切な行政サービス等を利用するための関係機関との連携',
        '再犯防止に関する広報・啓発',
        '更生保護団体等への活動支援',
        '更生保護関係機関との連携',
        '自立サポートセンター事業',
        '住宅要配慮者居住支援事業',
      ],
    });
    expect(tagged('juso').indicators).toEqual(['支援会議の実施件数', '重層的支援会議の実施件数', '(第1層・第2層) 協議体の実施件数']);
    // 重層 table rows: 事業区分 as category, no owner.
    const juso = initiatives.filter((i) => i.encompassed === 'juso');
    expect(juso.map((i) => [i.category, i.title, i.owner])).toEqual([
      ['包括的相談支援事業', '地域包括支援センターの運営', undefined],
      ['包括的相談支援事業', '障害者相談支援事業', undefined],
      ['包括的相談支援事業', '利用者支援事業', undefined],
      ['包括的相談支援事業', '生活困窮者自立相談支援事業', undefined],
      ['地域づくり事業', '地域介護予防活動支援事業', undefined],
      ['地域づくり事業', '地域活動支援センター事業', undefined],
      ['地域づくり事業', '地域子育て支援拠点事業', undefined],
      ['地域づくり事業', '生活困窮者等のための地域づくり事業', undefined],
      ['地域づくり事業', '生活支援体制整備事業', undefined],
    ]);
  });

  it('gives every other initiative an owner from its <市> / <市社協> / <市・市社協> heading', () => {
    const owned = initiatives.filter((i) => i.encompassed !== 'juso');
    expect(owned.every((i) => i.owner !== undefined)).toBe(true);
    const tally = owned.reduce<Record<string, number>>((acc, i) => ({ ...acc, [i.owner!]: (acc[i.owner!] ?? 0) + 1 }), {});
    // <市>: 3+2+4 | 3+3 | 3+5 | 3+3+3 = 32; <市社協>: 2+3+2 | 1+2 | 1+3 | 2+1+2 = 19; <市・市社協>: 1
    expect(tally).toEqual({ 市: 32, 市社協: 19, '市・市社協': 1 });
  });

  it('marks the 再掲 initiative', () => {
    const repeats = initiatives.filter((i) => i.markers?.includes('再掲'));
    expect(repeats.map((i) => i.title)).toEqual([
      '地域支えあいのまちづくり推進事業における参加の機会、活動の機会の確保（地区ボランティアセンター事業 再掲）',
    ]);
  });
});
