/**
 * The one finding type. tsc diagnostics, Zod issues, reader refusals, check
 * judgements and lint rules all produce it, as every textlint / ESLint
 * producer produces a TextlintMessage / LintMessage.
 *
 * CONTRACT (shared by core, lint, report, cli): change only by agreement.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Where a finding came from. */
export type FindingSource = 'tsc' | 'reader' | 'schema' | 'check' | 'lint' | 'workspace' | 'report';

/** Bilingual text: Japanese first, English gloss. */
export interface Bilingual {
  ja: string;
  en: string;
}

/**
 * A machine fix: replace the UTF-16 code-unit range [start, end) of the file
 * text with `text` (ESLint's `fix`). Only for certain, safe changes; advice
 * for a person goes in `hint`.
 */
export interface TextEdit {
  range: readonly [number, number];
  text: string;
}

export interface Finding {
  /** e.g. "tsc/TS2322", "schema/invalid_type", "reader/no-spread", "target-before-baseline" (check and lint rules use their bare id). */
  ruleId: string;
  source: FindingSource;
  severity: Severity;
  /** File relative to the repository root, with forward slashes. */
  file: string;
  /** 1-based; columns count UTF-16 code units as tsc does (an emoji counts 2). */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Plan path such as goals[2].policies[0].indicators[1].target.fy, when the finding is inside the exported literal. */
  path?: string;
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
  message: Bilingual;
  /** How to fix it, for a person. */
  hint?: Bilingual;
  fix?: TextEdit;
  /** Set by lint when an inline comment or config suppressed the finding. */
  suppressed?: { kind: 'inline' | 'config'; reason: string };
}
