/**
 * The engine around the rules: a crashing rule, profiles, configuration in
 * package.json, suppressions in a progress module, prose results placed at
 * the exact characters of a string literal, and the fix writer.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRule, defineMessages, docsPath, loadPlan, readModule, runRules, UsageError } from '@keikaku/core';
import { validatePlan, type Plan } from '@keikaku/schema';
import { applyEdits, fixWorkspace, lintPlan, lintProse, unifiedDiff, writeModuleAtomic, checkRuleIds, isKnownRule } from '../src/index.js';
import { goal, indicator, planText, progressText } from './snippets.js';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'keikaku-lint-engine-'));
  roots.push(root);
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - plans/*\n');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

function load(root: string, progress: number[] = []) {
  const dir = join(root, 'plans/x');
  return loadPlan(root, { id: 'x', dir, planFile: join(dir, 'plan.ts'), progressFiles: progress.map((fy) => ({ fy, file: join(dir, 'progress', `${fy}.ts`) })), strayProgressFiles: [] });
}

describe('engine', () => {
  it('a rule that throws becomes one finding naming it; the other rules still run', () => {
    const boom = createRule({
      meta: { id: 'boom', defaultSeverity: 'warning', group: 'defect', description: { ja: '爆発', en: 'boom' }, docs: docsPath('lint', 'boom'), messages: defineMessages({ x: { ja: () => 'x', en: () => 'x' } }) },
      create() {
        throw new Error('kaboom');
      },
    });
    const m = readModule(planText(), { file: 'plans/x/plan.ts', kind: 'plan' });
    const plan = (validatePlan(m.value) as { value: Plan }).value;
    const got = runRules([boom], { plan, planSource: m.sourceMap, progress: [] }, { source: 'lint', settings: { profile: 'draft', today: '2025-06-01' } });
    expect(got.map((f) => [f.ruleId, f.messageId, f.severity, f.file, f.line])).toEqual([['boom', 'rule-crash', 'error', 'plans/x/plan.ts', 1]]);
    expect(got[0]!.message.ja).toContain('kaboom');
  });

  it('configuration in package.json (keikaku field) changes a severity, with its reason', async () => {
    const root = workspace({
      'plans/x/plan.ts': planText({ goals: goal([indicator({ target: "{ fy: reiwa(11), value: { direction: '↗' } }" })]) }),
      'plans/x/package.json': JSON.stringify({ name: '@plans/x', keikaku: { rules: { 'missing-target': { severity: 'error', reason: '公表前に必ず数値を入れる' } } } }),
    });
    const got = await lintPlan(root, load(root), { prose: false, today: '2025-06-01' });
    expect(got.filter((f) => f.ruleId === 'missing-target').map((f) => f.severity)).toEqual(['error']);
  });

  it('a suppression in a progress module applies there', async () => {
    const root = workspace({
      'plans/x/plan.ts': planText(),
      'plans/x/progress/2025.ts': progressText("{ indicator: 'ind-a', value: 12,\n      // keikaku-disable-next-line placeholder -- 原典どおり\n      note: '令和〇年度末' }"),
    });
    const got = await lintPlan(root, load(root, [2025]), { prose: false, today: '2025-06-01' });
    const ph = got.filter((f) => f.ruleId === 'placeholder');
    expect(ph.map((f) => [f.file, f.suppressed])).toEqual([['plans/x/progress/2025.ts', { kind: 'inline', reason: '原典どおり' }]]);
    expect(got.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
  });

  it('the publish profile makes gaps errors; a stated absence stays info', async () => {
    const root = workspace({
      'plans/x/plan.ts': planText({
        goals: goal([indicator({ target: "{ fy: reiwa(11), value: { direction: '↗' } }" }), indicator({ id: "'ind-b'", target: "{ absent: '数値目標は設定しない', reason: '理由' }" })]),
      }),
    });
    const got = await lintPlan(root, load(root), { prose: false, today: '2025-06-01', profile: 'publish', rules: ['missing-target'] });
    expect(got.map((f) => [f.messageId, f.severity])).toEqual([
      ['directionOnly', 'error'],
      ['statedAbsence', 'info'],
    ]);
  });

  it.each([
    ['placeholder', true], // a lint rule
    ['percent-range', true], // a core check, run by lint too
    ['invalid-suppression', true],
    ['prose/prh', true],
    ['prose/jtf-style/4.2.1.感嘆符(！)', true],
    ['prose/max-ten', true], // level full only, still a rule a suppression may name
    ['prose/size-limit', true],
    ['prose/*', true],
    ['rule-crash', false], // the message id of a crashed rule's finding, which carries that rule's own id
    ['prose/no-such-rule', false],
    ['prose/', false],
    ['', false],
  ])('isKnownRule(%j) is %s', (id, known) => {
    expect(isKnownRule(id)).toBe(known);
    if (known) expect(() => checkRuleIds([id])).not.toThrow();
    else expect(() => checkRuleIds([id])).toThrow(UsageError);
  });

  it('--rule ids are checked', () => {
    expect(() => checkRuleIds(['placeholder', 'prose/prh', 'prose/*'])).not.toThrow();
    expect(() => checkRuleIds(['placeholders'])).toThrow(UsageError);
    // The nearest rule id is suggested (schema's nearestWord, the one the plan's unknown keys use): a transposition is one edit.
    const said = (id: string) => {
      try {
        checkRuleIds([id]);
      } catch (err) {
        return err instanceof UsageError ? `${err.ja} / ${err.en}` : 'not a usage error';
      }
      return 'no error';
    };
    expect(said('missing-tagret')).toContain('（近いもの: missing-target）');
    expect(said('missing-tagret')).toContain('(did you mean: missing-target)');
    expect(said('zzz')).not.toContain('did you mean');
  });
});

describe('prose', () => {
  it('a textlint result lands on the exact characters of the string literal, escapes included', async () => {
    // 「挟間」 (prh: 狭間) after an escaped \u3000 and a \n inside the literal.
    const desc = 'description: ["制度の\\u3000\\n挟間にある課題"],';
    const text = planText({ goals: goal([indicator()], desc) });
    const m = readModule(text, { file: 'plans/x/plan.ts', kind: 'plan' });
    const plan = (validatePlan(m.value) as { value: Plan }).value;
    const got = await lintProse({ id: 'x', dir: '.', planFile: 'plans/x/plan.ts', module: m, plan, planSource: m.sourceMap, progress: [], progressDocs: [], findings: [] });
    const prh = got.filter((f) => f.ruleId === 'prose/prh');
    expect(prh).toHaveLength(1);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('挟間')) + 1;
    expect([prh[0]!.line, prh[0]!.column]).toEqual([line, lines[line - 1]!.indexOf('挟間') + 1]);
    expect(prh[0]!.path).toBe('goals[0].description[0]');
    expect(prh[0]!.severity).toBe('info');
  });
});

describe('prose: the welfare-terms entries of prh.yml (issue 17)', () => {
  // The finding starts at the word (textlint's prh reports its start); `at` is the text from there, of the word's length.
  const prhOn = async (sentence: string, len: number) => {
    const text = planText({ goals: goal([indicator()], `description: [${JSON.stringify(sentence)}],`) });
    const m = readModule(text, { file: 'plans/x/plan.ts', kind: 'plan' });
    const plan = (validatePlan(m.value) as { value: Plan }).value;
    const got = await lintProse({ id: 'x', dir: '.', planFile: 'plans/x/plan.ts', module: m, plan, planSource: m.sourceMap, progress: [], progressDocs: [], findings: [] });
    const lines = text.split('\n');
    return got.filter((f) => f.ruleId === 'prose/prh').map((f) => ({ at: lines[f.line - 1]!.slice(f.column - 1, f.column - 1 + len), message: f.message.ja }));
  };
  it('自助防災組織 → 自主防災組織 (旭川), starting at the word', async () => {
    const got = await prhOn('町内会や自助防災組織の活動を支援します', 6);
    expect(got).toHaveLength(1);
    expect(got[0]!.at).toBe('自助防災組織');
    expect(got[0]!.message).toContain('自主防災組織');
  });
  it('民生委員、児童委員 → 民生委員・児童委員 (加古川 K02): one 委嘱, not two people', async () => {
    const got = await prhOn('民生委員、児童委員、地域団体、医師会等と連携し', 9);
    expect(got).toHaveLength(1);
    expect(got[0]!.at).toBe('民生委員、児童委員');
    expect(got[0]!.message).toContain('民生委員・児童委員');
    // With 主任児童委員 after it, only the first pair is rewritten: 民生委員・児童委員、主任児童委員.
    const three = await prhOn('民生委員、児童委員、主任児童委員が訪問', 9);
    expect(three.map((g) => g.at)).toEqual(['民生委員、児童委員']);
    expect(three[0]!.message).toContain('民生委員・児童委員');
  });
  it('民生委員・児童委員, 民生委員児童委員協議会, 民生委員、主任児童委員 are left alone', async () => {
    expect(await prhOn('民生委員・児童委員と民生委員児童委員協議会、民生委員、主任児童委員、民生委員、児童委員協議会', 9)).toEqual([]);
  });
  it('ヶ所 → か所 (三重県社協), not か所 itself', async () => {
    const got = await prhOn('毎年2ヶ所ずつ増やし、3か所とする', 2);
    expect(got.map((g) => g.at)).toEqual(['ヶ所']);
  });
});

describe('fixes', () => {
  it('applyEdits keeps every other byte, and leaves overlapping edits for the next pass', () => {
    expect(applyEdits('abcdef', [{ range: [1, 2], text: 'B' }, { range: [4, 6], text: 'EF' }])).toEqual({ text: 'aBcdEF', applied: 2, skipped: 0 });
    expect(applyEdits('abcdef', [{ range: [1, 4], text: 'X' }, { range: [2, 3], text: 'Y' }])).toEqual({ text: 'aXef', applied: 1, skipped: 1 });
  });

  it('a unified diff of the change', () => {
    const d = unifiedDiff('plans/x/plan.ts', 'a\nb\nc\n', 'a\nB\nc\n');
    expect(d).toContain('--- a/plans/x/plan.ts');
    expect(d).toContain('-b\n+B');
  });

  it('the writer refuses a symbolic link and keeps the file mode', () => {
    const root = workspace({ 'plans/x/plan.ts': 'old', 'elsewhere.ts': 'target' });
    symlinkSync(join(root, 'elsewhere.ts'), join(root, 'plans/x/link.ts'));
    expect(() => writeModuleAtomic(root, 'plans/x/link.ts', 'new')).toThrow(UsageError);
    expect(readFileSync(join(root, 'elsewhere.ts'), 'utf8')).toBe('target');
    // An unusual mode (group-readable, not other-readable, executable by the owner) survives the replace.
    chmodSync(join(root, 'plans/x/plan.ts'), 0o740);
    writeModuleAtomic(root, 'plans/x/plan.ts', 'new');
    expect(readFileSync(join(root, 'plans/x/plan.ts'), 'utf8')).toBe('new');
    expect(statSync(join(root, 'plans/x/plan.ts')).mode & 0o777).toBe(0o740);
    chmodSync(join(root, 'plans/x/plan.ts'), 0o600);
    writeModuleAtomic(root, 'plans/x/plan.ts', 'newer');
    expect(statSync(join(root, 'plans/x/plan.ts')).mode & 0o777).toBe(0o600);
  });

  it('fixWorkspace: a dry run writes nothing; a real one writes exactly the diff it showed', async () => {
    const desc = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });
    const before = desc('令和1年度に策定、2０24年度（令和5年度）から');
    const root = workspace({ 'plans/x/plan.ts': before });
    const dry = await fixWorkspace(root, [], { write: false, prose: false, today: '2025-06-01' });
    expect(readFileSync(join(root, 'plans/x/plan.ts'), 'utf8')).toBe(before);
    const want = desc('令和元年度に策定、2024年度（令和6年度）から');
    expect(dry.fixed.map((f) => f.after)).toEqual([want]);
    const real = await fixWorkspace(root, [], { write: true, prose: false, today: '2025-06-01' });
    expect(real.diff).toBe(dry.diff);
    expect(readFileSync(join(root, 'plans/x/plan.ts'), 'utf8')).toBe(want);
    const again = await fixWorkspace(root, [], { write: true, prose: false, today: '2025-06-01' });
    expect(again.fixed).toEqual([]);
  });
});
