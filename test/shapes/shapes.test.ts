/**
 * Issue 7: each capability of the schema for real plans has a small fixture
 * plan (test/fixtures/shapes/) that uses it, validated end to end — tsc, the
 * static reader, Zod, the committed JSON Schema and the CSV view — and a
 * broken twin with its expected, located finding.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorRows, readModule, toCsv, INDICATOR_COLUMNS } from '@keikaku/core';
import { parse } from 'csv-parse/sync';
import { headingText, isReadHeading, levelMeanings, validatePlan, validateProgress, walkIndicators, walkNodes, yearOf, type Plan } from '@keikaku/schema';
import { ROOT } from '../support/run-cli.js';

const DIR = join(ROOT, 'test/fixtures/shapes');
const TMP = join(ROOT, 'test/.tmp/shapes');
// Each fixture is a plan module; grading/ is a plan folder with a progress file, as in plans/<id>/.
const PLANS = [...readdirSync(DIR).filter((f) => f.endsWith('.ts')), 'grading/plan.ts'].sort();
const PROGRESS = 'grading/progress/2024.ts';
const GRADE_TWIN = join(ROOT, 'test/.tmp/shapes/grading/progress/2024.ts');
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');

/** A broken twin: one text edit of a good fixture, and where each stage must say so. */
interface Twin {
  name: string;
  fixture: string;
  from: string;
  to: string;
  /** tsc must report exactly one diagnostic on the edited line (undefined: tsc accepts it). */
  tsc?: RegExp;
  /** The reader's or Zod's finding: its code and plan path. */
  runtime: { stage: 'reader' | 'zod'; code: string; path: string };
}

