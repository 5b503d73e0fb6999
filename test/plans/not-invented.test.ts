/**
 * Issue 7, "The five seeds": no seed plan contains a fact its document does
 * not print, unless it is marked as the encoder's. Checked against the seed
 * text itself (spaces removed, since the extraction splits words and digits):
 * - the title, every legal basis and every level name is printed somewhere;
 * - every named composite part is printed;
 * - a direction is the document's word only where the document prints it (a ↗ / ↘
 *   target, or a word: 「巡回体制を維持します。」, 「継続」), and wherever it prints one the
 *   direction is that word; every other direction is marked `{ read }`, the encoder's reading;
 * - 旭川's それぞれが取り組むべきこと are held, and each actor's assignment is marked as read.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorValues, partName, walkIndicators, walkNodes, type Indicator, type Plan } from '@keikaku/schema';
import asahikawa from '../../plans/asahikawa/plan.js';
import kanazawa from '../../plans/kanazawa/plan.js';
import otaru from '../../plans/otaru/plan.js';
import sapporo from '../../plans/sapporo/plan.js';
import tomakomai from '../../plans/tomakomai/plan.js';
import { expectValidPlan } from '../support/plan-helpers.js';

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
const PLANS = Object.entries({ asahikawa, kanazawa, otaru, sapporo, tomakomai }).map(([id, m]) => {
  const plan = expectValidPlan(m);
  return { id, plan, seed: squash(readFileSync(new URL(`../../${plan.source.file}`, import.meta.url), 'utf8')) };
});

function printedFacts(plan: Plan): [what: string, text: string][] {
  const out: [string, string][] = [];
  if (typeof plan.title === 'string') out.push(['title', plan.title]);
  if (Array.isArray(plan.legalBasis)) for (const b of plan.legalBasis) out.push(['legalBasis', b]);
  if (!('notStated' in plan.terms)) {
    for (const [k, v] of Object.entries(plan.terms)) if (typeof v === 'string') out.push([`terms.${k}`, v]);
  }
  for (const { indicator } of walkIndicators(plan)) {
    for (const { value } of indicatorValues(indicator)) {
      if (typeof value === 'object' && 'parts' in value) {
        for (const p of value.parts) if (typeof p.part === 'string') out.push([`part of ${indicator.id}`, partName(p)]);
      }
    }
  }
  return out;
}

describe.each(PLANS)('plans/$id holds nothing its document does not print', ({ plan, seed }) => {
  it('title, legal basis, level names and part names are all printed in the seed', () => {
    const invented = printedFacts(plan).filter(([, text]) => !seed.includes(squash(text)));
    expect(invented).toEqual([]);
  });

  it("directions are the document's only where it prints one (↗ / ↘, or a word: 維持, 継続); the rest are marked as read", () => {
    for (const { indicator } of walkIndicators(plan)) {
      if (typeof indicator.direction !== 'string') continue;
      const printed = printedDirection(indicator.target);
      expect(printed, `${indicator.id}: direction '${indicator.direction}' is not printed; write { read: '${indicator.direction}' }`).toBeDefined();
      expect(indicator.direction, `${indicator.id}: the document prints ${printed?.evidence}`).toBe(printed?.direction);
    }
  });

  it('a direction the document prints (an arrow, 維持, 継続) is recorded as its word, not as a reading', () => {
    for (const { indicator } of walkIndicators(plan)) {
      const printed = printedDirection(indicator.target);
      if (!printed) continue;
      expect(indicator.direction, `${indicator.id}: the document prints ${printed.evidence}; write direction: '${printed.direction}'`).toBe(printed.direction);
    }
  });
});

/**
 * The direction a target prints, if any: an arrow (↗ ↘ →) as its value, or a direction word in its
 * printed text — 維持 / 継続 (maintain), 増加 (increase), 減少 (decrease) — in a state, a note-free
 * printed cell or the sentence kept with a state.
 */
