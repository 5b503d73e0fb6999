/**
 * Reads every selected plan and its progress modules statically, validates
 * them with Zod, and says what the workspace itself gets wrong (an id that is
 * not its folder's name, two plans with one id, a progress file not named by
 * its year). Nothing is executed.
 */
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { Progress, progressAgainstPlan, toProblems, validatePlan, type Plan, type Problem } from '@keikaku/schema';
import type { Finding } from './finding.js';
import { fileFinding, findingAt } from './finding-at.js';
import { readModule, readModuleFile, type ReadModule } from './reader/reader.js';
import type { ProgressInput } from './rule.js';
import type { SourceMap } from './source-map.js';
import { selectPlans, type PlanFiles } from './workspace.js';

export interface ProgressDoc {
  /** The year its file name gives (progress/2024.ts). */
  fy: number;
  file: string;
  module: ReadModule;
  progress?: Progress;
}

export interface PlanDoc {
  id: string;
  dir: string;
  planFile: string;
  module: ReadModule;
  /** Set when the reader and Zod accepted the plan module. */
  plan?: Plan;
  planSource: SourceMap;
  /** Progress modules whose shape Zod accepted (an id that does not resolve in the plan is reported, and ignored by consumers). */
  progress: ProgressInput[];
  progressDocs: ProgressDoc[];
  /** Reader, schema and workspace findings of this plan's files. */
  findings: Finding[];
}

export interface Workspace {
  root: string;
  plans: PlanDoc[];
  findings: Finding[];
}

/** A Zod problem from @keikaku/schema as a finding at its place in the module. */
export function schemaFinding(source: SourceMap, p: Problem): Finding {
  // An unknown key is the key's fault, not its value's: point at the key, as tsc does.
  const at = p.code === 'unrecognized_keys' ? { path: p.path, range: source.locateKey(p.path) } : { path: p.path };
  return findingAt(source, at, {
    ruleId: `schema/${p.code}`,
    source: 'schema',
    severity: 'error',
    messageId: p.code,
    message: { ja: p.ja, en: p.en },
    ...(p.fix ? { hint: p.fix } : {}),
  });
}

const rel = (root: string, f: string) => relative(root, f).split(sep).join('/');

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function loadPlan(root: string, files: PlanFiles): PlanDoc {
  const findings: Finding[] = [];
  if (isDirectory(files.planFile)) {
    const module = readModuleEmpty(root, files.planFile);
    findings.push(
      fileFinding(rel(root, files.planFile), {
        ruleId: 'workspace/plan-not-a-file', source: 'workspace', severity: 'error', messageId: 'plan-not-a-file',
        message: { ja: 'plan.ts がファイルではなくフォルダです', en: 'plan.ts is a directory, not a file' },
        hint: { ja: 'plans/<id>/plan.ts は計画モジュールのファイルにしてください。', en: 'plans/<id>/plan.ts must be the plan module file.' },
      }),
    );
    return { id: files.id, dir: files.dir, planFile: files.planFile, module, planSource: module.sourceMap, progress: [], progressDocs: [], findings };
  }
  const module = readModuleFile(root, files.planFile, 'plan');
  findings.push(...module.findings);
  let plan: Plan | undefined;
  if (module.value !== undefined) {
    const r = validatePlan(module.value);
    if (r.ok) plan = r.value;
    else findings.push(...r.problems.map((p) => schemaFinding(module.sourceMap, p)));
  }
  if (plan && plan.id !== files.id) {
    findings.push(
      findingAt(module.sourceMap, { path: ['id'] }, {
        ruleId: 'workspace/plan-id-folder', source: 'workspace', severity: 'error', messageId: 'plan-id-folder',
        data: { id: plan.id, folder: files.id },
        message: { ja: `計画 id "${plan.id}" がフォルダ名 plans/${files.id} と一致しません`, en: `plan id "${plan.id}" does not match its folder plans/${files.id}` },
        hint: { ja: `id を "${files.id}" にするか、フォルダ名を変えてください。`, en: `Set id to "${files.id}" or rename the folder.` },
      }),
    );
  }
  for (const stray of files.strayProgressFiles) {
    findings.push(
      fileFinding(rel(root, stray), {
        ruleId: 'workspace/progress-file-name', source: 'workspace', severity: 'error', messageId: 'progress-file-name',
        message: { ja: '進捗ファイルの名前が年度ではないため読み込んでいません', en: 'progress file name is not a fiscal year, so it was not read' },
        hint: { ja: '西暦の年度で名前を付けてください（令和6年度 → progress/2024.ts）。', en: 'Name it by the Western fiscal year, e.g. progress/2024.ts for 令和6年度.' },
      }),
    );
  }
  const progressDocs: ProgressDoc[] = [];
  const progress: ProgressInput[] = [];
  for (const pf of files.progressFiles) {
    const pm = readModuleFile(root, pf.file, 'progress');
    findings.push(...pm.findings);
    const doc: ProgressDoc = { fy: pf.fy, file: pf.file, module: pm };
    progressDocs.push(doc);
    if (pm.value === undefined) continue;
    let problems: Problem[] = [];
    const shape = Progress.safeParse(pm.value, { reportInput: true });
    if (!shape.success) problems = toProblems(shape.error, Progress);
    else {
      // Shape-valid progress is read even when an id does not resolve: the
      // finding says which, and the checks still judge the rest of the file.
      doc.progress = shape.data;
      // Against the plan on the value Zod already parsed (validateProgress would parse it a second time).
      if (plan) problems = progressAgainstPlan(plan, shape.data);
    }
    findings.push(...problems.map((p) => schemaFinding(pm.sourceMap, p)));
    const fy = (pm.value as { fy?: unknown }).fy;
    if (typeof fy === 'number' && fy !== pf.fy) {
      doc.progress = undefined;
      findings.push(
        findingAt(pm.sourceMap, { path: ['fy'] }, {
          ruleId: 'workspace/progress-fy-file', source: 'workspace', severity: 'error', messageId: 'progress-fy-file',
          data: { fy, file: pf.fy },
          message: { ja: `年度 ${fy} がファイル名 progress/${pf.fy}.ts と一致しません`, en: `fiscal year ${fy} does not match the file name progress/${pf.fy}.ts` },
          hint: { ja: '年度かファイル名のどちらかを直してください。', en: 'Fix either the year or the file name.' },
        }),
      );
    }
    if (doc.progress) progress.push({ fy: pf.fy, progress: doc.progress, source: pm.sourceMap });
  }
  return { id: files.id, dir: files.dir, planFile: files.planFile, module, plan, planSource: module.sourceMap, progress, progressDocs, findings };
}

