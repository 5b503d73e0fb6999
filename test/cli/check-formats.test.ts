/**
 * `keikaku check --format sarif|github`: core's pure formatters, shared with
 * lint, on the broken fixture plans (test/fixtures/check) through the real bin.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { sarifValidator } from '../support/sarif.js';

interface SarifLog {
  runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } }; logicalLocations?: { fullyQualifiedName: string }[] }[] }[] }[];
}

describe('keikaku check --format sarif', () => {
  const r = runCli(['check', '--root', 'test/fixtures/check', 'percent-over-100', 'bad-check-digit', '--format', 'sarif']);
  const log = JSON.parse(r.stdout) as SarifLog;

  it('is valid SARIF 2.1.0 from the tool keikaku-check, exit 1 on errors', () => {
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(sarifValidator()(log)).toBe(true);
    expect(log.runs[0]!.tool.driver.name).toBe('keikaku-check');
  });

  it('locates each finding with its plan path and describes the check that raised it', () => {
    const results = log.runs[0]!.results.map((x) => [x.ruleId, x.level, x.locations[0]!.physicalLocation.artifactLocation.uri, x.locations[0]!.physicalLocation.region.startLine, x.locations[0]!.logicalLocations?.[0]?.fullyQualifiedName]);
    expect(results).toEqual([
      ['schema/lg-code-check-digit', 'error', 'plans/bad-check-digit/plan.ts', 6, 'municipality.code'],
      ['percent-range', 'error', 'plans/percent-over-100/plan.ts', 32, 'goals[0].policies[0].indicators[0].target.value'],
    ]);
    const rule = log.runs[0]!.tool.driver.rules.find((x) => x.id === 'percent-range')!;
    expect(rule.shortDescription.text).toMatch(/[ぁ-んァ-ヶ一-龠].* \(.+\)$/);
  });
});

describe('keikaku check --format github', () => {
  it('prints one ::error workflow command per finding, located, with the Japanese message and its gloss', () => {
    const r = runCli(['check', '--root', 'test/fixtures/check', 'percent-over-100', '--format', 'github']);
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=plans\/percent-over-100\/plan\.ts,line=32,col=\d+,endLine=32,endColumn=\d+,title=keikaku percent-range::.*0〜100 の範囲外.*\(.+\)%0Aat goals\[0\]\.policies\[0\]\.indicators\[0\]\.target\.value/);
  });

  it('prints nothing on a clean plan, exit 0', () => {
    const r = runCli(['check', 'sapporo', '--format', 'github']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
