/**
 * The report's data-quality notes come from lint's publish profile without the prose checks: typo candidates and
 * 表記 notes (旭川's 「円滑し」「そのらしく」) are for the encoder and the publisher (`keikaku lint`), not for a
 * committee, and the analyser they need would double a national run's memory. Lint itself still finds them.
 */
import { describe, expect, it } from 'vitest';
import { lintWorkspace } from '@keikaku/lint';
import { planReports } from '@keikaku/report';
import { ROOT } from '../support/run-cli.js';

describe('report leaves prose to lint', () => {
  it('旭川: lint (publish) finds the typo candidates; the report request carries no prose finding', async () => {
    const lint = await lintWorkspace(ROOT, ['asahikawa'], { profile: 'publish', today: '2025-03-31' });
    const prose = lint.plans[0]!.findings.filter((f) => f.ruleId.startsWith('prose/'));
    expect(prose.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['prose/adjectival-noun-suru', 'prose/rentaishi-without-noun']));
    const planned = await planReports({ root: ROOT, ids: ['asahikawa'], all: false, fy: 2024, out: '/nonexistent-not-written', formats: ['json'] });
    const findings = planned.requests[0]!.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.ruleId.startsWith('prose/'))).toEqual([]);
  }, 120_000);
});