const WORDS: [RegExp, 'increase' | 'decrease' | 'maintain'][] = [
  [/維持|継続/, 'maintain'],
  [/増加|増や/, 'increase'],
  [/減少|減ら/, 'decrease'],
];
const ARROWS = { '↗': 'increase', '↘': 'decrease', '→': 'maintain' } as const;
function printedDirection(target: Indicator['target']): { direction: 'increase' | 'decrease' | 'maintain'; evidence: string } | undefined {
  if (target === undefined || !('value' in target)) return undefined;
  const v = target.value;
  if (typeof v === 'object' && 'direction' in v) return { direction: ARROWS[v.direction], evidence: v.direction };
  const texts = [target.printed, typeof v === 'object' && 'state' in v ? (v.text ?? v.state) : undefined].filter((x): x is string => !!x);
  for (const text of texts) for (const [re, direction] of WORDS) if (re.test(text)) return { direction, evidence: `「${text}」` };
  return undefined;
}

describe('what the seeds leave out is notStated(), not filled in', () => {
  const byId = Object.fromEntries(PLANS.map((p) => [p.id, p.plan]));
  it('legal basis: only 札幌 and 小樽 cite 社会福祉法第107条', () => {
    expect(Object.entries(byId).filter(([, p]) => Array.isArray(p.legalBasis)).map(([id]) => id)).toEqual(['otaru', 'sapporo']);
  });
  it("苫小牧's chapter prints no title; 小樽's excerpt names no goal or policy level", () => {
    expect(byId.tomakomai!.title).toMatchObject({ notStated: true });
    expect(byId.otaru!.terms).toMatchObject({ goal: { notStated: true }, policy: { notStated: true }, initiative: '取組' });
  });
  it('苫小牧 h07 names its parts only by unit', () => {
    const h07 = [...walkIndicators(byId.tomakomai!)].find((v) => v.indicator.name === '福祉学習開催数')!.indicator;
    const parts = h07.baseline && 'value' in h07.baseline && typeof h07.baseline.value === 'object' && 'parts' in h07.baseline.value ? h07.baseline.value.parts : [];
    expect(parts.map((p) => [p.part, p.unit])).toEqual([
      [{ notStated: true, note: '部分名の印刷なし（単位のみ）' }, '校'],
      [{ notStated: true, note: '部分名の印刷なし（単位のみ）' }, '学級'],
    ]);
  });
});

describe("旭川's それぞれが取り組むべきこと", () => {
  const plan = PLANS.find((p) => p.id === 'asahikawa')!;
  const nodes = [...walkNodes(plan.plan)];
  it('is held for the three 基本的な考え方 whose text the seed has, every item as printed, each assignment marked as read', () => {
    const held = nodes.filter((n) => n.node.commitments);
    expect(held.map((n) => n.node.id)).toEqual(['v2-k3', 'v3-k3', 'v4-k2']);
    for (const n of held) {
      for (const c of n.node.commitments!) {
        expect(c.note).toMatch(/^（符号化注）図の文字の並びからの読み取り/);
        for (const item of c.items) expect(plan.seed).toContain(squash(item));
      }
    }
    expect(nodes.find((n) => n.node.id === 'v4-k2')!.node.commitments!.map((c) => c.actor)).toEqual([
      '市民・事業者\n地域活動団体・関係団体',
      '市社協',
      '市',
    ]);
  });
  it('elsewhere says, in a comment of the module (not in the printed notes), that only the heading survives in the text', () => {
    // The encoder's remark is not the document's text: no node's notes carry it (they go to the report and indicators.csv).
    expect(nodes.filter((n) => (n.node.notes ?? []).some((x) => x.includes('符号化'))).map((n) => n.node.id)).toEqual([]);
    // Each 基本的な考え方 without commitments has the remark as a `//` comment between its id and the next 基本的な考え方.
    const source = readFileSync(new URL('../../plans/asahikawa/plan.ts', import.meta.url), 'utf8');
    const remark = '// （符号化注）「(3) それぞれが取り組むべきこと」は見出しのみ原典のテキストにある（内容は図で、テキストに含まれない）。';
    const ids = nodes.map((n) => n.node.id).filter((id) => /^v\d-k\d$/.test(id));
    const headingOnly = ids.filter((id, i) => {
      const from = source.indexOf(`id: '${id}',`);
      const to = i + 1 < ids.length ? source.indexOf(`id: '${ids[i + 1]}',`) : source.length;
      return source.slice(from, to).includes(remark);
    });
    expect(headingOnly).toEqual(['v1-k1', 'v1-k2', 'v2-k1', 'v2-k2', 'v3-k1', 'v3-k2', 'v4-k1', 'v4-k3']);
    expect(source.split(remark).length - 1).toBe(8);
  });
});
