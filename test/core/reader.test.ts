/**
 * The static reader: what it accepts, what it refuses (with the exact place
 * and what to write instead), and its source map. Every case reads a module
 * from a string, as `keikaku diff` will read `git show` output.
 */
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readModule, readModuleFile } from '@keikaku/core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const plan = (body: string, head = "import { definePlan, fy, reiwa, heisei, tbd, notStated } from '@keikaku/schema';") =>
  `${head}\nexport default definePlan({\n${body}\n});\n`;

const read = (text: string, kind: 'plan' | 'progress' = 'plan') => readModule(text, { file: 'plans/x/plan.ts', kind });

describe('accepted constructs', () => {
  it.each([
    ["  s: 'text',", { s: 'text' }],
    ['  s: `no substitution`,', { s: 'no substitution' }],
    ['  n: -1.5, m: +2, k: 1_000,', { n: -1.5, m: 2, k: 1000 }],
    ['  t: true, f: false, z: null,', { t: true, f: false, z: null }],
    ["  'quoted-key': 1, 2: 'numeric key',", { 'quoted-key': 1, '2': 'numeric key' }],
    ["  a: [1, 'two', { three: 3 }],", { a: [1, 'two', { three: 3 }] }],
    ['  y: reiwa(6), h: heisei(31), g: fy(2024), e: reiwa(\'元\'),', { y: 2024, h: 2019, g: 2024, e: 2019 }],
    ["  t: tbd('令和〇年度'), n: notStated(), m: notStated('記載なし'),", { t: { tbd: '令和〇年度' }, n: { notStated: true }, m: { notStated: true, note: '記載なし' } }],
    ["  c: ('paren' as const), d: { a: 1 } satisfies object,", { c: 'paren', d: { a: 1 } }],
    ["  u: '\\u3007\\n',", { u: '〇\n' }],
  ])('%s', (body, expected) => {
    const r = read(plan(body));
    expect(r.findings).toEqual([]);
    expect(r.value).toEqual(expected);
  });

  it('accepts type-only imports and a progress module importing its own plan', () => {
    const text = [
      "import type { Plan } from '@keikaku/schema';",
      "import { defineProgress, fy } from '@keikaku/schema';",
      "import plan from '../plan.js';",
      "export default defineProgress(plan, { plan: 'x', fy: fy(2024), actuals: [] });",
    ].join('\n');
    const r = read(text, 'progress');
    expect(r.findings).toEqual([]);
    expect(r.value).toEqual({ plan: 'x', fy: 2024, actuals: [] });
  });

  it('reads all five bundled plans and the FY2024 progress without a finding', () => {
    const root = new URL('../..', import.meta.url).pathname;
    for (const id of ['sapporo', 'asahikawa', 'tomakomai', 'otaru', 'kanazawa']) {
      const r = readModuleFile(root, join(root, 'plans', id, 'plan.ts'), 'plan');
      expect(r.findings, id).toEqual([]);
      expect((r.value as { id: string }).id).toBe(id);
    }
    const p = readModuleFile(root, join(root, 'plans/sapporo/progress/2024.ts'), 'progress');
    expect(p.findings).toEqual([]);
  });
});

