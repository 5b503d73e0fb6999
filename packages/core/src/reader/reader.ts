/**
 * The static reader. A plan or progress module is parsed once with the
 * TypeScript parser and its exported literal is evaluated as data: object and
 * array literals, strings, numbers, booleans, null, and calls of
 * @keikaku/schema's own helpers (evaluated by the same helper code). Nothing
 * else is accepted, and no code of the module ever runs, so a pull request
 * cannot exit, hang, print into the output or touch the file system of CI.
 */
import { readFileSync, statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import ts from '../typecheck-ts.js';
import { HelperError, PLAN_HELPERS } from '@keikaku/schema';
import type { Finding } from '../finding.js';
import { findingAt, fileFinding } from '../finding-at.js';
import { quote, renderMessage } from '../messages.js';
import type { PlanPath } from '../source-map.js';
import { readerMessages as M } from './messages.js';
import { ModuleSourceMap, propertyName, unwrap } from './source-map-impl.js';

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
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const findings: Finding[] = [];
  let sf: ts.SourceFile;
  try {
    sf = ts.createSourceFile(opts.file, body, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
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
  const refuse = (node: ts.Node, id: Msg, data: Record<string, string | number> = {}) => refusals.push(new Refusal(node, id, data));

  const parseDiagnostics = (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const earlyMap = new ModuleSourceMap(opts.file, body, sf, undefined);
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
    if (ts.isImportDeclaration(stmt)) {
      const spec = ts.isStringLiteral(stmt.moduleSpecifier) ? stmt.moduleSpecifier.text : '';
      const clause = stmt.importClause;
      if (clause?.isTypeOnly) continue;
      if (spec === SCHEMA) {
        if (clause?.name) refuse(clause.name, 'import-name', { name: 'default', allowed: allowedHelpers });
        const nb = clause?.namedBindings;
        if (nb && ts.isNamespaceImport(nb)) refuse(nb, 'import-name', { name: '* as', allowed: allowedHelpers });
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
    } else if (ts.isExportAssignment(stmt) && !stmt.isExportEquals) {
      exported = stmt.expression;
    } else if (ts.isTypeAliasDeclaration(stmt) || ts.isInterfaceDeclaration(stmt) || ts.isEmptyStatement(stmt)) {
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
      !ts.isCallExpression(call) ||
      !ts.isIdentifier(call.expression) ||
      call.expression.text !== defineLocal ||
      call.arguments.length !== wantArgs ||
      !ts.isObjectLiteralExpression(unwrap(call.arguments[wantArgs - 1]!))
    ) {
      refuse(exported, 'define-call', { define: DEFINE[opts.kind], example: EXAMPLE[opts.kind] });
    } else {
      if (opts.kind === 'progress') {
        const first = unwrap(call.arguments[0]!);
        if (!ts.isIdentifier(first) || planLocal === undefined || first.text !== planLocal) refuse(first, 'progress-plan-arg');
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
    const cast = typeCast(node);
    if (cast) {
      // `x as never`, `<T>x` and `x!` tell tsc to stop checking a value: a plan module may not do that.
      refuse(cast, 'cast', { text: quote(cast.getText(sf), 40) });
      return undefined;
    }
    const e = unwrap(node);
    switch (e.kind) {
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return (e as ts.StringLiteral).text;
      case ts.SyntaxKind.NumericLiteral: {
        const n = Number((e as ts.NumericLiteral).text);
        if (!Number.isFinite(n)) refuse(e, 'not-finite', { name: quote(e.getText(sf), 20) });
        return n;
      }
      case ts.SyntaxKind.TrueKeyword:
        return true;
      case ts.SyntaxKind.FalseKeyword:
        return false;
      case ts.SyntaxKind.NullKeyword:
        return null;
      case ts.SyntaxKind.TemplateExpression:
        refuse(e, 'template');
        return undefined;
      case ts.SyntaxKind.PrefixUnaryExpression: {
        const u = e as ts.PrefixUnaryExpression;
        const operand = unwrap(u.operand);
        if ((u.operator === ts.SyntaxKind.MinusToken || u.operator === ts.SyntaxKind.PlusToken) && ts.isNumericLiteral(operand)) {
          const n = Number(operand.text);
          if (!Number.isFinite(n)) refuse(e, 'not-finite', { name: quote(e.getText(sf), 20) });
          return u.operator === ts.SyntaxKind.MinusToken ? -n : n;
        }
        if (ts.isIdentifier(operand) && operand.text === 'Infinity') {
          refuse(e, 'not-finite', { name: e.getText(sf) });
          return undefined;
        }
        refuse(e, 'expression', { kind: kindName(e) });
        return undefined;
      }
      case ts.SyntaxKind.Identifier: {
        const name = (e as ts.Identifier).text;
        if (name === 'Infinity' || name === 'NaN') refuse(e, 'not-finite', { name });
        else refuse(e, 'identifier', { name: quote(name, 40) });
        return undefined;
      }
      case ts.SyntaxKind.ArrayLiteralExpression: {
        const out: unknown[] = [];
        for (const el of (e as ts.ArrayLiteralExpression).elements) {
          if (ts.isSpreadElement(el)) refuse(el, 'spread');
          else if (ts.isOmittedExpression(el)) refuse(e, 'hole');
          else out.push(evaluate(el, depth + 1));
        }
        return out;
      }
      case ts.SyntaxKind.ObjectLiteralExpression: {
        // A plain object built in place (fast in V8); '__proto__' is defined as an own key, never a prototype.
        const out: Record<string, unknown> = {};
        for (const p of (e as ts.ObjectLiteralExpression).properties) {
          if (ts.isSpreadAssignment(p)) {
            refuse(p, 'spread');
            continue;
          }
          if (ts.isShorthandPropertyAssignment(p)) {
            refuse(p, 'shorthand', { name: p.name.text });
            continue;
          }
          if (!ts.isPropertyAssignment(p)) {
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
      case ts.SyntaxKind.CallExpression: {
        const c = e as ts.CallExpression;
        const callee = ts.isIdentifier(c.expression) ? c.expression.text : c.expression.getText(sf);
        const helper = ts.isIdentifier(c.expression) ? helperNames.get(callee) : undefined;
        if (!helper) {
          refuse(c.expression, 'call', { name: quote(callee, 40), allowed: allowedHelpers });
          return undefined;
        }
        const before = refusals.length;
        const args = c.arguments.map((a) => (ts.isSpreadElement(a) ? (refuse(a, 'spread'), undefined) : evaluate(a, depth + 1)));
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
  const ok = findings.length === 0;
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
    if (ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
    else if (ts.isAsExpression(e)) {
      const t = e.type;
      if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && t.typeName.text === 'const') e = e.expression;
      else return e;
    } else if (ts.isTypeAssertionExpression(e) || ts.isNonNullExpression(e)) return e;
    else return undefined;
  }
}

function kindName(node: ts.Node): string {
  return ts.SyntaxKind[node.kind] ?? 'unknown';
}

/** Reads a module from disk. Files that are not UTF-8 (e.g. Shift_JIS from a Japanese PC) get one clear finding. */
export function readModuleFile(root: string, absFile: string, kind: ModuleKind): ReadModule {
  const file = relative(root, absFile).split(sep).join('/');
  const bytes = readFileSync(absFile);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let encoding = '不明な文字コード (unknown encoding)';
    try {
      new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
      encoding = 'Shift_JIS';
    } catch {
      /* not Shift_JIS either */
    }
    const empty = readModule('', { file, kind });
    empty.findings = [
      fileFinding(file, {
        ruleId: 'reader/not-utf8', source: 'reader', severity: 'error', messageId: 'not-utf8', data: { encoding },
        ...renderMessage(M, 'not-utf8', { encoding }),
      }),
    ];
    return empty;
  }
  return readModule(text, { file, kind });
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
