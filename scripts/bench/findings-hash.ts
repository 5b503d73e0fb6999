/**
 * A fingerprint of everything the reader, Zod and the judgement checks say,
 * so that a change made for speed can be shown to change no result:
 *   node --import tsx scripts/bench/findings-hash.ts [N] [root...]
 * It generates N synthetic plans (default 300) into .bench/hash<N>/ and plants
 * a defect of a different kind in every third one (a syntax error, a cast, an
 * unknown key, a wrong type, a string where a year goes, an invisible and a
 * bidi character, an escaped bidi character, a duplicate id, an id that is not
 * the folder, a unit and a state not in the vocabulary, a progress value of the wrong shape, an unknown indicator, a
 * progress year that is not its file's), then prints, for that workspace and
 * for each root given (default: this repository, whose plans/ are the bundled
 * ones), one SHA-256 per path through the reader:
 *   stream:  checkWorkspace(root, [], { tsc: false, cache: false }) with its worker threads,
 *   here:    the same in this thread only (readWorkers: 0),
 *   each:    streamWorkspace: every PlanDoc's findings, plan and progress values and the stream's findings,
 *   read:    loadWorkspace: its findings and, per plan, where each plan path of the first indicator is.
 * Equal hashes before and after a change mean identical findings (every field:
 * place, end, path, message, data, hint), valid counts and values.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkWorkspace, loadWorkspace, streamWorkspace } from '@keikaku/core';
import { generateWorkspace } from '../synthetic/generate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** One planted defect per kind; plan i of every third gets kind (i / 3) mod the number of kinds. */
const DEFECTS: ((plan: string, progress: string | undefined, id: string) => [string, string | undefined])[] = [
  (p, g) => [p.replace("title: '", "title: ('"), g], // syntax error
  (p, g) => [p.replace("edition: '第2期'", "edition: '第2期' as never"), g], // cast
  (p, g) => [p.replace('legalBasis:', "extraKey: 1,\n  legalBasis:"), g], // unknown key
  (p, g) => [p.replace(/no: 1,/, "no: '1',"), g], // wrong type
  (p, g) => [p.replace('fy: fy(2021)', "fy: '令和3年度'"), g], // a year written as a string
  (p, g) => [p.replace("title: '", "title: '\u200B").replace("edition: '", "edition: '\u202E"), g], // invisible and bidi characters, raw
  (p, g) => [p.replace("edition: '", "edition: '\\u202E"), g], // bidi character as an escape
  (p, g) => [p.replace(/id: 'city-\d+'/, "id: 'city-0001'"), g], // duplicate id (and not the folder)
  (p, g) => [p.replace(/direction: 'increase'/, "direction: 'upward'"), g], // not an enum value
  (p, g, id) => [p, g?.replace(/value: (\d+) \}/, "value: '$1' }") ?? `${id}`], // progress value of the wrong shape
  (p, g) => [p, g?.replace(/indicator: 'ind-\d+'/, "indicator: 'ind-9999'")], // unknown indicator
  (p, g) => [p, g?.replace(/fy: fy\((\d{4})\),\n {2}actuals/, (_m, y: string) => `fy: fy(${Number(y) - 1}),\n  actuals`)], // progress year that is not its file's
  (p, g) => [p.replace('fy: fy(2021)', 'fy: reiwa(0)'), g], // helper refuses its argument
  (p, g) => [p.replace(/philosophy: \{ text: '([^']*)'/, 'philosophy: { text: `${1}$1`'), g], // template with a substitution
  (p, g) => [p.replace(/value: (\d+) \}/, 'value: -Infinity }'), g], // not finite
  (p, g) => [p.replace("unit: '人'", "unit: '人々'").replace("state: '継続'", "state: '継続中'"), g], // words not in the vocabulary
  // Judgements (the checks of check.ts), on plans that Zod accepts:
  (p, g) => [p.replace(/value: (\d+), unit: '人'/, "value: -$1, unit: '人'"), g], // negative count
  (p, g) => [p.replace(/unit: '%'([^\n]*\n[^\n]*\n[^\n]*\n[^\n]*value: )(\d+)/, "unit: '%'$1$2000"), g], // percent above 100
  (p, g) => [p.replace('period: { start: fy(2022), end: fy(2027) }', 'period: { start: fy(2027), end: fy(2022) }'), g], // period reversed
  (p, g) => [p, g?.replace(/, asOf: '[^']*', provisional: true/, ', provisional: true')], // provisional without its date
  (p, g) => [p.replace(/baseline: \{ fy: (fy\(20\d\d\)|reiwa\(\d\)), value: (\d+) \}/, 'baseline: { fy: fy(2030), value: $2 }'), g], // target before baseline
];

function plantDefects(dir: string): void {
  const plans = join(dir, 'plans');
  const ids = readFileSync(join(dir, 'ids.txt'), 'utf8').trim().split('\n');
  ids.forEach((id, i) => {
    if (i % 3 !== 1) return;
    const defect = DEFECTS[Math.floor(i / 3) % DEFECTS.length]!;
    const planFile = join(plans, id, 'plan.ts');
    const progressFile = join(plans, id, 'progress', readdirSync(join(plans, id, 'progress'))[0] ?? 'none.ts');
    let progress: string | undefined;
    try {
      progress = readFileSync(progressFile, 'utf8');
    } catch {
      progress = undefined;
    }
    const [p, g] = defect(readFileSync(planFile, 'utf8'), progress, id);
    writeFileSync(planFile, p);
    if (g !== undefined && progress !== undefined) writeFileSync(progressFile, g);
  });
}

const sha = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);

async function hashes(root: string): Promise<Record<string, string | number>> {
  const stream = await checkWorkspace(root, [], { tsc: false, cache: false, readWorkers: 1 });
  const here = await checkWorkspace(root, [], { tsc: false, cache: false, readWorkers: 0 });
  const each = streamWorkspace(root);
  const docs: unknown[] = [];
  for (const d of each) docs.push([d.id, d.findings, d.plan ?? null, d.progress.map((p) => [p.fy, p.progress]), d.progressDocs.map((p) => [p.fy, p.progress !== undefined])]);
  const ws = loadWorkspace(root);
  const places = ws.plans.map((p) => {
    const ind = p.plan?.goals[0]?.policies?.[0]?.indicators?.[0];
    if (!ind) return null;
    const base = ['goals', 0, 'policies', 0, 'indicators', 0];
    return Object.keys(ind).map((k) => [k, p.planSource.locate([...base, k]).range, p.planSource.locateKey([...base, k])]);
  });
  return {
    plans: stream.plans.length,
    valid: stream.plans.filter((p) => p.valid).length,
    findings: stream.findings.length,
    stream: sha([stream.plans, stream.findings]),
    here: sha([here.plans, here.findings]),
    each: sha([docs, each.findings]),
    read: sha([ws.findings, places]),
  };
}

const [nArg, ...roots] = process.argv.slice(2);
const n = Number(nArg ?? 300);
const dir = join(ROOT, '.bench', `hash${n}`);
mkdirSync(dir, { recursive: true });
const ids = generateWorkspace(dir, n);
writeFileSync(join(dir, 'ids.txt'), `${ids.join('\n')}\n`);
plantDefects(dir);
for (const root of [dir, ...(roots.length ? roots : [ROOT])]) console.log(JSON.stringify({ root: root === dir ? `.bench/hash${n} (synthetic, defects planted)` : root, ...(await hashes(root)) }));
