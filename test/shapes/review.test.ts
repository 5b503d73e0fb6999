/**
 * Issue 15 §1: the year's review in a progress module — evaluation sheets,
 * committee opinions with the city's response, the 総括 and who issued the
 * report — shown by one fixture (test/fixtures/shapes/review/) through tsc,
 * the static reader, Zod with the plan checks and the committed JSON Schema,
 * and broken twins, each with its located finding.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { readModule } from '@keikaku/core';
import { validatePlan, validateProgress, type Plan } from '@keikaku/schema';
import { ROOT } from '../support/run-cli.js';

const DIR = join(ROOT, 'test/fixtures/shapes/review');
const TMP = join(ROOT, 'test/.tmp/shapes-review');
const PLAN = join(DIR, 'plan.ts');
const PROGRESS = join(DIR, 'progress/2024.ts');
const progressText = readFileSync(PROGRESS, 'utf8');

interface Twin {
  name: string;
  from: string;
  to: string;
  /** tsc's diagnostic on the edited line (undefined: tsc accepts it, only the run-time check can tell). */
  tsc?: RegExp;
  /** The run-time problem: its code and plan path. */
  runtime: { code: string; path: string };
}

const TWINS: Twin[] = [
  { name: 'an evaluation mark that is not on its scale', from: "grade: 'C', by: '担当課'", to: "grade: 'D', by: '担当課'", tsc: /'"D"' is not assignable/, runtime: { code: 'unknown-grade', path: 'sheets[4].evaluations[0].grade' } },
  { name: 'a sheet for a node the plan does not have', from: "node: 'g1-p1-a1'", to: "node: 'g1-p1-a9'", tsc: /'"g1-p1-a9"' is not assignable/, runtime: { code: 'unknown-node', path: 'sheets[2].node' } },
  { name: 'a 今後の方向性 neither built in nor declared', from: "course: '見直し'", to: "course: '見直す'", tsc: /'"見直す"' is not assignable/, runtime: { code: 'unknown-word', path: 'sheets[4].outlook.course' } },
  { name: 'an evaluator role outside the list', from: "by: '一次評価'", to: "by: '三次評価'", tsc: /'"三次評価"' is not assignable/, runtime: { code: 'invalid_value', path: 'sheets[1].evaluations[0].by' } },
  { name: 'a 事業費 in a unit other than 円 or 千円', from: "budget: { amount: 12500, unit: '千円' }", to: "budget: { amount: 12500, unit: '万円' }", tsc: /'"万円"' is not assignable/, runtime: { code: 'invalid_value', path: 'sheets[1].cost.budget.unit' } },
  { name: 'a response status outside the list', from: "status: '検討中'", to: "status: '検討済'", tsc: /'"検討済"' is not assignable/, runtime: { code: 'invalid_value', path: 'opinions[1].response.status' } },
  { name: 'an opinion on a node the plan does not have', from: "node: 'pr-doga', opinion", to: "node: 'pr-dga', opinion", tsc: /'"pr-dga"' is not assignable/, runtime: { code: 'unknown-node', path: 'opinions[2].node' } },
  { name: 'an issuing date that is no date', from: "date: '2025-07-15'", to: "date: '2025-02-30'", runtime: { code: 'date-format', path: 'issued.date' } },
  { name: 'an empty stated absence', from: "issues: { absent: '記載なし' }", to: "issues: { absent: '' }", runtime: { code: 'too_small', path: 'sheets[0].issues.absent' } },
  { name: 'a misspelt key (opinon)', from: "opinion: '計画全体", to: "opinon: '計画全体", tsc: /'opinon' does not exist/, runtime: { code: 'unrecognized_keys', path: 'opinions[0].opinon' } },
];

const twinFile = (i: number) => join(TMP, 'progress', `twin-${i}.ts`);
const twinText = (t: Twin) => {
  if (progressText.split(t.from).length !== 2) throw new Error(`the fixture must hold ${t.from} exactly once`);
  return progressText.replace(t.from, t.to);
};

let diagnostics: Map<string, { line: number; message: string }[]>;
let plan: Plan;

