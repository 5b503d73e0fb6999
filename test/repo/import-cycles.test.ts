/**
 * No import circle in any package (issue 13): every source file of every
 * package, type-only imports included, read by dpdm (the TypeScript parser,
 * nothing run). A circle makes the order modules initialise in depend on
 * which file is imported first; the schema's plan.ts → plan-checks.ts →
 * walk.ts → plan.ts was one. The planted case proves the check can fail.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packages = readdirSync(join(root, 'packages')).sort();

async function circles(entries: string[], cwd: string, inside = ''): Promise<string[][]> {
  // transform: false keeps type-only imports (a type circle still ties the files together); the tsconfig maps './x.js' to x.ts.
  const tree = await parseDependencyTree(entries, { cwd, context: cwd, transform: false, skipDynamicImports: false, tsconfig: join(cwd, 'tsconfig.json') });
  // A relative import dpdm could not resolve would hide a circle: there must be none.
  const unresolved = Object.values(tree).flatMap((deps) => (deps ?? []).filter((d) => d.id === null && d.request.startsWith('.')).map((d) => `${d.issuer} → ${d.request}`));
  expect(unresolved).toEqual([]);
  // Each circle is reported under the package it lies in (a package's files reach into the packages it imports).
  return parseCircular(tree)
    .map((c) => c.map((f) => relative(cwd, join(cwd, f))))
    .filter((c) => c.every((f) => f.startsWith(inside)));
}

describe('import circles', () => {
  it('finds a planted circle (the check can fail)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keikaku-cycles-'));
    try {
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
      writeFileSync(join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = () => b;\n");
      writeFileSync(join(dir, 'b.ts'), "import type { a } from './a.js';\nexport const b = 1 as unknown as typeof a;\n");
      expect(await circles(['a.ts'], dir)).toEqual([['a.ts', 'b.ts']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  for (const pkg of packages) {
    it(`packages/${pkg} has none`, async () => {
      const found = await circles([`packages/${pkg}/src/**/*.{ts,mts,js,mjs}`], root, `packages/${pkg}/`);
      expect(found.map((c) => c.join(' → '))).toEqual([]);
    });
  }
});
