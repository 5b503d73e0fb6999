/**
 * Each package's README states its contract: a table of what other packages
 * may import. This test holds the table to the package's index, both ways
 * (an export missing from the table, a name in the table that is not
 * exported, and the fields listed for a type), so that the README stays true.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractMismatches, readExports, type PackageExports } from '../support/readme-contract.js';
import { ROOT } from '../support/run-cli.js';

const PACKAGES = ['schema', 'core', 'lint', 'report', 'cli', 'author', 'diff', 'changelog-ja'] as const;
/** changelog-ja is CommonJS for changesets: its declaration file is its contract. */
const index = (pkg: string) => join(ROOT, 'packages', pkg, 'src', pkg === 'changelog-ja' ? 'index.d.cts' : 'index.ts');

describe('README contract tables', () => {
  let exports: Map<string, PackageExports>;
  beforeAll(() => {
    exports = readExports(PACKAGES.map(index), ROOT);
  }, 120_000);

  it.each(PACKAGES)('packages/%s/README.md lists exactly what src/index.ts exports', (pkg) => {
    expect(contractMismatches(join(ROOT, 'packages', pkg, 'README.md'), exports.get(index(pkg))!)).toEqual([]);
  });
});

describe('changelog-ja: the declarations are its contract', () => {
  it('index.d.cts declares exactly the values index.cjs exports at run time', () => {
    const runtime = Object.keys(createRequire(import.meta.url)(join(ROOT, 'packages', 'changelog-ja', 'src', 'index.cjs'))).sort();
    const declared = [...readExports([index('changelog-ja')], ROOT).get(index('changelog-ja'))!.values].sort();
    expect(declared).toEqual(runtime);
  }, 120_000);
});

describe('reading a contract table', () => {
  it('takes each code span that starts with a name, skips files, and reads the fields of `Name = { … }`', async () => {
    const { readContractTable } = await import('../support/readme-contract.js');
    const t = readContractTable(
      [
        '# pkg',
        '| path | what |',
        '|---|---|',
        '| `src/x.ts` | not the contract |',
        '',
        '| export | what |',
        '|---|---|',
        '| `Finding`, `Severity` (`finding.ts`) | the type |',
        '| `run(a, b) → Promise<R>` | one span, one name |',
        '| `Doc = { id, plan?: Plan, map: Map<string, { a, b }>, [Symbol.iterator] }` | fields |',
        '',
        '| `notInTable` | after the table |',
      ].join('\n'),
    )!;
    expect([...t.names]).toEqual(['Finding', 'Severity', 'run', 'Doc']);
    expect(t.fields.get('Doc')).toEqual(['id', 'plan', 'map']);
  });
});
