import { listPlans, loadPlan } from '@keikaku/core';
import { formatPath } from '@keikaku/schema';
const root = process.argv[2]!;
const quotes = process.argv.slice(3);
function* walk(v: unknown, path: (string | number)[]): Generator<[string, string]> {
  if (typeof v === 'string') yield [formatPath(path), v];
  else if (Array.isArray(v)) for (const [i, x] of v.entries()) yield* walk(x, [...path, i]);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* walk(x, [...path, k]);
}
for (const pf of listPlans(root)) {
  const d = loadPlan(root, pf);
  const mods: [string, unknown][] = [['plan.ts', d.module.value], ...d.progressDocs.map((p) => [p.module.sourceMap.file.split('/').slice(-2).join('/'), p.module.value] as [string, unknown])];
  for (const [f, v] of mods) for (const [p, s] of walk(v, [])) for (const q of quotes) if (s.includes(q)) console.log(`${pf.id} ${f} ${p} 「${q}」`);
}