const TWINS: Twin[] = [
  { name: 'empty stated absence', fixture: 'absence.ts', from: "absent: '基準値なし'", to: "absent: ''", runtime: { stage: 'zod', code: 'too_small', path: 'goals[0].indicators[0].baseline.absent' } },
  { name: 'a series state neither built in nor declared', fixture: 'series.ts', from: "{ state: '計画の推進' }", to: "{ state: '計画の推移' }", tsc: /'"計画の推移"' is not assignable/, runtime: { stage: 'zod', code: 'unknown-word', path: 'goals[0].indicators[0].series[1].value.state' } },
  { name: 'an unknown relative rule', fixture: 'relative.ts', from: "rule: 'times'", to: "rule: 'double'", tsc: /'"double"' is not assignable/, runtime: { stage: 'zod', code: 'invalid_value', path: 'goals[0].indicators[0].target.value.relative.rule' } },
  { name: 'a qualifier neither built in nor declared', fixture: 'qualifier.ts', from: "qualifier: '推計'", to: "qualifier: '推定'", tsc: /'"推定"' is not assignable/, runtime: { stage: 'zod', code: 'unknown-word', path: 'goals[0].indicators[0].baseline.qualifier' } },
  { name: 'a printed year that is no year', fixture: 'printed-year.ts', from: "printedYear('H32')", to: "printedYear('平成〇年度')", runtime: { stage: 'reader', code: 'reader/helper-argument', path: 'goals[0].indicators[0].target.fy' } },
  { name: 'an author kind outside the list', fixture: 'author.ts', from: "kind: '都道府県社会福祉協議会'", to: "kind: '社協'", tsc: /'"社協"' is not assignable/, runtime: { stage: 'zod', code: 'invalid_value', path: 'author.kind' } },
  { name: 'a unit neither built in nor declared', fixture: 'vocabulary.ts', from: "unit: '人日'", to: "unit: '人・日'", tsc: /'"人・日"' is not assignable/, runtime: { stage: 'zod', code: 'unknown-word', path: 'goals[0].indicators[0].unit' } },
  { name: "a direction read as something that is no direction", fixture: 'not-stated.ts', from: "read: 'increase'", to: "read: 'up'", tsc: /'"up"' is not assignable/, runtime: { stage: 'zod', code: 'invalid_union', path: 'goals[0].indicators[0].direction' } },
  { name: 'a commitment with no items', fixture: 'text.ts', from: "items: ['隣近所で声をかけ合います']", to: 'items: []', runtime: { stage: 'zod', code: 'too_small', path: 'goals[0].commitments[0].items' } },
  // Issue 17 shapes.
  { name: 'a municipality code given where the excerpt prints none (and a wrong one)', fixture: 'excerpt.ts', from: "code: notStated('自治体名が印刷されていないため不明')", to: "code: '012345'", runtime: { stage: 'zod', code: 'lg-code-check-digit', path: 'municipality.code' } },
  { name: 'an empty goal number instead of notStated()', fixture: 'excerpt.ts', from: "no: notStated('見出しに番号の印刷なし')", to: "no: ''", runtime: { stage: 'zod', code: 'too_small', path: 'goals[0].no' } },
  { name: 'an unnamed frame given a name as text', fixture: 'excerpt.ts', from: "name: notStated('評価シートの3行目", to: "name: ('評価シートの3行目", tsc: /Type 'string' is not assignable to type/, runtime: { stage: 'zod', code: 'invalid_type', path: 'goals[0].unnamedIndicators[0].name' } },
  { name: 'a part beyond the excerpt that an indicator has not', fixture: 'excerpt.ts', from: "beyondExcerpt: ['baseline', 'target']", to: "beyondExcerpt: ['kijunchi', 'target']", tsc: /'"kijunchi"' is not assignable/, runtime: { stage: 'zod', code: 'invalid_value', path: 'indicators[1].beyondExcerpt[0]' } },
  { name: 'a part beyond the excerpt that a plan has not (grades, not grading)', fixture: 'excerpt.ts', from: "'evaluation', 'grading']", to: "'evaluation', 'grades']", tsc: /'"grades"' is not assignable/, runtime: { stage: 'zod', code: 'invalid_value', path: 'source.beyondExcerpt[2]' } },
  { name: 'an empty list of parts beyond the excerpt', fixture: 'excerpt.ts', from: "beyondExcerpt: ['philosophy', 'evaluation', 'grading']", to: 'beyondExcerpt: []', runtime: { stage: 'zod', code: 'too_small', path: 'source.beyondExcerpt' } },
  { name: 'a goal indicator with the id of a plan-level indicator', fixture: 'excerpt.ts', from: "id: 'salon-su'", to: "id: 'zentai-manzokudo'", runtime: { stage: 'zod', code: 'duplicate-id', path: 'goals[0].indicators[0].id' } },
  { name: 'an era argument for a year that prints its own era', fixture: 'years.ts', from: "printedYear('26年度', '平成')", to: "printedYear('平成26年度', '平成')", runtime: { stage: 'reader', code: 'reader/helper-argument', path: 'goals[0].indicators[0].baseline.fy' } },
  { name: 'a year printed without its era, and no era given', fixture: 'years.ts', from: "printedYear('32年度', '平成')", to: "printedYear('32年度')", runtime: { stage: 'reader', code: 'reader/helper-argument', path: 'period.end' } },
  { name: 'a read year written as text', fixture: 'years.ts', from: '{ read: reiwa(4), note:', to: "{ read: '令和4年', note:", tsc: /'string' is not assignable to type 'FiscalYear'/, runtime: { stage: 'zod', code: 'invalid_type', path: 'goals[0].indicators[1].baseline.fy.read' } },
  { name: 'an evaluation cadence of every 1 year', fixture: 'encompassing.ts', from: 'every: 3', to: 'every: 1', runtime: { stage: 'zod', code: 'too_small', path: 'evaluation.frequency.every' } },
  { name: 'an encompassing plan that lists no 分野', fixture: 'encompassing.ts', from: "fields: ['地域福祉', '高齢者福祉', '障がい者福祉', '健康づくり']", to: 'fields: []', runtime: { stage: 'zod', code: 'too_small', path: 'fields' } },
  { name: 'a level with "two meanings" that lists one', fixture: 'scales.ts', from: "meaning: ['improved', 'unchanged']", to: "meaning: ['improved']", runtime: { stage: 'zod', code: 'too_small', path: 'grading[0].levels[1].meaning' } },
  { name: 'an assessment scale not marked so (its levels have no meaning)', fixture: 'scales.ts', from: "kind: 'assessment',", to: '', runtime: { stage: 'zod', code: 'grade-meaning-required', path: 'grading[2].levels[0]' } },
  { name: 'a level label left empty instead of notStated()', fixture: 'scales.ts', from: "{ mark: '◎', label: notStated('記号の説明の印刷なし')", to: "{ mark: '◎', label: ''", runtime: { stage: 'zod', code: 'too_small', path: 'grading[1].levels[0].label' } },
  { name: 'a band bound that is neither 以内 nor 未満', fixture: 'scales.ts', from: "bound: '未満'", to: "bound: '未満か'", tsc: /'"未満か"' is not assignable/, runtime: { stage: 'zod', code: 'invalid_value', path: 'grading[0].band.bound' } },
  { name: 'a heading the encoder supplied, left empty', fixture: 'text.ts', from: "heading: { read: '「地域福祉」とは'", to: "heading: { read: ''", runtime: { stage: 'zod', code: 'too_small', path: 'sections[1].heading.read' } },
  { name: "a heading the encoder supplied, with the reading's key misspelt (reed)", fixture: 'text.ts', from: "heading: { read: '「地域福祉」とは'", to: "heading: { reed: '「地域福祉」とは'", tsc: /'reed' does not exist/, runtime: { stage: 'zod', code: 'unrecognized_keys', path: 'sections[1].heading.reed' } },
  { name: 'a misspelt optional key (rationnale)', fixture: 'text.ts', from: 'rationale:', to: 'rationnale:', tsc: /'rationnale' does not exist/, runtime: { stage: 'zod', code: 'unrecognized_keys', path: 'goals[0].indicators[0].rationnale' } },
];

