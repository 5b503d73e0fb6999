/**
 * The five seed plans against a committed, reviewed snapshot of what lint
 * finds in them (test/lint/seeds.snapshot.txt). Each line is one finding:
 *
 *   <file> <plan path> <severity> <rule>  <message (ja)>
 *
 * Lines starting with # are the review's comments (why a finding is there).
 * Places are plan paths, not line numbers, so the snapshot survives edits
 * that only move text; exact lines and columns are the rule tests' business.
 * The date is fixed (--today 2025-06-01) and prose is at its default level.
 *
 * After a deliberate change: KEIKAKU_UPDATE_SNAPSHOT=1 pnpm vitest run test/lint/seeds.test.ts
 * writes seeds.snapshot.new.txt beside it; review the difference and copy it over, keeping the comments.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintWorkspace } from '@keikaku/lint';
import type { Finding } from '@keikaku/core';
import { ROOT } from '../support/run-cli.js';
import { SEED_PLANS } from '../support/seed-plans.js';

const SNAPSHOT = join(ROOT, 'test/lint/seeds.snapshot.txt');

export const snapshotLine = (f: Finding): string =>
  `${f.file} ${f.path ?? '(file)'} ${f.severity}${f.suppressed ? `(suppressed: ${f.suppressed.reason})` : ''} ${f.ruleId}  ${f.message.ja}`;

describe('lint of the seed plans', () => {
  it('matches the reviewed snapshot', async () => {
    const r = await lintWorkspace(ROOT, SEED_PLANS, { today: '2025-06-01' });
    const got = r.findings.map(snapshotLine);
    if (process.env.KEIKAKU_UPDATE_SNAPSHOT) writeFileSync(SNAPSHOT.replace('.txt', '.new.txt'), `${got.join('\n')}\n`);
    const want = readFileSync(SNAPSHOT, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(got).toEqual(want);
  });

  it('finds the defects the plans encode on purpose', async () => {
    const r = await lintWorkspace(ROOT, SEED_PLANS, { today: '2025-06-01', prose: false });
    const has = (file: string, ruleId: string) => r.findings.some((f) => f.file === file && f.ruleId === ruleId);
    expect(has('plans/asahikawa/plan.ts', 'placeholder')).toBe(true); // 令和〇年度, 〇〇ページ
    expect(has('plans/tomakomai/plan.ts', 'placeholder')).toBe(true); // Ｐ●●●
    expect(has('plans/asahikawa/plan.ts', 'article-without-number')).toBe(true); // 社会福祉法第に規定
    expect(has('plans/sapporo/progress/2024.ts', 'unit-without-number')).toBe(true); // 総相談件数は 件
    expect(has('plans/asahikawa/plan.ts', 'missing-target')).toBe(true); // ↗
    expect(has('plans/asahikawa/plan.ts', 'target-year-not-after-baseline')).toBe(true); // 【令和4年度】
    expect(has('plans/asahikawa/plan.ts', 'same-figure-different-unit')).toBe(true); // 1,888件 / 1,888回
    expect(has('plans/otaru/plan.ts', 'plan-period-ended')).toBe(true);
    expect(has('plans/kanazawa/plan.ts', 'plan-without-indicators')).toBe(true);
    // The generic example 「〇〇の活動」 in 旭川's 共有すべきこと is not a placeholder.
    expect(r.findings.filter((f) => f.ruleId === 'placeholder' && f.message.ja.includes('〇〇の活動'))).toEqual([]);
  });

  it('the publish profile turns the gaps into errors', async () => {
    const draft = await lintWorkspace(ROOT, ['asahikawa'], { today: '2025-06-01', prose: false });
    const publish = await lintWorkspace(ROOT, ['asahikawa'], { today: '2025-06-01', prose: false, profile: 'publish' });
    const sev = (fs: Finding[], rule: string) => [...new Set(fs.filter((f) => f.ruleId === rule).map((f) => f.severity))];
    expect(sev(draft.findings, 'placeholder')).toEqual(['warning']);
    expect(sev(publish.findings, 'placeholder')).toEqual(['error']);
    expect(sev(publish.findings, 'mixed-baseline-years')).toEqual(['info']);
    // Publishing adds only what drafting leaves out on purpose (issue 17): 旭川's four baselines printed 「—」.
    const key = (f: Finding) => `${f.ruleId} ${f.path}`;
    const drafted = new Set(draft.findings.map(key));
    const added = publish.findings.filter((f) => !drafted.has(key(f)));
    expect(added.map((f) => [f.ruleId, f.severity, f.data?.mark])).toEqual(Array(4).fill(['baseline-missing', 'error', '—']));
    expect(publish.findings.length).toBe(draft.findings.length + 4);
  });
});
