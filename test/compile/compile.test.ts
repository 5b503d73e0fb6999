/**
 * Compile-time guarantees of @keikaku/schema, checked with the real TypeScript
 * compiler on the modules in test/fixtures/compile/ (excluded from tsconfig.json
 * and from vitest, so the bad ones do not break the build).
 *
 * - good/*.ts must compile with zero diagnostics;
 * - each bad case, made from good/base-plan.ts or good/progress.ts by one
 *   edit (written to test/.tmp/ before compiling), must fail with exactly one
 *   diagnostic: the expected code, on the line the edit marks
 *   `// expect-error`, spanning the expected token, with a message naming the
 *   mistake — and nothing else.
 *
 * One program per view compiles every fixture; diagnostics are grouped by file. The fixtures resolve '@keikaku/schema' the
 * way plan modules do, through the workspace node_modules/@keikaku/schema.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePlan, validateProgress } from '@keikaku/schema';
import { compilerOptions as planCompilerOptions, readModuleFile, schemaFinding } from '@keikaku/core';
import goodPlan from '../fixtures/compile/good/plan.js';
import goodProgress from '../fixtures/compile/good/progress.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'test/fixtures/compile');
const MARKER = '// expect-error';

interface Expected {
  /** The edit that makes the case: in `base`, the one place `from` occurs becomes `to` (which carries the marker). */
  edit: { base: 'base-plan.ts' | 'progress.ts'; from: string; to: string; also?: [from: string, to: string] };
  /** Allowed diagnostic codes (TS picks 2820 over 2322 when it has a "Did you mean"). */
  codes: number[];
  /** The source text the diagnostic spans: exact string, or a pattern for long spans. */
  span: string | RegExp;
  /** Substrings / patterns the flattened message must contain. */
  message: (string | RegExp)[];
}

const BAD: Record<string, Expected> = {
  'progress-unknown-indicator.ts': {
    edit: { base: 'progress.ts', from: "{ indicator: 'mimamori-wariai', value: 98.2, asOf: '2025-03-31' },", to: "{ indicator: 'mimamori-wariia', value: 98.2, asOf: '2025-03-31' }, // expect-error" },
    codes: [2820, 2322],
    span: 'indicator',
    message: ["'\"mimamori-wariia\"'", 'IndicatorIdOf'],
  },
  'raw-year-string.ts': {
    edit: { base: 'base-plan.ts', from: 'target: { fy: fy(2029), value: 100 },', to: "target: { fy: '令和〇年度', value: 100 }, // expect-error" },
    codes: [2322],
    span: 'fy',
    message: ["Type 'string' is not assignable", 'YearRef'],
  },
  'raw-year-number.ts': {
    edit: { base: 'base-plan.ts', from: 'target: { fy: fy(2029), value: 100 },', to: 'target: { fy: 2024, value: 100 }, // expect-error' },
    // A bare 2024 is a number but not a FiscalYear: only the brand rejects it.
    codes: [2322],
    span: 'fy',
    message: ["Type 'number' is not assignable", /'YearRef'/],
  },
  'unit-outside-set.ts': {
    edit: { base: 'base-plan.ts', from: "unit: '%',", to: "unit: '人数', // expect-error" },
    codes: [2322],
    span: 'unit',
    message: ['\'"人数"\' is not assignable', 'Unit<unknown>'],
  },
  'undeclared-unit.ts': {
    edit: { base: 'base-plan.ts', from: "unit: '%',", to: "unit: '人日', // expect-error", also: ["  legalBasis:", "  vocabulary: { units: ['人・日'] },\n  legalBasis:"] },
    // The plan declares 人・日; 人日 is neither built in nor declared.
    codes: [2322],
    span: 'unit',
    message: ['\'"人日"\' is not assignable', '"人・日"'],
  },
  'unknown-key.ts': {
    edit: { base: 'base-plan.ts', from: 'target: { fy: fy(2029), value: 100 },', to: "target: { fy: fy(2029), value: 100, notes: '計画書 p.3' }, // expect-error" },
    // definePlan's parameter is P & PlanModule: the non-generic half makes tsc check excess keys.
    codes: [2322, 2353, 2561],
    span: 'notes',
    message: ["'notes' does not exist"],
  },
  'progress-unknown-key.ts': {
    edit: { base: 'progress.ts', from: "provisional: true, printed: '1,817件（12月末時点）' },", to: "provisonal: true, printed: '1,817件（12月末時点）' }, // expect-error" },
    codes: [2353, 2561],
    span: 'provisonal',
    message: ["'provisonal' does not exist", "Did you mean to write 'provisional'?"],
  },
  'missing-required-field.ts': {
    edit: { base: 'base-plan.ts', from: "        {\n          id: 'wariai',\n          name: '割合',\n", to: "        { // expect-error: TS reports the missing `name` at the opening brace of the indicator\n          id: 'wariai',\n" },
    codes: [2741],
    span: /^\{[^]*id: 'wariai'[^]*\}$/,
    message: ["Property 'name' is missing"],
  },
  'baseline-wrong-shape.ts': {
    edit: { base: 'base-plan.ts', from: 'baseline: { fy: fy(2022), value: 97.75 },', to: 'baseline: 97.75, // expect-error' },
    codes: [2322],
    span: 'baseline',
    message: ["Type 'number' is not assignable", 'Observation<unknown>'],
  },
  'value-wrong-shape.ts': {
    edit: { base: 'base-plan.ts', from: 'baseline: { fy: fy(2022), value: 97.75 },', to: "baseline: { fy: fy(2022), value: '97.75%' }, // expect-error" },
    codes: [2322],
    span: 'value',
    message: [/Type 'string' is not assignable to type 'Value<unknown>'/],
  },
};

