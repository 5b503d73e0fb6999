/**
 * patches/typescript@5.9.3.patch changes one line of TypeScript's parser: after each expression
 * (every value of a plan), TypeScript speculatively tried to read type arguments (`f<T>`), saving
 * and restoring the scanner each time, although they can only start at `<` or `<<`; the patch asks
 * for the token first. It must change no tree and no diagnostic. This test rebuilds the original
 * parser from the installed file (the patched line put back) and parses every TypeScript file of
 * the repository (plans, fixtures, keikaku's own source), each plan again with a syntax error, and
 * snippets made for the patched branch with both, comparing every node and every syntax diagnostic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import ts from '../src/typescript.js';
import { ROOT } from '../../../test/support/run-cli.js';

const PATCHED = 'const typeArguments = token() === 30 /* LessThanToken */ || token() === 48 /* LessThanLessThanToken */ ? tryParse(parseTypeArgumentsInExpression) : void 0;';
const ORIGINAL = 'const typeArguments = tryParse(parseTypeArgumentsInExpression);';

const require = createRequire(join(ROOT, 'packages', 'core', 'package.json'));
const file = require.resolve('typescript');
const installed = readFileSync(file, 'utf8');

/** TypeScript 5.9 as published: the installed file with the patched line put back, loaded on its own. */
function unpatched(): typeof ts {
  const mod = { exports: {} as typeof ts };
  const source = installed.replace(PATCHED, ORIGINAL);
  vm.runInThisContext(Module.wrap(source), { filename: `${file}.unpatched` })(mod.exports, createRequire(file), mod, file, dirname(file));
  return mod.exports;
}

/** Every node (kind, position, flags) and every syntax diagnostic of one parse, as lines. */
function tree(t: typeof ts, name: string, text: string): string[] {
  const sf = t.createSourceFile(name, text, { languageVersion: t.ScriptTarget.Latest, jsDocParsingMode: t.JSDocParsingMode.ParseNone }, false, t.ScriptKind.TS);
  const out: string[] = [];
  const visit = (n: ts.Node, depth: number): void => {
    out.push(`${' '.repeat(depth)}${t.SyntaxKind[n.kind]} ${n.pos}-${n.end} ${n.flags}`);
    t.forEachChild(n, (c) => visit(c, depth + 1));
  };
  visit(sf, 0);
  // Syntax diagnostics are internal to the SourceFile: read as the compiler does.
  for (const d of (sf as unknown as { parseDiagnostics: ts.DiagnosticWithLocation[] }).parseDiagnostics) out.push(`! ${d.code} ${d.start}+${d.length}`);
  return out;
}

/** Type arguments after an expression, `<` and `<<` that are not, and what follows an expression otherwise. */
const SNIPPETS = [
  'f<string>(x);',
  'const g = f<string>;',
  'new C<number, string>();',
  'a.b.c<T>(1)?.d<U>();',
  'a?.<T>();',
  'x!<T>();',
  'f<T>`tpl ${1}`;',
  'f<<T>(x: T) => T>(y);',
  'a < b;',
  'a < b > c;',
  'a << 2;',
  'a < (b > c);',
  'f<T>\n(1);',
  'f < T >= 1;',
  'f<T>;\n<div>;',
  'export default definePlan({ id: "x", period: { start: fy(2021), end: reiwa(8) }, goals: [] });',
  'const x = { a: 1, b: [1, 2, "s"], c: y as never, d: z!, e: (f) };',
  'f<',
  'f<string',
  'a.b<',
  'const x = { a: 1,, b: f<T>( };',
  'f(<T>',
];

describe('the TypeScript parser patch', () => {
  it('is in force (the installed parser has the patched line, once)', () => {
    expect(installed.split(PATCHED).length - 1).toBe(1);
    expect(installed).not.toContain(ORIGINAL.replace('const typeArguments = ', '        const typeArguments = '));
  });

  it('gives every TypeScript file of the repository, and every snippet, the trees and diagnostics of TypeScript as published', () => {
    const original = unpatched();
    expect(original).not.toBe(ts);
    expect(original.version).toBe(ts.version);
    const files = ['plans', 'test', 'packages', 'scripts'].flatMap((top) =>
      readdirSync(join(ROOT, top), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.ts') && !f.split(/[\\/]/).some((part) => part === 'node_modules' || part.startsWith('.')))
        .map((f) => join(ROOT, top, f)),
    );
    expect(files.length).toBeGreaterThan(300);
    const read = files.map((f): [string, string] => [relative(ROOT, f), readFileSync(f, 'utf8')]);
    // Each plan once more with a syntax error where encoders make one (an unclosed parenthesis).
    const broken = read.filter(([name, text]) => name.startsWith('plans') && text.includes("title: '")).map(([name, text]): [string, string] => [`${name} (broken)`, text.replace("title: '", "title: ('")]);
    const inputs: [string, string][] = [...read, ...broken, ...SNIPPETS.map((s, i): [string, string] => [`snippet-${i}.ts`, s])];
    let nodes = 0;
    let diagnostics = 0;
    let typeArgumentsAfterExpression = 0;
    for (const [name, text] of inputs) {
      const want = tree(original, name, text);
      const got = tree(ts, name, text);
      expect(got, name).toEqual(want);
      nodes += got.length;
      diagnostics += got.filter((l) => l.startsWith('!')).length;
      typeArgumentsAfterExpression += got.filter((l) => /^\s*ExpressionWithTypeArguments /.test(l)).length;
    }
    // The comparison covered what the patch touches: type arguments read after an expression, and broken files.
    expect(nodes).toBeGreaterThan(100_000);
    expect(typeArgumentsAfterExpression).toBeGreaterThan(3);
    expect(diagnostics).toBeGreaterThan(10);
  });
});
