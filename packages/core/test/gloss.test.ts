/**
 * The Japanese gloss of the compiler's messages, through the real compiler
 * (TypeScript 7's command line): one table of plans, each the base plan of
 * test/support/temp-workspace.ts with one edit, and the one finding it must
 * give, at its exact place and with the text it spans.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../src/finding.js';
import { allowedWords, missingFields, typecheck } from '../src/typecheck/index.js';
import { planModule, tempWorkspace } from '../../../test/support/temp-workspace.js';

interface Case {
  edit: (plan: string) => string;
  /** line:column-endLine:endColumn */
  at: string;
  /** The source text the finding spans (its start, for a long span). */
  spans: string;
  ruleId: string;
  path?: string;
  ja: string;
  hint?: string | RegExp;
}

const CASES: Record<string, Case> = {
  'a missing required field at the top names it in Japanese (not a year-helper hint)': {
    edit: (s) => s.replace("  edition: '第1期',\n", ''),
    at: '3:27-24:2',
    spans: '{\n  id:',
    ruleId: 'tsc/TS2345',
    ja: '必須項目 edition（版）がありません',
    hint: 'edition を書き足してください。原典に記載がなければ notStated() と書きます。',
  },
  'a missing field of a nested object names it': {
    edit: (s) => s.replace(", prefecture: '北海道' }", ' }'),
    at: '5:3-5:15',
    spans: 'municipality',
    ruleId: 'tsc/TS2741',
    path: 'municipality',
    ja: '必須項目 prefecture（都道府県）がありません',
  },
  'a missing field of an indicator names it': {
    edit: (s) => s.replace("name: '指標A', ", ''),
    at: '20:9-20:135',
    spans: "{ id: 'ind-a'",
    ruleId: 'tsc/TS2741',
    path: 'goals[0].indicators[0]',
    ja: '必須項目 name（名称）がありません',
  },
  'a word outside a closed vocabulary lists the allowed words': {
    edit: (s) => s.replace("unit: '%',", "unit: '%', measure: '年間',"),
    at: '20:48-20:55',
    spans: 'measure',
    ruleId: 'tsc/TS2322',
    path: 'goals[0].indicators[0].measure',
    ja: 'measure（数え方）に使えない語です: 年間（使える語: 年度末時点・単年度・累計・延べ）',
    hint: '年度末時点・単年度・累計・延べ のどれかを書いてください。',
  },
  'a direction word outside its vocabulary lists increase, decrease and maintain': {
    edit: (s) => s.replace("direction: 'increase'", "direction: 'up'"),
    at: '20:48-20:57',
    spans: 'direction',
    ruleId: 'tsc/TS2322',
    path: 'goals[0].indicators[0].direction',
    ja: 'direction（方向）に使えない語です: up（使える語: increase・decrease・maintain）',
    hint: 'increase・decrease・maintain のどれかを書いてください。',
  },
  'a unit outside the list says so, with the built-in list': {
    edit: (s) => s.replace("unit: '%'", "unit: '人数'"),
    at: '20:37-20:41',
    spans: 'unit',
    ruleId: 'tsc/TS2322',
    path: 'goals[0].indicators[0].unit',
    ja: '単位が一覧にありません',
    hint: /^単位は組み込みの一覧/,
  },
  'a year written as a string': {
    edit: (s) => s.replace('fy: reiwa(4)', "fy: '令和4年度'"),
    at: '20:83-20:85',
    spans: 'fy',
    ruleId: 'tsc/TS2322',
    path: 'goals[0].indicators[0].baseline.fy',
    ja: '年度の書き方が違います',
    hint: /^この項目は年度です/,
  },
  'a year helper given a string keeps the year-helper hint': {
    edit: (s) => s.replace('fy: reiwa(4)', "fy: reiwa('4')"),
    at: '20:93-20:96',
    spans: "'4'",
    ruleId: 'tsc/TS2345',
    path: 'goals[0].indicators[0].baseline.fy',
    ja: '関数に渡した値の型が合いません',
    hint: '年度ヘルパーには数値を渡します（reiwa(6)）。',
  },
};

describe('the gloss of the compiler messages, at exact places', () => {
  const entries = Object.entries(CASES);
  const ws = tempWorkspace(Object.fromEntries(entries.map(([, c], i) => [`plans/p${i}/plan.ts`, c.edit(planModule(`p${i}`))])));
  const found = new Map<string, Finding[]>();
  beforeAll(async () => {
    const files = entries.map((_, i) => join(ws, `plans/p${i}/plan.ts`));
    const r = await typecheck(ws, files, { cache: false });
    for (const f of r.findings) found.set(f.file, [...(found.get(f.file) ?? []), f]);
  }, 60_000);

  it.each(entries.map(([label, c], i) => [label, c, i] as const))('%s', (_label, c, i) => {
    const file = `plans/p${i}/plan.ts`;
    const list = found.get(file) ?? [];
    expect(list).toHaveLength(1);
    const f = list[0]!;
    expect(`${f.line}:${f.column}-${f.endLine}:${f.endColumn}`).toBe(c.at);
    expect(f.ruleId).toBe(c.ruleId);
    expect(f.path).toBe(c.path);
    expect(f.message.ja).toBe(c.ja);
    if (typeof c.hint === 'string') expect(f.hint?.ja).toBe(c.hint);
    else if (c.hint) expect(f.hint?.ja).toMatch(c.hint);
    const lines = readFileSync(join(ws, file), 'utf8').split('\n');
    const start = lines.slice(0, f.line - 1).join('\n').length + (f.line > 1 ? 1 : 0) + f.column - 1;
    expect(lines.join('\n').slice(start, start + c.spans.length)).toBe(c.spans);
  });
});

describe('reading the message', () => {
  it.each<[string, string, string[]]>([
    ['one property', "Argument of type '{ id: string; }' is not assignable to parameter of type 'PlanModule'.\nProperty 'edition' is missing in type '{ id: string; }' but required in type 'PlanModule'.", ['edition']],
    ['several properties', "Type '{ id: string; }' is missing the following properties from type 'Indicator': name, unit", ['name', 'unit']],
    ['several, and more', "Type '{}' is missing the following properties from type 'PlanModule': id, municipality, title, edition, and 8 more.", ['id', 'municipality', 'title', 'edition']],
    ['none', "Type 'number' is not assignable to type 'string'.", []],
  ])('missingFields: %s', (_l, message, expected) => {
    expect(missingFields(message)).toEqual(expected);
  });

  it.each<[string, string, readonly string[] | undefined]>([
    ['a named vocabulary', `Type '"年間"' is not assignable to type 'Measure | undefined'.`, ['年度末時点', '単年度', '累計', '延べ']],
    ['an inline union of words', `Type '"県"' is not assignable to type '"市" | "町" | "村" | undefined'.`, ['市', '町', '村']],
    ['a unit (open: declared units too) is not a closed vocabulary', `Type '"人数"' is not assignable to type 'Unit<unknown> | undefined'.`, undefined],
    ['a number is not a word', "Type 'number' is not assignable to type 'Measure'.", undefined],
  ])('allowedWords: %s', (_l, message, expected) => {
    expect(allowedWords(message)).toEqual(expected);
  });
});