describe('refused constructs: a located finding that says what to write instead', () => {
  // body line 1 of the literal is file line 3
  it.each([
    ['  ...other,', 'reader/spread', 3, 3],
    ['  a: [...xs],', 'reader/spread', 3, 7],
    ['  a: someConstant,', 'reader/identifier', 3, 6],
    ["  ['computed']: 1,", 'reader/computed-key', 3, 3],
    ['  shorthand,', 'reader/shorthand', 3, 3],
    ['  get x() { return 1; },', 'reader/method', 3, 3],
    ['  f() { return 1; },', 'reader/method', 3, 3],
    ['  a: `x${1}`,', 'reader/template', 3, 6],
    ['  a: Math.max(1, 2),', 'reader/call', 3, 6],
    ["  a: require('node:fs'),", 'reader/call', 3, 6],
    ['  a: 1 + 1,', 'reader/expression', 3, 6],
    ['  a: () => 1,', 'reader/expression', 3, 6],
    ['  a: new Date(),', 'reader/expression', 3, 6],
    ['  a: Infinity,', 'reader/not-finite', 3, 6],
    ['  a: -Infinity,', 'reader/not-finite', 3, 6],
    ['  a: 1e999,', 'reader/not-finite', 3, 6],
    ['  a: NaN,', 'reader/not-finite', 3, 6],
    ['  a: [1, , 2],', 'reader/hole', 3, 6],
    ['  a: 1, a: 2,', 'reader/duplicate-key', 3, 9],
    ['  a: fy(2024.5),', 'reader/helper-argument', 3, 6],
    ['  a: reiwa(0),', 'reader/helper-argument', 3, 6],
    ['  a: fy(Infinity),', 'reader/not-finite', 3, 9],
    ["  a: reiwa('6'),", 'reader/helper-argument', 3, 6],
    // Casts silence tsc: refused at the cast, whatever they wrap (issue 17).
    ["  a: 'x' as never,", 'reader/cast', 3, 6],
    ['  a: (1 as unknown) as number,', 'reader/cast', 3, 6],
    ['  a: { b: 1 } as never,', 'reader/cast', 3, 6],
    ['  a: <never>1,', 'reader/cast', 3, 6],
    ['  a: fy(2024)!,', 'reader/cast', 3, 6],
    ["  a: ('x' satisfies string) as never,", 'reader/cast', 3, 6],
  ])('%s → %s at %i:%i', (body, ruleId, line, column) => {
    const r = read(plan(body));
    expect(r.value).toBeUndefined();
    const f = r.findings.find((x) => x.ruleId === ruleId);
    expect(f, JSON.stringify(r.findings)).toBeDefined();
    expect([f!.line, f!.column]).toEqual([line, column]);
    expect(f!.severity).toBe('error');
    expect(f!.message.ja.length).toBeGreaterThan(0);
    expect(f!.message.en.length).toBeGreaterThan(0);
    expect(f!.hint?.ja.length).toBeGreaterThan(0);
  });

  it('accepts as const and satisfies, which keep tsc checking (issue 17)', () => {
    const r = read(plan("  a: ['x', 'y'] as const,\n  b: (1 satisfies number),\n  c: { d: 'e' } as const satisfies object,"));
    expect(r.findings).toEqual([]);
    expect(r.value).toEqual({ a: ['x', 'y'], b: 1, c: { d: 'e' } });
  });

  it('refuses a cast of the whole plan literal, located at the cast', () => {
    const r = read("import { definePlan } from '@keikaku/schema';\nexport default definePlan({\n  id: 'x',\n} as never);\n");
    expect(r.value).toBeUndefined();
    expect(r.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['reader/cast', 2, 27]]);
  });

  it('says "not a whole year" for fy(2024.5) and "not a finite number" for Infinity', () => {
    expect(read(plan('  a: fy(2024.5),')).findings[0]!.message.en).toContain('not a whole year');
    expect(read(plan('  a: Infinity,')).findings[0]!.message.en).toContain('not a finite number');
    expect(read(plan('  a: reiwa(0),')).findings[0]!.message.ja).toContain('令和0年度 は存在しません');
  });

  it.each([
    ["import fs from 'node:fs';", 'reader/import-source'],
    ["import { execSync } from 'node:child_process';", 'reader/import-source'],
    ["import { validatePlan } from '@keikaku/schema';", 'reader/import-name'],
    ["import * as s from '@keikaku/schema';", 'reader/import-name'],
    ["import plan from '../plan.js';", 'reader/import-source'], // only a progress module may import its plan
  ])('refuses the import %s', (head, ruleId) => {
    const r = read(plan("  id: 'x',", `import { definePlan } from '@keikaku/schema';\n${head}`));
    expect(r.findings.map((f) => f.ruleId)).toContain(ruleId);
    expect(r.value).toBeUndefined();
  });

  it.each([
    ['process.exit(0);'],
    ['while (true) {}'],
    ['await new Promise(() => {});'],
    ["console.log('noise');"],
    ["setTimeout(() => { throw new Error('boom'); }, 0);"],
    ["const x = 1;"],
    ["export const extra = 1;"],
    ["function f() {}"],
  ])('refuses the statement %s without running it', (stmt) => {
    const r = read(`import { definePlan } from '@keikaku/schema';\n${stmt}\nexport default definePlan({ id: 'x' });\n`);
    const f = r.findings.find((x) => x.ruleId === 'reader/statement');
    expect(f).toBeDefined();
    expect(f!.line).toBe(2);
    expect(r.value).toBeUndefined();
  });

  it('refuses a default export that is not definePlan({ … })', () => {
    expect(read("import { definePlan } from '@keikaku/schema';\nexport default { id: 'x' };\n").findings[0]!.ruleId).toBe('reader/define-call');
    expect(read("import { definePlan } from '@keikaku/schema';\n").findings[0]!.ruleId).toBe('reader/no-default-export');
  });

  it('refuses a progress module whose first argument is not its imported plan', () => {
    const text = "import { defineProgress, fy } from '@keikaku/schema';\nexport default defineProgress({} as never, { plan: 'x', fy: fy(2024), actuals: [] });\n";
    expect(read(text, 'progress').findings.map((f) => f.ruleId)).toContain('reader/progress-plan-arg');
  });

  it('reports a syntax error at its place instead of guessing', () => {
    const r = read(plan("  a: 'x'\n  b: 1,"));
    expect(r.findings[0]!.ruleId).toBe('reader/syntax-error');
    expect(r.findings[0]!.line).toBe(4);
  });

  it('refuses a literal nested deeper than it reads, without crashing', () => {
    const deep = `${'{ a: '.repeat(200)}1${' }'.repeat(200)}`;
    const r = read(plan(`  d: ${deep},`));
    expect(r.findings.map((f) => f.ruleId)).toContain('reader/too-deep');
    expect(r.value).toBeUndefined();
  });

  it('does not echo a long value in full', () => {
    const long = 'x'.repeat(100_000);
    const r = read(plan(`  a: ${long},`));
    const f = r.findings[0]!;
    expect(f.ruleId).toBe('reader/identifier');
    expect(f.message.ja.length).toBeLessThan(200);
    expect(f.message.en.length).toBeLessThan(200);
  });
});

