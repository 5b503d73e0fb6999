/**
 * The committee's view, pure parts (issue 15 §3): the plan's name where the
 * document prints no title, data-quality findings as sentences about the
 * document, the running header as a CSS string no plan text can escape, and
 * the 目次's page numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '@keikaku/core';
import type { Plan } from '@keikaku/schema';
import { committeeNote, planName } from '../src/model.js';
import { cssString, pageChrome, withPageChrome } from '../src/render/browser.js';
import { dropToc, fillToc, hasToc } from '../src/render/page-refs.js';

const plan = (over: Partial<Plan>): Plan => ({ municipality: { name: '苫小牧市', code: '012131', prefecture: '北海道' }, title: { notStated: '原典に表題の記載なし' }, edition: { notStated: '記載なし' }, ...over }) as unknown as Plan;

describe('planName', () => {
  it.each([
    [{ title: '札幌市地域福祉社会計画 2024' }, '札幌市地域福祉社会計画 2024', true],
    [{}, '苫小牧市の地域福祉計画', false],
    [{ edition: '第3期' }, '苫小牧市の地域福祉計画（第3期）', false],
    [{ kind: '地域福祉活動計画' }, '苫小牧市の地域福祉活動計画', false],
  ] as const)('%j → %s', (over, name, stated) => {
    const r = planName(plan(over as Partial<Plan>));
    expect(r).toEqual({ name, stated });
    expect(r.name).not.toMatch(/記載なし|notStated/);
  });
});

const finding = (ja: string, over: Partial<Finding> = {}): Finding =>
  ({ ruleId: 'baseline-missing', source: 'lint', severity: 'error', file: 'plans/x/plan.ts', line: 1, column: 1, endLine: 1, endColumn: 2, messageId: 'm', message: { ja, en: 'x' }, ...over }) as Finding;

describe('committeeNote: a finding as a sentence about the document', () => {
  it.each([
    ['指標「見守り」の基準値が空欄（―）です。進み具合を測る起点がありません', '指標「見守り」の基準値が空欄（―）です。進み具合を測る起点がありません。'],
    ['指標「A」の基準値 1,888回 は、指標「B」（goals[0].policies[1].indicators[4]）では 1,888件 です', '指標「A」の基準値 1,888回 は、指標「B」では 1,888件 です。'],
    ["年度が未定のままです: tbd('令和〇年度')", '年度が未定のままです：「令和〇年度」'],
    ['指標「X」は増加を目指すのに、目標値 200人 が基準値と同じです（向きは原典になく、符号化での読み）', '指標「X」は増加を目指すのに、目標値 200人 が基準値と同じです（増減の向きは原典に書かれていないため、指標の内容から読み取ったもの）'],
  ])('%s', (ja, sentence) => {
    expect(committeeNote(finding(ja))).toBe(sentence);
  });
  it.each([
    '「､」: Disallow to use 半角カタカナ: "､"',
    '「連」: 連係を図る => 連携 関係機関との「連携」',
    'plans/sapporo/plan.ts を直してください',
  ])('leaves out a note about the encoding or the wording only: %s', (ja) => {
    expect(committeeNote(finding(ja))).toBeUndefined();
  });
  it('leaves out findings of the compiler and the reader', () => {
    expect(committeeNote(finding('型が合いません', { source: 'tsc' } as Partial<Finding>))).toBeUndefined();
  });
});

describe('the running header is a CSS string', () => {
  it.each(['札幌市地域福祉社会計画 2024　2024年度 進捗状況報告書', 'a"b', "a'b", 'x\\y', '</style><script>alert(1)</script>', 'a;}@page{}'])('%s cannot leave its string or the style element', (text) => {
    const css = cssString(text);
    expect(css.slice(1, -1).replace(/\\[0-9a-f]{6}/g, '')).not.toMatch(/["'\\<>;{}]/);
    // Decoding the escapes gives the text back.
    expect(css.slice(1, -1).replace(/\\([0-9a-f]{6})/g, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))).toBe(text);
    const html = withPageChrome('<html><head><title>t</title></head><body></body></html>', text);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toContain('<script');
  });
  it('the cover has no running header or page number', () => {
    expect(pageChrome('h')).toMatch(/@page :first \{ @top-left \{ content: none; \} @bottom-center \{ content: none; \} \}/);
  });
});

describe('目次 page numbers', () => {
  const html = '<main><nav class="toc" aria-labelledby="toc-h" data-toc-section><ol><li><a href="#a"><span class="toc-text">A</span><span class="toc-page" data-toc-page="a"></span></a></li><li><a href="#b"><span class="toc-text">B</span><span class="toc-page" data-toc-page="b"></span></a></li></ol></nav><h2 id="a">A</h2></main>';
  it('fills in the page of each entry and leaves an unknown one blank', () => {
    const out = fillToc(html, new Map([['a', 3]]));
    expect(out).toContain('data-toc-page="a">3</span>');
    expect(out).toContain('data-toc-page="b"></span>');
  });
  it('drops the 目次 of a short report', () => {
    expect(hasToc(html)).toBe(true);
    expect(dropToc(html)).toBe('<main><h2 id="a">A</h2></main>');
  });
});
