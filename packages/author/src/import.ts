/**
 * `keikaku import`: a year's actuals from a sheet into progress/<fy>.ts.
 *
 * Every row is validated against the plan first (unknown indicator, unit
 * mismatch, not a number, duplicate row, a part the indicator does not have),
 * each problem located by row and column; on any problem nothing is written.
 * The module is then created, or edited with ts-morph so that only the values
 * that differ change and comments and formatting stay: the pull request shows
 * one line per changed value. The result is read back with the static reader
 * and validated with Zod before it is written (atomically).
 */
import { existsSync, linkSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { join, relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { IndentationText, Node, Project, QuoteKind, SyntaxKind, type ObjectLiteralExpression, type ArrayLiteralExpression } from 'ts-morph';
import { loadWorkspace, readModule, rewriteSourceFile, UsageError, isBlocking } from '@keikaku/core';
import { formatFiscalYear, QUALITATIVE_STATES, validateProgress, type Plan } from '@keikaku/schema';
import { cellText, isBlank, parseDateCell, parseFlagCell, parseNumberCell } from './cells.js';
import { indicatorInfos, type IndicatorInfo } from './plan-indicators.js';
import { columnLetter, readSheet, type Cell, type Sheet } from './sheet.js';

export interface SheetProblem {
  /** Row as the spreadsheet shows it; absent for a problem of the whole sheet. */
  row?: number;
  /** Column letter (A, B, …) and its header. */
  column?: string;
  header?: string;
  ja: string;
  en: string;
}

export type ColumnKey = 'indicator' | 'name' | 'part' | 'unit' | 'previous' | 'value' | 'asOf' | 'provisional' | 'note';

/** Header words, English (indicator_id …) and Japanese (指標ID …); the template writes the Japanese ones. */
export const HEADERS: Readonly<Record<ColumnKey, { ja: string; en: string; aliases: readonly string[] }>> = {
  indicator: { ja: '指標ID', en: 'indicator_id', aliases: ['indicator_id', 'indicator', 'id', '指標id', '指標'] },
  name: { ja: '指標名', en: 'indicator_name', aliases: ['indicator_name', 'name', '指標名'] },
  part: { ja: '内訳', en: 'part', aliases: ['part', '内訳'] },
  unit: { ja: '単位', en: 'unit', aliases: ['unit', '単位'] },
  previous: { ja: '前年度実績', en: 'previous', aliases: ['previous', 'last_year', '前年度実績', '前年度'] },
  value: { ja: '実績値', en: 'value', aliases: ['value', '実績値', '実績'] },
  asOf: { ja: '時点', en: 'as_of', aliases: ['as_of', 'asof', '時点', '基準日'] },
  provisional: { ja: '暫定', en: 'provisional', aliases: ['provisional', '暫定'] },
  note: { ja: '備考', en: 'note', aliases: ['note', 'notes', '備考'] },
};

interface Entry {
  row: number;
  info: IndicatorInfo;
  part?: string;
  value: number | { state: string };
  asOf?: string;
  provisional?: boolean;
  note?: string;
}

/** What one indicator's actual becomes. */
interface Update {
  info: IndicatorInfo;
  value?: number | { state: string };
  parts: Map<string, number | { state: string }>;
  asOf?: string;
  provisional?: boolean;
  note?: string;
}

export interface ImportOptions {
  planId: string;
  fy: number;
  file: string;
  sheet?: string;
  dryRun?: boolean;
}

export interface ImportResult {
  ok: boolean;
  problems: SheetProblem[];
  /** progress/<fy>.ts relative to the root. */
  target: string;
  created: boolean;
  /** Rows read (with a value). */
  rows: number;
  diff: string;
  /** Lines that differ between before and after. */
  changedLines: number;
  written: boolean;
  sheet: Pick<Sheet, 'format' | 'detail'>;
}

/** 前年度実績（2023年度） reads as 前年度実績: a parenthesised gloss after a header is ignored. */
const normHeader = (s: string) => withoutGloss(s.normalize('NFKC').trim()).toLowerCase().replace(/[\s_]+/g, '_');
/** Drops a final parenthesised gloss, `前年度実績 (2023年度)` → `前年度実績`, by string search (no backtracking pattern). */
function withoutGloss(s: string): string {
  if (!s.endsWith(')')) return s;
  const open = s.lastIndexOf('(');
  if (open < 0 || s.slice(open + 1, -1).includes(')')) return s;
  return s.slice(0, open).trimEnd();
}
const normWord = (s: string) => s.normalize('NFKC').trim();

function headerMap(sheet: Sheet, problems: SheetProblem[]): { header: number; cols: Partial<Record<ColumnKey, number>> } | undefined {
  if (!sheet.rows.length) {
    problems.push({ ja: 'シートが空です', en: 'the sheet is empty' });
    return undefined;
  }
  // The header is the first row with a 実績値 (value) heading among the first ten: a title line
  // above it (「令和6年度 実績」) is skipped. Without one, the first row is judged as the header.
  const isValueHeader = (c: Cell) => HEADERS.value.aliases.some((a) => normHeader(a) === normHeader(cellText(c)));
  const first = sheet.rows.slice(0, 10).find((r) => r.cells.some(isValueHeader)) ?? sheet.rows[0]!;
  const cols: Partial<Record<ColumnKey, number>> = {};
  first.cells.forEach((c, i) => {
    const text = cellText(c);
    if (!text) return;
    const h = normHeader(text);
    const key = (Object.keys(HEADERS) as ColumnKey[]).find((k) => HEADERS[k].aliases.some((a) => normHeader(a) === h));
    const at = { row: first.row, column: columnLetter(i), header: text };
    if (!key) {
      const known = (Object.values(HEADERS) as { ja: string; en: string }[]).map((x) => `${x.ja}（${x.en}）`).join('、');
      problems.push({ ...at, ja: `見出し「${text}」は使えません。使える見出し: ${known}`, en: `unknown header "${text}"; headers: ${Object.values(HEADERS).map((x) => x.en).join(', ')}` });
      return;
    }
    if (cols[key] !== undefined) {
      problems.push({ ...at, ja: `見出し「${text}」が二つあります（${columnLetter(cols[key]!)}列にもあります）`, en: `header "${text}" appears twice (also column ${columnLetter(cols[key]!)})` });
      return;
    }
    cols[key] = i;
  });
  if (cols.value === undefined) problems.push({ row: first.row, ja: '見出しの行に「実績値」（value）がありません', en: 'the header row has no "value" (実績値) heading' });
  if (cols.indicator === undefined && cols.name === undefined) {
    problems.push({ row: first.row, ja: '見出しの行に「指標ID」（indicator_id）または「指標名」がありません', en: 'the header row has no "indicator_id" (指標ID) or 指標名 heading' });
  }
  return { header: first.row, cols };
}

function readEntries(sheet: Sheet, plan: Plan, problems: SheetProblem[]): Entry[] {
  const map = headerMap(sheet, problems);
  if (!map || problems.length) return [];
  const { cols } = map;
  const infos = indicatorInfos(plan);
  const byId = new Map(infos.map((i) => [i.id, i]));
  const byName = new Map<string, IndicatorInfo[]>();
  for (const i of infos) byName.set(normWord(i.name), [...(byName.get(normWord(i.name)) ?? []), i]);
  const states = new Set<string>([...QUALITATIVE_STATES, ...((plan.vocabulary?.states as string[] | undefined) ?? [])]);
  const seen = new Map<string, number>();
  const entries: Entry[] = [];

  for (const r of sheet.rows.filter((x) => x.row > map.header)) {
    const cell = (k: ColumnKey): Cell | undefined => (cols[k] === undefined ? undefined : r.cells[cols[k]!]);
    const at = (k: ColumnKey) => ({ row: r.row, column: columnLetter(cols[k]!), header: `${HEADERS[k].ja}` });
    if (isBlank(cell('value'))) continue; // a row not filled in yet (the template lists every indicator)
    const before = problems.length;

    // Which indicator: its id, or its name.
    let info: IndicatorInfo | undefined;
    const idText = cellText(cell('indicator'));
    const nameText = cellText(cell('name'));
    if (idText) {
      info = byId.get(idText);
      if (!info) {
        const named = byName.get(normWord(idText));
        if (named?.length === 1) info = named[0];
        else if (named && named.length > 1) {
          problems.push({ ...at('indicator'), ja: `指標名「${idText}」の指標が複数あります（${named.map((n) => n.id).join('、')}）。指標IDで指定してください`, en: `"${idText}" names several indicators (${named.map((n) => n.id).join(', ')}); give the id` });
          continue;
        } else {
          problems.push({ ...at('indicator'), ja: `指標「${idText}」は計画にありません`, en: `no indicator "${idText}" in the plan` });
          continue;
        }
      }
      if (info && nameText && cols.name !== undefined && normWord(nameText) !== normWord(info.name)) {
        problems.push({ ...at('name'), ja: `指標名「${nameText}」が計画の「${info.name}」（${info.id}）と違います。行がずれていないか確認してください`, en: `indicator name "${nameText}" is not ${info.id}'s name "${info.name}"; are the rows shifted?` });
        continue;
      }
    } else if (nameText) {
      const named = byName.get(normWord(nameText)) ?? [];
      if (named.length !== 1) {
        problems.push({
          ...at('name'),
          ja: named.length ? `指標名「${nameText}」の指標が複数あります。指標IDで指定してください` : `指標名「${nameText}」の指標は計画にありません`,
          en: named.length ? `"${nameText}" names several indicators; give the id` : `no indicator named "${nameText}" in the plan`,
        });
        continue;
      }
      info = named[0];
    } else {
      problems.push({ ...at(cols.indicator !== undefined ? 'indicator' : 'name'), ja: '実績値があるのに指標が書かれていません', en: 'a value without an indicator' });
      continue;
    }
    if (!info) continue;

    // Which part.
    const partText = cols.part === undefined ? '' : normWord(cellText(cell('part')));
    let unit = info.unit;
    let partName: string | undefined;
    if (info.parts.length) {
      const part = info.parts.find((p) => normWord(p.name) === partText);
      if (!part) {
        const list = info.parts.map((p) => p.name).join('、');
        problems.push({
          ...(cols.part !== undefined ? at('part') : { row: r.row }),
          ja: partText ? `指標「${info.name}」（${info.id}）に内訳「${partText}」はありません。内訳: ${list}` : `指標「${info.name}」（${info.id}）は内訳ごとに書きます。内訳: ${list}`,
          en: partText ? `${info.id} has no part "${partText}"; its parts: ${list}` : `${info.id} is reported by part: ${list}`,
        });
        continue;
      }
      partName = part.name;
      unit = part.unit;
    } else if (partText) {
      problems.push({ ...at('part'), ja: `指標「${info.name}」（${info.id}）には内訳がありません（「${partText}」）`, en: `${info.id} has no parts, but the row names part "${partText}"` });
      continue;
    }

    // The value, and the unit written with it.
    const valueCell = cell('value')!;
    const num = parseNumberCell(valueCell);
    let value: number | { state: string };
    if (num.ok) {
      value = num.value;
      const unitCell = cols.unit === undefined ? '' : normWord(cellText(cell('unit')));
      for (const [written, where] of [[num.unit, 'value'], [unitCell || undefined, 'unit']] as const) {
        if (written === undefined || unit === undefined) continue;
        if (normWord(written) !== normWord(unit)) {
          problems.push({
            ...at(where),
            ja: `単位「${written}」が指標「${info.name}」（${info.id}${partName ? `・${partName}` : ''}）の単位「${unit}」と違います`,
            en: `unit "${written}" is not ${info.id}${partName ? ` (${partName})` : ''}'s unit "${unit}"`,
          });
        }
      }
      if (num.unit !== undefined && unit === undefined) {
        problems.push({ ...at('value'), ja: `指標「${info.name}」（${info.id}）には単位がないため「${num.unit}」を確かめられません。数値だけを書いてください`, en: `${info.id} has no unit to check "${num.unit}" against; write the number alone` });
      }
    } else {
      const text = cellText(valueCell);
      if (states.has(text)) value = { state: text };
      else {
        problems.push({ ...at('value'), ja: `「${text}」は数値として読めません（例: 1817、1,817、1817件）`, en: `"${text}" is not a number (e.g. 1817, 1,817, 1817件)` });
        continue;
      }
    }

    // 時点, 暫定, 備考.
    let asOf: string | undefined;
    if (!isBlank(cell('asOf'))) {
      const d = parseDateCell(cell('asOf')!);
      if (d.ok) asOf = d.iso;
      else {
        problems.push({
          ...at('asOf'),
          ja: `「${cellText(cell('asOf'))}」は日付として読めません${d.why ? `（${d.why.ja}）` : ''}（例: 2024-12-31、令和6年12月31日、R6.12.31）`,
          en: `"${cellText(cell('asOf'))}" is not a date${d.why ? ` (${d.why.en})` : ''} (e.g. 2024-12-31, 令和6年12月31日)`,
        });
      }
    }
    let provisional: boolean | undefined;
    if (!isBlank(cell('provisional'))) {
      provisional = parseFlagCell(cell('provisional')!);
      if (provisional === undefined) {
        problems.push({ ...at('provisional'), ja: `暫定の欄「${cellText(cell('provisional'))}」は ○ / × （TRUE / FALSE）で書きます`, en: `provisional must be ○ / × (TRUE / FALSE), not "${cellText(cell('provisional'))}"` });
      }
    }
    const note = isBlank(cell('note')) ? undefined : String(cell('note')!.value).trim();

    const key = `${info.id}\u0000${partName ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({ ...at('value'), ja: `${first}行目と同じ指標${partName ? `・内訳（${partName}）` : ''}の行です（${info.id}）`, en: `duplicate of row ${first} (${info.id}${partName ? `, ${partName}` : ''})` });
      continue;
    }
    seen.set(key, r.row);
    if (problems.length === before) entries.push({ row: r.row, info, part: partName, value, asOf, provisional, note });
  }
  return entries;
}

function toUpdates(entries: Entry[], problems: SheetProblem[]): Update[] {
  const byId = new Map<string, Update & { rows: Entry[] }>();
  for (const e of entries) {
    let u = byId.get(e.info.id);
    if (!u) byId.set(e.info.id, (u = { info: e.info, parts: new Map(), rows: [] }));
    if (e.part !== undefined) u.parts.set(e.part, e.value);
    else u.value = e.value;
    for (const k of ['asOf', 'provisional', 'note'] as const) {
      if (e[k] === undefined) continue;
      const prev = u.rows.find((r) => r[k] !== undefined && r[k] !== e[k]);
      if (prev) {
        problems.push({ row: e.row, ja: `同じ指標（${e.info.id}）の${prev.row}行目と${HEADERS[k].ja}が違います。一つの指標の内訳は同じ${HEADERS[k].ja}で書きます`, en: `${HEADERS[k].en} differs from row ${prev.row} of the same indicator (${e.info.id})` });
      }
      (u as unknown as Record<string, unknown>)[k] = e[k];
    }
    u.rows.push(e);
  }
  return [...byId.values()];
}

// --- writing ---------------------------------------------------------------

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r?\n/g, '\\n')}'`;
const valueText = (v: number | { state: string }) => (typeof v === 'number' ? String(v) : `{ state: ${q(v.state)} }`);

function partsText(u: Update): string {
  const parts = u.info.parts.filter((p) => u.parts.has(p.name));
  return `{ parts: [${parts
    .map((p) => `{ part: ${p.unnamed ? 'notStated()' : q(p.name)}, value: ${valueText(u.parts.get(p.name)!)}${p.ownUnit && p.unit ? `, unit: ${q(p.unit)}` : ''} }`)
    .join(', ')}] }`;
}

function actualText(u: Update): string {
  const fields = [`indicator: ${q(u.info.id)}`, `value: ${u.parts.size ? partsText(u) : valueText(u.value!)}`];
  if (u.asOf) fields.push(`asOf: ${q(u.asOf)}`);
  if (u.provisional) fields.push('provisional: true');
  if (u.note) fields.push(`note: ${q(u.note)}`);
  return `{ ${fields.join(', ')} }`;
}

function newModuleText(plan: Plan, fy: number, updates: Update[], sheetFile: string): string {
  const title = typeof plan.title === 'string' ? plan.title : plan.municipality.name;
  const needsNotStated = updates.some((u) => u.info.parts.some((p) => p.unnamed && u.parts.has(p.name)));
  return `/**
 * ${title} — ${formatFiscalYear(fy)}の進捗
 * keikaku import で ${sheetFile.split(/[\\/]/).pop()} から作成 (imported from a sheet; later imports change only the values that differ).
 */
import { defineProgress, fy${needsNotStated ? ', notStated' : ''} } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: ${q(plan.id)},
  fy: fy(${fy}),
  actuals: [
${updates.map((u) => `    ${actualText(u)},`).join('\n')}
  ],
});
`;
}

function literalNumber(n: Node): number | undefined {
  if (Node.isNumericLiteral(n)) return n.getLiteralValue();
  if (Node.isPrefixUnaryExpression(n) && n.getOperatorToken() === SyntaxKind.MinusToken && Node.isNumericLiteral(n.getOperand())) {
    return -(n.getOperand() as import('ts-morph').NumericLiteral).getLiteralValue();
  }
  return undefined;
}

function stringProp(obj: ObjectLiteralExpression, key: string): string | undefined {
  const p = obj.getProperty(key);
  if (!p || !Node.isPropertyAssignment(p)) return undefined;
  const init = p.getInitializer();
  return init && Node.isStringLiteral(init) ? init.getLiteralValue() : undefined;
}

function sameValue(init: Node, v: number | { state: string }): boolean {
  if (typeof v === 'number') return literalNumber(init) === v;
  if (!Node.isObjectLiteralExpression(init)) return false;
  const props = init.getProperties();
  return props.length === 1 && stringProp(init, 'state') === v.state;
}

/**
 * Sets obj[key] to `text` unless it already holds the same; adds the property
 * when absent. An object written on one line stays on one line (ts-morph would
 * spread it over several), so the diff is the one line that changed. Returns
 * the object, which is a new node when it had to be rewritten.
 */
function setProp(obj: ObjectLiteralExpression, key: string, text: string, same: (init: Node) => boolean): ObjectLiteralExpression {
  const p = obj.getProperty(key);
  if (p && Node.isPropertyAssignment(p)) {
    const init = p.getInitializerOrThrow();
    if (!same(init)) init.replaceWithText(text);
    return obj;
  }
  const whole = obj.getText();
  if (!whole.includes('\n')) {
    // The literal without its closing brace and a trailing comma (string operations: linear, issue 14).
    let body = whole.trimEnd();
    if (body.endsWith('}')) body = body.slice(0, -1).trimEnd();
    if (body.endsWith(',')) body = body.slice(0, -1).trimEnd();
    return obj.replaceWithText(`${body}${body.trim() === '{' ? ' ' : ', '}${key}: ${text} }`) as ObjectLiteralExpression;
  }
  obj.addPropertyAssignment({ name: key, initializer: text });
  return obj;
}

function editValue(el: ObjectLiteralExpression, u: Update): ObjectLiteralExpression {
  if (!u.parts.size) return setProp(el, 'value', valueText(u.value!), (init) => sameValue(init, u.value!));
  const vp = el.getProperty('value');
  const init = vp && Node.isPropertyAssignment(vp) ? vp.getInitializer() : undefined;
  const partsProp = init && Node.isObjectLiteralExpression(init) ? init.getProperty('parts') : undefined;
  const arr = partsProp && Node.isPropertyAssignment(partsProp) ? partsProp.getInitializer() : undefined;
  if (!arr || !Node.isArrayLiteralExpression(arr)) return setProp(el, 'value', partsText(u), () => false);
  for (const part of u.info.parts) {
    if (!u.parts.has(part.name)) continue;
    const v = u.parts.get(part.name)!;
    const found = arr.getElements().find((e): e is ObjectLiteralExpression => {
      if (!Node.isObjectLiteralExpression(e)) return false;
      const name = stringProp(e, 'part');
      return name !== undefined ? normWord(name) === normWord(part.name) : part.unnamed && stringProp(e, 'unit') === part.unit;
    });
    if (found) setProp(found, 'value', valueText(v), (i) => sameValue(i, v));
    else {
      arr.addElement(`{ part: ${part.unnamed ? 'notStated()' : q(part.name)}, value: ${valueText(v)}${part.ownUnit && part.unit ? `, unit: ${q(part.unit)}` : ''} }`);
    }
  }
  return el;
}

function progressLiteral(sf: import('ts-morph').SourceFile): ObjectLiteralExpression {
  const exp = sf.getExportAssignment((e) => !e.isExportEquals());
  const call = exp?.getExpression();
  if (call && Node.isCallExpression(call)) {
    const arg = call.getArguments()[1];
    if (arg && Node.isObjectLiteralExpression(arg)) return arg;
  }
  throw new UsageError(
    '進捗ファイルが export default defineProgress(plan, { … }) の形ではないため、書き換えられません',
    'the progress module is not `export default defineProgress(plan, { … })`, so it cannot be edited',
  );
}

function editModuleText(before: string, updates: Update[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { quoteKind: QuoteKind.Single, indentationText: IndentationText.TwoSpaces, useTrailingCommas: true },
  });
  const sf = project.createSourceFile('/progress.ts', before);
  const obj = progressLiteral(sf);
  const ap = obj.getProperty('actuals');
  let arr: ArrayLiteralExpression;
  if (ap && Node.isPropertyAssignment(ap) && Node.isArrayLiteralExpression(ap.getInitializerOrThrow())) arr = ap.getInitializerOrThrow() as ArrayLiteralExpression;
  else throw new UsageError('進捗ファイルの actuals が配列ではありません', 'the progress module has no actuals array');
  for (const u of updates) {
    const el = arr.getElements().find((e): e is ObjectLiteralExpression => Node.isObjectLiteralExpression(e) && stringProp(e, 'indicator') === u.info.id);
    if (!el) {
      arr.addElement(actualText(u), { useNewLines: true });
      continue;
    }
    let obj = editValue(el, u);
    if (u.asOf !== undefined) obj = setProp(obj, 'asOf', q(u.asOf), (i) => Node.isStringLiteral(i) && i.getLiteralValue() === u.asOf);
    if (u.provisional === true) obj = setProp(obj, 'provisional', 'true', (i) => i.getKind() === SyntaxKind.TrueKeyword);
    if (u.provisional === false) obj.getProperty('provisional')?.remove();
    if (u.note !== undefined) setProp(obj, 'note', q(u.note), (i) => Node.isStringLiteral(i) && i.getLiteralValue() === u.note);
  }
  let text = sf.getFullText();
  // A part named only by its unit is written notStated(): import it when the module does not.
  if (/notStated\(\)/.test(text) && !sf.getImportDeclarations().some((d) => d.getNamedImports().some((n) => n.getName() === 'notStated'))) {
    const decl = sf.getImportDeclaration((d) => d.getModuleSpecifierValue() === '@keikaku/schema');
    decl?.addNamedImport('notStated');
    text = sf.getFullText();
  }
  return text;
}

const rel = (root: string, f: string) => relative(root, f).split(sep).join('/');

function countChangedLines(diff: string): number {
  return diff.split('\n').filter((l) => /^[+-]/.test(l) && !/^(\+\+\+|---) /.test(l)).length;
}

/** Writes a new file without ever replacing one that appeared meanwhile: a temporary file, hard-linked into place. */
function createAtomically(abs: string, text: string): void {
  mkdirSync(dirname(abs), { recursive: true });
  const tmp = `${abs}.${process.pid}.tmp`;
  writeFileSync(tmp, text, { flag: 'wx' });
  try {
    linkSync(tmp, abs);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export async function importActuals(root: string, opts: ImportOptions): Promise<ImportResult> {
  const ws = loadWorkspace(root, [opts.planId]);
  const doc = ws.plans[0]!;
  const blocking = doc.findings.filter(isBlocking);
  const planErrors = blocking.filter((f) => f.file === rel(root, doc.planFile));
  if (!doc.plan || planErrors.length) {
    const first = planErrors[0];
    const at = first ? `（${first.file}:${first.line}:${first.column} ${first.message.ja}）` : '';
    const atEn = first ? ` (${first.file}:${first.line}:${first.column} ${first.message.en})` : '';
    throw new UsageError(
      `計画 ${opts.planId} の plan.ts にエラーがあるため取り込めません${at}。先に pnpm keikaku check ${opts.planId} で直してください`,
      `plans/${opts.planId}/plan.ts has errors${atEn}; fix them first (pnpm keikaku check ${opts.planId})`,
    );
  }
  const plan = doc.plan;
  const abs = join(doc.dir, 'progress', `${opts.fy}.ts`);
  const target = rel(root, abs);
  const existing = existsSync(abs);
  if (existing && blocking.some((f) => f.file === target)) {
    throw new UsageError(`${target} にエラーがあるため取り込めません。先に pnpm keikaku check ${opts.planId} で直してください`, `${target} has errors; fix them first (pnpm keikaku check ${opts.planId})`);
  }
  const sheet = await readSheet(opts.file, { sheet: opts.sheet });
  const problems: SheetProblem[] = [];
  const entries = readEntries(sheet, plan, problems);
  const updates = toUpdates(entries, problems);
  const base = { target, created: !existing, rows: entries.length, sheet: { format: sheet.format, detail: sheet.detail } };
  if (!problems.length && !entries.length) problems.push({ ja: '実績値が書かれた行がありません', en: 'no row has a value' });
  if (problems.length) return { ok: false, problems, diff: '', changedLines: 0, written: false, ...base };

  const before = existing ? readFileSync(abs, 'utf8') : '';
  const after = existing ? editModuleText(before, updates) : newModuleText(plan, opts.fy, updates, opts.file);

  // Read the result back as `check` will, and validate it against the plan, before anything is written.
  const read = readModule(after, { file: target, kind: 'progress' });
  const readProblems = read.findings.filter((f) => f.severity === 'error').map((f) => ({ ja: `書き出す内容の ${f.line}行目: ${f.message.ja}`, en: `line ${f.line} of the result: ${f.message.en}` }));
  if (!readProblems.length && read.value !== undefined) {
    const v = validateProgress(plan, read.value);
    if (!v.ok) readProblems.push(...v.problems.map((p) => ({ ja: `書き出す内容が進捗の形に合いません: ${p.ja}`, en: `the result is not a valid progress module: ${p.en}` })));
  }
  if (readProblems.length) return { ok: false, problems: readProblems, diff: '', changedLines: 0, written: false, ...base };

  const diff = before === after ? '' : createTwoFilesPatch(existing ? `a/${target}` : '/dev/null', `b/${target}`, before, after, '', '', { context: 3 });
  let written = false;
  if (!opts.dryRun && before !== after) {
    if (existing) rewriteSourceFile(root, target, after);
    else createAtomically(abs, after);
    written = true;
  }
  return { ok: true, problems: [], diff, changedLines: countChangedLines(diff), written, ...base };
}