describe('files that are not UTF-8', () => {
  it('gives one finding naming Shift_JIS (CP932), the first bad byte and how to convert it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keikaku-sjis-'));
    // 「計画」 in Shift_JIS: 0x8C 0x76 0x89 0xE6
    const text = Buffer.concat([
      Buffer.from("import { definePlan } from '@keikaku/schema';\nexport default definePlan({ title: '"),
      Buffer.from([0x8c, 0x76, 0x89, 0xe6]),
      Buffer.from("' });\n"),
    ]);
    writeFileSync(join(dir, 'plan.ts'), text);
    const r = readModuleFile(dir, join(dir, 'plan.ts'), 'plan');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.ruleId).toBe('reader/not-utf8');
    expect(r.findings[0]!.message.ja).toContain('Shift_JIS');
    // iconv's SHIFT_JIS fails on ① and ㈱ (NEC and IBM extensions a Japanese PC writes); CP932 has them.
    expect(r.findings[0]!.hint!.en).toContain('iconv -f CP932 -t UTF-8');
    expect([r.findings[0]!.line, r.findings[0]!.column]).toEqual([2, 37]);
  });

  it('tolerates a UTF-8 byte order mark and keeps columns right', () => {
    const r = read(`\uFEFF${plan('  a: x,')}`);
    expect(r.findings[0]!.ruleId).toBe('reader/identifier');
    expect([r.findings[0]!.line, r.findings[0]!.column]).toEqual([3, 6]);
  });
  // readModuleFile from disk: a BOM dropped, U+FFFD written on purpose kept, the first bad byte found after both.
  const onDisk = (bytes: Buffer) => {
    const dir = mkdtempSync(join(tmpdir(), 'keikaku-utf8-'));
    writeFileSync(join(dir, 'plan.ts'), bytes);
    return readModuleFile(dir, join(dir, 'plan.ts'), 'plan');
  };

  it('reads a file with a UTF-8 byte order mark as the same file without it', () => {
    const bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    const good = plan("  title: '見守り',");
    expect(onDisk(bom(good)).value).toEqual({ title: '見守り' });
    expect(onDisk(bom(good))).toEqual(onDisk(Buffer.from(good)));
    const bad = plan("  title: '見守り',\n  a: x,");
    expect(onDisk(bom(bad)).findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['reader/identifier', 4, 6]]);
    expect(onDisk(bom(bad))).toEqual(onDisk(Buffer.from(bad)));
  });

  it('takes a U+FFFD written on purpose in a UTF-8 file as text, not as a sign of another encoding', () => {
    const r = onDisk(Buffer.from(plan("  title: '文字化け\uFFFD記号',")));
    expect(r.findings).toEqual([]);
    expect(r.value).toEqual({ title: '文字化け\uFFFD記号' });
  });

  it('finds the first bad byte after a byte order mark and a U+FFFD written on purpose', () => {
    // Line 2: "export default definePlan({ title: '\uFFFD" then 「計画」 in Shift_JIS; the BOM is no column.
    const r = onDisk(
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from("import { definePlan } from '@keikaku/schema';\nexport default definePlan({ title: '\uFFFD"),
        Buffer.from([0x8c, 0x76, 0x89, 0xe6]),
        Buffer.from("' });\n"),
      ]),
    );
    expect(r.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual([['reader/not-utf8', 2, 38]]);
    expect(r.value).toBeUndefined();
  });
});