/** An empty module for a plan file that cannot be read at all (its finding says why). */
function readModuleEmpty(root: string, file: string): ReadModule {
  const m = readModule('', { file: rel(root, file), kind: 'plan' });
  m.findings = [];
  return m;
}

/**
 * The named plans (all when none are named), read one at a time as the
 * iteration asks for them: a consumer that lets each PlanDoc go before the
 * next (lint, report, export of many plans) holds one plan's syntax trees at
 * a time, not 1,741 (1.45 GB). Unknown ids are usage errors, thrown at once.
 * Two plans claiming one id can only be known once every plan was read:
 * `findings` then holds those workspace findings (it grows during the
 * iteration and is complete after it).
 */
export interface PlanStream extends Iterable<PlanDoc> {
  readonly findings: Finding[];
}

export function streamWorkspace(root: string, ids: readonly string[] = []): PlanStream {
  const selected = selectPlans(root, ids);
  const findings: Finding[] = [];
  // Only where each plan writes its id is kept, for the duplicate-id check.
  const claims: IdClaim[] = [];
  function* plans(): Generator<PlanDoc> {
    for (const files of selected) {
      const doc = loadPlan(root, files);
      const claim = planIdClaim(doc);
      if (claim) claims.push(claim);
      yield doc;
    }
    findings.push(...duplicateIdFindings(claims));
  }
  return { findings, [Symbol.iterator]: plans };
}

/** Where a plan writes its id: a finding's place, without the syntax tree it was found in. */
export type Place = Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'path'>;

export interface IdClaim {
  /** The id the plan writes. */
  planId: string;
  /** Its folder under plans/. */
  dir: string;
  at: Place;
}

export function placeOf(source: SourceMap, path: readonly (string | number)[]): Place {
  const f = findingAt(source, { path }, { ruleId: '', source: 'workspace', severity: 'error', messageId: '', message: { ja: '', en: '' } });
  return { file: f.file, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, ...(f.path ? { path: f.path } : {}) };
}

/**
 * Where a read plan writes its id, for the duplicate-id check; undefined when Zod refused the plan (as in
 * check, only a plan that validated claims an id). check, streamWorkspace and report collect these plan by
 * plan and call `duplicateIdFindings` once every plan was read.
 */
export function planIdClaim(doc: PlanDoc): IdClaim | undefined {
  return doc.plan ? { planId: doc.plan.id, dir: doc.id, at: placeOf(doc.planSource, ['id']) } : undefined;
}

/** Two plans that claim one id (a copied folder whose id was not changed): a finding at each. */
export function duplicateIdFindings(claims: readonly IdClaim[]): Finding[] {
  const byId = new Map<string, IdClaim[]>();
  for (const c of claims) byId.set(c.planId, [...(byId.get(c.planId) ?? []), c]);
  const out: Finding[] = [];
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const c of list) {
      const others = list.filter((o) => o !== c).map((o) => `plans/${o.dir}`).join(', ');
      const { path, ...place } = c.at;
      out.push({
        ruleId: 'workspace/duplicate-plan-id', source: 'workspace', severity: 'error',
        ...place,
        messageId: 'duplicate-plan-id',
        message: { ja: `計画 id "${id}" が ${others} と重複しています`, en: `plan id "${id}" is also used by ${others}` },
        ...(path ? { path } : {}),
        data: { id, others },
        hint: { ja: '計画 id はフォルダ名と同じにし、全体で一意にしてください。', en: 'A plan id equals its folder name and is unique.' },
      });
    }
  }
  return out;
}

/** Reads the named plans (all when none are named) and holds them all. Unknown ids are usage errors. */
export function loadWorkspace(root: string, ids: readonly string[] = []): Workspace {
  const plans: PlanDoc[] = [];
  const stream = streamWorkspace(root, ids);
  for (const doc of stream) plans.push(doc);
  const findings: Finding[] = plans.flatMap((p) => p.findings);
  for (const f of stream.findings) {
    plans.find((p) => f.file === rel(root, p.planFile))?.findings.push(f);
    findings.push(f);
  }
  return { root, plans, findings };
}
