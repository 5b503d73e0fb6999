/**
 * The source map of one module: plan path ↔ place in the file. Built from the
 * syntax tree the reader evaluated, so every location keikaku prints (check,
 * lint, report, --fix, import, diff) comes from the same place.
 */
import ts from '../typescript.js';
import type { PlanPath, Position, Range, SourceMap } from '../source-map.js';

// The TypeScript namespace has 2,000+ members and V8 keeps it as a dictionary: reading
// `ts.isX` or `ts.SyntaxKind.X` at every node of every plan is a hash lookup each time
// (8% of reading). The same functions and enum, read once.
const { isArrayLiteralExpression, isAsExpression, isCallExpression, isIdentifier, isNoSubstitutionTemplateLiteral, isNonNullExpression, isNumericLiteral, isObjectLiteralExpression, isParenthesizedExpression, isPropertyAssignment, isSatisfiesExpression, isStringLiteral, isTypeAssertionExpression } = ts;
const SK = ts.SyntaxKind;
/** Offsets up to this are placed from the text before them alone (see position()). */
const NEAR_START = 2048;

export function unwrap(e: ts.Expression): ts.Expression {
  while (
    isParenthesizedExpression(e) ||
    isAsExpression(e) ||
    isSatisfiesExpression(e) ||
    isTypeAssertionExpression(e) ||
    isNonNullExpression(e)
  ) {
    e = e.expression;
  }
  return e;
}

export function propertyName(p: ts.ObjectLiteralElementLike): string | undefined {
  const n = p.name;
  if (!n) return undefined;
  if (isIdentifier(n) || isStringLiteral(n) || isNumericLiteral(n) || isNoSubstitutionTemplateLiteral(n)) return n.text;
  return undefined;
}

/**
 * Line and column of `offset` from the text before it, by TypeScript's rule for line breaks
 * (CR LF, CR, LF, U+2028, U+2029; columns in UTF-16 units, as getLineAndCharacterOfPosition
 * counts them). A property test holds it to TypeScript's own answer.
 */
