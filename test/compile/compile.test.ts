/**
 * Compile-time guarantees of @keikaku/schema, checked with the real TypeScript
 * compiler on the modules in test/fixtures/compile/ (excluded from tsconfig.json
 * and from vitest, so the bad ones do not break the build).
 *
 * - good/*.ts must compile with zero diagnostics;
 * - each bad/*.ts must fail with exactly one diagnostic: the expected code, on
 *   the line marked `// expect-error`, spanning the expected token, with a
 *   message naming the mistake — and nothing else.
 *
 * One program compiles every fixture (one type-check of Zod's types, ~4 s);
 * diagnostics are grouped by file. The fixtures resolve '@keikaku/schema' the
 * way plan modules do, through the workspace node_modules/@keikaku/schema.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { validatePlan, validateProgress } from '@keikaku/schema';
import goodPlan from '../fixtures/compile/good/plan.js';
import goodProgress from '../fixtures/compile/good/progress.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'test/fixtures/compile');
const MARKER = '// expect-error';

interface Expected {
  /** Allowed diagnostic codes (TS picks 2820 over 2322 when it has a "Did you mean"). */
  codes: number[];
  /** The source text the diagnostic spans: exact string, or a pattern for long spans. */
  span: string | RegExp;
  /** Substrings / patterns the flattened message must contain. */
  message: (string | RegExp)[];
}

const BAD: Record<string, Expected> = {
  'progress-unknown-indicator.ts': {
    codes: [2820, 2322],
    span: 'indicator',
    message: ["'\"mimamori-wariia\"'", 'IndicatorIdOf'],
  },
  'raw-year-string.ts': {
    codes: [2322],
    span: 'fy',
    message: ["Type 'string' is not assignable", 'notStated'],
  },
  'raw-year-number.ts': {
    // A bare 2024 is a number but not a FiscalYear: only the brand rejects it.
    codes: [2322],
    span: 'fy',
    message: ["Type 'number' is not assignable", /\$brand/],
  },
  'unit-outside-set.ts': {
    codes: [2322],
    span: 'unit',
    message: ['\'"人数"\' is not assignable', '"人"'],
  },
  'undeclared-unit.ts': {
    // The plan declares 人・日; 人日 is neither built in nor declared.
    codes: [2322],
    span: 'unit',
    message: ['\'"人日"\' is not assignable', '"人・日"'],
  },
  'unknown-key.ts': {
    // definePlan's parameter is P & PlanModule: the non-generic half makes tsc check excess keys.
    codes: [2322, 2353, 2561],
    span: 'notes',
    message: ["'notes' does not exist"],
  },
  'progress-unknown-key.ts': {
    codes: [2353, 2561],
    span: 'provisonal',
    message: ["'provisonal' does not exist", "Did you mean to write 'provisional'?"],
  },
  'missing-required-field.ts': {
    codes: [2741],
    span: /^\{[^]*id: 'wariai'[^]*\}$/,
    message: ["Property 'name' is missing"],
  },
  'baseline-wrong-shape.ts': {
    codes: [2322],
    span: 'baseline',
    message: ["Type 'number' is not assignable", 'readonly fy'],
  },
  'value-wrong-shape.ts': {
    codes: [2322],
    span: 'value',
    message: [/Type 'string' is not assignable to type 'number \|/],
  },
};

interface Found {
  code: number;
  line: number; // 1-based
  span: string;
  message: string;
}

/** file name → diagnostics, for every fixture, from one program. */
let byFile: Map<string, Found[]>;
/** Diagnostics outside the fixtures (the schema sources, options, globals): must be none. */
let elsewhere: string[];

function compilerOptions(): ts.CompilerOptions {
  const configPath = join(ROOT, 'tsconfig.base.json');
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configPath);
  if (parsed.errors.length) throw new Error(parsed.errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('\n'));
  return { ...parsed.options, noEmit: true };
}

function fixtureFiles(kind: 'good' | 'bad'): string[] {
  return readdirSync(join(FIXTURES, kind))
    .filter((f) => f.endsWith('.ts'))
    .sort();
}

function markedLine(text: string): number {
  const lines = text.split('\n');
  const marked = lines.flatMap((l, i) => (l.includes(MARKER) ? [i + 1] : []));
  if (marked.length !== 1) throw new Error(`fixture must mark exactly one line with "${MARKER}", found ${marked.length}`);
  return marked[0]!;
}

beforeAll(() => {
  const rootNames = [
    ...fixtureFiles('good').map((f) => join(FIXTURES, 'good', f)),
    ...fixtureFiles('bad').map((f) => join(FIXTURES, 'bad', f)),
  ];
  const program = ts.createProgram({ rootNames, options: compilerOptions() });
  byFile = new Map(rootNames.map((f) => [ts.sys.resolvePath(f), []]));
  elsewhere = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((d) =>
    ts.flattenDiagnosticMessageText(d.messageText, '\n'),
  );
  // The fixtures must have found the real package, not an ambient `any`.
  const schemaIndex = program.getSourceFiles().find((sf) => /packages\/schema\/src\/index\.ts$/.test(sf.fileName));
  if (!schemaIndex) elsewhere.push('@keikaku/schema did not resolve to packages/schema/src/index.ts');

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
}, 60_000);

const diagnosticsOf = (kind: 'good' | 'bad', name: string) => byFile.get(ts.sys.resolvePath(join(FIXTURES, kind, name)))!;

describe('compile-time guarantees', () => {
  it('produces no diagnostics outside the fixtures', () => {
    expect(elsewhere).toEqual([]);
  });

  it('has exactly the expected fixtures (a new bad fixture needs an expectation)', () => {
    expect(fixtureFiles('good')).toEqual(['plan.ts', 'progress.ts']);
    expect(fixtureFiles('bad')).toEqual(Object.keys(BAD).sort());
  });

  it.each(['plan.ts', 'progress.ts'])('good/%s compiles with zero diagnostics', (name) => {
    expect(diagnosticsOf('good', name).map((d) => `${d.line}: TS${d.code} ${d.message}`)).toEqual([]);
  });

  it.each(Object.entries(BAD))('bad/%s fails with exactly the expected diagnostic', (name, expected) => {
    const found = diagnosticsOf('bad', name);
    // Exactly one: an unrelated error would mean the fixture tests more (or other) than it says.
    expect(found.map((d) => `${d.line}: TS${d.code} ${d.message}`)).toHaveLength(1);
    const [d] = found;
    const text = ts.sys.readFile(join(FIXTURES, 'bad', name))!;
    expect(expected.codes).toContain(d!.code);
    expect(d!.line).toBe(markedLine(text));
    if (typeof expected.span === 'string') expect(d!.span).toBe(expected.span);
    else expect(d!.span).toMatch(expected.span);
    for (const m of expected.message) {
      if (typeof m === 'string') expect(d!.message).toContain(m);
      else expect(d!.message).toMatch(m);
    }
  });

  it('the unknown indicator diagnostic suggests the real id', () => {
    const [d] = diagnosticsOf('bad', 'progress-unknown-indicator.ts');
    // TS2820 is TS2322 plus a suggestion; whichever TS chose, a 2820 must name the right id.
    expect(d!.code === 2322 || d!.message.includes("Did you mean '\"mimamori-wariai\"'"), d!.message).toBe(true);
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
    expect(progress.value.actuals.map((a) => a.indicator)).toEqual(['mimamori-wariai', 'soudan-kensu']);
  });
});