describe('the source map', () => {
  const text = plan([
    "  title: '見守り\\u3007活動',",
    '  goals: [',
    "    { id: 'g1', indicators: [{ target: { fy: reiwa(11), value: 100 } }] },",
    '  ],',
    "  emoji: '😀😀', after: 'x',",
  ].join('\n'));
  const r = read(text);
  const sm = r.sourceMap;

  it('locates a plan path at its value', () => {
    const { range, unresolved } = sm.locate(['goals', 0, 'indicators', 0, 'target', 'fy']);
    expect(unresolved).toEqual([]);
    expect(text.slice(range.start, range.end)).toBe('reiwa(11)');
    expect(sm.position(range.start)).toEqual({ line: 5, column: 46 });
  });

  it('locates a missing field at the deepest written ancestor', () => {
    const { range, unresolved } = sm.locate(['goals', 0, 'indicators', 0, 'baseline', 'fy']);
    expect(unresolved).toEqual(['baseline', 'fy']);
    expect(text.slice(range.start, range.start + 9)).toBe('{ target:');
  });

  it('maps a position back to its plan path', () => {
    const at = text.indexOf('100');
    expect(sm.pathAt(at)).toEqual(['goals', 0, 'indicators', 0, 'target', 'value']);
  });

  it('maps characters of a string value to their place in the file, through escapes', () => {
    // value: 見守り〇活動 — the 〇 is written as \u3007 (6 characters in the file)
    const range = sm.stringRange(['title'], 3, 4)!;
    expect(text.slice(range.start, range.end)).toBe('\\u3007');
    const after = sm.stringRange(['title'], 4, 6)!;
    expect(text.slice(after.start, after.end)).toBe('活動');
  });

  it('counts columns in UTF-16 code units, as tsc does', () => {
    const at = text.indexOf("after:");
    // line 7: "  emoji: '😀😀', after: 'x'," — each emoji is 2 code units
    expect(sm.position(at)).toEqual({ line: 7, column: 18 });
  });

  it('lists comments for inline suppressions', () => {
    const c = read(plan("  // keikaku-disable-next-line missing-target -- 数値目標は設定しない\n  a: 1,")).sourceMap.comments();
    expect(c.map((x) => [x.line, x.text])).toEqual([[3, '// keikaku-disable-next-line missing-target -- 数値目標は設定しない']]);
  });
});

describe('source map positions near the top of a file', () => {
  // position() places an offset near the top from the text before it (check places every plan's id
  // that way) instead of building the whole file's line map: it must answer as TypeScript does.
  const piece = fc.constantFrom('a', 'あ', '😀', ' ', '\n', '\r', '\r\n', '\u2028', '\u2029', "'", '{', '\t');
  it('gives TypeScript’s line and column for every offset, whatever the line breaks', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), (pieces) => {
        const text = pieces.join('');
        const sf = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
        for (let offset = 0; offset <= text.length; offset++) {
          // A fresh map for each offset: the first answer of a map is the one that takes the short way.
          const { sourceMap } = readModule(text, { file: 'x.ts', kind: 'plan' });
          const { line, character } = ts.getLineAndCharacterOfPosition(sf, offset);
          expect(sourceMap.position(offset)).toEqual({ line: line + 1, column: character + 1 });
        }
      }),
      { numRuns: 60 },
    );
  });
});