const twinFile = (t: Twin) => join(TMP, `${t.fixture.replace(/\.ts$/, '').replace('/', '-')}--${TWINS.indexOf(t)}.ts`);
function twinText(t: Twin): string {
  const text = read(t.fixture);
  if (!text.includes(t.from)) throw new Error(`${t.fixture} has no ${t.from}`);
  // The twin's plan module imports nothing relative, so it can live in test/.tmp.
  return text.replace(t.from, t.to);
}

let diagnostics: Map<string, { line: number; message: string }[]>;

beforeAll(() => {
  mkdirSync(TMP, { recursive: true });
  for (const t of TWINS) writeFileSync(twinFile(t), twinText(t));
  mkdirSync(join(TMP, 'grading/progress'), { recursive: true });
  writeFileSync(join(TMP, 'grading/plan.ts'), read('grading/plan.ts'));
  writeFileSync(GRADE_TWIN, read(PROGRESS).replace("grade: 'b'", "grade: 'B'"));
  const configPath = join(ROOT, 'tsconfig.base.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, configPath);
  const roots = [...PLANS, PROGRESS].map((f) => join(DIR, f)).concat(TWINS.map(twinFile), [join(TMP, 'grading/plan.ts'), GRADE_TWIN]);
  const program = ts.createProgram({ rootNames: roots, options: { ...options, noEmit: true } });
  diagnostics = new Map(roots.map((r) => [resolve(r), []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const list = d.file ? diagnostics.get(resolve(d.file.fileName)) : undefined;
    if (!list || d.start === undefined) throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    list.push({ line: d.file!.getLineAndCharacterOfPosition(d.start).line + 1, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') });
  }
}, 60_000);

const ajv = new Ajv2020({ allErrors: true, strict: false });
const planSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/plan.schema.json'), 'utf8')));
const progressSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/progress.schema.json'), 'utf8')));

function readPlan(file: string, text = read(file)): { plan: Plan; value: unknown } {
  const r = readModule(text, { file: `test/fixtures/shapes/${file}`, kind: 'plan' });
  expect(r.findings).toEqual([]);
  const v = validatePlan(r.value);
  if (!v.ok) expect.fail(JSON.stringify(v.problems, null, 2));
  return { plan: v.value, value: r.value };
}

describe.each(PLANS)('shape fixture %s', (file) => {
  it('compiles with zero diagnostics', () => {
    expect(diagnostics.get(resolve(DIR, file))).toEqual([]);
  });
  it('is read without running it, passes Zod and the committed JSON Schema', () => {
    const { value } = readPlan(file);
    const ok = planSchema(JSON.parse(JSON.stringify(value)));
    expect(planSchema.errors ?? [], JSON.stringify(planSchema.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
  it('exports to CSV: the open-data header, one row per indicator part and unnamed frame, every cell round-trips, nothing recorded is dropped', () => {
    const { plan } = readPlan(file);
    const rows = indicatorRows(plan);
    const csv = toCsv(rows, INDICATOR_COLUMNS);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed: string[][] = parse(csv.slice(1), { relax_column_count: false });
    expect(parsed[0]).toEqual([...INDICATOR_COLUMNS]);
    expect(parsed.length - 1).toBe(rows.length);
    // Every cell is what indicatorRows gave (core's neutralising prefix aside, which no fixture triggers).
    parsed.slice(1).forEach((cells, i) => expect(cells).toEqual(INDICATOR_COLUMNS.map((c) => rows[i]![c])));
    // Every indicator (the plan's own included) and every unnamed frame has a row.
    const ids = new Set(rows.map((r) => r.indicator_id));
    const want = [...walkIndicators(plan)].map((v) => v.indicator.id).concat([...walkNodes(plan)].flatMap((v) => (v.node.unnamedIndicators ?? []).map((u) => u.id)));
    expect(want.length).toBeGreaterThan(0);
    for (const id of want) expect(ids, id).toContain(id);
    // Every 参考値, series entry and 見込量 entry is in its cell, whatever its year.
    for (const { indicator } of walkIndicators(plan)) {
      const row = rows.find((r) => r.indicator_id === indicator.id)!;
      expect(row.references.split('; ').filter(Boolean)).toHaveLength(indicator.references?.length ?? 0);
      expect(row.target_series.split('; ').filter(Boolean)).toHaveLength(indicator.series?.length ?? 0);
      expect(row.planned.split('; ').filter(Boolean)).toHaveLength(indicator.planned?.length ?? 0);
      for (const cell of [row.references, row.target_series, row.planned].flatMap((c) => c.split('; ').filter(Boolean))) expect(cell, `${indicator.id}: ${cell}`).toMatch(/^[^:]+:/);
    }
  });
});

describe('what each capability exports (CSV rows)', () => {
  const rows = (file: string) => Object.fromEntries(indicatorRows(readPlan(file).plan).map((r) => [r.part ? `${r.indicator_id}/${r.part}` : r.indicator_id, r]));
  it('a stated absence exports as its printed words and reason, never an empty cell; a name-only indicator leaves its cells empty', () => {
    const r = rows('absence.ts');
    expect(r['kihonchi-nashi']!.baseline_value).toBe('基準値なし（新規事業のため）');
    expect(r['mokuhyo-nashi']!.target_value).toBe('数値目標は設定しない（相談は需要に応じるため）');
    expect([r['namae-dake']!.baseline_value, r['namae-dake']!.target_value, r['namae-dake']!.direction_by]).toEqual(['', '', 'not-stated']);
  });
  it('series, 見込量 and 毎年増加', () => {
    const r = rows('series.ts');
    expect(r['juso-keikaku']!.target_series).toBe('2024:計画の策定; 2025:計画の推進; 2029:見直し検討');
    expect(r['mikomiryo']!.planned).toBe('2024:450; 2025:480; 2026:520');
    expect(r['maitoshi']!.target_value).toBe('毎年増加');
  });
  it('relative, bounded and conditional targets keep their rule, base and bound', () => {
    const r = rows('relative.ts');
    expect(r['baizou']!.target_value).toBe('倍増');
    expect([r['ijou']!.target_value, r['ijou']!.target_bound]).toEqual(['70', '以上']);
    expect(r['joken']!.target_condition).toBe('大規模災害のない年');
    const plan = readPlan('relative.ts').plan;
    const t = plan.goals[0]!.indicators![1]!.target as { value: { relative: unknown } };
    expect(t.value.relative).toEqual({ rule: 'percentOf', by: 6, base: { value: 1274, of: '見守り対象世帯数', unit: '世帯' } });
  });
  it('qualifiers on baseline and target', () => {
    const r = rows('qualifier.ts');
    expect([r['suikei']!.baseline_qualifier, r['suikei']!.target_qualifier]).toEqual(['推計', '見込み']);
  });
  it('printed years keep their printing and map to the fiscal year (平成32年度 = FY2020)', () => {
    const { plan } = readPlan('printed-year.ts');
    expect(plan.period).toMatchObject({ end: { printed: '平成32年度', fy: 2020 } });
    expect(rows('printed-year.ts')['heisei']!.target_fy).toBe('2020（H32）');
  });
  it('vocabulary: declared unit, category and mark; 1月当たり; 3年に1回; 千円', () => {
    const r = rows('vocabulary.ts');
    expect([r['tsukiatari']!.unit, r['tsukiatari']!.category]).toEqual(['人日', '重点指標']);
    expect(r['sannen']!.target_value).toBe('3年に1回');
    expect([r['kingaku']!.unit, r['kingaku']!.baseline_value, r['kingaku']!.target_value]).toEqual(['千円', '12500', '']);
  });
  it("not stated: parts named only by unit, a direction read by the encoder, or not stated at all", () => {
    const r = rows('not-stated.ts');
    expect(Object.keys(r)).toEqual(['gakkyu/校', 'gakkyu/学級', 'hoko-fumei']);
    expect([r['gakkyu/校']!.direction, r['gakkyu/校']!.direction_by, r['gakkyu/学級']!.target_value]).toEqual(['increase', 'encoder', '150']);
    expect(r['hoko-fumei']!.direction_by).toBe('not-stated');
  });
  it('text: rationale in the CSV; commitments and encompassed contents in the plan', () => {
    expect(rows('text.ts')['soudan']!.rationale).toBe('毎月1回の開催を目指します。');
    const { plan } = readPlan('text.ts');
    expect(plan.goals[0]!.commitments!.map((c) => c.actor)).toEqual(['市民', '地域', '事業者', '市', '社協']);
    expect(plan.encompasses[0]!.contents![0]!.heading).toBe('基本方針');
    // A printed heading is text; one the encoder supplied is { read, note }, its words given by headingText.
    expect(plan.sections!.map((s) => [isReadHeading(s.heading), headingText(s.heading)])).toEqual([
      [false, '１ 計画策定の趣旨'],
      [true, '「地域福祉」とは'],
    ]);
  });
});

describe('issue 17 shapes', () => {
  const rows = (file: string) => Object.fromEntries(indicatorRows(readPlan(file).plan).map((r) => [r.indicator_id, r]));
  it('an excerpt that prints no municipality or goal number; plan-level indicators; an unnamed frame', () => {
    const { plan } = readPlan('excerpt.ts');
    expect(plan.municipality).toMatchObject({ name: { notStated: true }, code: { notStated: true }, prefecture: { notStated: true } });
    expect(plan.goals[0]!.no).toMatchObject({ notStated: true });
    expect([...walkIndicators(plan)].map((v) => [v.indicator.id, v.path.join('.'), v.owner?.level ?? 'plan'])).toEqual([
      ['zentai-manzokudo', 'indicators.0', 'plan'],
      ['kireme', 'indicators.1', 'plan'],
      ['salon-su', 'goals.0.indicators.0', 'goal'],
    ]);
    const r = rows('excerpt.ts');
    expect([r['zentai-manzokudo']!.level, r['zentai-manzokudo']!.goal, r['salon-su']!.level]).toEqual(['plan', '', 'goal']);
    // An indicator the excerpt ends inside: its baseline and target are shown as beyond the excerpt, not as blanks.
    expect([r['kireme']!.baseline_value, r['kireme']!.target_value]).toEqual(['（抜粋の範囲外）', '（抜粋の範囲外）']);
    expect(plan.source.beyondExcerpt).toEqual(['philosophy', 'evaluation', 'grading']);
    expect([r['g1-row3']!.indicator_name, r['g1-row3']!.direction_by, r['g1-row3']!.note]).toEqual(['', 'not-stated', '（指標名の記載なし） 評価シートの3行目は指標名が空欄（基準値・目標値も空欄）']);
  });
  it('years: read by the encoder, printed without an era (era from context), and not printed at all — each shown, none dropped', () => {
    const { plan } = readPlan('years.ts');
    expect(plan.period).toEqual({ start: { printed: '27年度', fy: 2015, era: '平成' }, end: { printed: '32年度', fy: 2020, era: '平成' } });
    const r = rows('years.ts');
    expect([r['ikoi']!.baseline_fy, r['ikoi']!.references, r['ikoi']!.target_fy]).toEqual(['2014（26年度、元号は平成と読み取り）', '（年度記載なし）:44', '2020（32年度、元号は平成と読み取り）']);
    expect([r['chosa']!.baseline_fy, r['chosa']!.target_series]).toEqual(['2022（読み取り）', '（年度記載なし）:57']);
    expect(yearOf(plan.goals[0]!.indicators![1]!.baseline && 'fy' in plan.goals[0]!.indicators![1]!.baseline ? plan.goals[0]!.indicators![1]!.baseline.fy : undefined)).toBe(2022);
  });
  it('an encompassing 保健福祉総合計画 with its 分野, reviewed 3年に1回程度', () => {
    const { plan } = readPlan('encompassing.ts');
    expect([plan.kind, plan.fields]).toEqual(['保健福祉総合計画', ['地域福祉', '高齢者福祉', '障がい者福祉', '健康づくり']]);
    expect(plan.evaluation).toMatchObject({ frequency: { count: 1, per: '年', every: 3, approximate: true, printed: '3年に1回程度' } });
  });
  it('grading: two meanings, labels not printed, an assessment scale, a strict band', () => {
    const { plan } = readPlan('scales.ts');
    const [abc, kigou, datousei] = plan.grading!;
    expect(levelMeanings(abc!.levels[1]!)).toEqual(['improved', 'unchanged']);
    expect(abc!.band).toMatchObject({ points: 3, bound: '未満' });
    expect(kigou!.levels.map((l) => typeof l.label === 'string' ? l.label : 'notStated')).toEqual(['notStated', 'notStated', 'notStated']);
    expect([datousei!.kind, datousei!.about, datousei!.levels.map(levelMeanings)]).toEqual(['assessment', '事業の妥当性', [[], [], []]]);
  });
});

describe("the city's own grades (grading/progress/2024.ts)", () => {
  it('compile, read, validate against the plan scales and the progress JSON Schema', () => {
    expect(diagnostics.get(resolve(DIR, PROGRESS))).toEqual([]);
    const { plan } = readPlan('grading/plan.ts');
    const r = readModule(read(PROGRESS), { file: `test/fixtures/shapes/${PROGRESS}`, kind: 'progress' });
    expect(r.findings).toEqual([]);
    const v = validateProgress(plan, r.value);
    if (!v.ok) expect.fail(JSON.stringify(v.problems));
    expect(v.value.grades).toEqual([
      { target: 'sanka-wariai', scale: 'chosa', grade: 'b', reason: '±3ポイント以内のため変化なし' },
      { target: 'g1', scale: 'tassei', grade: '4' },
    ]);
    expect(progressSchema(JSON.parse(JSON.stringify(r.value)))).toBe(true);
  });
  it('a grade that is not a mark of its scale fails to compile and is refused at run time', () => {
    const found = diagnostics.get(resolve(GRADE_TWIN))!;
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(/'"B"' is not assignable to type '"a" \| "b" \| "c"'|'"B"' is not assignable/);
    const text = read(PROGRESS).replace("grade: 'b'", "grade: 'B'");
    const { plan } = readPlan('grading/plan.ts');
    const r = readModule(text, { file: `test/fixtures/shapes/${PROGRESS}`, kind: 'progress' });
    expect(r.findings).toEqual([]);
    const v = validateProgress(plan, r.value);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => [p.code, p.pathText])).toEqual([['unknown-grade', 'grades[0].grade']]);
    expect(v.problems[0]!.ja).toContain('評価 "B" は評価区分 chosa の記号ではありません（記号: a b c）');
  });
});

describe.each(TWINS)('broken twin: $name', (t) => {
  const editedLine = () => twinText(t).split('\n').findIndex((l) => l.includes(t.to)) + 1;
  it(t.tsc ? 'tsc reports it on the edited line' : 'tsc accepts it (only the run-time check can tell)', () => {
    const found = diagnostics.get(resolve(twinFile(t)))!;
    if (!t.tsc) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toMatch(t.tsc);
    expect(found[0]!.line).toBe(editedLine());
  });
  it(`the ${t.runtime.stage} reports ${t.runtime.code} at ${t.runtime.path}, located in the file`, () => {
    const r = readModule(twinText(t), { file: 'twin.ts', kind: 'plan' });
    if (t.runtime.stage === 'reader') {
      expect(r.findings.map((f) => [f.ruleId, f.path, f.line])).toEqual([[t.runtime.code, t.runtime.path, editedLine()]]);
      return;
    }
    expect(r.findings).toEqual([]);
    const v = validatePlan(r.value);
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.problems.map((p) => [p.code, p.pathText])).toContainEqual([t.runtime.code, t.runtime.path]);
    const p = v.problems.find((x) => x.pathText === t.runtime.path)!;
    // Every problem names where it is, in Japanese with an English gloss.
    expect(p.ja.length).toBeGreaterThan(0);
    expect(p.en.length).toBeGreaterThan(0);
    const located = r.sourceMap.locate(p.path);
    expect(located, 'the source map locates the problem').toBeDefined();
  });
});
