/**
 * The static reader. A plan or progress module is parsed once with the
 * TypeScript parser and its exported literal is evaluated as data: object and
 * array literals, strings, numbers, booleans, null, and calls of
 * @keikaku/schema's own helpers (evaluated by the same helper code). Nothing
 * else is accepted, and no code of the module ever runs, so a pull request
 * cannot exit, hang, print into the output or touch the file system of CI.
 */
import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import ts from '../typescript.js';
import { HelperError, PLAN_HELPERS } from '@keikaku/schema';
import type { Finding } from '../finding.js';
import { findingAt, fileFinding } from '../finding-at.js';
import { quote, renderMessage } from '../messages.js';
import type { PlanPath } from '../source-map.js';
import { readerMessages as M } from './messages.js';
import { ModuleSourceMap, propertyName, unwrap, valueOffsets } from './source-map-impl.js';

// The TypeScript namespace has 2,000+ members and V8 keeps it as a dictionary: reading
// `ts.isX` or `ts.SyntaxKind.X` at every node of every plan is a hash lookup each time
// (8% of reading). The same functions and enum, read once.
const { isAsExpression, isCallExpression, isEmptyStatement, isExportAssignment, isIdentifier, isImportDeclaration, isInterfaceDeclaration, isNamespaceImport, isNonNullExpression, isNumericLiteral, isObjectLiteralExpression, isOmittedExpression, isParenthesizedExpression, isPropertyAssignment, isSatisfiesExpression, isShorthandPropertyAssignment, isSpreadAssignment, isSpreadElement, isStringLiteral, isTypeAliasDeclaration, isTypeAssertionExpression, isTypeReferenceNode } = ts;
const SK = ts.SyntaxKind;
/** The nodes typeCast() and unwrap() look through. */
const WRAPPER_KINDS: ReadonlySet<ts.SyntaxKind> = new Set([SK.ParenthesizedExpression, SK.AsExpression, SK.SatisfiesExpression, SK.TypeAssertionExpression, SK.NonNullExpression]);
const SURROGATE = /[\uD800-\uDFFF]/;
const PARSE_OPTIONS: ts.CreateSourceFileOptions = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };

export type ModuleKind = 'plan' | 'progress' | 'config';

export interface ReadModule {
  kind: ModuleKind;
  file: string;
  /** The evaluated literal; undefined when the reader refused anything (its findings say what). */
  value: unknown;
  sourceMap: ModuleSourceMap;
  findings: Finding[];
}

/** Deeper literals than this are refused rather than risking the stack. */
export const MAX_DEPTH = 64;

/**
 * The largest plan or progress module keikaku reads: 2 MiB. The largest bundled plan is about
 * 110 KB; a plan of 100,000 indicators took 161 s and 3.46 GB to check (issue 14), so a file past
 * this is refused with a plain finding before tsc or the reader spend time on it.
 */
export const MAX_MODULE_BYTES = 2 * 1024 * 1024;

/** Invisible characters a reviewer cannot see in a diff: C0 controls but tab and line ends, DEL, zero-width, LRM/RLM, word joiner, BOM inside the text. */
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
/** INVISIBLE and SURROGATE in one class (keep its first part the same as INVISIBLE): most files have neither, and one pass tells. */
const INVISIBLE_OR_SURROGATE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uD800-\uDFFF]/g;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const CHAR_NAMES: Record<number, [string, string]> = {
  0x0000: ['ヌル文字', 'NUL'],
  0x200b: ['ゼロ幅スペース', 'zero width space'],
  0x200c: ['ゼロ幅非接合子', 'zero width non-joiner'],
  0x200d: ['ゼロ幅接合子', 'zero width joiner'],
  0x200e: ['左から右への記号', 'left-to-right mark'],
  0x200f: ['右から左への記号', 'right-to-left mark'],
  0x202a: ['左から右への埋め込み', 'left-to-right embedding'],
  0x202b: ['右から左への埋め込み', 'right-to-left embedding'],
  0x202c: ['方向の書式の終了', 'pop directional formatting'],
  0x202d: ['左から右への強制', 'left-to-right override'],
  0x202e: ['右から左への強制', 'right-to-left override'],
  0x2060: ['単語結合子', 'word joiner'],
  0x2066: ['左から右への分離', 'left-to-right isolate'],
  0x2067: ['右から左への分離', 'right-to-left isolate'],
  0x2068: ['最初の強い方向の分離', 'first strong isolate'],
  0x2069: ['方向の分離の終了', 'pop directional isolate'],
  0xfeff: ['ゼロ幅なし改行しないスペース（BOM）', 'zero width no-break space (BOM)'],
};

