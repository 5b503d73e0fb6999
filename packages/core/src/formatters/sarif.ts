/**
 * SARIF 2.1.0 for GitHub code scanning: one run of a keikaku tool (check or
 * lint), a reportingDescriptor per rule that fired (with its docs), each
 * result at its file region (columns in UTF-16 code units, as the findings
 * count them), the plan path as a logical location, suppressions with their
 * reasons, and fixes as replacements. Pure: the caller passes the rules it
 * knows (core's checks by default; lint adds its own).
 */
import type { Finding } from '../finding.js';
import type { Messages } from '../messages.js';
import type { RuleMeta } from '../rule.js';
import { CHECK_RULES } from '../checks/index.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  version?: string;
  /** Text of each file that has fixes, to turn UTF-16 offsets into SARIF's character offsets (same unit). */
  texts?: ReadonlyMap<string, string>;
  /**
   * Where the repository's files can be browsed, e.g. https://github.com/<owner>/<repo>/blob/<sha>/
   * (the CLI builds it from GitHub Actions' GITHUB_SERVER_URL, GITHUB_REPOSITORY and GITHUB_SHA).
   * Without it each rule carries its docs path as help text instead of a URI.
   */
  docsBaseUrl?: string;
  /** The tool's name in the run (one code-scanning category per tool): keikaku-check (default) or keikaku-lint. */
  tool?: string;
  /** The package README the tool links to (informationUri, with docsBaseUrl). */
  toolDocs?: string;
  /** Metadata of the rules that may fire, by id (core's judgement checks when omitted). */
  rules?: ReadonlyMap<string, { meta: Pick<RuleMeta<Messages>, 'description' | 'docs' | 'defaultSeverity'> }>;
}

const CHECKS_BY_ID = new Map(CHECK_RULES.map((r) => [r.meta.id, r]));

export function sarif(findings: readonly Finding[], opts: SarifOptions = {}): string {
  const ids = [...new Set(findings.map((f) => f.ruleId))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  return JSON.stringify(sarifLog(ids, opts, findings.map((f) => sarifResult(f, index.get(f.ruleId)))), null, 2);
}

function ruleDescriptors(ids: readonly string[], opts: SarifOptions) {
  return ids.map((id) => {
    const rule = (opts.rules ?? CHECKS_BY_ID).get(id);
    const base = {
      id,
      shortDescription: { text: rule ? `${rule.meta.description.ja} (${rule.meta.description.en})` : id },
      ...(rule
        ? {
            help: { text: `${rule.meta.docs}` },
            ...(opts.docsBaseUrl && rule.meta.docs ? { helpUri: `${opts.docsBaseUrl}${rule.meta.docs}` } : {}),
            defaultConfiguration: { level: LEVEL[rule.meta.defaultSeverity] },
          }
        : {}),
      properties: { tags: [id.includes('/') ? id.split('/')[0]! : 'keikaku'] },
    };
    return base;
  });
}

function sarifResult(f: Finding, ruleIndex: number | string | undefined): Record<string, unknown> {
  const region = { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn };
  const result: Record<string, unknown> = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${f.message.ja} (${f.message.en})${f.hint ? `\n→ ${f.hint.ja} (${f.hint.en})` : ''}` },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' }, region },
        ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] } : {}),
      },
    ],
    partialFingerprints: { keikakuFinding: `${f.ruleId}:${f.file}:${f.path ?? ''}:${f.messageId}` },
  };
  if (f.suppressed) {
    result.suppressions = [{ kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', justification: f.suppressed.reason }];
  }
  if (f.fix) {
    result.fixes = [
      {
        description: { text: f.hint ? f.hint.ja : '自動修正 (autofix)' },
        artifactChanges: [
          {
            artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
            replacements: [{ deletedRegion: { charOffset: f.fix.range[0], charLength: f.fix.range[1] - f.fix.range[0] }, insertedContent: { text: f.fix.text } }],
          },
        ],
      },
    ];
  }
  return result;
}

function sarifLog(ids: readonly string[], opts: SarifOptions, results: unknown[]) {
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: opts.tool ?? 'keikaku-check', ...(opts.docsBaseUrl ? { informationUri: `${opts.docsBaseUrl}${opts.toolDocs ?? 'packages/core/README.md'}` } : {}), version: opts.version ?? '0.1.0', rules: ruleDescriptors(ids, opts) } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The keikaku workspace root' } } },
        results,
      },
    ],
  };
}

// Placeholders for the log written in pieces (formatters/stream.ts): a result is
// turned to text when its plan finishes, before the rule table (and so its
// ruleIndex) is known; the results go where the one placeholder element stands.
const RULE_INDEX = '@@keikaku-sarif-rule-index@@';
const RESULTS = '@@keikaku-sarif-results@@';
/** Indent of a result in the log: log → runs → run → results → element. */
const RESULT_INDENT = '        ';

export const sarifParts = {
  /** One result as the finished log holds it (indented), its ruleIndex left open. */
  resultText: (f: Finding): string => `${RESULT_INDENT}${JSON.stringify(sarifResult(f, RULE_INDEX), null, 2).replace(/\n/g, `\n${RESULT_INDENT}`)}`,
  /**
   * The whole log around `count` result texts from `resultText`, in pieces: the part before the results, then each
   * result (its ruleIndex filled in), then the rest.
   */
  *log(ids: readonly string[], opts: SarifOptions, count: number, resultTexts: Iterable<{ ruleId: string; text: string }>): Generator<string> {
    if (count === 0) {
      yield JSON.stringify(sarifLog(ids, opts, []), null, 2);
      return;
    }
    const index = new Map(ids.map((id, i) => [id, i]));
    const text = JSON.stringify(sarifLog(ids, opts, [RESULTS]), null, 2);
    const slot = `${RESULT_INDENT}"${RESULTS}"`;
    const at = text.indexOf(slot);
    yield text.slice(0, at);
    let first = true;
    for (const r of resultTexts) {
      yield `${first ? '' : ',\n'}${r.text.replace(`"ruleIndex": "${RULE_INDEX}"`, `"ruleIndex": ${index.get(r.ruleId)!}`)}`;
      first = false;
    }
    yield text.slice(at + slot.length);
  },
};