export function positionBefore(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export class ModuleSourceMap implements SourceMap {
  private commentList: { range: Range; text: string; line: number }[] | undefined;
  /** valueOffsets per string literal, computed once: a rule reporting 20k hits in one long string maps each in O(1). */
  private readonly offsetsByNode = new WeakMap<ts.Node, number[]>();
  /** Set once the source file's line map (of the whole text) was asked for. */
  private lineMapBuilt = false;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly sourceFile: ts.SourceFile,
    /** The object literal the module exports (definePlan's or defineProgress's argument), if found. */
    readonly root: ts.ObjectLiteralExpression | undefined,
  ) {}

  private rangeOf(node: ts.Node): Range {
    return { start: node.getStart(this.sourceFile), end: node.end };
  }

  locate(path: PlanPath): { range: Range; unresolved: PlanPath } {
    if (!this.root) return { range: { start: 0, end: 0 }, unresolved: path };
    let node: ts.Expression = this.root;
    // Where a key is written but its value is not reachable, point at the key.
    let at: ts.Node = this.root;
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      const cur = unwrap(node);
      let next: ts.Expression | undefined;
      if (isObjectLiteralExpression(cur) && typeof seg === 'string') {
        const prop = [...cur.properties].reverse().find((p) => propertyName(p) === seg);
        if (prop && isPropertyAssignment(prop)) next = prop.initializer;
        else if (prop) {
          return { range: this.rangeOf(prop), unresolved: path.slice(i + 1) };
        }
      } else if (isArrayLiteralExpression(cur) && typeof seg === 'number') {
        next = cur.elements[seg];
      } else if (isCallExpression(cur) && typeof seg === 'number') {
        next = cur.arguments[seg];
      }
      if (!next) return { range: this.rangeOf(at), unresolved: path.slice(i) };
      node = next;
      at = next;
    }
    return { range: this.rangeOf(at), unresolved: [] };
  }

  locateKey(path: PlanPath): Range {
    const last = path[path.length - 1];
    const parent = typeof last === 'string' ? this.nodeAt(path.slice(0, -1)) : undefined;
    if (parent && isObjectLiteralExpression(parent)) {
      const prop = [...parent.properties].reverse().find((p) => propertyName(p) === last);
      if (prop?.name) return this.rangeOf(prop.name);
    }
    return this.locate(path).range;
  }

  /** The expression written for `path`, when written in full. */
  nodeAt(path: PlanPath): ts.Expression | undefined {
    if (!this.root) return undefined;
    let node: ts.Expression = this.root;
    for (const seg of path) {
      const cur = unwrap(node);
      let next: ts.Expression | undefined;
      if (isObjectLiteralExpression(cur) && typeof seg === 'string') {
        const prop = [...cur.properties].reverse().find((p) => propertyName(p) === seg);
        if (prop && isPropertyAssignment(prop)) next = prop.initializer;
      } else if (isArrayLiteralExpression(cur) && typeof seg === 'number') {
        next = cur.elements[seg];
      }
      if (!next) return undefined;
      node = next;
    }
    return unwrap(node);
  }

  pathAt(offset: number): PlanPath | undefined {
    const root = this.root;
    const sf = this.sourceFile;
    if (!root || offset < root.getStart(sf) || offset > root.end) return undefined;
    const path: (string | number)[] = [];
    let cur: ts.Expression = root;
    for (;;) {
      const e = unwrap(cur);
      let next: ts.Expression | undefined;
      if (isObjectLiteralExpression(e)) {
        const prop = e.properties.find((p) => offset >= p.getStart(sf) && offset <= p.end);
        const name = prop && propertyName(prop);
        if (prop && name !== undefined) {
          path.push(name);
          if (isPropertyAssignment(prop) && offset >= prop.initializer.getStart(sf)) next = prop.initializer;
        }
      } else if (isArrayLiteralExpression(e)) {
        const idx = e.elements.findIndex((el) => offset >= el.getStart(sf) && offset <= el.end);
        if (idx >= 0) {
          path.push(idx);
          next = e.elements[idx];
        }
      }
      if (!next) return path;
      cur = next;
    }
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    if (!this.lineMapBuilt && clamped <= NEAR_START && this.text.charCodeAt(clamped - 1) !== 13) {
      // Near the top (a plan's id, which check places for every plan): TypeScript's own line rule
      // over the text before it, rather than a line map of the whole file that nothing else may need.
      // (Not just after a CR: the LF that may follow would end that line in the whole text.)
      return positionBefore(this.text, clamped);
    }
    this.lineMapBuilt = true;
    const { line, character } = this.sourceFile.getLineAndCharacterOfPosition(clamped);
    return { line: line + 1, column: character + 1 };
  }

  stringRange(path: PlanPath, from: number, to: number): Range | undefined {
    const node = this.nodeAt(path);
    if (!node || !(isStringLiteral(node) || isNoSubstitutionTemplateLiteral(node))) return undefined;
    let offsets = this.offsetsByNode.get(node);
    if (!offsets) {
      offsets = valueOffsets(this.text, node.getStart(this.sourceFile) + 1, node.end - 1);
      this.offsetsByNode.set(node, offsets);
    }
    if (from < 0 || to < from || to > offsets.length - 1) return undefined;
    return { start: offsets[from]!, end: offsets[to]! };
  }

  comments(): readonly { range: Range; text: string; line: number }[] {
    if (this.commentList) return this.commentList;
    const out: { range: Range; text: string; line: number }[] = [];
    const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, this.text);
    for (let t = scanner.scan(); t !== SK.EndOfFileToken; t = scanner.scan()) {
      if (t === SK.SingleLineCommentTrivia || t === SK.MultiLineCommentTrivia) {
        const start = scanner.getTokenStart();
        const end = scanner.getTokenEnd();
        out.push({ range: { start, end }, text: this.text.slice(start, end), line: this.position(start).line });
      }
    }
    this.commentList = out;
    return out;
  }
}

/**
 * For the raw text of a string literal between its quotes, the file offset of
 * each UTF-16 code unit of its value, plus one past the end (offsets[value.length]).
 */
export function valueOffsets(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let i = start;
  while (i < end) {
    const ch = text[i]!;
    if (ch !== '\\') {
      out.push(i);
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === 'u' && text[i + 2] === '{') {
      const close = text.indexOf('}', i);
      const cp = parseInt(text.slice(i + 3, close), 16);
      const units = cp > 0xffff ? 2 : 1;
      for (let k = 0; k < units; k++) out.push(i);
      i = close + 1;
    } else if (next === 'u') {
      out.push(i);
      i += 6;
    } else if (next === 'x') {
      out.push(i);
      i += 4;
    } else if (next === '\r' || next === '\n' || next === '\u2028' || next === '\u2029') {
      // line continuation: no character in the value
      i += next === '\r' && text[i + 2] === '\n' ? 3 : 2;
    } else {
      out.push(i);
      i += 2;
    }
  }
  out.push(end);
  return out;
}
