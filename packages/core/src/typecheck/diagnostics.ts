/**
 * TypeScript 7's diagnostics, as its command line prints them with
 * `--pretty false` (`file(line,col): error TSnnnn: message`, the rest of the
 * message chain on indented lines), turned into keikaku's findings: the
 * place, the plan path of the value, the Japanese gloss and the shortened
 * English line. The command line gives a start but no length, so the end is
 * the end of the innermost syntax node that starts there (the key of a
 * property, a whole object literal for a missing field), read with
 * TypeScript 5.9's parser, which also gives the plan path.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { formatPath } from '@keikaku/schema';
import type { Finding } from '../finding.js';
import { ModuleSourceMap, unwrap } from '../reader/source-map-impl.js';
import ts from '../typescript.js';
import { glossFor, shortenTypeText } from './gloss.js';

export interface TscDiagnostic {
  /** Absolute path. */
  file: string;
  /** 1-based, UTF-16 code units (as TypeScript 5.9 counts). */
  line: number;
  column: number;
  code: number;
  /** The message chain, outermost first. */
  chain: string[];
}

const HEAD = /^(.+)\((\d+),(\d+)\): error TS(\d+): (.*)$/;
const GLOBAL = /^error TS(\d+): (.*)$/;

export interface ParsedOutput {
  diagnostics: TscDiagnostic[];
  /** Errors tied to no file (options, a missing tsconfig): the run checked nothing. */
  global: string[];
}

/** Parses `tsc --pretty false` output; paths are resolved against `cwd`. */
export function parseTscOutput(text: string, cwd: string): ParsedOutput {
  const out: ParsedOutput = { diagnostics: [], global: [] };
  let last: TscDiagnostic | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    const m = HEAD.exec(line);
    if (m) {
      last = { file: resolve(cwd, m[1]!), line: Number(m[2]), column: Number(m[3]), code: Number(m[4]), chain: [m[5]!] };
      out.diagnostics.push(last);
    } else if (/^\s/.test(line) && last) last.chain.push(line.trim());
    else {
      last = undefined;
      const g = GLOBAL.exec(line);
      if (g) out.global.push(`TS${g[1]}: ${g[2]}`);
    }
  }
  return out;
}

/** True for diagnostics of the parser (TS1xxx): a file with one hides the other errors of its program. */
export const isSyntactic = (d: Pick<TscDiagnostic, 'code'>) => d.code >= 1000 && d.code < 2000;

/** The plan path of the value written at `pos` (the exported literal of definePlan / defineProgress). */
function pathAtPosition(sf: ts.SourceFile, pos: number): (string | number)[] | undefined {
  let root: ts.ObjectLiteralExpression | undefined;
  for (const stmt of sf.statements) {
    if (!ts.isExportAssignment(stmt)) continue;
    const e = unwrap(stmt.expression);
    if (ts.isObjectLiteralExpression(e)) root = e;
    else if (ts.isCallExpression(e)) root = [...e.arguments].reverse().map(unwrap).find(ts.isObjectLiteralExpression);
  }
  if (!root) return undefined;
  const path = new ModuleSourceMap(sf.fileName, sf.text, sf, root).pathAt(pos);
  return path ? [...path] : undefined;
}

/** The end of the innermost node that starts at `pos` (the span TypeScript reports), else of the token there. */
function endAt(sf: ts.SourceFile, pos: number): number {
  let end: number | undefined;
  const visit = (n: ts.Node): void => {
    if (pos < n.pos || pos >= n.end) return;
    if (n.getStart(sf) === pos) end = n.end;
    n.forEachChild(visit);
  };
  sf.forEachChild(visit);
  return end ?? Math.min(sf.text.length, pos + 1);
}

/** Findings of one file's diagnostics (deduplicated by place, code and message). */
export function toFindings(root: string, file: string, diagnostics: readonly TscDiagnostic[]): Finding[] {
  if (!diagnostics.length) return [];
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    /* the file went away: positions only */
  }
  const sf = ts.createSourceFile(file, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const d of diagnostics) {
    const key = `${d.line}:${d.column}:${d.code}:${d.chain.join(' ')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(toFinding(root, sf, d));
  }
  return out;
}

function toFinding(root: string, sf: ts.SourceFile, d: TscDiagnostic): Finding {
  const lines = sf.getLineStarts().length;
  const start = d.line <= lines ? Math.min(sf.getPositionOfLineAndCharacter(d.line - 1, 0) + d.column - 1, sf.text.length) : sf.text.length;
  const e = sf.getLineAndCharacterOfPosition(endAt(sf, start));
  const path = pathAtPosition(sf, start);
  const message = d.chain.join('\n');
  const gloss = glossFor(d.code, path, message, d.chain[d.chain.length - 1]!);
  const f: Finding = {
    ruleId: `tsc/TS${d.code}`,
    source: 'tsc',
    severity: 'error',
    file: relative(root, sf.fileName).split(sep).join('/'),
    line: d.line,
    column: d.column,
    endLine: e.line + 1,
    endColumn: e.character + 1,
    messageId: `TS${d.code}`,
    message: { ja: gloss?.ja ?? '型エラーです', en: shortenTypeText(gloss?.en ?? d.chain.join(' ')) },
  };
  if (path && path.length) f.path = formatPath(path);
  if (gloss?.fix) f.hint = gloss.fix;
  return f;
}

/** One finding for a file the compiler could not check (its process died on it, or it was not given to it). */
export function fileProblem(root: string, file: string, kind: 'crash' | 'too-deep', detail: string): Finding {
  const base = {
    source: 'tsc' as const,
    severity: 'error' as const,
    file: relative(root, file).split(sep).join('/'),
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    data: { detail },
  };
  if (kind === 'too-deep') {
    return {
      ...base,
      ruleId: 'tsc/too-deep',
      messageId: 'too-deep',
      message: { ja: `括弧の入れ子が深すぎるため、型の検査をしていません（${detail} 段）`, en: `brackets nest too deep (${detail} levels): the file was not type-checked` },
      hint: { ja: '計画の値は数段の入れ子で書けます。誤って貼り付けた部分がないか確認してください。ほかのファイルの結果は有効です。', en: 'Plan values need only a few levels of nesting; look for pasted text. The other files were checked.' },
    };
  }
  return {
    ...base,
    ruleId: 'tsc/crash',
    messageId: 'crash',
    message: { ja: `TypeScript コンパイラがこのファイルの検査中に失敗しました（${detail}）`, en: `the TypeScript compiler failed on this file (${detail})` },
    hint: { ja: '入れ子が極端に深いなど、計画の書き方を確認してください。ほかのファイルの結果は有効です。', en: 'Check the file for extreme nesting or similar; the other files were checked.' },
  };
}
