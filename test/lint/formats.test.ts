/**
 * The machine formats: SARIF 2.1.0 validated against the official schema
 * (oasis-tcs/sarif-spec, sarif-2.1/schema/sarif-schema-2.1.0.json, vendored
 * under packages/lint/test/fixtures), GitHub workflow commands, and JSON in
 * core's finding shape — on the seed plans' real findings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeData, format, github, lintWorkspace, sarif, type LintResult } from '@keikaku/lint';
import type { Finding } from '@keikaku/core';
import { ROOT } from '../support/run-cli.js';
import { sarifValidator } from '../support/sarif.js';
import { SEED_PLANS } from '../support/seed-plans.js';

let result: LintResult;
beforeAll(async () => {
  result = await lintWorkspace(ROOT, SEED_PLANS, { today: '2025-06-01' });
});

const suppressedFinding = (f: Finding): Finding => ({ ...f, suppressed: { kind: 'inline', reason: '原典どおり' } });
const fixedFinding: Finding = {
  ruleId: 'era-gannen', source: 'lint', severity: 'warning', file: 'plans/x/plan.ts', line: 3, column: 5, endLine: 3, endColumn: 6,
  messageId: 'gannen', message: { ja: '「令和1年」は令和元年と書きます', en: '"令和1年" is written 令和元年' }, fix: { range: [40, 41], text: '元' },
};

describe('sarif', () => {
  it('is valid SARIF 2.1.0 for the seed plans, with suppressions and fixes', () => {
    const validate = sarifValidator();
    const findings = [...result.findings, suppressedFinding(result.findings[0]!), fixedFinding];
    const log = JSON.parse(sarif(findings, { version: '0.1.0', docsBaseUrl: 'https://github.com/example/plans/blob/0123abc/' }));
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.results).toHaveLength(findings.length);
    // every result points at its rule descriptor, with the docs link
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const placeholder = run.tool.driver.rules.find((d: { id: string }) => d.id === 'placeholder');
    expect(placeholder.helpUri).toBe('https://github.com/example/plans/blob/0123abc/packages/lint/docs/rules/placeholder.md');
    expect(placeholder.help.text).toBe('packages/lint/docs/rules/placeholder.md');
    expect(run.results.at(-1).fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { charOffset: 40, charLength: 1 }, insertedContent: { text: '元' } });
    expect(run.results.at(-2).suppressions).toEqual([{ kind: 'inSource', justification: '原典どおり' }]);
  });

  it('without a repository URL (outside GitHub Actions) it names each rule\'s docs path and invents no link', () => {
    const log = JSON.parse(sarif(result.findings, { version: '0.1.0' }));
    expect(sarifValidator()(log)).toBe(true);
    const placeholder = log.runs[0].tool.driver.rules.find((d: { id: string }) => d.id === 'placeholder');
    expect(placeholder.helpUri).toBeUndefined();
    expect(placeholder.help.text).toBe('packages/lint/docs/rules/placeholder.md');
    expect(log.runs[0].tool.driver.informationUri).toBeUndefined();
  });

  it('an empty run is valid too', () => {
    const validate = sarifValidator();
    expect(validate(JSON.parse(sarif([])))).toBe(true);
  });
});

describe('github', () => {
  it('one workflow command per unsuppressed finding, escaped', () => {
    const out = github([...result.findings, suppressedFinding(result.findings[0]!)]).split('\n');
    expect(out).toHaveLength(result.findings.filter((f) => !f.suppressed).length);
    const first = result.findings[0]!;
    expect(out[0]).toMatch(new RegExp(`^::(error|warning|notice) file=${first.file.replace(/\//g, '\\/')},line=${first.line},col=${first.column},endLine=\\d+,endColumn=\\d+,title=keikaku ${first.ruleId}::`));
    for (const line of out) {
      expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::.+/);
      expect(line).not.toContain('\n');
    }
    expect(escapeData('a%b\nc')).toBe('a%25b%0Ac');
  });
});

describe('json and stylish', () => {
  it('json is the finding array', () => {
    expect(JSON.parse(format('json', result.findings, { plans: 5, files: 6 }))).toEqual(JSON.parse(JSON.stringify(result.findings)));
  });
  it('stylish groups by file and ends with the summary', () => {
    const out = format('stylish', result.findings, { plans: 5, files: 6 });
    expect(out).toContain('plans/asahikawa/plan.ts\n');
    expect(out.split('\n').at(-1)).toMatch(/^[✖⚠] 5 計画・6 ファイル .*エラー \d+・警告 \d+・情報 \d+/);
  });
});
