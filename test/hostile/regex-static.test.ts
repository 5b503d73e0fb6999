/**
 * Super-linear regular expressions are kept out by a static check, not by
 * timing: eslint-plugin-regexp's no-super-linear-backtracking (a quantifier
 * followed by one that can match the same characters, as `〇+\s*年度` did) and
 * no-super-linear-move (a pattern that, tried at each position of a long run,
 * scans the run again) over every package's src. Both rules analyse each
 * literal and each `new RegExp('…')` whose source is a constant.
 */
import { relative } from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

const RULES: Record<string, ['error', object]> = {
  'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
  'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: false, ignorePartial: false }],
};

function linter(): ESLint {
  return new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts', '**/*.mts', '**/*.js', '**/*.mjs'],
        languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { regexp },
        rules: RULES,
        // An inline `eslint-disable` cannot switch these rules off.
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      },
    ],
  });
}

function show(results: ESLint.LintResult[]): string[] {
  return results.flatMap((r) => r.messages.filter((m) => m.fatal || m.ruleId?.startsWith('regexp/')).map((m) => `${relative(ROOT, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? 'parse'}: ${m.message}`));
}

async function superLinearPatterns(patterns: string[]): Promise<string[]> {
  return show(await linter().lintFiles(patterns));
}

describe('no super-linear regular expression in any package', () => {
  it('every package src passes regexp/no-super-linear-backtracking and regexp/no-super-linear-move', async () => {
    const found = await superLinearPatterns(['packages/*/src/**/*.ts', 'packages/*/src/**/*.mjs', 'packages/*/src/**/*.js']);
    expect(found, found.join('\n')).toEqual([]);
  });

  it.each([
    ['〇+\\s*年度 (issue 14)', "const M = '[〇○]';\nexport const a = new RegExp(`${M}+\\\\s*年度`, 'g');\n"],
    ['〇+\\s*(ページ|頁) (issue 14)', 'export const b = /〇+\\s*(ページ|頁)/g;\n'],
    ['P\\s*[.]?\\s*〇+', 'export const c = /P\\s*[.．]?\\s*〇+/;\n'],
    ['a heading \\s+(.*)', 'export const d = /^#\\s+(.*)$/;\n'],
    ['inside an eslint-disable comment', '// eslint-disable-next-line\nexport const e = /〇+\\s*年度/g;\n'],
  ])('the check can fail: it flags %s', async (_name, code) => {
    const found = show(await linter().lintText(code, { filePath: `${ROOT}/packages/x/src/bad.ts` }));
    expect(found.some((f) => /regexp\/no-super-linear-(move|backtracking)/.test(f)), found.join('\n')).toBe(true);
  });
});

/**
 * The rules above see a `new RegExp(…)` only when its source is a constant
 * (a literal or a template of constants). A pattern built from data would go
 * unchecked, so every such call site is listed here with why it is safe.
 */
const DYNAMIC_REGEXP_SITES: Record<string, string> = {
  'packages/lint/src/util.ts': 're.source of a RegExp literal that the rules check where it is written; only the g flag is added',
  'packages/lint/src/rules/name-unit-mismatch.ts': 're.source of the WORDS literals (checked where written); only the g flag is added',
};

describe('no regular expression built from data', () => {
  it('every new RegExp(...) has a constant source, or is listed with its reason', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync(`${ROOT}/packages`).flatMap((pkg) =>
      (readdirSync(`${ROOT}/packages/${pkg}/src`, { recursive: true }) as string[])
        .filter((f) => /\.(?:ts|mts|js|mjs)$/.test(f))
        .map((f) => `packages/${pkg}/src/${f}`),
    );
    expect(files.length).toBeGreaterThan(50);
    const unlisted: string[] = [];
    for (const file of files) {
      const lines = readFileSync(`${ROOT}/${file}`, 'utf8').split('\n');
      lines.forEach((line, i) => {
        for (const m of line.matchAll(/\bRegExp\(\s*([^,)]*)/g)) {
          const arg = m[1]!.trim();
          // A literal, or a template whose every ${…} is an UPPER_CASE constant (or M, the mark class) the rules can evaluate.
          const constant = /^['"]/.test(arg) || (arg.startsWith('`') && [...arg.matchAll(/\$\{([^}]*)\}/g)].every((x) => /^(?:[A-Z][A-Z0-9_]*|M)$/.test(x[1]!)));
          if (!constant && !(file in DYNAMIC_REGEXP_SITES)) unlisted.push(`${file}:${i + 1}: RegExp(${arg}`);
        }
      });
    }
    expect(unlisted, unlisted.join('\n')).toEqual([]);
  });
});
