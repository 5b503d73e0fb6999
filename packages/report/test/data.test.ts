/**
 * Open data that explains itself: the README's codebooks list exactly the
 * columns the report CSV and the plan CSV have; the report JSON validates
 * against the generated schemas/report.schema.json (which is up to date);
 * the README's contract table lists exactly what the package exports.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { INDICATOR_COLUMNS, indicatorRows, loadWorkspace, toCsv } from '@keikaku/core';
import * as report from '../src/index.js';
import { evaluatePlan, REPORT_CODEBOOK, REPORT_COLUMNS, reportCsv, reportJson, REVIEW_CODEBOOK, REVIEW_COLUMNS, reviewCsv, reviewRows } from '../src/index.js';
import { reviewFixture } from '../../../test/support/review-fixture.js';
import { reportJsonSchema } from '../src/report-schema.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const README = readFileSync(join(ROOT, 'packages/report/README.md'), 'utf8');

/** The rows of the Markdown table between <!-- name:start --> and <!-- name:end -->, as cells. */
function table(name: string): string[][] {
  const m = new RegExp(`<!-- ${name}:start -->([\\s\\S]*?)<!-- ${name}:end -->`).exec(README);
  expect(m, `README section ${name}`).not.toBeNull();
  return m![1]!
    .trim()
    .split('\n')
    .slice(2)
    .map((l) => l.replace(/^\|\s*|\s*\|$/g, '').split(/\s*(?<!\\)\|\s*/).map((c) => c.replace(/\\\|/g, '|').replace(/^`|`$/g, '')));
}

const plans = loadWorkspace(ROOT, ['sapporo', 'otaru', 'tomakomai']).plans;
const evaluations = plans.map((d) => ({ plan: d.plan!, ev: evaluatePlan(d.plan!, d.progress.map((p) => p.progress), 2024) }));

describe('codebooks', () => {
  it('the report CSV codebook in the README is REPORT_CODEBOOK, column by column (key, Japanese header, meaning, unit, example)', () => {
    const rows = table('report-codebook');
    expect(rows.map((r) => r[0])).toEqual(REPORT_COLUMNS);
    expect(rows).toEqual(REPORT_CODEBOOK.map((c) => [c.key, c.ja, c.meaning, c.unit, c.example]));
  });

  it('the report CSV has exactly the codebook columns, in English or Japanese headers', () => {
    const { plan, ev } = evaluations[0]!;
    const header = (csv: string) => csv.slice(1).split('\r\n')[0]!;
    expect(header(reportCsv(plan, ev))).toBe(REPORT_COLUMNS.join(','));
    expect(header(reportCsv(plan, ev, { headers: 'ja' }))).toBe(REPORT_CODEBOOK.map((c) => c.ja).join(','));
    const ja = reportCsv(plan, ev, { headers: 'ja' }).split('\r\n');
    const en = reportCsv(plan, ev).split('\r\n');
    expect(ja.slice(1)).toEqual(en.slice(1)); // the same rows under either header
  });

  it("the plan CSV codebook in the README lists core's INDICATOR_COLUMNS, each with a meaning", () => {
    const rows = table('plan-codebook');
    expect(rows.map((r) => r[0])).toEqual([...INDICATOR_COLUMNS]);
    for (const r of rows) expect(r[1]!.length, r[0]).toBeGreaterThan(3);
    // and those are the columns `keikaku export --format csv` writes
    const csv = toCsv(indicatorRows(evaluations[0]!.plan), INDICATOR_COLUMNS);
    expect(csv.slice(1).split('\r\n')[0]).toBe(rows.map((r) => r[0]).join(','));
  });
});

describe('report JSON and its schema', () => {
  const schemaFile = JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(schemaFile);

  it('schemas/report.schema.json is the schema generated from the Zod schema (run keikaku schema when this fails)', () => {
    expect(schemaFile).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });

  it.each(evaluations.map((e) => [e.plan.id, e] as const))('%s FY2024 validates, with $schema', (_id, { plan, ev }) => {
    const doc = JSON.parse(reportJson(plan, ev));
    const ok = validate(doc);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    expect(doc.$schema).toBe('../../schemas/report.schema.json');
  });

  it('a report that breaks the schema is refused (the check can fail)', () => {
    const { plan, ev } = evaluations[0]!;
    const doc = JSON.parse(reportJson(plan, ev));
    doc.goals[0].children[0].indicators[0].parts[0].result.gradeSource = 'guessed';
    expect(validate(doc)).toBe(false);
    const extra = JSON.parse(reportJson(plan, ev));
    extra.goals[0].unknownField = 1;
    expect(validate(extra)).toBe(false);
  });

  it('the report year outside the plan period is in the JSON (小樽 FY2024)', () => {
    const otaru = evaluations.find((e) => e.plan.id === 'otaru')!;
    expect(JSON.parse(reportJson(otaru.plan, otaru.ev)).outsidePeriod.ja).toContain('が終わった後の年度です');
  });
});

