/**
 * src/generated/plan-types.ts is printed from the Zod schemas (type-declarations.ts).
 * These tests keep it honest:
 * - the committed file is what the schemas print now (else: run `pnpm generate`);
 * - with the real compiler, the generated PlanModule<V> / ProgressModule<V> and the types
 *   derived from Zod (`z.input`, made readonly, open words substituted by V) are assignable
 *   both ways, with no vocabulary and with one of every kind; and a control that must fail does;
 * - the printer names shared schemas, documents fields, and refuses a Zod construct it does not know.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { planTypeDeclarations, typeDeclarations } from '@keikaku/schema';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

describe('generated/plan-types.ts', () => {
  it('is what the Zod schemas print now', () => {
    const committed = readFileSync(join(SRC, 'generated/plan-types.ts'), 'utf8');
    expect(committed === planTypeDeclarations(), 'src/generated/plan-types.ts is stale: run `pnpm generate` and commit it').toBe(true);
  });

  it('equals the types derived from Zod, both ways, with and without a vocabulary (real tsc)', () => {
    const index = JSON.stringify(join(SRC, 'index.ts'));
    const probe = `
import type { DeclaredWord, PlanInput, PlanModule, ProgressInput, ProgressModule } from ${index};
import type { DeclaredOf, VocabularyKind } from ${index};
/** The derivation definePlan used before the declarations were generated. */
type DeepReadonly<T, V> = T extends DeclaredWord<infer K extends VocabularyKind>
  ? DeclaredOf<V, K>
  : T extends string | number | boolean | bigint | symbol | null | undefined
    ? T
    : T extends (infer U)[]
      ? readonly DeepReadonly<U, V>[]
      : T extends object
        ? { readonly [K in keyof T]: DeepReadonly<T[K], V> }
        : T;
type Vocab = {
  readonly units: readonly ['人日'];
  readonly states: readonly ['計画の推進'];
  readonly marks: readonly ['…'];
  readonly categories: readonly ['重点指標'];
  readonly qualifiers: readonly ['概数'];
};
declare const planU: PlanModule<unknown>;
declare const planV: PlanModule<Vocab>;
declare const derivedPlanU: DeepReadonly<PlanInput, unknown>;
declare const derivedPlanV: DeepReadonly<PlanInput, Vocab>;
declare const progressU: ProgressModule<unknown>;
declare const progressV: ProgressModule<Vocab>;
declare const derivedProgressU: DeepReadonly<ProgressInput, unknown>;
declare const derivedProgressV: DeepReadonly<ProgressInput, Vocab>;
export const a1: DeepReadonly<PlanInput, unknown> = planU;
export const a2: PlanModule<unknown> = derivedPlanU;
export const a3: DeepReadonly<PlanInput, Vocab> = planV;
export const a4: PlanModule<Vocab> = derivedPlanV;
export const a5: DeepReadonly<ProgressInput, unknown> = progressU;
export const a6: ProgressModule<unknown> = derivedProgressU;
export const a7: DeepReadonly<ProgressInput, Vocab> = progressV;
export const a8: ProgressModule<Vocab> = derivedProgressV;
// Control: a plan with declared words is not a plan without them.
export const control: PlanModule<unknown> = derivedPlanV; // control
`;
    const dir = mkdtempSync(join(tmpdir(), 'keikaku-plan-types-'));
    const file = join(dir, 'probe.ts');
    writeFileSync(file, probe);
    const program = ts.createProgram({
      rootNames: [file],
      options: {
        strict: true, noEmit: true, skipLibCheck: true, types: [], allowImportingTsExtensions: true,
        target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
      },
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
      const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line : -1;
      return { line: d.file?.text.split('\n')[line] ?? '', message: ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 300) };
    });
    // Only the control fails, and for the declared unit.
    expect(diagnostics.map((d) => d.line)).toEqual(['export const control: PlanModule<unknown> = derivedPlanV; // control']);
  });
});

describe('typeDeclarations (the printer)', () => {
  const Year = z.number().int().describe('a year');
  const Word = z
    .union([z.enum(['人', '件']), z.string() as unknown as z.ZodType<string>])
    .describe('a unit')
    .meta({ keikakuVocabulary: 'unit' });
  const Part = z.strictObject({ part: z.string(), unit: Word.optional() }).describe('one part');
  const Root = z.strictObject({
    fy: Year,
    parts: z.array(Part).describe('the parts as printed'),
    kind: z.enum(['a', 'b']).optional(),
    either: z.union([z.literal(true), z.array(z.union([z.string(), z.number()]))]),
  });

  it('names shared schemas, documents fields, makes everything readonly and open words take V', () => {
    const out = typeDeclarations({ roots: [{ name: 'RootModule', schema: Root }], named: [{ name: 'Part', schema: Part }, { name: 'Unit', schema: Word }], fiscalYear: Year });
    expect(out).toContain(`export interface RootModule<V = unknown> {
  /** a year */
  readonly fy: FiscalYear;
  /** the parts as printed */
  readonly parts: readonly Part<V>[];
  readonly kind?: "a" | "b";
  readonly either: true | readonly (string | number)[];
}`);
    expect(out).toContain(`/** one part */
export interface Part<V = unknown> {
  readonly part: string;
  readonly unit?: Unit<V>;
}`);
    expect(out).toContain(`/** a unit */
export type Unit<V = unknown> = "人" | "件" | DeclaredOf<V, 'unit'>;`);
  });

  it('refuses a Zod construct it cannot print, naming it', () => {
    const Bad = z.strictObject({ counts: z.record(z.string(), z.number()) });
    expect(() => typeDeclarations({ roots: [{ name: 'Bad', schema: Bad }], named: [], fiscalYear: Year })).toThrow(/'record' is not supported/);
  });
});
