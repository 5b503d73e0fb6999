/**
 * A table-driven tester for keikaku's own textlint rules (src/prose/rules/), like the plan rules'
 * ruleTester: each text goes through @textlint/kernel with the text plugin and only the rule under test,
 * as lintProse runs it. Valid texts give no message; invalid ones give exactly the listed messages, in
 * order: where each starts (`at`, the text it starts at, its first occurrence or the `nth`) and the exact
 * text it covers, and the Japanese and English messages.
 */
import { createRequire } from 'node:module';
import { TextlintKernel } from '@textlint/kernel';
import type { TextlintRuleReporter } from '@textlint/types';
import { describe, expect, it } from 'vitest';
import { EN_GLOSS } from '../../src/prose/rules/rule.js';

const require = createRequire(import.meta.url);
const textPlugin = require('@textlint/textlint-plugin-text') as { default?: unknown };
const kernel = new TextlintKernel();

export interface ProseError {
  /** The exact text the message covers. */
  text: string;
  /** The text the message starts at (default: `text`), its first occurrence or the `nth` (0-based). */
  at?: string;
  nth?: number;
  /** The Japanese message, exactly. */
  ja: string;
  /** The English gloss, exactly. */
  en: string;
}
export interface ProseInvalid {
  name: string;
  text: string;
  errors: ProseError[];
}
export interface ProseValid {
  name: string;
  text: string;
}

export async function lintText(rule: TextlintRuleReporter, text: string) {
  const r = await kernel.lintText(text, {
    ext: '.txt',
    filePath: 'x.txt',
    plugins: [{ pluginId: 'text', plugin: (textPlugin.default ?? textPlugin) as never }],
    rules: [{ ruleId: 'under-test', rule }],
  });
  return r.messages.map((m) => {
    const [ja, en] = m.message.split(EN_GLOSS);
    return { start: m.range[0], end: m.range[1], ja, en };
  });
}

function startOf(text: string, at: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(at, i + 1);
    if (i < 0) throw new Error(`"${at}" (occurrence ${nth}) is not in the case text`);
  }
  return i;
}

export function proseTester(id: string, rule: TextlintRuleReporter, cases: { valid: ProseValid[]; invalid: ProseInvalid[] }): void {
  describe(`prose/${id}`, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        expect(await lintText(rule, c.text)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const got = await lintText(rule, c.text);
        const want = c.errors.map((e) => {
          const start = startOf(c.text, e.at ?? e.text, e.nth);
          expect(c.text.slice(start, start + e.text.length), 'the case is written wrong: `text` is not at `at`').toBe(e.text);
          return { start, end: start + e.text.length, ja: e.ja, en: e.en };
        });
        expect(got).toEqual(want);
      });
    }
  });
}
