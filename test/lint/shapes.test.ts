/**
 * Lint never throws on the schema's shape fixtures (issue 7: stated absence,
 * series, relative targets, qualifiers, printed years, grading …), and what it
 * says about the new shapes is right: a stated absence is info, a printed
 * year past its era is reported, a series is judged.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readModule, runRules } from '@keikaku/core';
import { validatePlan, type Plan } from '@keikaku/schema';
import { ALL_RULES } from '@keikaku/lint';
import { ROOT } from '../support/run-cli.js';

const DIR = join(ROOT, 'test/fixtures/shapes');
const FIXTURES = [...readdirSync(DIR).filter((f) => f.endsWith('.ts')), 'grading/plan.ts'].sort();

describe('lint on the shape fixtures', () => {
  it.each(FIXTURES)('%s: every rule runs, none crashes', (f) => {
    const m = readModule(readFileSync(join(DIR, f), 'utf8'), { file: `test/fixtures/shapes/${f}`, kind: 'plan' });
    const r = validatePlan(m.value);
    expect(r.ok).toBe(true);
    const plan = (r as { value: Plan }).value;
    const findings = runRules(ALL_RULES, { plan, planSource: m.sourceMap, progress: [] }, { source: 'lint', settings: { profile: 'publish', today: '2025-06-01' } });
    expect(findings.filter((x) => x.messageId === 'rule-crash').map((x) => x.message.en)).toEqual([]);
    for (const x of findings) {
      expect(x.line).toBeGreaterThan(0);
      expect(x.message.ja.length).toBeGreaterThan(0);
    }
    // A stated absence is never more than info, in the publish profile too.
    for (const x of findings.filter((y) => y.messageId === 'statedAbsence')) expect(x.severity).toBe('info');
  });
});
