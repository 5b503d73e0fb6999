/**
 * fast-check: lint never throws (and no rule crashes) on schema-valid plans
 * built from every value shape, with text full of placeholders, era years,
 * mixed-width and spaced digits and string escapes; fixing is idempotent:
 * fixing the fixed text changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readModule, runRules, type Finding } from '@keikaku/core';
import { validatePlan, type Plan } from '@keikaku/schema';
import { ALL_RULES, applyEdits, fixesByFile, lintProse } from '@keikaku/lint';

const FILE = 'plans/gen/plan.ts';
const pieces = ['令和', '平成', '昭和', '年度', '年', '（', '）', '(', ')', '〇', '○', '◯', '●', '＊', '※', '×', 'の', 'など', '第', '法', '条', '件', '人', '回', '%', '、', '。', ' ', '　', ',', '，', '1', '2', '0', '９', '１', '3', '元', 'ページ', 'Ｐ', 'は', '\n', '"', '\\', "'", 'ｶ', '｡', '挟間', '2024年度（令和5年度）', '令和1年', '平成32年度', '1 2 5 件', '2０24'];
const text = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map((xs) => xs.join(''));
const lit = (s: string) => JSON.stringify(s); // a valid TS string literal, escapes included
const year = fc.oneof(
  fc.integer({ min: 2015, max: 2035 }).map((y) => `fy(${y})`),
  fc.integer({ min: 1, max: 15 }).map((n) => `reiwa(${n})`),
  fc.constant("tbd('令和〇年度')"),
  fc.constant('notStated()'),
  fc.constant("printedYear('平成32年度')"),
);
const num = fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }).map((d) => Math.round(d * 100) / 100));
const value = fc.oneof(
  num.map(String),
  fc.constant("{ missing: '―' }"),
  fc.constant("{ direction: '↗' }"),
  fc.constantFrom("{ state: '実施' }", "{ state: '継続' }"),
  fc.tuple(num, num).map(([a, b]) => `{ parts: [{ part: '個人', value: ${a} }, { part: '団体', value: ${b}, unit: '団体' }] }`),
  fc.constant("{ frequency: { count: 1, per: '年', atLeast: true } }"),
  fc.constant("{ absent: '数値目標は設定しない', reason: '理由' }"),
);
const obs = fc.tuple(year, value, fc.option(text, { nil: undefined })).map(([y, v, p]) => `{ fy: ${y}, value: ${v}${p !== undefined ? `, printed: ${lit(p)}` : ''} }`);
const indicator = fc
  .record({
    name: text,
    unit: fc.constantFrom('%', '人', '件', '回'),
    direction: fc.constantFrom("'increase'", "'decrease'", "'maintain'", "{ read: 'increase' }", 'notStated()'),
    measure: fc.constantFrom('', "measure: '単年度', ", "measure: '累計', "),
    baseline: fc.oneof(obs, fc.constant("{ absent: '基準値なし' }")),
    target: fc.oneof(obs, fc.constant("{ absent: '数値目標は設定しない', reason: '理由' }")),
    references: fc.array(obs, { maxLength: 2 }),
    series: fc.array(obs, { maxLength: 3 }),
    revision: fc.option(fc.tuple(year, num, fc.option(text, { nil: undefined })), { nil: undefined }),
    restatement: fc.option(fc.tuple(text, obs), { nil: undefined }),
    notes: fc.array(text, { maxLength: 2 }),
  })
  .map((r) => {
    const rev = r.revision ? `, revisions: [{ fy: ${r.revision[0]}, label: '中間見直し', previous: { target: { fy: reiwa(11), value: ${r.revision[1]} } }${r.revision[2] !== undefined ? `, reason: ${lit(r.revision[2])}` : ''} }]` : '';
    const rest = r.restatement ? `, restatements: [{ where: ${lit(r.restatement[0])}, baseline: ${r.restatement[1]} }]` : '';
    return `{ id: 'IDX', name: ${lit(r.name)}, unit: '${r.unit}', ${r.measure}direction: ${r.direction}, baseline: ${r.baseline}, target: ${r.target}, references: [${r.references.join(', ')}], series: [${r.series.join(', ')}]${rev}${rest}, notes: [${r.notes.map(lit).join(', ')}] }`;
  });
const planModule = fc
  .record({
    title: text,
    period: fc.oneof(fc.tuple(fc.integer({ min: 2015, max: 2030 }), fc.integer({ min: 0, max: 8 })).map(([s, n]) => `{ start: fy(${s}), end: fy(${s + n}) }`), fc.constant('notStated()')),
    goals: fc.array(fc.record({ title: text, description: fc.array(text, { maxLength: 2 }), indicators: fc.array(indicator, { maxLength: 3 }), initiative: text }), { maxLength: 3 }),
    scope: fc.option(text, { nil: undefined }),
    encompasses: fc.boolean(),
  })
  .map((p) => {
    let n = 0;
    const goals = p.goals
      .map(
        (g, i) =>
          `{ id: 'g${i}', no: ${i + 1}, title: ${lit(g.title)}, description: [${g.description.map(lit).join(', ')}], initiatives: [{ id: 'g${i}-i', title: ${lit(g.initiative)} }], indicators: [${g.indicators.map((x) => x.replace("'IDX'", `'ind-${n++}'`)).join(',\n')}] }`,
      )
      .join(',\n    ');
    return `import { definePlan, fy, reiwa, tbd, notStated, printedYear } from '@keikaku/schema';
// keikaku-disable-next-line placeholder -- generated
export default definePlan({
  id: 'gen',
  municipality: { name: '札幌市', code: '011002', prefecture: '北海道' },
  title: ${lit(p.title)},
  edition: '第1期',
  period: ${p.period},
  legalBasis: ['社会福祉法第107条'],
  encompasses: [${p.encompasses ? "{ id: 'saihan', kind: '地方再犯防止推進計画', law: '再犯の防止等の推進に関する法律第8条' }" : ''}],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' },
  goals: [
    ${goals}
  ],
  source: { file: 'fixture', title: 'fixture'${p.scope !== undefined ? `, scope: ${lit(p.scope)}` : ''} },
});
`;
  });

function read(text: string): { plan: Plan; m: ReturnType<typeof readModule> } | undefined {
  const m = readModule(text, { file: FILE, kind: 'plan' });
  if (m.findings.length) return undefined;
  const r = validatePlan(m.value);
  return r.ok ? { plan: r.value as Plan, m } : undefined;
}

const lintAll = (plan: Plan, m: ReturnType<typeof readModule>): Finding[] =>
  runRules(ALL_RULES, { plan, planSource: m.sourceMap, progress: [] }, { source: 'lint', settings: { profile: 'publish', today: '2025-06-01' } });

/** --fix in memory: passes until nothing changes. */
function fix(text: string): string {
  let cur = text;
  for (let pass = 0; pass < 10; pass++) {
    const doc = read(cur);
    if (!doc) return cur;
    const edits = fixesByFile(lintAll(doc.plan, doc.m)).get(FILE) ?? [];
    const next = applyEdits(cur, edits).text;
    if (next === cur) return cur;
    cur = next;
  }
  return cur;
}

