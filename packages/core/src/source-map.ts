/**
 * CONTRACT (shared by core, lint, report, cli): the source map the static
 * reader returns for each module. Every finding, fix, import and diff locates
 * through it. Implementation: core agent.
 */
export type PlanPath = readonly (string | number)[];

/** UTF-16 code-unit offsets into the file text, [start, end). */
export interface Range {
  start: number;
  end: number;
}

/** 1-based line and column (column in UTF-16 code units, as tsc counts). */
export interface Position {
  line: number;
  column: number;
}

export interface SourceMap {
  /** File relative to the repository root, forward slashes ("plans/sapporo/plan.ts"); a label such as "<stdin>" when read from a string. */
  readonly file: string;
  readonly text: string;
  /**
   * The range of the node written for `path`. When the path is not written in full
   * (a missing field), the deepest written ancestor and the segments beyond it.
   */
  locate(path: PlanPath): { range: Range; unresolved: PlanPath };
  /**
   * The range of the key written for the last segment of `path` (`tagret` in
   * `tagret: 1`), for findings about the key rather than its value; the
   * value's range, as locate() gives it, when the key is not written as such.
   */
  locateKey(path: PlanPath): Range;
  /** The plan path of the innermost value written at `offset`, if inside the exported literal. */
  pathAt(offset: number): PlanPath | undefined;
  position(offset: number): Position;
  /**
   * For a string literal written at `path`: the file range holding characters
   * [from, to) of its *value* (escapes such as \n or \u3007 accounted for).
   * Used to place textlint results and prose fixes inside the literal.
   */
  stringRange(path: PlanPath, from: number, to: number): Range | undefined;
  /** Every comment in the file, for inline suppressions (keikaku-disable-next-line …). */
  comments(): readonly { range: Range; text: string; line: number }[];
}