interface Found {
  code: number;
  line: number; // 1-based
  span: string;
  message: string;
}

/**
 * The two ways plans are compiled:
 * - editor: tsconfig.base.json, `@keikaku/schema` resolving to the full index.ts (the strict definePlan);
 * - check: `keikaku check`'s compiler options (@keikaku/core), with the `keikaku-plan` condition that
 *   resolves `@keikaku/schema` to plan-api.ts, which loads no Zod (issue 6).
 * Every fixture must fail the same way in both, except an unknown key alone, which check's compiler
 * leaves to Zod's strict objects (see the last test).
 */
type View = 'editor' | 'check';
/** Bad fixtures whose one diagnostic check's compiler does not repeat. */
const EDITOR_ONLY = new Set(['unknown-key.ts']);

interface Compiled {
  /** file name → diagnostics, for every fixture, from one program. */
  byFile: Map<string, Found[]>;
  /** Diagnostics outside the fixtures (the schema sources, options, globals): must be none. */
  elsewhere: string[];
  /** Every file the program read. */
  files: string[];
}
const compiled = new Map<View, Compiled>();

function editorOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, 'tsconfig.base.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configPath);
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('\n'));
  return { ...parsed.options, noEmit: true };
}

function fixtureFiles(kind: 'good'): string[] {
  return readdirSync(join(FIXTURES, kind))
    .filter((f) => f.endsWith('.ts'))
    .sort();
}

/** Where the bad cases are written (inside the repository, so that '@keikaku/schema' resolves as for a plan). */
const BAD_DIR = join(mkdtempSync(join(ROOT, 'test', '.tmp', 'compile-bad-')), 'bad');

/** Applies one case's edit to its base; `from` must occur exactly once, so a changed base fails loudly. */
function makeCase(e: Expected['edit']): string {
  const once = (text: string, from: string, to: string) => {
    const parts = text.split(from);
    if (parts.length !== 2) throw new Error(`the edit's text occurs ${parts.length - 1} times in good/${e.base}: ${from}`);
    return parts.join(to);
  };
  let text = once(readFileSync(join(FIXTURES, 'good', e.base), 'utf8'), e.from, e.to);
  if (e.also) text = once(text, ...e.also);
  // A progress case imports the good plan from where it is written.
  const planPath = relative(BAD_DIR, join(FIXTURES, 'good', 'plan.js')).split('\\').join('/');
  return text.replace("from './plan.js'", `from '${planPath}'`);
}

function writeBadCases(): void {
  mkdirSync(BAD_DIR, { recursive: true });
  for (const [name, expected] of Object.entries(BAD)) writeFileSync(join(BAD_DIR, name), makeCase(expected.edit));
}

function markedLine(text: string): number {
  const lines = text.split('\n');
  const marked = lines.flatMap((l, i) => (l.includes(MARKER) ? [i + 1] : []));
  if (marked.length !== 1) throw new Error(`fixture must mark exactly one line with "${MARKER}", found ${marked.length}`);
  return marked[0]!;
}

function compile(options: ts.CompilerOptions): Compiled {
  const rootNames = [...fixtureFiles('good').map((f) => join(FIXTURES, 'good', f)), ...Object.keys(BAD).map((f) => join(BAD_DIR, f))];
  const program = ts.createProgram({ rootNames, options });
  const byFile = new Map<string, Found[]>(rootNames.map((f) => [ts.sys.resolvePath(f), []]));
  const elsewhere = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
    const file = d.file ? byFile.get(ts.sys.resolvePath(d.file.fileName)) : undefined;
    if (!d.file || !file || d.start === undefined) {
      elsewhere.push(`${d.file?.fileName ?? '(global)'} TS${d.code}: ${message}`);
      continue;
    }
    file.push({
      code: d.code,
      line: d.file.getLineAndCharacterOfPosition(d.start).line + 1,
      span: d.file.text.slice(d.start, d.start + (d.length ?? 0)),
      message,
    });
  }
  return { byFile, elsewhere, files: program.getSourceFiles().map((sf) => sf.fileName) };
}

beforeAll(() => {
  writeBadCases();
  compiled.set('editor', compile(editorOptions()));
  compiled.set('check', compile(planCompilerOptions(ROOT)));
}, 60_000);

const diagnosticsOf = (view: View, kind: 'good' | 'bad', name: string) =>
  compiled.get(view)!.byFile.get(ts.sys.resolvePath(kind === 'good' ? join(FIXTURES, 'good', name) : join(BAD_DIR, name)))!;
const VIEWS: View[] = ['editor', 'check'];

