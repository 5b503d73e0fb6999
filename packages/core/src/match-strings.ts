/**
 * "Match a pattern in prose, report at the string's range, fix prose only":
 * the loop the text rules share (era-pair, era-gannen, era-year-past-end,
 * number-spacing, fullwidth-digits, placeholder …), as one `string` listener.
 */
import type { Severity } from './finding.js';
import type { Messages } from './messages.js';
import type { MessageOf, RuleContext, StringVisit } from './rule.js';
import type { StringKind } from './strings.js';

/** A match inside a string's value, [start, end) in UTF-16 code units of the value (not of the file). */
export type StringMatch<M extends Messages> = MessageOf<M> & {
  start: number;
  end: number;
  /**
   * The certain replacement: `text` for characters [start, end) of the value
   * (the match's own range unless given). Applied to prose only: a `printed`
   * cell records the source as printed and is reported, never rewritten.
   */
  fix?: { text: string; start?: number; end?: number };
  severity?: Severity;
};

/**
 * A `string` listener that reports every match `find` returns, located at the
 * exact characters inside the string literal (SourceMap.stringRange).
 * `kinds`: the strings to look in; prose and printed cells by default.
 */
export function matchStrings<M extends Messages>(
  ctx: RuleContext<M>,
  find: (value: string, s: StringVisit) => Iterable<StringMatch<M>>,
  kinds: readonly StringKind[] = ['prose', 'printed'],
): (s: StringVisit) => void {
  return (s) => {
    if (!kinds.includes(s.kind)) return;
    for (const m of find(s.value, s)) {
      const range = s.source.stringRange(s.path, m.start, m.end);
      const fixAt = m.fix && s.kind === 'prose' ? s.source.stringRange(s.path, m.fix.start ?? m.start, m.fix.end ?? m.end) : undefined;
      ctx.report({
        messageId: m.messageId,
        data: m.data,
        path: s.path,
        source: s.source,
        ...(range ? { range } : {}),
        ...(m.fix && fixAt ? { fix: { range: [fixAt.start, fixAt.end] as const, text: m.fix.text } } : {}),
        ...(m.severity ? { severity: m.severity } : {}),
      });
    }
  };
}
