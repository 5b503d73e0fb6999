/**
 * A table-driven rule tester (ESLint's RuleTester): valid snippets give no
 * finding; invalid ones give exactly the listed findings (message id, line,
 * column, and severity when given), and, for a fixable rule, exactly the
 * fixed text; fixing the fixed text again changes nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan, readModule, type Finding } from '@keikaku/core';
import { Progress, validatePlan, validateProgress, type Plan } from '@keikaku/schema';
import { applyEdits, fixesByFile, lintPlan, runLintRule, type LintRule, type LintSettings } from '../src/index.js';
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
  settings?: Partial<LintSettings>;
  /** plans/x/keikaku.config.json (engine rules only). */
  config?: string;
}

export interface Expected {
  messageId: string;
  /** 1-based line and column (UTF-16), or `at`: the text the finding starts at (its first occurrence, or the `nth`). */
  line?: number;
  column?: number;
  at?: string;
  /** Or: the finding starts right after this text. */
  after?: string;
  nth?: number;
  /** Which file: the plan (default), the progress module, or keikaku.config.json. */
  in?: 'plan' | 'progress' | 'config';
  severity?: Finding['severity'];
}

export interface InvalidCase extends Case {
  errors: Expected[];
  /** The plan module after --fix (exact text); null when the rule attaches no fix. */
  output?: string | null;
  progressOutput?: string;
}

export function lintSnippet(rule: LintRule, c: Case): Finding[] {
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
  const settings: LintSettings = { profile: 'draft', today: '2025-06-01', ...c.settings };
  return runLintRule(rule, { plan, planSource: pm.sourceMap, progress }, settings);
}

/**
 * The whole engine on a throw-away workspace (for the rules the engine raises:
 * suppressions and configuration), keeping the findings of `rule` only.
 */
export async function lintSnippetEngine(rule: LintRule, c: Case): Promise<Finding[]> {
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

/** Line and column of the nth occurrence of `needle` in `text`. */
export function positionOf(text: string, needle: string, nth = 1, shift = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) is not in the snippet`);
  }
  const before = text.slice(0, at + shift).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

function fixAll(text: string, file: string, findings: readonly Finding[]): string {
  const edits = fixesByFile(findings).get(file) ?? [];
  return applyEdits(text, edits).text;
}

export function ruleTester(rule: LintRule, cases: { valid: Case[]; invalid: InvalidCase[] }, opts: { engine?: boolean } = {}): void {
  const run = async (c: Case) => (opts.engine ? lintSnippetEngine(rule, c) : lintSnippet(rule, c));
  describe(`rule ${rule.meta.id}`, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const got = await run(c);
        expect(got.map((f) => `${f.file}:${f.line}:${f.column} ${f.messageId} ${f.message.ja}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const planSrc = c.plan ?? planText();
        const got = await run(c);
        const want = c.errors.map((e) => {
          const text = e.in === 'progress' ? c.progress! : e.in === 'config' ? c.config! : planSrc;
          const pos =
            e.at !== undefined
              ? positionOf(text, e.at, e.nth)
              : e.after !== undefined
                ? positionOf(text, e.after, e.nth, e.after.length)
                : { line: e.line!, column: e.column! };
          const file = e.in === 'progress' ? PROGRESS_FILE.replace('2025', String(c.progressFy ?? 2025)) : e.in === 'config' ? 'plans/x/keikaku.config.json' : PLAN_FILE;
          return { file, messageId: e.messageId, line: pos.line, column: pos.column, ...(e.severity ? { severity: e.severity } : {}) };
        });
        const actual = got.map((f, i) => ({
          file: f.file,
          messageId: f.messageId,
          line: f.line,
          column: f.column,
          ...(c.errors[i]?.severity ? { severity: f.severity } : {}),
        }));
        expect(actual).toEqual(want);
        for (const f of got) {
          expect(f.ruleId).toBe(rule.meta.id);
          expect(f.source).toBe('lint');
          expect(f.message.ja.length).toBeGreaterThan(0);
          expect(f.message.en.length).toBeGreaterThan(0);
          expect(f.endLine * 1e6 + f.endColumn).toBeGreaterThanOrEqual(f.line * 1e6 + f.column);
        }
        if (c.output !== undefined) {
          const fixed = fixAll(planSrc, PLAN_FILE, got);
          if (c.output === null) expect(got.filter((f) => f.fix)).toEqual([]);
          else {
            expect(fixed).toBe(c.output);
            // Fixing the fixed text changes nothing.
            const again = await run({ ...c, plan: fixed });
            expect(fixAll(fixed, PLAN_FILE, again)).toBe(fixed);
          }
        }
        if (c.progressOutput !== undefined) {
          const file = PROGRESS_FILE.replace('2025', String(c.progressFy ?? 2025));
          expect(fixAll(c.progress!, file, got)).toBe(c.progressOutput);
        }
      });
    }
  });
}
