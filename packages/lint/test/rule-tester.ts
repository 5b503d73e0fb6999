/**
 * A table-driven rule tester (ESLint's RuleTester): valid snippets give no
 * finding; invalid ones give exactly the listed findings, ordered by place:
 * message id, start and end (the exact text the finding covers), the message
 * data, and severity when given. A fixable rule's every invalid case states
 * its `output` (null: no fix in the plan) and, with a progress module, its
 * `progressOutput`; fixing the fixed text again changes nothing.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan, readModule, runRules, type AnyRule, type Finding, type RuleSettings } from '@keikaku/core';
import { Progress, validatePlan, validateProgress, type Plan } from '@keikaku/schema';
import { applyEdits, fixesByFile, lintPlan } from '../src/index.js';
import { planText } from './snippets.js';

export const PLAN_FILE = 'plans/x/plan.ts';
export const PROGRESS_FILE = 'plans/x/progress/2025.ts';

export interface Case {
  name: string;
  /** The plan module (default: the valid base plan). */
  plan?: string;
  /** A progress module (its file is progress/<fy>.ts; default fy 2025). */
  progress?: string;
  progressFy?: number;
  /** Further progress modules of other years (progress/<fy>.ts), for rules that judge several years; findings in them are not expected. */
  moreProgress?: { fy: number; text: string }[];
  settings?: Partial<RuleSettings>;
  /** plans/x/keikaku.config.json (engine rules only). */
  config?: string;
}

export interface Expected {
  messageId: string;
  /** The message data, exactly ({} for a message without slots). */
  data: Readonly<Record<string, string | number>>;
  /** 1-based line and column (UTF-16), or `at`: the text the finding starts at (its first occurrence, or the `nth`). */
  line?: number;
  column?: number;
  at?: string;
  /** Or: the finding starts right after this text. */
  after?: string;
  nth?: number;
  /**
   * The exact text the finding covers, from its start (which is this text's own
   * occurrence when neither `at`, `after` nor `line` is given). Or, for a range
   * too long to quote, `endLine` and `endColumn` (1-based, exclusive column).
   */
  text?: string;
  endLine?: number;
  endColumn?: number;
  /** Which file: the plan (default), the progress module, or keikaku.config.json. */
  in?: 'plan' | 'progress' | 'config';
  severity?: Finding['severity'];
}

export interface InvalidCase extends Case {
  errors: Expected[];
  /** The plan module after --fix (exact text); null when the rule attaches no fix to it. Required for a fixable rule. */
  output?: string | null;
  /** The progress module after --fix; null when no fix. Required for a fixable rule with a progress module. */
  progressOutput?: string | null;
}

export function lintSnippet(rule: AnyRule, c: Case): Finding[] {
  const planSrc = c.plan ?? planText();
  const pm = readModule(planSrc, { file: PLAN_FILE, kind: 'plan' });
  expect(pm.findings.map((f) => f.message.en)).toEqual([]);
  const r = validatePlan(pm.value);
  if (!r.ok) expect.fail(`plan snippet is not schema-valid: ${JSON.stringify(r.problems).slice(0, 600)}`);
  const plan = r.value as Plan;
  const progress = [];
  if (c.progress) {
    const fy = c.progressFy ?? 2025;
    const m = readModule(c.progress, { file: PROGRESS_FILE.replace('2025', String(fy)), kind: 'progress' });
    expect(m.findings.map((f) => f.message.en)).toEqual([]);
    const shape = Progress.safeParse(m.value);
    if (!shape.success) expect.fail(`progress snippet is not schema-valid: ${shape.error.message.slice(0, 600)}`);
    const pr = validateProgress(plan, m.value);
    if (!pr.ok) expect.fail(`progress snippet does not match the plan: ${JSON.stringify(pr.problems).slice(0, 600)}`);
    progress.push({ fy, progress: shape.data, source: m.sourceMap });
  }
  for (const more of c.moreProgress ?? []) {
    const m = readModule(more.text, { file: PROGRESS_FILE.replace('2025', String(more.fy)), kind: 'progress' });
    expect(m.findings.map((f) => f.message.en)).toEqual([]);
    const shape = Progress.safeParse(m.value);
    if (!shape.success) expect.fail(`progress snippet (${more.fy}) is not schema-valid: ${shape.error.message.slice(0, 600)}`);
    const pr = validateProgress(plan, m.value);
    if (!pr.ok) expect.fail(`progress snippet (${more.fy}) does not match the plan: ${JSON.stringify(pr.problems).slice(0, 600)}`);
    progress.push({ fy: more.fy, progress: shape.data, source: m.sourceMap });
  }
  progress.sort((a, b) => a.fy - b.fy);
  const settings: RuleSettings = { profile: 'draft', today: '2025-06-01', ...c.settings };
  return runRules([rule], { plan, planSource: pm.sourceMap, progress }, { source: 'lint', settings });
}

