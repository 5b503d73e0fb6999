/**
 * Prints benchmark results as a Markdown table, for BENCHMARKS.md:
 *   node --import tsx scripts/bench/table.ts after.json [before.json]
 * With a second file, each row shows before → after for the same N and measure.
 */
import { readFileSync } from 'node:fs';

interface Measure {
  label: string;
  n: number | string;
  seconds: number;
  cpuSeconds?: number;
  peakMB: number;
  exit: number | null;
  load?: number;
}

const [afterFile, beforeFile] = process.argv.slice(2);
if (!afterFile) {
  console.error('usage: table.ts after.json [before.json]');
  process.exit(2);
}
const load = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Measure[];
const after = load(afterFile);
const before = beforeFile ? load(beforeFile) : [];
// The phase names changed once ("read + Zod (static reader)" is loadWorkspace's read).
const norm = (l: string) => l.replace('read + Zod (static reader)', 'read + Zod (loadWorkspace, all held)');
const find = (list: Measure[], m: Measure) => list.find((b) => String(b.n) === String(m.n) && norm(b.label) === norm(m.label));
const fmt = (m: Measure | undefined) =>
  m ? `${m.seconds.toFixed(1)} s / ${m.cpuSeconds !== undefined ? `${m.cpuSeconds.toFixed(1)} s` : '–'} / ${m.peakMB} MB${m.exit ? ` (exit ${m.exit})` : ''}` : '–';

const head = before.length ? '| N | measure | before: wall / CPU / peak | load | after: wall / CPU / peak | load |' : '| N | measure | wall / CPU / peak | load |';
console.log(head);
console.log(before.length ? '|---|---|---|---|---|---|' : '|---|---|---|---|');
for (const m of after) {
  const ld = (x: Measure | undefined) => x?.load?.toFixed(1) ?? '–';
  const b = find(before, m);
  const cells = before.length ? [fmt(b), ld(b), fmt(m), ld(m)] : [fmt(m), ld(m)];
  console.log(`| ${m.n} | ${norm(m.label)} | ${cells.join(' | ')} |`);
}
