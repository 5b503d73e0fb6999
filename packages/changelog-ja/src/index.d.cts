/** Types of @keikaku/changelog-ja (src/index.cjs). */
export type ChangeKind = '新規策定' | '中間見直し' | '改定' | '訂正';
export interface Entry {
  kind: ChangeKind;
  /** YYYY-MM-DD */
  date: string;
  /** Fiscal year (Western number), e.g. 2025 for 令和7年度. */
  fy: number;
  body: string;
}
export declare class EntryError extends Error {
  constructor(ja: string, en: string);
  readonly ja: string;
  readonly en: string;
}
export declare const KINDS: readonly ChangeKind[];
export declare const BUMP: Readonly<Record<ChangeKind, 'major' | 'minor' | 'patch'>>;
export declare const DEFAULT_PLAN_SCOPE: string;
export declare function parseEntry(summary: string): Entry;
export declare function formatEntry(entry: Entry): string;
export declare function entryLine(entry: Entry): string;
export declare function parseFiscalYear(text: string): number | undefined;
export declare function fiscalYearOfDate(date: string): number;
export declare function fiscalYearText(fy: number): string;
export declare function isIsoDate(s: string): boolean;
interface ChangesetLike {
  id: string;
  summary: string;
  releases: { name: string; type: string }[];
}
/** The 改訂履歴 entry of a plan's changeset; undefined for code packages; throws EntryError (file named) when it cannot be one. */
export declare function planEntry(changeset: ChangesetLike, options?: { planScope?: string } | null): Entry | undefined;
export declare function getReleaseLine(changeset: ChangesetLike, type: string, options?: { planScope?: string } | null): Promise<string>;
export declare function getDependencyReleaseLine(): Promise<string>;
declare const _default: { getReleaseLine: typeof getReleaseLine; getDependencyReleaseLine: typeof getDependencyReleaseLine };
export default _default;
