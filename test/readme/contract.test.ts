/**
 * Each package's README states its contract: a table of what other packages
 * may import. This test holds the table to the package's index, both ways
 * (an export missing from the table, a name in the table that is not
 * exported, and the fields listed for a type), so that the README stays true.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contractMismatches, readExports, type PackageExports } from '../support/readme-contract.js';
import { ROOT } from '../support/run-cli.js';

const PACKAGES = ['schema', 'core', 'lint', 'report', 'cli'] as const;
const index = (pkg: string) => join(ROOT, 'packages', pkg, 'src', 'index.ts');

describe('README contract tables', () => {
  let exports: Map<string, PackageExports>;
  beforeAll(() => {
    exports = readExports(PACKAGES.map(index), ROOT);
  }, 120_000);

  it.each(PACKAGES)('packages/%s/README.md lists exactly what src/index.ts exports', (pkg) => {
    expect(contractMismatches(join(ROOT, 'packages', pkg, 'README.md'), exports.get(index(pkg))!)).toEqual([]);
  });
});