beforeAll(() => {
  mkdirSync(join(TMP, 'progress'), { recursive: true });
  writeFileSync(join(TMP, 'plan.ts'), readFileSync(PLAN, 'utf8'));
  TWINS.forEach((t, i) => writeFileSync(twinFile(i), twinText(t)));
  const configPath = join(ROOT, 'tsconfig.base.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configPath);
  const roots = [PLAN, PROGRESS, ...TWINS.map((_t, i) => twinFile(i))];
  const program = ts.createProgram({ rootNames: roots, options: { ...options, noEmit: true } });
  diagnostics = new Map(roots.map((r) => [resolve(r), []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const list = d.file ? diagnostics.get(resolve(d.file.fileName)) : undefined;
    if (!list || d.start === undefined) throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    list.push({ line: d.file!.getLineAndCharacterOfPosition(d.start).line + 1, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') });
  }
  const r = readModule(readFileSync(PLAN, 'utf8'), { file: 'test/fixtures/shapes/review/plan.ts', kind: 'plan' });
  const v = validatePlan(r.value);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  plan = v.value;
}, 60_000);

const readProgress = (text: string) => {
  const r = readModule(text, { file: 'test/fixtures/shapes/review/progress/2024.ts', kind: 'progress' });
  expect(r.findings).toEqual([]);
  return r;
};

describe('the review fixture (review/progress/2024.ts)', () => {
  it('plan and progress compile with zero diagnostics', () => {
    expect(diagnostics.get(resolve(PLAN))).toEqual([]);
    expect(diagnostics.get(resolve(PROGRESS))).toEqual([]);
  });
  it('is read without running it, passes Zod, the plan checks and the committed JSON Schema', () => {
    const r = readProgress(progressText);
    const v = validateProgress(plan, r.value);
    if (!v.ok) expect.fail(JSON.stringify(v.problems, null, 2));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const schema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/progress.schema.json'), 'utf8')));
    expect(schema(JSON.parse(JSON.stringify(r.value))), JSON.stringify(schema.errors)).toBe(true);
    const p = v.value;
    // Every new shape is there, in its stated and its absent form.
    expect(p.sheets!.map((s) => s.node)).toEqual(['g1', 'g1-p1', 'g1-p1-a1', 'yosei-koza', 'pr-doga']);
    expect(p.sheets![1]).toMatchObject({
      department: '地域福祉課',
      achievements: { figures: [{ label: '見守り訪問の回数', value: 1380, unit: '回' }] },
      issues: ['担い手の高齢化が進んでいる。'],
      outlook: { course: '拡充' },
      evaluations: [{ by: '一次評価', grade: 'B' }, { by: '二次評価', grade: 'A', reason: { absent: '記載なし' } }],
      cost: { budget: { amount: 12500, unit: '千円' }, settlement: { amount: 11873, unit: '千円' } },
    });
    expect(p.sheets![2]).toMatchObject({ department: { absent: '記載なし' }, achievements: { absent: '実績なし' }, outlook: { absent: '記載なし' }, cost: { absent: '記載なし' } });
    expect(p.sheets![3]!.cost).toEqual({ budget: { amount: 850000, unit: '円' }, settlement: { absent: '未確定', reason: '決算前のため' } });
    expect(p.sheets![4]!.outlook).toEqual({ course: '見直し', text: '動画の配信先を見直す。' });
    expect(p.opinions!.map((o) => [o.node ?? null, o.response && 'status' in o.response ? o.response.status : null])).toEqual([
      [null, '対応済'],
      ['g1-p1', '検討中'],
      ['pr-doga', null],
    ]);
    expect(p.summary).toMatchObject({ heading: '総括' });
    expect(p.issued).toEqual({ date: '2025-07-15', department: '保健福祉部地域福祉課' });
  });
  it('a progress module without any of it is still valid (all optional)', () => {
    const r = readProgress(`import { defineProgress, fy } from '@keikaku/schema';\nimport plan from '../plan.js';\nexport default defineProgress(plan, { plan: 'review', fy: fy(2024), actuals: [] });\n`);
    expect(validateProgress(plan, r.value).ok).toBe(true);
  });
});

describe.each(TWINS.map((t, i) => ({ ...t, i })))('broken twin: $name', (t) => {
  const editedLine = () => twinText(t).split('\n').findIndex((l) => l.includes(t.to)) + 1;
  it(t.tsc ? 'tsc reports it on the edited line' : 'tsc accepts it (only the run-time check can tell)', () => {
    const found = diagnostics.get(resolve(twinFile(t.i)))!;
    if (!t.tsc) {
      expect(found).toEqual([]);
      return;
    }
    expect(found, JSON.stringify(found)).toHaveLength(1);
    expect(found[0]!.message).toMatch(t.tsc);
    expect(found[0]!.line).toBe(editedLine());
  });
  it(`run time reports ${t.runtime.code} at ${t.runtime.path}, located in the file`, () => {
    const r = readProgress(twinText(t));
    const v = validateProgress(plan, r.value);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    // A misspelt key is reported at the key, besides the required key it leaves missing.
    expect(v.problems.map((p) => [p.code, p.pathText])).toContainEqual([t.runtime.code, t.runtime.path]);
    expect(v.problems.length).toBeLessThanOrEqual(t.runtime.code === 'unrecognized_keys' ? 2 : 1);
    const p = v.problems.find((x) => x.pathText === t.runtime.path)!;
    expect(p.ja.length).toBeGreaterThan(0);
    expect(p.en.length).toBeGreaterThan(0);
    const at = p.code === 'unrecognized_keys' ? r.sourceMap.locateKey(p.path) : r.sourceMap.locate(p.path).range;
    expect(r.sourceMap.position(at.start).line, 'the source map locates the problem on the edited line').toBe(editedLine());
  });
});
