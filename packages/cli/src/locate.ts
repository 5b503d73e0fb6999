/**
 * Maps a plan path (goals[2].policies[0].indicators[1].target.fy) to the
 * place in a plan module where it is written, and a source position back to
 * its plan path. Works because plan modules are plain object literals.
 */
import ts from 'typescript';

export interface SourceLocation {
  line: number; // 1-based
  column: number; // 1-based
  /** Path segments that could not be followed (e.g. a missing field). */
  unresolved: (string | number)[];
}

/** The object literal a plan or progress module exports: definePlan({...}) or defineProgress(plan, {...}). */
export function rootLiteral(sf: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const stmt of sf.statements) {
    if (ts.isExportAssignment(stmt)) {
      const e = unwrap(stmt.expression);
      if (ts.isObjectLiteralExpression(e)) return e;
      if (ts.isCallExpression(e)) {
        const lit = [...e.arguments].reverse().map(unwrap).find(ts.isObjectLiteralExpression);
        if (lit) return lit;
      }
    }
  }
  return undefined;
}

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

function propName(p: ts.ObjectLiteralElementLike): string | undefined {
  const n = p.name;
  if (!n) return undefined;
  if (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n)) return n.text;
  return undefined;
}

/** The deepest node written for `path`, and the segments beyond it that are not written. */
export function nodeAtPath(root: ts.ObjectLiteralExpression, path: readonly (string | number)[]): { node: ts.Node; unresolved: (string | number)[] } {
  let node: ts.Expression = root;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const cur = unwrap(node);
    let next: ts.Expression | undefined;
    if (ts.isObjectLiteralExpression(cur) && typeof seg === 'string') {
      const prop = cur.properties.find((p) => propName(p) === seg);
      if (prop && ts.isPropertyAssignment(prop)) next = prop.initializer;
      else if (prop && ts.isShorthandPropertyAssignment(prop)) next = prop.name;
    } else if (ts.isArrayLiteralExpression(cur) && typeof seg === 'number') {
      next = cur.elements[seg];
    }
    if (!next) return { node: cur, unresolved: path.slice(i) };
    node = next;
  }
  return { node, unresolved: [] };
}

export function locate(sf: ts.SourceFile, path: readonly (string | number)[]): SourceLocation | undefined {
  const root = rootLiteral(sf);
  if (!root) return undefined;
  const { node, unresolved } = nodeAtPath(root, path);
  const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  return { line: line + 1, column: character + 1, unresolved };
}

/** The plan path of the innermost value written at `pos`, if it lies inside the exported literal. */
export function pathAtPosition(sf: ts.SourceFile, pos: number): (string | number)[] | undefined {
  const root = rootLiteral(sf);
  if (!root || pos < root.getStart(sf) || pos > root.end) return undefined;
  const path: (string | number)[] = [];
  let cur: ts.Expression = root;
  for (;;) {
    const e = unwrap(cur);
    let next: ts.Expression | undefined;
    if (ts.isObjectLiteralExpression(e)) {
      const prop = e.properties.find((p) => pos >= p.getStart(sf) && pos <= p.end);
      const name = prop && propName(prop);
      if (prop && name !== undefined) {
        path.push(name);
        if (ts.isPropertyAssignment(prop) && pos >= prop.initializer.getStart(sf)) next = prop.initializer;
      }
    } else if (ts.isArrayLiteralExpression(e)) {
      const idx = e.elements.findIndex((el) => pos >= el.getStart(sf) && pos <= el.end);
      if (idx >= 0) {
        path.push(idx);
        next = e.elements[idx];
      }
    }
    if (!next) return path;
    cur = next;
  }
}

export function readSource(file: string, text: string): ts.SourceFile {
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}
