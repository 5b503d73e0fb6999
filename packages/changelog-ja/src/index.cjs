/**
 * @keikaku/changelog-ja: the changelog module of changesets
 * (.changeset/config.json "changelog") that writes a plan's CHANGELOG.md as
 * its 改訂履歴 in Japanese.
 *
 * A plan's changeset (written by `pnpm keikaku changeset`) names one plan and
 * opens with three lines, then the text of the entry:
 *
 *   種別: 中間見直し          (新規策定 / 中間見直し / 改定 / 訂正)
 *   日付: 2026-03-31
 *   年度: 2025               (or 令和7年度; the fiscal year of the date when left out)
 *
 * and becomes the entry
 *
 *   - 【中間見直し】2026-03-31・2025年度（令和7年度）
 *     (the text, indented, exactly as written)
 *
 * Dependency bumps write nothing (no "Updated dependencies"). A changeset that
 * names a plan and any other package is refused, so that no city's notes land
 * in another's history. Changesets of code packages keep changesets' plain form.
 *
 * CommonJS and dependency-free: changesets loads it with require().
 */
'use strict';

const KINDS = ['新規策定', '中間見直し', '改定', '訂正'];
/** The semver bump each kind of change means for a plan package (see .changeset/README.md). */
const BUMP = { 新規策定: 'major', 改定: 'major', 中間見直し: 'minor', 訂正: 'patch' };
const DEFAULT_PLAN_SCOPE = '@keikaku-plans/';

