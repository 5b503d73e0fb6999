/**
 * Lint recall and precision against defect lists written by a reviewer (issue 17).
 *
 *   node --import tsx scripts/measure-lint.ts                 # every document, draft and publish profiles
 *   node --import tsx scripts/measure-lint.ts --doc asahikawa # one document (repeatable)
 *   node --import tsx scripts/measure-lint.ts --profile draft --details
 *   node --import tsx scripts/measure-lint.ts --markdown      # the table for BENCHMARKS.md
 *   node --import tsx scripts/measure-lint.ts --json          # everything, for tools
 *
 * Documents: the five bundled plans (plans/*, list test/corpus/seeds-defects.md) and the corpus
 * (test/corpus/plans/<id>, list test/corpus/plans/<id>/defects.md). Each list is a markdown table (see
 * seeds-defects.md for the columns). A finding is a true positive when it matches a listed row: same
 * plan, the row's file (or `*`), its path is at or below the row's path (or the row's path is `*`), the
 * row's quote occurs in the finding's message, in the value at the finding's path or in the name or title of
 * an indicator or node the path runs through (for a progress actual, its indicator's), and its rule is one
 * of the row's rules (`*` any, `prose/*` any prose rule). Rows under "Found by lint, accepted after review"
 * were added after a run; they count for precision and are shown apart from the pre-written list.
 *
 *   recall            = pre-written `defect` rows matched by at least one finding / all `defect` rows
 *   recall (encoded)  = the same over rows whose text is in the plan module (`encoded: yes`)
 *   precision strict  = findings matching a `defect` row (pre-written or accepted) / all findings
 *   precision lenient = findings matching any row, `debatable` ones included / all findings
 *
 * Suppressed findings are left out (a publisher never sees them). The date is fixed (--today, default
 * 2025-06-01, as the seed snapshot) so that "period ended" findings do not move.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '@keikaku/core';
import { lintWorkspace, RULES_BY_ID } from '@keikaku/lint';

type Profile = 'draft' | 'publish';
interface Row {
  id: string;
  plan: string;
  file: string;
  path: string;
  quote: string;
  rules: string[];
  verdict: 'defect' | 'debatable';
  encoded: boolean;
  kind: string;
  note: string;
  accepted: boolean;
  list: string;
}
interface Doc {
  id: string;
  root: string;
  kind: 'seed' | 'corpus';
  rows: Row[];
}
interface Match {
  finding: Finding;
  rows: Row[];
}
interface DocResult {
  doc: string;
  kind: Doc['kind'];
  profile: Profile;
  defects: number;
  found: number;
  encodedDefects: number;
  encodedFound: number;
  findings: number;
  truePositives: number;
  debatableMatches: number;
  acceptedMatches: number;
  falsePositives: number;
  recall: number | null;
  recallEncoded: number | null;
  precisionStrict: number | null;
  precisionLenient: number | null;
  missed: Row[];
  unmatched: Finding[];
  duplicates: { row: string; findings: number }[];
}

const ROOT = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const CORPUS = join(ROOT, 'test/corpus');

// ---------------------------------------------------------------------------------------------
// Defect lists

/** Every row of every `| id |` table in a markdown file; rows after the "accepted" heading are marked so. */
export function parseDefectList(text: string, list: string): Row[] {
  const rows: Row[] = [];
  let header: string[] | undefined;
  let accepted = false;
  for (const line of text.split('\n')) {
    if (/^#+\s/.test(line)) accepted = /accepted after review/i.test(line);
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    const cells = line.slice(1, line.trimEnd().endsWith('|') ? line.trimEnd().length - 1 : undefined).split('|').map((c) => c.trim());
    if (cells[0] === 'id') {
      header = cells;
      continue;
    }
    if (!header || /^-+$/.test(cells[0] ?? '')) continue;
    const get = (name: string) => cells[header!.indexOf(name)] ?? '';
    const verdict = get('verdict');
    if (verdict !== 'defect' && verdict !== 'debatable') throw new Error(`${list}: row ${get('id')}: verdict must be defect or debatable, not "${verdict}"`);
    const quote = get('quote');
    rows.push({
      id: get('id'),
      plan: get('plan'),
      file: get('file') || '*',
      path: get('path') || '*',
      quote: quote === '-' || quote === '' ? '' : quote.replace(/^「(.*)」$/, '$1'),
      rules: get('rules').split(',').map((r) => r.trim()).filter(Boolean),
      verdict,
      encoded: get('encoded') !== 'no',
      kind: get('kind'),
      note: get('note'),
      accepted,
      list,
    });
  }
  return rows;
}

function documents(): Doc[] {
  const docs: Doc[] = [];
  const seedList = join(CORPUS, 'seeds-defects.md');
  const seedRows = parseDefectList(readFileSync(seedList, 'utf8'), relative(ROOT, seedList));
  for (const id of readdirSync(join(ROOT, 'plans')).sort()) {
    if (!existsSync(join(ROOT, 'plans', id, 'plan.ts'))) continue;
    docs.push({ id, root: ROOT, kind: 'seed', rows: seedRows.filter((r) => r.plan === id) });
  }
  for (const id of readdirSync(join(CORPUS, 'plans')).sort()) {
    const list = join(CORPUS, 'plans', id, 'defects.md');
    if (!existsSync(list)) throw new Error(`test/corpus/plans/${id} has no defects.md: write the list before measuring`);
    docs.push({ id, root: CORPUS, kind: 'corpus', rows: parseDefectList(readFileSync(list, 'utf8'), relative(ROOT, list)).filter((r) => r.plan === id) });
  }
  return docs;
}

// ---------------------------------------------------------------------------------------------
// Matching

function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}
function valueAt(root: unknown, path: string | undefined): string {
  if (!path) return '';
  let v: unknown = root;
  for (const s of segments(path)) {
    if (v === null || typeof v !== 'object') return '';
    v = (v as Record<string | number, unknown>)[s];
  }
  return typeof v === 'string' ? v : v === undefined ? '' : JSON.stringify(v);
}
/**
 * The names the finding's place sits in: the `name` (indicator) or `title` (goal, policy, initiative) of
 * each object on its path. A finding's message shortens a long indicator name (「…（33文字）」), so a row
 * quoting the whole name is matched through the place, not the message.
 */
