/**
 * The formatters written plan by plan: `push` takes one plan's findings (sorted,
 * as lintPlan returns them, the plans in file order: `lintPlans(…, { order:
 * 'file' })`) and returns the text to write now; `end` returns the rest. The
 * chunks joined are byte for byte `format(name, sortFindings(all), opts)`, and
 * what is kept between plans is small: stylish's counts, json's "anything
 * written yet", github's the same; SARIF's rule table must come before its
 * results and numbers rules by the sorted ids of all that fired, so SARIF keeps
 * each result as its finished JSON text (not the finding) until the end, and
 * writes them one by one.
 */
import { addStylishCounts, sarifParts, stylishCounts, stylishFileLines, stylishSummaryLines, type Finding, type StylishCounts } from '@keikaku/core';
import { github } from '@keikaku/core';
import type { FormatName } from './index.js';
import { RULES_BY_ID } from '../rules/index.js';

export interface FormatStream {
  /** Text for one plan's findings (may be empty). */
  push(findings: readonly Finding[]): string;
  /** The closing text, in pieces to write one after the other; `plans` and `files` are the run's totals (stylish's summary). */
  end(totals: { plans: number; files: number }): Iterable<string>;
}

export function formatStream(name: FormatName, opts: { color?: boolean; version?: string; docsBaseUrl?: string; spool?: Spool } = {}): FormatStream {
  switch (name) {
    case 'json':
      return jsonStream();
    case 'sarif':
      return sarifStream(opts);
    case 'github':
      return githubStream();
    default:
      return stylishStream(opts.color ?? false);
  }
}

function stylishStream(color: boolean): FormatStream {
  let counts: StylishCounts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  return {
    push(findings) {
      counts = addStylishCounts(counts, stylishCounts(findings));
      const byFile = new Map<string, Finding[]>();
      for (const f of findings) {
        const list = byFile.get(f.file);
        if (list) list.push(f);
        else byFile.set(f.file, [f]);
      }
      let out = '';
      for (const file of [...byFile.keys()].sort()) for (const line of stylishFileLines(byFile.get(file)!, color)) out += `${line}\n`;
      return out;
    },
    end: ({ plans, files }) => [stylishSummaryLines(counts, { plans, files, color }).join('\n')],
  };
}

/** An element of a JSON array as JSON.stringify(array, null, 2) writes it. */
const indentElement = (value: unknown): string => `  ${JSON.stringify(value, null, 2).replace(/\n/g, '\n  ')}`;

function jsonStream(): FormatStream {
  let any = false;
  return {
    push(findings) {
      let out = '';
      for (const f of findings) {
        out += `${any ? ',\n' : '[\n'}${indentElement(f)}`;
        any = true;
      }
      return out;
    },
    end: () => [any ? '\n]' : '[]'],
  };
}

function githubStream(): FormatStream {
  let any = false;
  return {
    push(findings) {
      const text = github(findings);
      if (!text) return '';
      const out = `${any ? '\n' : ''}${text}`;
      any = true;
      return out;
    },
    end: () => [],
  };
}

/**
 * Where SARIF keeps its result texts until the end: in memory by default; the cli passes one backed by a
 * temporary file, so that memory stays bounded however many findings there are. A line never holds "\n".
 */
export interface Spool {
  add(line: string): void;
  lines(): Iterable<string>;
}

export function memorySpool(): Spool {
  const held: string[] = [];
  return {
    add: (line) => void held.push(line),
    *lines() {
      for (let i = 0; i < held.length; i++) {
        const line = held[i]!;
        held[i] = '';
        yield line;
      }
    },
  };
}

// A result's text as one spool line: its rule id, then its lines. JSON.stringify escapes every control character
// inside strings, so U+0001 never occurs in the text itself.
const SEP = '\u0001';

function sarifStream(opts: { version?: string; docsBaseUrl?: string; spool?: Spool }): FormatStream {
  const spool = opts.spool ?? memorySpool();
  const ids = new Set<string>();
  let count = 0;
  return {
    push(findings) {
      for (const f of findings) {
        ids.add(f.ruleId);
        spool.add(`${f.ruleId}${SEP}${sarifParts.resultText(f).replaceAll('\n', SEP)}`);
        count++;
      }
      return '';
    },
    end: () =>
      // As lint's sarif (formatters/index.ts): core's formatter with lint's rule metadata and tool name.
      sarifParts.log([...ids].sort(), { ...opts, tool: 'keikaku-lint', toolDocs: 'packages/lint/README.md', rules: RULES_BY_ID }, count, (function* () {
        for (const line of spool.lines()) {
          const at = line.indexOf(SEP);
          yield { ruleId: line.slice(0, at), text: line.slice(at + 1).replaceAll(SEP, '\n') };
        }
      })()),
  };
}
