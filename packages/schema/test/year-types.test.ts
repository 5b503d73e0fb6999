/**
 * The year helpers' types refuse years that do not exist, as the README
 * promises ("an editor underlines a wrong year as staff type"): checked with
 * the real compiler against both entry points a plan module may resolve
 * (index.ts for editors, plan-api.ts for `keikaku check`). Every line marked
 * `// bad` must fail with TS2345 naming the range, every other line must
 * compile; the probe's own control (a line marked bad that is fine) proves
 * the harness can see a line that is not refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

const BODY = `
declare const n: number;
export const good = [
  reiwa(1), reiwa('元'), reiwa(6), reiwa(82),
  heisei('元'), heisei(1), heisei(31),
  showa(22), showa(64),
  fy(1947), fy(2024), fy(2100),
  reiwa(n), fy(n), // not literals: left to the run-time check
];
export const b1 = reiwa(2023); // bad ReiwaYear
export const b2 = reiwa(0); // bad ReiwaYear
export const b3 = reiwa(83); // bad ReiwaYear
export const b4 = reiwa(6.5); // bad ReiwaYear
export const b5 = heisei(32); // bad HeiseiYear
export const b6 = showa(21); // bad ShowaYear
export const b7 = showa(65); // bad ShowaYear
export const b8 = fy(1946); // bad FiscalYearNumber
export const b9 = fy(2101); // bad FiscalYearNumber
export const b10 = fy(24); // bad FiscalYearNumber
export const b11 = reiwa('二'); // bad EraYearNumber
`;

function compile(entry: string, body: string) {
  const dir = mkdtempSync(join(tmpdir(), 'keikaku-year-types-'));
  const file = join(dir, 'probe.ts');
  writeFileSync(file, `import { fy, heisei, reiwa, showa } from ${JSON.stringify(join(SRC, entry))};\n${body}`);
  const program = ts.createProgram({
    rootNames: [file],
    options: {
      strict: true, noEmit: true, skipLibCheck: true, types: [], allowImportingTsExtensions: true,
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    },
  });
  const text = program.getSourceFile(file)!.text.split('\n');
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file === program.getSourceFile(file) && d.start !== undefined ? d.file!.getLineAndCharacterOfPosition(d.start).line : -1;
    return { code: d.code, line: text[line] ?? `(${d.file?.fileName})`, message: ts.flattenDiagnosticMessageText(d.messageText, ' ') };
  });
}

describe.each(['index.ts', 'plan-api.ts'])('year helper types through %s (real tsc)', (entry) => {
  it('refuse exactly the impossible years, naming the range', () => {
    const diagnostics = compile(entry, BODY);
    const bad = BODY.split('\n').filter((l) => l.includes('// bad'));
    expect(bad.length).toBe(11);
    for (const line of bad) {
      const range = /\/\/ bad (\w+)/.exec(line)![1]!;
      const d = diagnostics.filter((x) => x.line === line);
      expect(d, line).toHaveLength(1);
      expect(d[0]!.code, line).toBe(2345);
      expect(d[0]!.message, line).toContain(`parameter of type '${range}'`);
    }
    expect(diagnostics.filter((d) => !d.line.includes('// bad'))).toEqual([]);
  });

  it('control: a possible year marked bad is not refused, so the harness would notice', () => {
    const diagnostics = compile(entry, `export const c = reiwa(7); // bad ReiwaYear\n`);
    expect(diagnostics).toEqual([]);
  });
});
