/**
 * Fidelity of plans/kanazawa against seeds/004_dd34cf4967076d9e.txt
 * (金沢市地域福祉計画2023【概要版】). The tables below are transcribed by hand
 * from 「課題解決のための施策の展開」, not generated from the module.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { walkInitiatives } from '@keikaku/schema';
import plan from '../../plans/kanazawa/plan.js';
import { counts, expectValidPlan } from '../support/plan-helpers.js';

// 基本目標 no | title | 施策 (ア)(イ)… titles
const SEED: [number, string, [string, string][]][] = [
  [
    1,
    '豊かな福祉意識を育む地域をつくる',
    [
      ['ア', '地域福祉に関する学びの機会の充実'],
      ['イ', '持続可能な地域福祉活動の推進'],
      ['ウ', '地域福祉活動の担い手の育成と環境の整備'],
      ['エ', '地域住民の交流促進'],
    ],
  ],
  [
    2,
    '地域で支え合う多様な仕組みをつくる',
    [
      ['ア', '地域主体の生活サポート体制の推進'],
      ['イ', '早期発見に向けた見守り体制の強化'],
      ['ウ', '伴走型相談支援体制の強化'],
      ['エ', '多様な団体の連携強化'],
    ],
  ],
  [
    3,
    '福祉サービスの充実したまちをつくる',
    [
      ['ア', '幅広い福祉サービスの提供'],
      ['イ', '社会的・経済的自立への支援'],
      ['ウ', '人権尊重と権利擁護の取組への支援'],
    ],
  ],
];

// 基本目標 no → its 【主な取組】 (the ○ lines)
const TORIKUMI: Record<number, string[]> = {
  1: [
    'ソーシャルメディアを使った地域福祉活動紹介等の情報発信',
    '小型タグ、感知器及びスマートフォンアプリを活用した認知症高齢者地域見守りネットワークの構築',
    '社会的に孤立している人の参加支援プランの作成',
    '地域サロンや子育てサロンの開催',
  ],
  2: ['地域福祉支援コーディネーターの配置', '地域の身近な福祉相談窓口の設置', '支え合いソーシャルワーカーの配置'],
  3: ['生活困窮者自立相談支援事業の相談窓口の設置', '就労支援事業所へのアドバイザーの派遣', '成年後見制度の利用促進'],
};

// The seed file ends without a newline; add one so every printed line ends in \n.
const SEED_TEXT = `${readFileSync(new URL('../../seeds/004_dd34cf4967076d9e.txt', import.meta.url), 'utf8')}\n`;

describe('plans/kanazawa', () => {
  const p = expectValidPlan(plan);

  it('has the structure of the seed: 3 基本目標, 11 施策 (4+4+3), 10 主な取組 (4+3+3), no indicators', () => {
    expect(counts(p)).toEqual({ goals: 3, policies: 11, approaches: 0, initiatives: 10, indicators: 0 });
    expect(p.goals.map((g) => g.policies?.length)).toEqual([4, 4, 3]);
    expect(p.goals.map((g) => g.initiatives?.length)).toEqual([4, 3, 3]);
  });

  it('2023年度 ▶ 2027年度, 金沢市 172014, no encompassed plan, no evaluation printed', () => {
    expect(p.municipality).toEqual({ name: '金沢市', code: '172014', prefecture: '石川県' });
    expect(p.title).toBe('金沢市地域福祉計画2023');
    expect(p.period).toMatchObject({ start: 2023, end: 2027 });
    expect(p.legalBasis).toEqual({ notStated: true, note: '概要版は根拠法令を記載していない' });
    expect(p.encompasses).toEqual([]);
    expect(p.jointPlan).toBeUndefined();
    expect(p.evaluation).toMatchObject({ notStated: true });
    expect(p.edition).toMatchObject({ notStated: true });
  });

  it('計画の目標 as the 基本理念, with its five lead paragraphs', () => {
    expect(p.philosophy).toMatchObject({ text: '金沢の豊かな福祉コミュニティ土壌を基盤に、多様な支え合い体制を構築する' });
    const description = 'description' in p.philosophy ? (p.philosophy.description ?? []) : [];
    expect(description).toHaveLength(5);
    for (const d of description) expect(SEED_TEXT).toContain(d);
  });

  it.each(SEED)('基本目標 %i %s', (no, title, policies) => {
    const g = p.goals.find((x) => x.no === no);
    expect(g, title).toBeDefined();
    expect(g!.title).toBe(title);
    expect(g!.policies!.map((x) => [x.no, x.title])).toEqual(policies);
    for (const x of g!.policies!) {
      expect(x.description).toHaveLength(1);
      expect(SEED_TEXT).toContain(`(${x.no}) ${x.title}\n\n${x.description![0]}\n`);
    }
  });

  it('主な取組 hang on the 基本目標 (not on a 施策), title and content as printed, no owner', () => {
    for (const g of p.goals) {
      expect(g.initiatives!.map((i) => i.title)).toEqual(TORIKUMI[g.no as number]);
      for (const i of g.initiatives!) {
        expect(SEED_TEXT).toContain(`○ ${i.title}\n\n${i.content}\n`);
        expect(i.owner).toBeUndefined();
      }
    }
    for (const { owner } of walkInitiatives(p)) expect(owner.level).toBe('goal');
  });

  it('keeps the subtitle printed under the title', () => {
    expect(p.subtitle).toBe('みんなで支え合う地域社会をめざして');
    expect(SEED_TEXT).toContain(`金沢市地域福祉計画2023\n\n${p.subtitle}`);
  });

  it('keeps 解決すべき主な課題 in the plan notes', () => {
    expect(p.notes?.filter((n) => n.startsWith('解決すべき主な課題: '))).toEqual([
      '解決すべき主な課題: 超高齢・人口減少社会の進行に伴う、見守りによる援助を求める人の増加',
      '解決すべき主な課題: 地域コミュニティの弱体化に伴う、課題を抱える世帯の孤立化',
      '解決すべき主な課題: 地域生活課題の多様化・複合化に伴う、解決困難なケースの増加',
      '解決すべき主な課題: 地域福祉活動の担い手不足',
    ]);
  });
});