function enclosingNames(root: unknown, path: string | undefined, plan: unknown): string {
  if (!path) return '';
  const names: string[] = [];
  let v: unknown = root;
  for (const s of segments(path)) {
    if (v === null || typeof v !== 'object') break;
    v = (v as Record<string | number, unknown>)[s];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      for (const k of ['name', 'title'] as const) if (typeof o[k] === 'string') names.push(o[k]);
      // A progress module's actual names its indicator by id: the plan's indicator of that id.
      if (typeof o.indicator === 'string') names.push(nameOfId(plan, o.indicator));
    }
  }
  return names.join('\n');
}
/** The name of the plan's indicator (or node) whose id is `id`, wherever it hangs. */
function nameOfId(v: unknown, id: string): string {
  if (v === null || typeof v !== 'object') return '';
  const o = v as Record<string, unknown>;
  if (o.id === id && typeof o.name === 'string') return o.name;
  for (const c of Object.values(o)) {
    const n = nameOfId(c, id);
    if (n) return n;
  }
  return '';
}
function pathWithin(findingPath: string | undefined, rowPath: string): boolean {
  if (rowPath === '*') return true;
  if (!findingPath) return false;
  if (!findingPath.startsWith(rowPath)) return false;
  const next = findingPath[rowPath.length];
  return next === undefined || next === '.' || next === '[';
}
function ruleMatches(ruleId: string, rules: string[]): boolean {
  return rules.some((r) => r === '*' || r === ruleId || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))));
}

