/**
 * The textlint packages are loaded with `require` and checked at run time
 * (no casts): each rule in PROSE_RULES must load as a textlint rule module,
 * and a package of another shape is refused with its name.
 */
import { describe, expect, it } from 'vitest';
import { PROSE_RULES } from '../src/index.js';
import { isPluginCreator, isRuleModule, kernelRules } from '../src/prose/textlint.js';

describe('textlint module boundary', () => {
  const reporter = () => ({});
  it.each([
    ['a reporter function', reporter, true],
    ['{ linter, fixer }', { linter: reporter, fixer: reporter }, true],
    ['{ linter } without fixer', { linter: reporter }, false],
    ['an ES module namespace left unwrapped', { default: reporter }, false],
    ['null', null, false],
    ['a string', 'textlint-rule-prh', false],
  ])('isRuleModule: %s', (_name, m, ok) => {
    expect(isRuleModule(m)).toBe(ok);
  });

  it.each([
    ['{ Processor: class }', { Processor: class {} }, true],
    ['{ Processor: "x" }', { Processor: 'x' }, false],
    ['{}', {}, false],
    ['undefined', undefined, false],
  ])('isPluginCreator: %s', (_name, m, ok) => {
    expect(isPluginCreator(m)).toBe(ok);
  });

  it('every rule of PROSE_RULES loads as a rule module, with its options', () => {
    const full = kernelRules('full:publish', 'full', 'publish');
    expect(full.map((r) => r.ruleId)).toEqual(PROSE_RULES.map((r) => r.id));
    for (const r of full) expect(isRuleModule(r.rule), r.ruleId).toBe(true);
    expect(full.find((r) => r.ruleId === 'max-comma')?.options).toEqual({ max: 4 });
    expect(kernelRules('basic:draft', 'basic', 'draft').map((r) => r.ruleId)).toEqual(PROSE_RULES.filter((r) => !r.full).map((r) => r.id));
    expect(kernelRules('basic:publish', 'basic', 'publish').map((r) => r.ruleId)).toEqual(PROSE_RULES.filter((r) => !r.full || r.publish).map((r) => r.id));
  });
});