describe("the year's review as data (sheets, opinions, 総括, issuing)", () => {
  const { plan, progress } = reviewFixture();
  const ev = evaluatePlan(plan, [progress], 2024);

  it('the review CSV codebook in the README is REVIEW_CODEBOOK', () => {
    expect(table('review-codebook')).toEqual(REVIEW_CODEBOOK.map((c) => [c.key, c.ja, c.meaning, c.unit, c.example]));
  });

  it('every part of the review fixture is a row of the review CSV, stated absences as such', () => {
    const rows = reviewRows(plan, ev);
    const has = (o: Partial<(typeof rows)[number]>) => expect(rows).toContainEqual(expect.objectContaining(o));
    has({ record: 'sheet', node_id: 'g1-p1', sheet: '施策評価シート', item: '取組実績（数値）', value: '1380', unit: '回', detail: '見守り訪問の回数（1,380回）' });
    has({ record: 'sheet', node_id: 'g1-p1', item: '課題', value: '担い手の高齢化が進んでいる。' });
    has({ record: 'sheet', node_id: 'g1-p1', item: '今後の方向性', value: '拡充', detail: '若い世代の参加を呼びかける。' });
    has({ record: 'sheet', node_id: 'g1-p1', item: '評価', value: 'B', detail: '一次評価（評価区分 jiko）：担い手が不足しているため' });
    has({ record: 'sheet', node_id: 'g1-p1', item: '評価', value: 'A', detail: '二次評価（評価区分 jiko）：記載なし' });
    has({ record: 'sheet', node_id: 'g1-p1', item: '予算額', value: '12500', unit: '千円' });
    has({ record: 'sheet', node_id: 'g1-p1', item: '決算額', value: '11873', unit: '千円' });
    has({ record: 'sheet', node_id: 'yosei-koza', item: '決算額', value: '未確定（決算前のため）', stated_absent: 'true' });
    has({ record: 'sheet', node_id: 'g1-p1-a1', item: '取組実績', value: '実績なし（新型感染症の影響で中止したため）', stated_absent: 'true' });
    has({ record: 'sheet', node_id: 'g1', item: '課題', value: '記載なし', stated_absent: 'true' });
    has({ record: 'opinion', node_id: '', sheet: '令和7年度第1回推進委員会', item: '委員会意見', value: '計画全体として、指標の実績を市民に分かりやすく示してほしい。' });
    has({ record: 'opinion', node_id: 'g1-p1', item: '市の対応', value: '大学と連携した募集を検討する。', detail: '検討中' });
    has({ record: 'opinion', node_id: 'pr-doga', item: '市の対応', value: '記載なし', stated_absent: 'true' });
    has({ record: 'summary', sheet: '総括', item: '総括', value: '動画による周知は翌年度に見直す。' });
    has({ record: 'issued', item: '発行日', value: '2025-07-15' });
    has({ record: 'issued', item: '発行部署', value: '保健福祉部地域福祉課' });
    // node titles come from the plan
    expect(rows.find((r) => r.node_id === 'g1-p1')!.node.length).toBeGreaterThan(0);
    const csv = reviewCsv(plan, ev)!;
    expect(csv.slice(1).split('\r\n')[0]).toBe(REVIEW_COLUMNS.join(','));
    expect(reviewCsv(plan, ev, { headers: 'ja' })!.slice(1).split('\r\n')[0]).toBe(REVIEW_CODEBOOK.map((c) => c.ja).join(','));
    // no review, no file
    expect(reviewCsv(evaluations[0]!.plan, evaluations[0]!.ev)).toBeUndefined();
  });

  it('the review is in the JSON, which validates against the schema', () => {
    const doc = JSON.parse(reportJson(plan, ev));
    expect(doc.review.sheets).toHaveLength(progress.sheets!.length);
    expect(doc.review.opinions).toHaveLength(progress.opinions!.length);
    expect(doc.review.issued).toEqual({ date: '2025-07-15', department: '保健福祉部地域福祉課' });
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    doc.review.sheets[0].outlook = { course: 42 };
    expect(validate(doc)).toBe(false);
  });
});

describe('contract', () => {
  it("the README's contract table lists exactly the package's exports", () => {
    // Runtime values are the rows naming one export; the type rows (several names each) are held to the index by test/readme/contract.test.ts.
    const listed = table('contract').map((r) => r[0]!).filter((c) => !c.includes(','));
    expect([...listed].sort()).toEqual(Object.keys(report).sort());
  });
});
