/**
 * Every finding of the named rules on the ten real documents (the five bundled plans and the corpus of
 * test/corpus/plans) and on synthetic plans, to judge a rule's noise before it is enabled (issue 17).
 *
 *   node --import tsx scripts/rule-noise.ts --rule empty-frame --rule zero-baseline [--synthetic 300] [--profile publish]
 *
 * The synthetic plans (scripts/synthetic/generate.ts, seed 1) are written to .bench/noise/ (ignored by git).
 * Prints each finding (document, path, message) and a count per rule and per set.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintWorkspace } from '@keikaku/lint';
import { generateWorkspace } from './synthetic/generate.js';

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const rules = args.flatMap((a, i) => (args[i - 1] === '--rule' ? [a] : []));
const synthetic = Number(args[args.indexOf('--synthetic') + 1] ?? 300) || (args.includes('--synthetic') ? 0 : 300);
const profile = args.includes('--profile') ? (args[args.indexOf('--profile') + 1] as 'draft' | 'publish') : 'publish';
if (rules.length === 0) throw new Error('name at least one --rule <id>');

const counts = new Map<string, number>();
async function run(label: string, root: string, ids: string[] = []): Promise<void> {
  const r = await lintWorkspace(root, ids, { profile, today: '2025-06-01', prose: false, rules });
  for (const p of r.plans) {
    for (const f of p.findings.filter((x) => rules.includes(x.ruleId) && !x.suppressed)) {
      const key = `${label}\t${f.ruleId}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      console.log(`${label}\t${p.id}\t${f.ruleId}\t${f.severity}\t${f.path ?? ''}\t${f.message.ja}`);
    }
  }
}

await run('seeds', ROOT);
await run('corpus', join(ROOT, 'test/corpus'));
if (synthetic > 0) {
  const dir = join(ROOT, '.bench/noise');
  if (!existsSync(join(dir, 'plans'))) mkdirSync(dir, { recursive: true });
  generateWorkspace(dir, synthetic, 1);
  await run(`synthetic(${synthetic})`, dir);
}
console.log('\ncounts:');
for (const rule of rules) {
  for (const set of ['seeds', 'corpus', `synthetic(${synthetic})`]) console.log(`  ${rule}\t${set}\t${counts.get(`${set}\t${rule}`) ?? 0}`);
}