describe('compile-time guarantees', () => {
  it.each(VIEWS)('%s: produces no diagnostics outside the fixtures', (view) => {
    expect(compiled.get(view)!.elsewhere).toEqual([]);
  });

  it('the fixtures find the real package: the index in editors, the Zod-free plan API in check', () => {
    const editor = compiled.get('editor')!.files;
    const check = compiled.get('check')!.files;
    expect(editor.some((f) => /packages\/schema\/src\/index\.ts$/.test(f))).toBe(true);
    expect(editor.some((f) => /\/zod\//.test(f))).toBe(true);
    expect(check.some((f) => /packages\/schema\/src\/plan-api\.ts$/.test(f))).toBe(true);
    expect(check.filter((f) => /\/zod\/|packages\/schema\/src\/index\.ts$/.test(f))).toEqual([]);
  });

  it('has exactly the expected good fixtures, and each bad case differs from its base by its edit alone', () => {
    expect(fixtureFiles('good')).toEqual(['base-plan.ts', 'plan.ts', 'progress.ts']);
    for (const [name, { edit }] of Object.entries(BAD)) {
      const base = readFileSync(join(FIXTURES, 'good', edit.base), 'utf8').split('\n');
      const made = readFileSync(join(BAD_DIR, name), 'utf8').split('\n');
      const changed = made.filter((l) => !base.includes(l));
      expect(changed.some((l) => l.includes(MARKER)), name).toBe(true);
    }
  });

  it.each(VIEWS.flatMap((v) => ['base-plan.ts', 'plan.ts', 'progress.ts'].map((f) => [v, f])))('%s: good/%s compiles with zero diagnostics', (view, name) => {
    expect(diagnosticsOf(view as View, 'good', name).map((d) => `${d.line}: TS${d.code} ${d.message}`)).toEqual([]);
  });

  const cases = VIEWS.flatMap((view) =>
    Object.entries(BAD)
      .filter(([name]) => view === 'editor' || !EDITOR_ONLY.has(name))
      .map(([name, expected]) => [view, name, expected] as const),
  );
  it.each(cases)('%s: bad/%s fails with exactly the expected diagnostic', (view, name, expected) => {
    const found = diagnosticsOf(view, 'bad', name);
    // Exactly one: an unrelated error would mean the fixture tests more (or other) than it says.
    expect(found.map((d) => `${d.line}: TS${d.code} ${d.message}`)).toHaveLength(1);
    const [d] = found;
    const text = ts.sys.readFile(join(BAD_DIR, name))!;
    expect(expected.codes).toContain(d!.code);
    expect(d!.line).toBe(markedLine(text));
    if (typeof expected.span === 'string') expect(d!.span).toBe(expected.span);
    else expect(d!.span).toMatch(expected.span);
    for (const m of expected.message) {
      if (typeof m === 'string') expect(d!.message).toContain(m);
      else expect(d!.message).toMatch(m);
    }
  });

  it.each(VIEWS)('%s: the unknown indicator diagnostic suggests the real id', (view) => {
    const [d] = diagnosticsOf(view, 'bad', 'progress-unknown-indicator.ts');
    // TS2820 is TS2322 plus a suggestion; whichever TS chose, a 2820 must name the right id.
    expect(d!.code === 2322 || d!.message.includes("Did you mean '\"mimamori-wariai\"'"), d!.message).toBe(true);
  });

  it("an unknown key alone passes check's compiler, and check's Zod refuses it at the key with the nearest known key", () => {
    expect(diagnosticsOf('check', 'bad', 'unknown-key.ts')).toEqual([]);
    const file = join(BAD_DIR, 'unknown-key.ts');
    const read = readModuleFile(ROOT, file, 'plan');
    expect(read.findings).toEqual([]);
    const result = validatePlan(read.value);
    if (result.ok) expect.fail('Zod accepted an unknown key');
    const findings = result.problems.map((p) => schemaFinding(read.sourceMap, p));
    const text = ts.sys.readFile(file)!;
    expect(findings).toMatchObject([
      { ruleId: 'schema/unrecognized_keys', line: markedLine(text), message: { ja: '使えない項目名です: notes（note の書き間違いでは？）' }, hint: { ja: '項目名を note に直してください。' } },
    ]);
    const [f] = findings;
    const line = text.split('\n')[f!.line - 1]!;
    expect(line.slice(f!.column - 1, f!.endColumn - 1)).toBe('notes');
  });
});

// The good fixtures must be valid at run time too, so "compiles" is not
// vacuously true of a module Zod would reject.
describe('good fixtures at run time', () => {
  it('good/plan.ts and good/progress.ts pass validatePlan / validateProgress', () => {
    const plan = validatePlan(goodPlan);
    if (!plan.ok) expect.fail(JSON.stringify(plan.problems, null, 2));
    const progress = validateProgress(plan.value, goodProgress);
    if (!progress.ok) expect.fail(JSON.stringify(progress.problems, null, 2));
    expect(progress.value.actuals.map((a) => a.indicator)).toEqual(['mimamori-wariai', 'soudan-kensu', 'zentai-manzoku']);
  });
});