function charData(ch: string): { name: string; nameEn: string; code: string } {
  const cp = ch.codePointAt(0)!;
  const [name, nameEn] = CHAR_NAMES[cp] ?? ['制御文字', 'control character'];
  return { name, nameEn, code: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` };
}

/**
 * Located findings for invisible and bidi characters written raw in the file (in strings, comments or
 * anywhere else), at most 20 per file; and whether the file has a surrogate (an astral character, or a
 * lone one), found in the same pass.
 */
function invisibleCharacters(map: ModuleSourceMap, body: string): { findings: Finding[]; surrogate: boolean } {
  const out: Finding[] = [];
  let surrogate = false;
  INVISIBLE_OR_SURROGATE.lastIndex = 0;
  for (let m = INVISIBLE_OR_SURROGATE.exec(body); m; m = INVISIBLE_OR_SURROGATE.exec(body)) {
    const c = m[0].charCodeAt(0);
    if (c >= 0xd800 && c <= 0xdfff) {
      surrogate = true;
      continue;
    }
    if (out.length >= 20) {
      // Enough findings for one file: only the surrogate question is left.
      surrogate ||= SURROGATE.test(body.slice(m.index));
      break;
    }
    const id = BIDI.test(m[0]) ? 'bidi-control' : 'invisible-character';
    const data = charData(m[0]);
    out.push(
      findingAt(map, { range: { start: m.index, end: m.index + 1 } }, {
        ruleId: `reader/${id}`, source: 'reader', severity: id === 'bidi-control' ? 'error' : 'warning', messageId: id, data,
        ...renderMessage(M, id, data),
      }),
    );
  }
  return { findings: out, surrogate };
}

/** The first unpaired surrogate of a string value, if any (linear: one pass). */
function loneSurrogate(v: string): number {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = v.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

const SCHEMA = '@keikaku/schema';
const DEFINE: Record<ModuleKind, string> = { plan: 'definePlan', progress: 'defineProgress', config: 'defineConfig' };
const EXAMPLE: Record<ModuleKind, string> = {
  plan: "export default definePlan({ id: 'sapporo', … })",
  progress: "export default defineProgress(plan, { plan: 'sapporo', fy: fy(2024), actuals: [ … ] })",
  config: 'export default defineConfig({ rules: { … } })',
};
const PLAN_SPECIFIERS = new Set(['../plan', '../plan.js', '../plan.ts']);

type Msg = keyof typeof M;

class Refusal {
  constructor(
    readonly node: ts.Node,
    readonly id: Msg,
    readonly data: Record<string, string | number>,
  ) {}
}

/** Reads a module from its text. `file` is the label findings carry (repository-relative path, or e.g. "HEAD:plans/x/plan.ts"). */
export function readModule(text: string, opts: { file: string; kind: ModuleKind }): ReadModule {
  if (text.length > MAX_MODULE_BYTES) return tooLarge(opts.file, opts.kind, text.length);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const findings: Finding[] = [];
  let sf: ts.SourceFile;
  try {
    // No parent pointers and no JSDoc: the reader and its source map use neither, and the parser skips the work.
    sf = ts.createSourceFile(opts.file, body, PARSE_OPTIONS, false, ts.ScriptKind.TS);
  } catch (err) {
    // The TypeScript parser recurses: a literal nested thousands deep exhausts the stack.
    const empty = ts.createSourceFile(opts.file, '', ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const detail = quote(err instanceof Error ? err.message : String(err), 80);
    findings.push(
      fileFinding(opts.file, {
        ruleId: 'reader/unparsable', source: 'reader', severity: 'error', messageId: 'unparsable', data: { detail },
        ...renderMessage(M, 'unparsable', { detail }),
      }),
    );
    return { kind: opts.kind, file: opts.file, value: undefined, sourceMap: new ModuleSourceMap(opts.file, '', empty, undefined), findings };
  }
  const helperNames = new Map<string, string>(); // local name → helper name
  let defineLocal: string | undefined;
  let planLocal: string | undefined;
  let exported: ts.Expression | undefined;

  const refusals: Refusal[] = [];
  /** Findings at one character of a string value (mapped to its escape in the file). */
  const mayEscape = body.includes('\\');
  const located: { node: ts.Expression; index: number; id: 'lone-surrogate' | 'bidi-control' | 'invisible-character'; data: Record<string, string> }[] = [];
  const refuse = (node: ts.Node, id: Msg, data: Record<string, string | number> = {}) => refusals.push(new Refusal(node, id, data));

  const parseDiagnostics = (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const earlyMap = new ModuleSourceMap(opts.file, body, sf, undefined);
  const raw = invisibleCharacters(earlyMap, body);
  findings.push(...raw.findings);
  const maySurrogate = mayEscape || raw.surrogate;
  if (parseDiagnostics.length) {
    for (const d of parseDiagnostics.slice(0, 5)) {
      const detail = ts.flattenDiagnosticMessageText(d.messageText, ' ');
      findings.push(
        findingAt(earlyMap, { range: { start: d.start, end: d.start + (d.length ?? 0) } }, {
          ruleId: 'reader/syntax-error', source: 'reader', severity: 'error', messageId: 'syntax-error', data: { detail },
          ...renderMessage(M, 'syntax-error', { detail }),
        }),
      );
    }
    return { kind: opts.kind, file: opts.file, value: undefined, sourceMap: earlyMap, findings };
  }

  const allowedHelpers = Object.keys(PLAN_HELPERS).join(', ');
  for (const stmt of sf.statements) {
    if (isImportDeclaration(stmt)) {
      const spec = isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : '';
      const clause = stmt.importClause;
      if (clause?.isTypeOnly) continue;
      if (spec === SCHEMA) {
        if (clause?.name) refuse(clause.name, 'import-name', { name: 'default', allowed: allowedHelpers });
        const nb = clause?.namedBindings;
        if (nb && isNamespaceImport(nb)) refuse(nb, 'import-name', { name: '* as', allowed: allowedHelpers });
        else if (nb) {
          for (const el of nb.elements) {
            if (el.isTypeOnly) continue;
            const imported = (el.propertyName ?? el.name).text;
            const local = el.name.text;
            if (imported === DEFINE[opts.kind]) defineLocal = local;
            else if (Object.prototype.hasOwnProperty.call(PLAN_HELPERS, imported)) helperNames.set(local, imported);
            else if (/^[A-Z]/.test(imported)) continue; // a type or schema object named in a type position only
            else refuse(el, 'import-name', { name: imported, allowed: allowedHelpers });
          }
        }
      } else if (opts.kind === 'progress' && PLAN_SPECIFIERS.has(spec) && clause?.name && !clause.namedBindings) {
        planLocal = clause.name.text;
      } else {
        refuse(stmt.moduleSpecifier, 'import-source', {
          source: quote(spec, 60),
          allowed: opts.kind === 'progress' ? `${SCHEMA}, ../plan.js` : SCHEMA,
        });
      }
    } else if (isExportAssignment(stmt) && !stmt.isExportEquals) {
      exported = stmt.expression;
    } else if (isTypeAliasDeclaration(stmt) || isInterfaceDeclaration(stmt) || isEmptyStatement(stmt)) {
      continue;
    } else {
      refuse(stmt, 'statement');
    }
  }

  let root: ts.ObjectLiteralExpression | undefined;
  let value: unknown;
  if (!exported) {
    findings.push(
      fileFinding(opts.file, {
        ruleId: 'reader/no-default-export', source: 'reader', severity: 'error', messageId: 'no-default-export',
        data: { define: DEFINE[opts.kind] }, ...renderMessage(M, 'no-default-export', { define: DEFINE[opts.kind] }),
      }),
    );
  } else {
    const call = unwrap(exported);
    const wantArgs = opts.kind === 'progress' ? 2 : 1;
    if (
      !isCallExpression(call) ||
      !isIdentifier(call.expression) ||
      call.expression.text !== defineLocal ||
      call.arguments.length !== wantArgs ||
      !isObjectLiteralExpression(unwrap(call.arguments[wantArgs - 1]!))
    ) {
      refuse(exported, 'define-call', { define: DEFINE[opts.kind], example: EXAMPLE[opts.kind] });
    } else {
      if (opts.kind === 'progress') {
        const first = unwrap(call.arguments[0]!);
        if (!isIdentifier(first) || planLocal === undefined || first.text !== planLocal) refuse(first, 'progress-plan-arg');
      }
      root = unwrap(call.arguments[wantArgs - 1]!) as ts.ObjectLiteralExpression;
      const rootCast = typeCast(call.arguments[wantArgs - 1]!);
      if (rootCast) refuse(rootCast, 'cast', { text: quote(rootCast.getText(sf), 40) });
      else value = evaluate(root, 0);
    }
  }

  function evaluate(node: ts.Expression, depth: number): unknown {
    if (depth > MAX_DEPTH) {
      refuse(node, 'too-deep', { depth: MAX_DEPTH });
      return undefined;
    }
    let e = node;
    // Most values are bare literals: look for casts and parentheses only where a wrapper is.
    if (WRAPPER_KINDS.has(node.kind)) {
      const cast = typeCast(node);
      if (cast) {
        // `x as never`, `<T>x` and `x!` tell tsc to stop checking a value: a plan module may not do that.
        refuse(cast, 'cast', { text: quote(cast.getText(sf), 40) });
        return undefined;
      }
      e = unwrap(node);
    }
    switch (e.kind) {
      case SK.StringLiteral:
      case SK.NoSubstitutionTemplateLiteral: {
        const v = (e as ts.StringLiteral).text;
        // A lone surrogate needs a surrogate in the text, and an escaped invisible character a backslash:
        // most files have neither, and their strings are not scanned one by one.
        const at = maySurrogate ? loneSurrogate(v) : -1;
        if (at >= 0) located.push({ node: e, index: at, id: 'lone-surrogate', data: { escape: `\\u${v.charCodeAt(at).toString(16).toUpperCase()}` } });
        else if (mayEscape) {
          // Written as an escape (\u202E): the raw scan cannot see it, and the report and the CSV would carry it.
          INVISIBLE.lastIndex = 0;
          const ch = INVISIBLE.exec(v);
          if (ch && !e.getText(sf).includes(ch[0])) located.push({ node: e, index: ch.index, id: BIDI.test(ch[0]) ? 'bidi-control' : 'invisible-character', data: charData(ch[0]) });
        }
        return v;
      }
      case SK.NumericLiteral: {
        const n = Number((e as ts.NumericLiteral).text);
        if (!Number.isFinite(n)) refuse(e, 'not-finite', { name: quote(e.getText(sf), 20) });
        return n;
      }
      case SK.TrueKeyword:
        return true;
      case SK.FalseKeyword:
        return false;
      case SK.NullKeyword:
        return null;
      case SK.TemplateExpression:
        refuse(e, 'template');
        return undefined;
      case SK.PrefixUnaryExpression: {
        const u = e as ts.PrefixUnaryExpression;
        const operand = unwrap(u.operand);
        if ((u.operator === SK.MinusToken || u.operator === SK.PlusToken) && isNumericLiteral(operand)) {
          const n = Number(operand.text);
          if (!Number.isFinite(n)) refuse(e, 'not-finite', { name: quote(e.getText(sf), 20) });
          return u.operator === SK.MinusToken ? -n : n;
        }
        if (isIdentifier(operand) && operand.text === 'Infinity') {
          refuse(e, 'not-finite', { name: e.getText(sf) });
          return undefined;
        }
        refuse(e, 'expression', { kind: kindName(e) });
        return undefined;
      }
      case SK.Identifier: {
        const name = (e as ts.Identifier).text;
        if (name === 'Infinity' || name === 'NaN') refuse(e, 'not-finite', { name });
        else refuse(e, 'identifier', { name: quote(name, 40) });
        return undefined;
      }
      case SK.ArrayLiteralExpression: {
        const out: unknown[] = [];
        for (const el of (e as ts.ArrayLiteralExpression).elements) {
          if (isSpreadElement(el)) refuse(el, 'spread');
          else if (isOmittedExpression(el)) refuse(e, 'hole');
          else out.push(evaluate(el, depth + 1));
        }
        return out;
      }
      case SK.ObjectLiteralExpression: {
        // A plain object built in place (fast in V8); '__proto__' is defined as an own key, never a prototype.
        const out: Record<string, unknown> = {};
        for (const p of (e as ts.ObjectLiteralExpression).properties) {
          if (isSpreadAssignment(p)) {
            refuse(p, 'spread');
            continue;
          }
          if (isShorthandPropertyAssignment(p)) {
            refuse(p, 'shorthand', { name: p.name.text });
            continue;
          }
          if (!isPropertyAssignment(p)) {
            refuse(p, 'method');
            continue;
          }
          const name = propertyName(p);
          if (name === undefined) {
            refuse(p.name, 'computed-key');
            continue;
          }
          if (Object.prototype.hasOwnProperty.call(out, name)) {
            refuse(p.name, 'duplicate-key', { key: quote(name, 40) });
            continue;
          }
          const v = evaluate(p.initializer, depth + 1);
          if (name === '__proto__') Object.defineProperty(out, name, { value: v, enumerable: true, writable: true, configurable: true });
          else out[name] = v;
        }
        return out;
      }
      case SK.CallExpression: {
        const c = e as ts.CallExpression;
        const callee = isIdentifier(c.expression) ? c.expression.text : c.expression.getText(sf);
        const helper = isIdentifier(c.expression) ? helperNames.get(callee) : undefined;
        if (!helper) {
          refuse(c.expression, 'call', { name: quote(callee, 40), allowed: allowedHelpers });
          return undefined;
        }
        const before = refusals.length;
        const args = c.arguments.map((a) => (isSpreadElement(a) ? (refuse(a, 'spread'), undefined) : evaluate(a, depth + 1)));
        if (refusals.length > before) return undefined;
        try {
          return (PLAN_HELPERS as Record<string, (...a: unknown[]) => unknown>)[helper]!(...args);
        } catch (err) {
          const d = describeHelperError(err);
          refuse(c, 'helper-argument', { name: helper, detail: d.ja, detailEn: d.en, hintJa: d.hintJa, hintEn: d.hintEn });
          return undefined;
        }
      }
      default:
        refuse(e, 'expression', { kind: kindName(e) });
        return undefined;
    }
  }

  const sourceMap = new ModuleSourceMap(opts.file, body, sf, root);
  for (const r of refusals) {
    const range = { start: r.node.getStart(sf), end: r.node.end };
    findings.push(
      findingAt(sourceMap, { range }, {
        ruleId: `reader/${r.id}`, source: 'reader', severity: 'error', messageId: r.id, data: r.data,
        ...renderMessage(M, r.id, r.data as never),
      }),
    );
  }
  for (const l of located) {
    const start = l.node.getStart(sf);
    const offsets = valueOffsets(body, start + 1, l.node.end - 1);
    const at = offsets[l.index] ?? start;
    const severity = l.id === 'invisible-character' ? 'warning' : 'error';
    findings.push(
      findingAt(sourceMap, { range: { start: at, end: Math.max(at + 1, offsets[l.index + 1] ?? at + 1) } }, {
        ruleId: `reader/${l.id}`, source: 'reader', severity, messageId: l.id, data: l.data,
        ...renderMessage(M, l.id, l.data as never),
      }),
    );
  }
  // Warnings (an invisible character) leave the value readable; any error refuses it.
  const ok = findings.every((f) => f.severity !== 'error');
  return { kind: opts.kind, file: opts.file, value: ok ? value : undefined, sourceMap, findings };
}

function describeHelperError(err: unknown): { ja: string; en: string; hintJa: string; hintEn: string } {
  if (err instanceof HelperError) {
    const d = err.describe();
    return { ja: d.message.ja, en: d.message.en, hintJa: d.hint?.ja ?? '', hintEn: d.hint?.en ?? '' };
  }
  const msg = err instanceof Error ? err.message : String(err);
  return { ja: quote(msg, 120), en: quote(msg, 120), hintJa: '', hintEn: '' };
}

/**
 * The first type cast around a value, looking through parentheses and the checks that keep tsc
 * checking (`satisfies T`, `as const`): `x as never`, `x as T`, `<T>x`, `x!`. Undefined when none.
 */
function typeCast(node: ts.Expression): ts.Expression | undefined {
  let e = node;
  for (;;) {
    if (isParenthesizedExpression(e) || isSatisfiesExpression(e)) e = e.expression;
    else if (isAsExpression(e)) {
      const t = e.type;
      if (isTypeReferenceNode(t) && isIdentifier(t.typeName) && t.typeName.text === 'const') e = e.expression;
      else return e;
    } else if (isTypeAssertionExpression(e) || isNonNullExpression(e)) return e;
    else return undefined;
  }
}

function kindName(node: ts.Node): string {
  return ts.SyntaxKind[node.kind] ?? 'unknown';
}

function tooLarge(file: string, kind: ModuleKind, size: number): ReadModule {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const data = { size: mb(size), limit: mb(MAX_MODULE_BYTES) };
  const empty = readModule('', { file, kind });
  empty.findings = [
    fileFinding(file, { ruleId: 'reader/too-large', source: 'reader', severity: 'error', messageId: 'too-large', data, ...renderMessage(M, 'too-large', data) }),
  ];
  return empty;
}

/** Offset of the first byte that does not begin a valid UTF-8 sequence (a binary search with a streaming decoder, so a sequence cut by the prefix is not an error). */
function firstBadUtf8(bytes: Uint8Array): number {
  const validPrefix = (k: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (validPrefix(mid)) lo = mid;
    else hi = mid - 1;
  }
  // bytes[0, lo) decodes; if it ends inside a sequence that byte lo broke, the bad sequence starts at that lead byte.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo));
    return lo;
  } catch {
    let at = lo - 1;
    while (at > 0 && lo - at < 4 && (bytes[at]! & 0xc0) === 0x80) at--;
    return at;
  }
}

/** What a file that is not UTF-8 looks like, where its first bad byte is, and what iconv should read it as. */
export function describeNotUtf8(bytes: Uint8Array): { encoding: string; encodingEn: string; line: number; column: number; from: string } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'UTF-16LE（BOM 付き）です', encodingEn: 'it is UTF-16LE with a BOM', line: 1, column: 1, from: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'UTF-16BE（BOM 付き）です', encodingEn: 'it is UTF-16BE with a BOM', line: 1, column: 1, from: 'UTF-16' };
  const bad = firstBadUtf8(bytes);
  let lineStart = 0;
  let line = 1;
  for (let i = 0; i < bad; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = [...new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad))].length + 1;
  let cp932 = false;
  try {
    new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    cp932 = true;
  } catch {
    /* not CP932 either */
  }
  return cp932
    ? { encoding: 'Shift_JIS（CP932）と思われます', encodingEn: 'it looks like Shift_JIS (CP932)', line, column, from: 'CP932' }
    : { encoding: '文字コードは不明です', encodingEn: 'encoding unknown', line, column, from: 'CP932' };
}

/** Reads a module from disk. Files that are not UTF-8 (e.g. Shift_JIS from a Japanese PC) get one clear finding, at the first byte that is not UTF-8. */
export function readModuleFile(root: string, absFile: string, kind: ModuleKind): ReadModule {
  const file = relative(root, absFile).split(sep).join('/');
  const size = statSync(absFile).size;
  if (size > MAX_MODULE_BYTES) return tooLarge(file, kind, size);
  const bytes = readFileSync(absFile);
  if (!isUtf8(bytes)) {
    const data = describeNotUtf8(bytes);
    const empty = readModule('', { file, kind });
    const f = fileFinding(file, {
      ruleId: 'reader/not-utf8', source: 'reader', severity: 'error', messageId: 'not-utf8', data,
      ...renderMessage(M, 'not-utf8', data),
    });
    empty.findings = [{ ...f, line: data.line, column: data.column, endLine: data.line, endColumn: data.column + 1 }];
    return empty;
  }
  // As TextDecoder would decode it (a leading BOM dropped), without a decoder object per file.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return readModule(bytes.toString('utf8', bom), { file, kind });
}

/** True when the path exists and is a regular file. */
export function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

export type { PlanPath };
