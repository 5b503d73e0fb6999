/** Small helpers the rules share for messages: numbers and values as a reviewer reads them, excerpts of prose. */
import { formatValue, type PartValue, type Value } from '@keikaku/schema';
import { quote } from '@keikaku/core';

/** A short excerpt of a string around [from, to) for messages. */
export function excerpt(s: string, from: number, to: number, pad = 8): string {
  const a = Math.max(0, from - pad);
  const b = Math.min(s.length, to + pad);
  return `${a > 0 ? '…' : ''}${s.slice(a, b)}${b < s.length ? '…' : ''}`;
}

/** Formats a number as the plan would print it (1,888). */
const NUMBER_FORMAT = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 6 });
export const fmt = (n: number): string => NUMBER_FORMAT.format(n);

/** A value as a reviewer reads it (1,888件, 相談日：年1回 / 随時相談件数 空欄), never at full length. */
export function showValue(v: Value | PartValue, unit?: string): string {
  return quote(formatValue(v, unit), 40);
}

/**
 * An indicator the document files as a monitoring indicator (関連指標, 参考指標, モニタリング指標, 補助指標, 観察指標
 * in its `category`): by the usual practice of municipal evaluation sheets these track a trend beside the
 * outcome indicators and carry no target or baseline by design (加古川's 「その他の関連指標」 table has no
 * such columns), so missing-target and baseline-missing do not ask for them.
 */
export function isMonitoringIndicator(ind: { category?: string | undefined }): boolean {
  return ind.category !== undefined && /(?:関連|参考|モニタリング|補助|観察)指標/u.test(ind.category);
}