/**
 * The whole engine on a throw-away workspace (for the rules the engine raises:
 * suppressions and configuration), keeping the findings of `rule` only.
 */
export async function lintSnippetEngine(rule: AnyRule, c: Case): Promise<Finding[]> {
  const root = mkdtempSync(join(tmpdir(), 'keikaku-lint-test-'));
  try {
    const dir = join(root, 'plans', 'x');
    mkdirSync(join(dir, 'progress'), { recursive: true });
    writeFileSync(join(dir, 'plan.ts'), c.plan ?? planText());
    const progressFiles = [];
    if (c.progress) {
      const fy = c.progressFy ?? 2025;
      writeFileSync(join(dir, 'progress', `${fy}.ts`), c.progress);
      progressFiles.push({ fy, file: join(dir, 'progress', `${fy}.ts`) });
    }
    if (c.config !== undefined) writeFileSync(join(dir, 'keikaku.config.json'), c.config);
    const doc = loadPlan(root, { id: 'x', dir, planFile: join(dir, 'plan.ts'), progressFiles, strayProgressFiles: [] });
    const all = await lintPlan(root, doc, { prose: false, today: c.settings?.today ?? '2025-06-01', profile: c.settings?.profile ?? 'draft' });
    return all.filter((f) => f.ruleId === rule.meta.id);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Offset of the nth occurrence of `needle` in `text`. */
function offsetOf(text: string, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) is not in the snippet`);
  }
  return at;
}

/** 1-based line and column of a UTF-16 offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** UTF-16 offset of a 1-based line and column. */
function offsetAt(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
}

/** Line and column of the nth occurrence of `needle` in `text` (shifted by `shift` code units). */
export function positionOf(text: string, needle: string, nth = 1, shift = 0): { line: number; column: number } {
  return lineColumn(text, offsetOf(text, needle, nth) + shift);
}

/** Where an expected finding starts and ends in `text`. */
function expectedRange(text: string, e: Expected): { line: number; column: number; endLine: number; endColumn: number } {
  const start =
    e.at !== undefined
      ? offsetOf(text, e.at, e.nth)
      : e.after !== undefined
        ? offsetOf(text, e.after, e.nth) + e.after.length
        : e.line !== undefined && e.column !== undefined
          ? offsetAt(text, e.line, e.column)
          : e.text !== undefined
            ? offsetOf(text, e.text, e.nth)
            : NaN;
  if (Number.isNaN(start)) throw new Error(`expected ${e.messageId}: give at, after, line and column, or text`);
  if (e.text !== undefined) {
    if (text.slice(start, start + e.text.length) !== e.text) throw new Error(`expected ${e.messageId}: "${e.text}" is not the text at its start`);
    return { ...lineColumn(text, start), ...endOf(lineColumn(text, start + e.text.length)) };
  }
  if (e.endLine === undefined || e.endColumn === undefined) throw new Error(`expected ${e.messageId}: give the covered text, or endLine and endColumn`);
  return { ...lineColumn(text, start), endLine: e.endLine, endColumn: e.endColumn };
}
const endOf = (p: { line: number; column: number }) => ({ endLine: p.line, endColumn: p.column });

function fixAll(text: string, file: string, findings: readonly Finding[]): string {
  const edits = fixesByFile(findings).get(file) ?? [];
  return applyEdits(text, edits).text;
}

/**
 * KEIKAKU_RECORD_CASES=<file>: appends, for each invalid case, what each
 * listed error actually covers and its data (matched by message id and start),
 * and the fixed output: the tool that wrote the exact ends and data into the
 * case tables (scripts in the history), kept so a new table can be filled the
 * same way and then read by a person.
 */
function record(rule: AnyRule, c: InvalidCase, planSrc: string, got: readonly Finding[]): void {
  const errors = c.errors.map((e) => {
    const text = e.in === 'progress' ? c.progress! : e.in === 'config' ? c.config! : planSrc;
    let start: { line: number; column: number } | undefined;
    try {
      start = e.at !== undefined ? positionOf(text, e.at, e.nth) : e.after !== undefined ? positionOf(text, e.after, e.nth, e.after.length) : e.line !== undefined ? { line: e.line, column: e.column! } : undefined;
    } catch {
      start = undefined;
    }
    const f = got.find((x) => x.messageId === e.messageId && start && x.line === start.line && x.column === start.column);
    if (!f) return null;
    const covered = text.slice(offsetAt(text, f.line, f.column), offsetAt(text, f.endLine, f.endColumn));
    return { data: f.data ?? {}, covered, endLine: f.endLine, endColumn: f.endColumn };
  });
  const fixed = rule.meta.fixable ? fixAll(planSrc, PLAN_FILE, got) : undefined;
  const progressFile = PROGRESS_FILE.replace('2025', String(c.progressFy ?? 2025));
  const progressFixed = rule.meta.fixable && c.progress !== undefined ? fixAll(c.progress, progressFile, got) : undefined;
  appendFileSync(
    process.env.KEIKAKU_RECORD_CASES!,
    `${JSON.stringify({ rule: rule.meta.id, name: c.name, errors, output: fixed === undefined ? undefined : fixed === planSrc ? null : fixed, progressOutput: progressFixed === undefined ? undefined : progressFixed === c.progress ? null : progressFixed })}\n`,
  );
}

const byPlace = <T extends { file: string; line: number; column: number }>(xs: T[]): T[] =>
  [...xs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column);

/** One invalid case: exactly the listed findings (ordered by place, with ends and data) and, for a fixable rule, the stated output. Throws on any difference. */
/** A case linted with the rule alone, or with the whole engine (rules the engine raises). */
const lintCase = async (rule: AnyRule, c: Case, opts: { engine?: boolean }): Promise<Finding[]> => (opts.engine ? lintSnippetEngine(rule, c) : lintSnippet(rule, c));

export async function assertInvalid(rule: AnyRule, c: InvalidCase, opts: { engine?: boolean } = {}): Promise<void> {
  const run = (x: Case) => lintCase(rule, x, opts);
  const planSrc = c.plan ?? planText();
  const got = await run(c);
  if (process.env.KEIKAKU_RECORD_CASES) record(rule, c, planSrc, got);
  const want = c.errors.map((e) => {
    const text = e.in === 'progress' ? c.progress! : e.in === 'config' ? c.config! : planSrc;
    const file = e.in === 'progress' ? PROGRESS_FILE.replace('2025', String(c.progressFy ?? 2025)) : e.in === 'config' ? 'plans/x/keikaku.config.json' : PLAN_FILE;
    return { file, messageId: e.messageId, ...expectedRange(text, e), data: e.data, ...(e.severity ? { severity: e.severity } : {}) };
  });
  const severityGiven = new Set(c.errors.flatMap((e) => (e.severity ? [e.messageId] : [])));
  const actual = got.map((f) => ({
    file: f.file,
    messageId: f.messageId,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    data: f.data ?? {},
    ...(severityGiven.has(f.messageId) ? { severity: f.severity } : {}),
  }));
  expect(byPlace(actual)).toEqual(byPlace(want));
  for (const f of got) {
    expect(f.ruleId).toBe(rule.meta.id);
    expect(f.source).toBe('lint');
    expect(f.message.ja.length).toBeGreaterThan(0);
    expect(f.message.en.length).toBeGreaterThan(0);
    expect(f.endLine * 1e6 + f.endColumn).toBeGreaterThanOrEqual(f.line * 1e6 + f.column);
  }
  if (rule.meta.fixable) {
    expect(c.output, 'a fixable rule states the output of every invalid case (null: no fix)').not.toBeUndefined();
    if (c.progress !== undefined) expect(c.progressOutput, 'a fixable rule states progressOutput when the case has a progress module').not.toBeUndefined();
  }
  if (c.output !== undefined) {
    if (c.output === null) expect(got.filter((f) => f.fix && f.file === PLAN_FILE)).toEqual([]);
    else {
      const fixed = fixAll(planSrc, PLAN_FILE, got);
      expect(fixed).toBe(c.output);
      // Fixing the fixed text again changes nothing.
      const again = await run({ ...c, plan: fixed });
      expect(fixAll(fixed, PLAN_FILE, again)).toBe(fixed);
    }
  }
  if (c.progressOutput !== undefined) {
    const file = PROGRESS_FILE.replace('2025', String(c.progressFy ?? 2025));
    if (c.progressOutput === null) expect(got.filter((f) => f.fix && f.file === file)).toEqual([]);
    else expect(fixAll(c.progress!, file, got)).toBe(c.progressOutput);
  }
}

export function ruleTester(rule: AnyRule, cases: { valid: Case[]; invalid: InvalidCase[] }, opts: { engine?: boolean } = {}): void {
  describe(`rule ${rule.meta.id}`, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const got = await lintCase(rule, c, opts);
        expect(got.map((f) => `${f.file}:${f.line}:${f.column} ${f.messageId} ${f.message.ja}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => assertInvalid(rule, c, opts));
    }
  });
}