export function matchFinding(f: Finding, plan: string, planDir: string, values: Map<string, unknown>, rows: Row[]): Row[] {
  const file = f.file.startsWith(planDir) ? f.file.slice(planDir.length) : f.file;
  return rows.filter((r) => {
    if (r.plan !== plan) return false;
    if (r.file !== '*' && r.file !== file) return false;
    if (!pathWithin(f.path, r.path)) return false;
    if (!ruleMatches(f.ruleId, r.rules)) return false;
    if (r.quote) {
      const text = `${f.message.ja}\n${valueAt(values.get(file), f.path)}\n${enclosingNames(values.get(file), f.path, values.get('plan.ts'))}`;
      if (!text.includes(r.quote)) return false;
    }
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Running lint (the one place that knows lint's API)

async function lintDoc(doc: Doc, profile: Profile, today: string): Promise<{ findings: Finding[]; planDir: string; values: Map<string, unknown> }> {
  const r = await lintWorkspace(doc.root, [doc.id], { profile, today, keepDocs: true });
  const plan = r.plans[0]!;
  const planDir = `${relative(ROOT, join(doc.root, 'plans', doc.id)).split('\\').join('/')}/`;
  const rootRel = relative(ROOT, doc.root).split('\\').join('/');
  // Findings name files relative to the workspace root they were linted in; make them repository-relative.
  const findings = plan.findings
    .filter((f) => !f.suppressed)
    .map((f) => (rootRel ? { ...f, file: `${rootRel}/${f.file}` } : f));
  const values = new Map<string, unknown>();
  if (plan.doc) {
    values.set('plan.ts', plan.doc.module.value);
    for (const p of plan.doc.progressDocs) values.set(`progress/${p.module.sourceMap.file.split('/').pop()}`, p.module.value);
  }
  return { findings, planDir, values };
}

export async function measure(doc: Doc, profile: Profile, today: string): Promise<DocResult> {
  const { findings, planDir, values } = await lintDoc(doc, profile, today);
  const matches: Match[] = findings.map((finding) => ({ finding, rows: matchFinding(finding, doc.id, planDir, values, doc.rows) }));
  const written = doc.rows.filter((r) => !r.accepted && r.verdict === 'defect');
  const hit = (r: Row) => matches.some((m) => m.rows.includes(r));
  const found = written.filter(hit);
  const encoded = written.filter((r) => r.encoded);
  const strict = matches.filter((m) => m.rows.some((r) => r.verdict === 'defect'));
  const lenient = matches.filter((m) => m.rows.length > 0);
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  const perRow = new Map<string, number>();
  for (const m of matches) for (const r of m.rows) perRow.set(r.id, (perRow.get(r.id) ?? 0) + 1);
  return {
    doc: doc.id,
    kind: doc.kind,
    profile,
    defects: written.length,
    found: found.length,
    encodedDefects: encoded.length,
    encodedFound: encoded.filter(hit).length,
    findings: findings.length,
    truePositives: strict.length,
    debatableMatches: lenient.length - strict.length,
    acceptedMatches: matches.filter((m) => m.rows.some((r) => r.accepted)).length,
    falsePositives: findings.length - lenient.length,
    recall: ratio(found.length, written.length),
    recallEncoded: ratio(encoded.filter(hit).length, encoded.length),
    precisionStrict: ratio(strict.length, findings.length),
    precisionLenient: ratio(lenient.length, findings.length),
    missed: written.filter((r) => !hit(r)),
    unmatched: matches.filter((m) => m.rows.length === 0).map((m) => m.finding),
    duplicates: [...perRow].filter(([, n]) => n > 1).map(([row, n]) => ({ row, findings: n })),
  };
}

// ---------------------------------------------------------------------------------------------
// Output

const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const frac = (a: number, b: number) => `${a}/${b}`;

function totals(results: DocResult[], kind?: Doc['kind']): DocResult {
  const rs = kind ? results.filter((r) => r.kind === kind) : results;
  const sum = (k: keyof DocResult) => rs.reduce((a, r) => a + (r[k] as number), 0);
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
  const findings = sum('findings');
  return {
    doc: kind === 'seed' ? 'all seeds' : kind === 'corpus' ? 'all corpus' : 'all',
    kind: kind ?? 'seed',
    profile: rs[0]?.profile ?? 'draft',
    defects: sum('defects'),
    found: sum('found'),
    encodedDefects: sum('encodedDefects'),
    encodedFound: sum('encodedFound'),
    findings,
    truePositives: sum('truePositives'),
    debatableMatches: sum('debatableMatches'),
    acceptedMatches: sum('acceptedMatches'),
    falsePositives: sum('falsePositives'),
    recall: ratio(sum('found'), sum('defects')),
    recallEncoded: ratio(sum('encodedFound'), sum('encodedDefects')),
    precisionStrict: ratio(sum('truePositives'), findings),
    precisionLenient: ratio(sum('truePositives') + sum('debatableMatches'), findings),
    missed: [],
    unmatched: [],
    duplicates: [],
  };
}

function markdownTable(results: DocResult[]): string {
  const lines = [
    '| document | profile | recall | recall (encoded text) | precision (strict) | precision (with debatable) | findings | false positives |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    lines.push(
      `| ${r.doc} | ${r.profile} | ${pct(r.recall)} (${frac(r.found, r.defects)}) | ${pct(r.recallEncoded)} (${frac(r.encodedFound, r.encodedDefects)}) | ${pct(r.precisionStrict)} (${frac(r.truePositives, r.findings)}) | ${pct(r.precisionLenient)} (${frac(r.truePositives + r.debatableMatches, r.findings)}) | ${r.findings} | ${r.falsePositives} |`,
    );
  }
  return lines.join('\n');
}

function details(r: DocResult): string {
  const out: string[] = [`\n## ${r.doc} (${r.profile})`];
  if (r.missed.length) {
    out.push(`missed (${r.missed.length}):`);
    for (const m of r.missed) out.push(`  ${m.id}${m.encoded ? '' : ' [not encoded]'}  ${m.path}  ${m.quote ? `「${m.quote}」 ` : ''}want ${m.rules.join(', ')} — ${m.note}`);
  }
  if (r.unmatched.length) {
    out.push(`false positives, or defects to review and accept (${r.unmatched.length}):`);
    for (const f of r.unmatched) out.push(`  ${f.file} ${f.path ?? '(file)'} ${f.severity} ${f.ruleId}  ${f.message.ja.slice(0, 110)}`);
  }
  if (r.duplicates.length) out.push(`rows reported by more than one finding: ${r.duplicates.map((d) => `${d.row}×${d.findings}`).join(' ')}`);
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const values = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
  const profiles = (values('--profile').length ? values('--profile') : ['draft', 'publish']) as Profile[];
  for (const p of profiles) if (p !== 'draft' && p !== 'publish') throw new Error(`--profile ${p}: draft or publish`);
  const today = values('--today')[0] ?? '2025-06-01';
  const wanted = values('--doc');
  const docs = documents().filter((d) => wanted.length === 0 || wanted.includes(d.id));
  if (wanted.length && docs.length !== wanted.length) throw new Error(`unknown --doc; known: ${documents().map((d) => d.id).join(', ')}`);

  const results: DocResult[] = [];
  for (const profile of profiles) for (const d of docs) results.push(await measure(d, profile, today));

  if (flag('--json')) {
    process.stdout.write(`${JSON.stringify({ today, results }, null, 2)}\n`);
    return;
  }
  const table: DocResult[] = [];
  for (const profile of profiles) {
    const rs = results.filter((r) => r.profile === profile);
    table.push(...rs);
    if (!wanted.length) table.push(totals(rs, 'seed'), totals(rs, 'corpus'));
  }
  console.log(`Lint recall and precision (--today ${today}; lists: test/corpus/seeds-defects.md, test/corpus/plans/*/defects.md)\n`);
  console.log(markdownTable(table));
  const proposed = [...new Set(docs.flatMap((d) => d.rows.flatMap((r) => r.rules)))].filter((r) => r !== '*' && !r.endsWith('/*') && !r.startsWith('prose/') && !RULES_BY_ID.has(r));
  if (proposed.length) console.log(`\nRule ids named in the lists that lint does not have (proposals): ${proposed.sort().join(', ')}`);
  if (flag('--markdown')) return;
  if (flag('--details') || wanted.length) for (const r of results) console.log(details(r));
  else console.log('\n(--details lists every missed defect and every unmatched finding; --doc <id> for one document)');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
