/**
 * Holds a package's README contract table against its index's exports. The
 * table is the one whose header's first cell is `export`; each backticked
 * name at the start of a code span in its first column is an export
 * (`readModule(text, …)` names readModule; `(finding.ts)`, a file, names
 * none), and a row written `Name = { a, b?: T, … }` lists the fields of that
 * exported type. The exports are what TypeScript sees (values and types),
 * read with the compiler API from src/index.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export interface ContractTable {
  /** Every export the table names. */
  names: Set<string>;
  /** Rows `Name = { fields }`: the fields the table lists for that type. */
  fields: Map<string, string[]>;
}

/** Splits `a, b?: { c, d }, e: F<G, H>` at its top-level commas. */
function topLevel(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of list) {
    if ('{[(<'.includes(ch)) depth++;
    else if ('}])>'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** The contract table of a README (undefined when it has none). */
export function readContractTable(markdown: string): ContractTable | undefined {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^\|\s*export\s*\|/.test(l));
  if (start < 0) return undefined;
  const table: ContractTable = { names: new Set(), fields: new Map() };
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const first = line.split(/(?<!\\)\|/)[1] ?? '';
    for (const [, span] of first.matchAll(/`([^`]+)`/g)) {
      if (/\.(ts|js|mjs)\b|\//.test(span!)) continue; // a file, not an export
      const name = /^[A-Za-z_$][\w$]*/.exec(span!)?.[0];
      if (!name) continue;
      table.names.add(name);
      const shape = /^[A-Za-z_$][\w$]*(?:<[^=]*>)?\s*=\s*\{(.*)\}\s*$/.exec(span!);
      // Symbol-keyed members ([Symbol.iterator]) are left out on both sides.
      if (shape) table.fields.set(name, topLevel(shape[1]!).filter((f) => !f.startsWith('[')).map((f) => /^[A-Za-z_$][\w$]*/.exec(f)?.[0] ?? f));
    }
  }
  return table;
}

export interface PackageExports {
  names: Set<string>;
  /** The exports that are values at run time (functions, constants, classes), not only types. */
  values: Set<string>;
  /** The property names of each exported interface or object type. */
  fieldsOf(name: string): string[] | undefined;
}

/** The exports of each index file, from one program. */
export function readExports(indexFiles: readonly string[], root: string): Map<string, PackageExports> {
  const configPath = join(root, 'tsconfig.base.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, configPath);
  const program = ts.createProgram({ rootNames: [...indexFiles], options: { ...options, noEmit: true } });
  const checker = program.getTypeChecker();
  const out = new Map<string, PackageExports>();
  for (const file of indexFiles) {
    const sf = program.getSourceFile(file);
    const mod = sf && checker.getSymbolAtLocation(sf);
    if (!mod) throw new Error(`cannot read the exports of ${file}`);
    const symbols = new Map(checker.getExportsOfModule(mod).map((s) => [s.getName(), s]));
    const resolved = (s: ts.Symbol) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s);
    out.set(file, {
      names: new Set(symbols.keys()),
      values: new Set([...symbols].filter(([, s]) => resolved(s).flags & ts.SymbolFlags.Value).map(([n]) => n)),
      fieldsOf(name) {
        let s = symbols.get(name);
        if (!s) return undefined;
        if (s.flags & ts.SymbolFlags.Alias) s = checker.getAliasedSymbol(s);
        const type = checker.getDeclaredTypeOfSymbol(s);
        return type
          .getProperties()
          .map((p) => p.getName())
          .filter((n) => !n.startsWith('__@')); // symbol-keyed members
      },
    });
  }
  return out;
}

/** What differs between a README's table and its package's exports (empty when they agree). */
export function contractMismatches(readme: string, exports: PackageExports): string[] {
  const text = readFileSync(readme, 'utf8');
  const table = readContractTable(text);
  if (!table) return ['the README has no contract table (a table whose first header cell is "export")'];
  if (!/^\|\s*export\s*\|\s*what\s*\|\s*$/m.test(text)) return ['the contract table\'s header is not `| export | what |`'];
  const out: string[] = [];
  for (const name of [...exports.names].sort()) if (!table.names.has(name)) out.push(`exported but not in the table: ${name}`);
  for (const name of [...table.names].sort()) if (!exports.names.has(name)) out.push(`in the table but not exported: ${name}`);
  for (const [name, listed] of table.fields) {
    const real = exports.fieldsOf(name);
    if (!real) continue;
    const missing = real.filter((f) => !listed.includes(f));
    const extra = listed.filter((f) => !real.includes(f));
    if (missing.length) out.push(`${name}: fields not in the table: ${missing.join(', ')}`);
    if (extra.length) out.push(`${name}: fields in the table that ${name} does not have: ${extra.join(', ')}`);
  }
  return out;
}
