/**
 * keikaku's own prose rules inside lint: which run in which profile and level, where their findings land
 * in the plan file, their bilingual messages; and the prh entry for 〜にあたり (issue 17).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPlan, readModule } from '@keikaku/core';
import { validatePlan, type Plan } from '@keikaku/schema';
import { lintPlan, lintProse, PROSE_RULES, type ProseOptions } from '../../src/index.js';
import { goal, indicator, planText } from '../snippets.js';

async function prose(sentences: string[], opts: ProseOptions) {
  const text = planText({ goals: goal([indicator()], `description: ${JSON.stringify(sentences)},`) });
  const m = readModule(text, { file: 'plans/x/plan.ts', kind: 'plan' });
  const plan = (validatePlan(m.value) as { value: Plan }).value;
  const got = await lintProse({ id: 'x', dir: '.', planFile: 'plans/x/plan.ts', module: m, plan, planSource: m.sourceMap, progress: [], progressDocs: [], findings: [] }, opts);
  const lines = text.split('\n');
  return got.map((f) => ({ rule: f.ruleId, path: f.path, at: lines[f.line - 1]!.slice(f.column - 1, f.endLine === f.line ? f.endColumn - 1 : undefined), ja: f.message.ja, en: f.message.en, hint: f.hint?.ja ?? '' }));
}

const TYPOS = ['助け合いを円滑し、防災活動を広げます。', '引きこもり対策推進事業福祉除雪事業の実施'];

describe('keikaku prose rules by profile and level', () => {
  it('draft, level basic: only the rules without kuromoji (names-run-together)', async () => {
    const got = await prose(TYPOS, { profile: 'draft' });
    expect(got.map((g) => [g.rule, g.path, g.at])).toEqual([['prose/names-run-together', 'goals[0].description[1]', '事業福祉除雪事業']]);
  });

  it('publish, level basic: the kuromoji typo rules too, at the exact characters, in Japanese and English', async () => {
    const got = await prose(TYPOS, { profile: 'publish' });
    expect(got.map((g) => [g.rule, g.path, g.at])).toEqual([
      ['prose/adjectival-noun-suru', 'goals[0].description[0]', '円滑し'],
      ['prose/names-run-together', 'goals[0].description[1]', '事業福祉除雪事業'],
    ]);
    expect(got[0]!.ja).toBe('「円滑し」: 形容動詞の語幹「円滑」に「する」が直接続いています。「円滑にし」のように「に」が抜けていないか確かめてください');
    expect(got[0]!.en).toBe('"円滑し": the adjectival noun 円滑 takes する directly; a 「に」 (円滑にし) is probably missing (keikaku prose/adjectival-noun-suru)');
    expect(got.map((g) => g.hint.slice(0, 9))).toEqual(['誤字・脱字の疑いで', '誤字・脱字の疑いで']);
  });

  it('draft, level full: every rule', async () => {
    const got = await prose(['そのらしく活躍できる', '親亡き後のを想定した'], { profile: 'draft', level: 'full' });
    expect(got.filter((g) => !g.rule.startsWith('prose/max') && !g.rule.startsWith('prose/no-doubled')).map((g) => [g.rule, g.at])).toEqual([
      ['prose/rentaishi-without-noun', 'そのらしく'],
      ['prose/no-before-case-particle', 'のを'],
    ]);
  });

  it('a textlint package rule keeps its one message, quoted with the words it matched (prh reports a start only: its fix gives the end)', async () => {
    const got = await prose(['制度の挟間にある課題'], { profile: 'draft' });
    expect(got.map((g) => [g.rule, g.ja.startsWith('「挟間」: 挟間 => 狭間'), g.en.endsWith('(textlint prh)'), g.hint.slice(0, 9)])).toEqual([['prose/prh', true, true, '文章の書き方の指摘']]);
  });
});

describe('prh.yml: 〜にあたり', () => {
  it('a verb directly followed by あたり / 当たって (旭川 「入手するあたり」)', async () => {
    const got = await prose(['情報を入手するあたり必要なサポートを行う', '計画を策定するに当たって', '実施に当たり', '計画を推進する当たって'], { profile: 'draft' });
    expect(got.map((g) => [g.path, g.ja.split(' 「〜')[0]])).toEqual([
      ['goals[0].description[0]', '「するあたり」: するあたり => するにあたり'],
      ['goals[0].description[3]', '「する当たって」: する当たって => するに当たって'],
    ]);
  });
  it('一人当たり, 日当たり, 〜するにあたり are right', async () => {
    expect(await prose(['一人当たりの件数', '日当たりのよい場所', '事業を実施するにあたり'], { profile: 'draft' })).toEqual([]);
  });
});

describe('prh.yml: welfare phrases whose broken forms are generic (issue 17)', () => {
  it('支援 with its 支 lost after kana (札幌 「問わない援体制」), not 応援体制 or 援助', async () => {
    const got = await prose(['属性を問わない援体制の構築', '応援体制と救援体制', '援助を行う', '包括的な援事業'], { profile: 'draft' });
    expect(got.map((g) => [g.path, g.ja.split(' 「')[0]])).toEqual([
      ['goals[0].description[0]', '「援」: 援 => 支援'],
      ['goals[0].description[3]', '「援」: 援 => 支援'],
    ]);
  });
  it('困り事を抱えた: the thing held takes を (旭川 「困り事のかかえた」); the holder keeps の (世帯の抱える課題), and 抱え込み / 抱え方 are nouns', async () => {
    const got = await prose(['困り事のかかえた人の把握', '課題の抱えた世帯', '世帯の抱える課題', '困り事を抱えた人', '問題の抱え込みを防ぐ', '課題の抱え方'], { profile: 'draft' });
    expect(got.map((g) => [g.path, g.ja.split(' 抱え')[0]])).toEqual([
      ['goals[0].description[0]', '「困り事のかかえ」: 困り事のかかえ => 困り事をかかえ'],
      ['goals[0].description[1]', '「課題の抱え」: 課題の抱え => 課題を抱え'],
    ]);
  });
});

describe('prh.yml: 〜合う in kanji (公用文の送り仮名, issue 17)', () => {
  it('支えあう / 助けあい / 話しあい / 支えあって (相模原 「支えあっている」): 合 in kanji, the ending kept', async () => {
    const got = await prose(['共に支えあう地域づくり', '住民間の助けあいを助長する', '話しあいの場', '互いに支えあっていると感じる', '認めあえる社会'], { profile: 'draft' });
    expect(got.map((g) => [g.path, g.ja.split(' 複合動詞')[0]])).toEqual([
      ['goals[0].description[0]', '「支えあう」: 支えあう => 支え合う'],
      ['goals[0].description[1]', '「助けあい」: 助けあい => 助け合い'],
      ['goals[0].description[2]', '「話しあい」: 話しあい => 話し合い'],
      ['goals[0].description[3]', '「支えあっ」: 支えあっ => 支え合っ'],
      ['goals[0].description[4]', '「認めあえ」: 認めあえ => 認め合え'],
    ]);
  });
  it('支え合う, all-kana names (ささえあい), 支えあり, 教えあげる and ふれあい are not reported', async () => {
    expect(await prose(['支え合う地域', 'ささえあいプラン', '支えありがとう', '教えあげる', 'ふれあいサロン', '話合い'], { profile: 'draft' })).toEqual([]);
  });
});

describe('every keikaku prose rule has its file, doc, table and README mention', () => {
  const pkg = (rel: string) => fileURLToPath(new URL(`../../${rel}`, import.meta.url));
  const own = PROSE_RULES.filter((r) => r.own).map((r) => r.id);
  it('there are some', () => expect(own.length).toBeGreaterThanOrEqual(4));
  for (const id of own) {
    it(id, () => {
      expect(existsSync(pkg(`src/prose/rules/${id}.ts`))).toBe(true);
      expect(readFileSync(pkg(`docs/prose/${id}.md`), 'utf8')).toContain(`(prose/${id})`);
      expect(existsSync(pkg(`test/prose/${id}.test.ts`))).toBe(true);
      expect(readFileSync(pkg('docs/prose.md'), 'utf8')).toContain(`(prose/${id}.md)`);
    });
  }
});

describe('a suppression of a keikaku prose rule', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });
  function workspace(plan: string): { root: string; doc: ReturnType<typeof loadPlan> } {
    const root = mkdtempSync(join(tmpdir(), 'keikaku-lint-prose-'));
    roots.push(root);
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - plans/*\n');
    const dir = join(root, 'plans/x');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'plan.ts'), plan);
    return { root, doc: loadPlan(root, { id: 'x', dir, planFile: join(dir, 'plan.ts'), progressFiles: [], strayProgressFiles: [] }) };
  }
  const plan = planText({
    goals: goal([indicator()], `description: [\n      // keikaku-disable-next-line prose/adjectival-noun-suru -- 原典どおり（旭川 p.40）\n      '助け合いを円滑し、防災活動を広げます。',\n    ],`),
  });
  it('suppresses the finding under publish', async () => {
    const { root, doc } = workspace(plan);
    const got = await lintPlan(root, doc, { profile: 'publish', today: '2025-06-01' });
    expect(got.filter((f) => f.ruleId === 'prose/adjectival-noun-suru').map((f) => f.suppressed?.reason)).toEqual(['原典どおり（旭川 p.40）']);
    expect(got.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
  });
  it('is not called unused by a draft run, which does not run the rule', async () => {
    const { root, doc } = workspace(plan);
    const got = await lintPlan(root, doc, { profile: 'draft', today: '2025-06-01' });
    expect(got.filter((f) => f.ruleId === 'prose/adjectival-noun-suru' || f.ruleId === 'unused-suppression')).toEqual([]);
  });
  it('is called unused when the rule ran and found nothing', async () => {
    const { root, doc } = workspace(plan.replace('円滑し', '円滑にし'));
    const got = await lintPlan(root, doc, { profile: 'publish', today: '2025-06-01' });
    expect(got.filter((f) => f.ruleId === 'unused-suppression').map((f) => f.data)).toEqual([{ rules: 'prose/adjectival-noun-suru' }]);
  });
});
