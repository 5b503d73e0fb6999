/**
 * Fidelity of plans/otaru against seeds/003_3cef43750deded89.txt.
 * The expected values below are read by hand from the seed (the opening chapter
 * of 小樽市地域福祉計画), not generated from the module.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plan from '../../plans/otaru/plan.js';
import { counts, expectValidPlan } from '../support/plan-helpers.js';

// title | relation | editions the extracted text ties to the plan
const RELATED: [string, string, string[]][] = [
  ['小樽市総合計画', '上位計画', ['第７次']],
  ['小樽市高齢者保健福祉計画', '個別計画', []],
  ['小樽市介護保険事業計画', '個別計画', []],
  ['小樽市障害者計画', '個別計画', []],
  ['小樽市障害福祉計画', '個別計画', []],
  ['小樽市障害児福祉計画', '個別計画', ['第２期（児）', '第３期（児）', '第４期（児）']],
  ['小樽市子ども・子育て支援事業計画', '個別計画', ['第２期', '第３期']],
  ['小樽市地域防災計画', '関連計画', []],
  ['小樽市観光基本計画', '関連計画', []],
  ['小樽市空家等対策計画', '関連計画', []],
  ['小樽市雪対策基本計画', '関連計画', []],
];

// The seed breaks sentences across lines; compare with all whitespace removed.
const squash = (s: string) => s.replace(/\s+/g, '');
const SEED_TEXT = squash(readFileSync(new URL('../../seeds/003_3cef43750deded89.txt', import.meta.url), 'utf8'));

describe('plans/otaru', () => {
  const p = expectValidPlan(plan);

  it('prints no 基本目標 and no indicators: nothing is invented', () => {
    expect(counts(p)).toEqual({ goals: 0, policies: 0, approaches: 0, initiatives: 0, indicators: 0 });
    expect(p.goals).toEqual([]);
    expect(p.philosophy).toMatchObject({ notStated: true });
    expect(p.edition).toMatchObject({ notStated: true });
  });

  it('令和3年度〜令和5年度 (3 年間), 小樽市 012033, 社会福祉法第107条', () => {
    expect(p.municipality).toEqual({ name: '小樽市', code: '012033', prefecture: '北海道' });
    expect(p.title).toBe('小樽市地域福祉計画');
    expect(p.period).toMatchObject({ start: 2021, end: 2023 });
    expect('note' in p.period && p.period.note).toContain('3 年間');
    expect('note' in p.period && p.period.note).toContain('計画期間を 5 年間とします');
    expect(p.legalBasis).toEqual(['社会福祉法第107条']);
  });

  it('encompasses the 成年後見 市町村計画 and the 地方再犯防止推進計画, laws cited without article numbers', () => {
    expect(p.encompasses.map((e) => [e.kind, e.law])).toEqual([
      ['成年後見制度利用促進計画', '成年後見制度の利用の促進に関する法律'],
      ['地方再犯防止推進計画', '再犯の防止等の推進に関する法律'],
    ]);
    for (const e of p.encompasses) expect(e.law).not.toMatch(/第.*条/);
  });

  it('is drawn up as one with the 社協 地域福祉活動計画', () => {
    expect(p.jointPlan).toEqual({ body: '小樽市社会福祉協議会', title: '小樽市地域福祉活動計画', integrated: true });
  });

  it('推進委員会, PDCA, 少なくとも 1 年に 1 回, ワークショップ', () => {
    expect('notStated' in p.evaluation).toBe(false);
    if ('notStated' in p.evaluation) return;
    expect(p.evaluation.committee).toBe('小樽市地域福祉計画推進委員会');
    expect(p.evaluation.cycle).toBe('PDCAサイクル');
    expect(p.evaluation.frequency).toEqual({ count: 1, per: '年', atLeast: true });
    expect(p.evaluation.citizenInput).toBe('しあわせな地域づくりワークショップ');
    expect(p.evaluation.notes?.some((n) => n.includes('本計画の周知・啓発を行います'))).toBe(true);
    // each note quotes the seed, after its section label
    for (const n of p.evaluation.notes ?? []) expect(SEED_TEXT).toContain(squash(n.replace(/^[^:]+: /, '')));
  });

  it('quotes the period note as printed', () => {
    expect(SEED_TEXT).toContain(squash('note' in p.period ? p.period.note! : ''));
    expect(p.notes).toBeUndefined();
  });

  it('holds the 趣旨 paragraphs and the 「地域福祉」とは box in sections, every paragraph as printed, headings marked as the encoder\'s', () => {
    const sections = p.sections ?? [];
    expect(sections.map((s) => [s.kind, s.paragraphs?.length])).toEqual([['趣旨', 7], ['その他', 5]]);
    // The extraction prints neither heading: both are the encoder's ({ read }), and the words are only the heading.
    expect(sections.map((s) => s.heading)).toEqual([
      { read: '計画策定の趣旨', note: expect.stringContaining('抽出テキストに無い') },
      { read: '「地域福祉」とは', note: expect.stringMatching(/^囲み記事。/) },
    ]);
    expect(SEED_TEXT).not.toContain('計画策定の趣旨');
    for (const s of sections) {
      for (const para of s.paragraphs ?? []) expect(SEED_TEXT).toContain(squash(para));
    }
  });

  it('related plans from 計画の位置づけ and the 計画期間 chart; no period read from the garbled bars', () => {
    const related = p.relatedPlans ?? [];
    expect(related.map((r) => [r.title, r.relation, (r.editions ?? []).map((e) => e.edition)])).toEqual(RELATED);
    for (const e of related.flatMap((r) => r.editions ?? [])) expect(e.period).toMatchObject({ notStated: true });
  });
});