class EntryError extends Error {
  /** @param {string} ja @param {string} en */
  constructor(ja, en) {
    super(`${ja} (${en})`);
    this.name = 'EntryError';
    this.ja = ja;
    this.en = en;
    // A mistake in a changeset is the writer's, not a bug: no stack trace when changesets prints it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

const ERA_FORMAT = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

/** 令和7年度 for 2025 (the era in force on 1 October, as @keikaku/schema's formatWarekiFiscalYear). */
function warekiFiscalYear(fy) {
  return `${ERA_FORMAT.format(new Date(Date.UTC(fy, 9, 1)))}度`;
}

/** 2025年度（令和7年度）. */
function fiscalYearText(fy) {
  return `${fy}年度（${warekiFiscalYear(fy)}）`;
}

/** The fiscal year (April–March) a YYYY-MM-DD date falls in. */
function fiscalYearOfDate(date) {
  const [y, m] = date.split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

function isIsoDate(s) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const ERA_BASE = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/** 2025, 2025年度, 令和7年度, 令和元年度, R7 → 2025; undefined when it is none of these. */
function parseFiscalYear(text) {
  const t = text.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let m = /^(\d{4})(?:年度)?$/.exec(t);
  if (m) return Number(m[1]);
  m = /^(令和|平成|昭和)(元|\d{1,2})(?:年度)?$/.exec(t);
  if (m) return ERA_BASE[m[1]] + (m[2] === '元' ? 1 : Number(m[2]));
  m = /^([RHS])(\d{1,2})$/i.exec(t);
  if (m) return { R: 2018, H: 1988, S: 1925 }[m[1].toUpperCase()] + Number(m[2]);
  return undefined;
}

const HEADER = /^(種別|日付|年度)\s*[:：]\s*(.*)$/;

/**
 * Reads the kind, date and 年度 lines at the top of a plan's changeset summary.
 * Throws an EntryError (Japanese with an English gloss) saying what is missing or wrong.
 */
function parseEntry(summary) {
  const lines = summary.replace(/\r\n/g, '\n').split('\n');
  const fields = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER.exec(lines[i].trim());
    if (!m) break;
    fields[m[1]] = m[2].trim();
  }
  while (i < lines.length && lines[i].trim() === '') i++;
  const body = lines.slice(i).join('\n').trimEnd();
  const kind = fields['種別'];
  if (!kind) throw new EntryError('「種別:」の行がありません（新規策定・中間見直し・改定・訂正）', 'no "種別:" (kind of change) line; one of 新規策定, 中間見直し, 改定, 訂正');
  if (!KINDS.includes(kind)) throw new EntryError(`種別「${kind}」は使えません。使える種別: ${KINDS.join('・')}`, `kind "${kind}" is not one of ${KINDS.join(', ')}`);
  const date = fields['日付'];
  if (!date) throw new EntryError('「日付:」の行がありません（YYYY-MM-DD）', 'no "日付:" (date) line, YYYY-MM-DD');
  if (!isIsoDate(date)) throw new EntryError(`日付「${date}」は YYYY-MM-DD の形ではありません`, `date "${date}" is not a YYYY-MM-DD date`);
  let fy = fiscalYearOfDate(date);
  if (fields['年度'] !== undefined) {
    const parsed = parseFiscalYear(fields['年度']);
    if (parsed === undefined) throw new EntryError(`年度「${fields['年度']}」が読めません（2025・令和7年度 の形で）`, `年度 "${fields['年度']}" is not a fiscal year (write 2025 or 令和7年度)`);
    fy = parsed;
  }
  if (!body) throw new EntryError('本文がありません。何をどう変えたかを書いてください', 'the entry has no text; say what changed and how');
  return { kind, date, fy, body };
}

/** The summary of a plan's changeset, as `pnpm keikaku changeset` writes it. */
function formatEntry({ kind, date, fy, body }) {
  return `種別: ${kind}\n日付: ${date}\n年度: ${fy}\n\n${body.trim()}\n`;
}

/** The CHANGELOG.md entry of a plan's changeset. */
function entryLine({ kind, date, fy, body }) {
  const text = body
    .split('\n')
    .map((l) => (l.trim() === '' ? '' : `  ${l}`))
    .join('\n');
  return `- 【${kind}】${date}・${fiscalYearText(fy)}\n${text}`;
}

function planScopeOf(options) {
  return (options && typeof options.planScope === 'string' && options.planScope) || DEFAULT_PLAN_SCOPE;
}

/**
 * The entry a changeset makes in a plan's 改訂履歴, or undefined for a changeset of code packages only.
 * Throws an EntryError naming the file when it names a plan and anything else, or lacks 種別・日付.
 */
function planEntry(changeset, options) {
  const scope = planScopeOf(options);
  const names = changeset.releases.map((r) => r.name);
  const plans = names.filter((n) => n.startsWith(scope));
  const where = `.changeset/${changeset.id}.md`;
  if (plans.length === 0) return undefined;
  if (names.length > 1) {
    throw new EntryError(
      `${where}: 計画の changeset は一つの計画だけを挙げます（挙がっているもの: ${names.join(', ')}）。計画ごとに pnpm keikaku changeset で分けてください`,
      `${where}: a plan's changeset names one plan only, so that no city's notes go into another's 改訂履歴 (it names ${names.join(', ')})`,
    );
  }
  try {
    return parseEntry(changeset.summary);
  } catch (err) {
    if (err instanceof EntryError) throw new EntryError(`${where}: ${err.ja}`, `${where}: ${err.en}`);
    throw err;
  }
}

/** changesets' getReleaseLine: one entry per changeset. */
async function getReleaseLine(changeset, _type, options) {
  const entry = planEntry(changeset, options);
  if (entry) return entryLine(entry);
  const [first, ...rest] = changeset.summary.split('\n').map((l) => l.trimEnd());
  return `- ${first}${rest.map((l) => (l ? `\n  ${l}` : '\n')).join('')}`;
}

/** changesets' getDependencyReleaseLine: a plan's 改訂履歴 records changes of the plan, not of keikaku's packages. */
async function getDependencyReleaseLine() {
  return '';
}

exports.planEntry = planEntry;
exports.getReleaseLine = getReleaseLine;
exports.getDependencyReleaseLine = getDependencyReleaseLine;
exports.parseEntry = parseEntry;
exports.formatEntry = formatEntry;
exports.entryLine = entryLine;
exports.parseFiscalYear = parseFiscalYear;
exports.fiscalYearOfDate = fiscalYearOfDate;
exports.fiscalYearText = fiscalYearText;
exports.isIsoDate = isIsoDate;
exports.EntryError = EntryError;
exports.KINDS = KINDS;
exports.BUMP = BUMP;
exports.DEFAULT_PLAN_SCOPE = DEFAULT_PLAN_SCOPE;
// changesets takes the module's default when it has one.
exports.default = { getReleaseLine, getDependencyReleaseLine };
