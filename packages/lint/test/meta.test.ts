/**
 * Every rule has its docs (with a ❌ and a ✅ example), a table-driven test,
 * bilingual messages, and an id equal to its file name; the README lists it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHECK_RULES, type Messages } from '@keikaku/core';
import { ALL_RULES, PLAN_RULES, RULES_BY_ID } from '../src/index.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const PKG = join(ROOT, 'packages/lint');

describe('every rule', () => {
  it('has a unique id', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it.each(ALL_RULES.map((r) => [r.meta.id, r] as const))('%s: docs, test, messages', (id, rule) => {
    // docs beside the package, with a bad and a good example
    // core's checks keep their docs in core, lint's rules in lint
    const pkg = CHECK_RULES.includes(rule) ? 'core' : 'lint';
    expect(rule.meta.docs).toBe(`packages/${pkg}/docs/rules/${id}.md`);
    const docsFile = join(ROOT, rule.meta.docs);
    expect(existsSync(docsFile), `${rule.meta.docs} is missing`).toBe(true);
    const docs = readFileSync(docsFile, 'utf8');
    expect(docs).toContain('❌');
    expect(docs).toContain('✅');
    expect(docs).toContain(`(${id})`);
    expect(docs).toMatch(/```(ts|json)\n/);
    // a table-driven test that uses the rule tester
    const testFile = join(PKG, 'test/rules', `${id}.cases.ts`);
    expect(existsSync(testFile), `packages/lint/test/rules/${id}.cases.ts is missing`).toBe(true);
    expect(readFileSync(testFile, 'utf8')).toContain('ruleTester(');
    // bilingual messages with hints where they are reported by a rule
    expect(rule.meta.description.ja.length).toBeGreaterThan(0);
    expect(rule.meta.description.en.length).toBeGreaterThan(0);
    const messages: Messages = rule.meta.messages;
    for (const [mid, m] of Object.entries(messages)) {
      expect(typeof m.ja, `${id}.${mid}`).toBe('function');
      expect(typeof m.en, `${id}.${mid}`).toBe('function');
    }
    // listed in the README's rule table
    expect(readFileSync(join(PKG, 'README.md'), 'utf8')).toContain(`\`${id}\``);
  });
  it('a rule file per keikaku rule, named by its id', () => {
    for (const r of PLAN_RULES) expect(existsSync(join(PKG, 'src/rules', `${r.meta.id}.ts`)), r.meta.id).toBe(true);
    for (const r of CHECK_RULES) expect(existsSync(join(ROOT, 'packages/core/src/checks', `${r.meta.id}.ts`)), r.meta.id).toBe(true);
  });
  it('every rule file is in the registry (a new rule is not forgotten)', () => {
    const files = readdirSync(join(PKG, 'src/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts').map((f) => f.replace(/\.ts$/, ''));
    expect(files.filter((id) => !RULES_BY_ID.has(id))).toEqual([]);
  });
  it("includes every check core's check runs", () => {
    expect(CHECK_RULES.map((r) => r.meta.id).sort()).toEqual(
      ['negative-count', 'percent-range', 'period-reversed', 'progress-fy-outside-period', 'progress-unknown-part', 'provisional-as-of', 'revisions-out-of-order', 'target-before-baseline'].sort(),
    );
  });
});