describe('lint robustness (fast-check)', () => {
  it('never throws and no rule crashes on schema-valid plans', () => {
    let judged = 0;
    fc.assert(
      fc.property(planModule, (text) => {
        const doc = read(text);
        fc.pre(doc !== undefined);
        judged++;
        const findings = lintAll(doc!.plan, doc!.m);
        expect(findings.filter((f) => f.messageId === 'rule-crash').map((f) => f.message.en)).toEqual([]);
        for (const f of findings) {
          expect(Number.isInteger(f.line) && f.line >= 1).toBe(true);
          expect(f.message.ja.length + f.message.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100, seed: 8 },
    );
    expect(judged).toBeGreaterThan(30);
  });

  it('fixing twice changes nothing the second time, and the fixed plan still reads and validates', () => {
    let changed = 0;
    fc.assert(
      fc.property(planModule, (text) => {
        fc.pre(read(text) !== undefined);
        const once = fix(text);
        if (once !== text) changed++;
        expect(read(once)).toBeDefined();
        expect(fix(once)).toBe(once);
      }),
      { numRuns: 60, seed: 9 },
    );
    expect(changed).toBeGreaterThan(5); // the generator does produce fixable text
  });

  it('the prose checks map every textlint result inside its string', async () => {
    await fc.assert(
      fc.asyncProperty(planModule, async (text) => {
        const doc = read(text);
        fc.pre(doc !== undefined);
        const findings = await lintProse({ id: 'gen', dir: '.', planFile: FILE, module: doc!.m, plan: doc!.plan, planSource: doc!.m.sourceMap, progress: [], progressDocs: [], findings: [] });
        for (const f of findings) {
          expect(f.ruleId.startsWith('prose/')).toBe(true);
          expect(f.line).toBeGreaterThan(2);
        }
      }),
      { numRuns: 25, seed: 10 },
    );
  });
});
