/**
 * What the 推進委員会 reads carries no encoding notes. 小樽's two section headings are not in the
 * seed's extracted text, so the encoder supplied them (`heading: { read: '計画策定の趣旨', note }`):
 * the report prints the words as a heading, and nowhere in the HTML or the PDF of any bundled plan
 * does 「符号化」 (the encoder's jargon) appear. Real bin path: `keikaku report --all` in process,
 * real Chromium, PDFs read back with pdftotext. --annex is on, so the data-quality notes are read too.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../packages/cli/src/main.js';
import { loadWorkspace } from '@keikaku/core';
import { headingText, isReadHeading, walkNodes } from '@keikaku/schema';
import { ROOT } from '../support/run-cli.js';

const out = mkdtempSync(join(tmpdir(), 'keikaku-plain-headings-'));
const IDS = readdirSync(join(ROOT, 'plans')).sort();
const html = (id: string) => readFileSync(join(out, id, 'report-2024.html'), 'utf8');
const pdfText = (id: string, page?: number) =>
  execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', join(out, id, 'report-2024.pdf'), '-'], { encoding: 'utf8' });

beforeAll(async () => {
  let stderr = '';
  const status = await main(['node', 'keikaku', '--root', ROOT, 'report', '--all', '--fy', '2024', '--format', 'pdf,html', '--annex', '--concurrency', '1', '--out', out], {
    stdout: () => {},
    stderr: (s) => void (stderr += s),
  });
  expect(status, stderr).toBe(0);
}, 300_000);

describe('headings the encoder supplied, and no encoding notes in the report', () => {
  it('the five bundled plans are all rendered', () => {
    expect(IDS).toEqual(['asahikawa', 'kanazawa', 'otaru', 'sapporo', 'tomakomai']);
  });

  it("小樽's headings are the encoder's in the data ({ read }) and plain headings in the HTML and on page 2 of the PDF", () => {
    const otaru = loadWorkspace(ROOT, ['otaru']).plans[0]!.plan!;
    const headings = (otaru.sections ?? []).map((s) => s.heading);
    expect(headings.every(isReadHeading)).toBe(true);
    expect(headings.map(headingText)).toEqual(['計画策定の趣旨', '「地域福祉」とは']);
    const page = html('otaru');
    expect(page).toContain('<h3>計画策定の趣旨</h3>');
    expect(page).toContain('<h3>「地域福祉」とは</h3>');
    const p2 = pdfText('otaru', 2);
    expect(p2).toMatch(/^計画策定の趣旨$/m);
    expect(p2).toMatch(/^「地域福祉」とは$/m);
  });

  it.each(IDS)('%s: no 「符号化」 anywhere in the HTML or the PDF text', (id) => {
    const page = html(id);
    expect(page.length).toBeGreaterThan(1000);
    expect(page.match(/.{0,40}符号化.{0,40}/g) ?? []).toEqual([]);
    const text = pdfText(id);
    expect(text.length).toBeGreaterThan(500);
    expect(text.match(/.{0,40}符号化.{0,40}/g) ?? []).toEqual([]);
  });

  it('no bundled plan prints an encoding note as a heading: a heading without printed words is { read }', () => {
    for (const doc of loadWorkspace(ROOT, IDS).plans) {
      const plan = doc.plan!;
      const sections = [...(plan.sections ?? []), ...[...walkNodes(plan)].flatMap(({ node }) => node.sections ?? []), ...plan.encompasses.flatMap((e) => e.contents ?? [])];
      for (const h of sections.flatMap((s) => [s.heading, ...(s.subsections ?? []).map((x) => x.heading)])) {
        expect(headingText(h), doc.id).not.toMatch(/符号化|抽出テキスト/);
      }
    }
  });
});
