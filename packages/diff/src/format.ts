/**
 * Pure formatters of a diff: text for a terminal, Markdown for a pull-request
 * comment (a table per plan with indicator names, before and after), JSON as
 * the model itself.
 */
import type { Change, Coverage, DiffResult, NodeLevel, PlanDiff } from './model.js';

const LEVEL_JA: Record<NodeLevel, string> = { goal: '目標', policy: '施策', approach: '取組方針', initiative: '取組' };
const PLAN_KEY_JA: Record<string, string> = {
  title: '表題', subtitle: '副題', edition: '版', period: '計画期間', legalBasis: '根拠法令', municipality: '自治体', kind: '計画の種類',
  encompasses: '包含する計画', philosophy: '基本理念', evaluation: '評価の仕組み', terms: '階層の名称', vocabulary: '語彙', grading: '評価区分',
  sections: '本文の節', notes: '注記', source: '原典', relatedPlans: '関連計画', jointPlan: '一体的に策定する計画', author: '策定者', partOf: '上位計画', noIndicators: '指標を設けない旨',
};
const FIELD_JA = { baseline: { value: '基準値', year: '基準年度', other: '基準値の注記' }, target: { value: '目標値', year: '目標年度', other: '目標の注記' } } as const;

/** One row: what changed, the item (indicator name, node title), before, after, and the revision record where it applies. */
export interface Row {
  change: string;
  item: string;
  before: string;
  after: string;
  revision: string;
}

function coverageText(c: Coverage | undefined): string {
  if (!c) return '';
  if (c.status === 'covered') return `✔ ${c.by}`;
  if (c.status === 'missing') return '⚠️ 記録なし';
  return '—（新規記入）';
}

export function row(c: Change): Row {
  const r = (change: string, item: string, before: string, after: string, revision = ''): Row => ({ change, item, before, after, revision });
  switch (c.kind) {
    case 'indicator-added':
      return r('指標を追加', c.name, '—', `位置: ${c.where}`);
    case 'indicator-removed':
      return r('指標を削除', c.name, `位置: ${c.where}`, '—');
    case 'indicator-renamed':
      return r('指標名を変更', c.after, c.before, c.after);
    case 'indicator-moved':
      return r('指標を移動', c.name, c.before, c.after);
    case 'indicator-changed': {
      if (c.field === 'unit') return r('単位', c.name, c.before, c.after);
      if (c.field === 'direction') return r('方向', c.name, c.before, c.after);
      if (c.field === 'other') return r('その他の項目', c.name, '—', `変更された項目: ${c.after}`);
      const names = FIELD_JA[c.field];
      const label = (c.parts ?? ['value']).map((p) => names[p]).join('・');
      return r(label, c.name, c.before, c.after, coverageText(c.coverage));
    }
    case 'node-added':
      return r(`${LEVEL_JA[c.level]}を追加`, c.title, '—', `位置: ${c.where}`);
    case 'node-removed':
      return r(`${LEVEL_JA[c.level]}を削除`, c.title, `位置: ${c.where}`, '—');
    case 'node-moved':
      return r(`${LEVEL_JA[c.level]}を移動`, c.title, c.before, c.after);
    case 'node-renamed':
      return r(`${LEVEL_JA[c.level]}の名称を変更`, c.after, c.before, c.after);
    case 'node-changed':
      return r(`${LEVEL_JA[c.level]}の記述を変更`, c.title, '—', `変更された項目: ${c.keys.join(', ')}`);
    case 'plan-changed':
      return r('計画の項目を変更', PLAN_KEY_JA[c.key] ?? c.key, c.before || '（内容の変更）', c.after || '（内容の変更）');
    case 'actual-added':
      return r(`実績を追加（${c.fy}年度）`, c.name, '—', c.value);
    case 'actual-removed':
      return r(`実績を削除（${c.fy}年度）`, c.name, c.value, '—');
    case 'actual-changed':
      return r(`実績を変更（${c.fy}年度）`, c.name, c.before, c.after);
    case 'progress-changed':
      return r(`進捗の記述を変更（${c.fy}年度）`, '—', '—', `変更された項目: ${c.keys.join(', ')}`);
    case 'revision-added':
      return r('見直しの記録を追加', c.name, '—', `${c.fy} ${c.label}${c.reason ? `（${c.reason}）` : ''}`);
  }
}

function statusLine(d: PlanDiff): string | undefined {
  if (d.status === 'added') return '新しい計画です (a new plan)';
  if (d.status === 'removed') return '計画が削除されました (the plan was removed)';
  return undefined;
}

function changesetLine(d: PlanDiff): string | undefined {
  if (!d.changeset) return undefined;
  if (d.changeset.present) return `改訂履歴（changeset）: あり${d.changeset.kinds.length ? `（${d.changeset.kinds.join('・')}）` : ''} (changeset present)`;
  return '改訂履歴（changeset）: ⚠️ なし。pnpm keikaku changeset で作ってください (no changeset for this plan)';
}

function summary(r: DiffResult): string {
  const n = r.plans.length;
  return n === 0 ? '計画の変更はありません (no plan changed).' : `計画 ${n} 件に変更があります (${n} plan(s) changed).`;
}

const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>') || ' ';

/** Markdown for a pull-request comment: a heading, then per plan a table of its changes. `problems` are --check's findings per plan. */
export function markdown(r: DiffResult, problems: ReadonlyMap<string, readonly { ja: string; en: string }[]> = new Map()): string {
  const out = [`## keikaku diff: \`${r.base}\` → \`${r.head}\``, '', summary(r)];
  for (const d of r.plans) {
    out.push('', `### ${cell(d.title)}（\`${d.id}\`）`, '');
    const status = statusLine(d);
    if (status) out.push(status, '');
    if (d.changes.length) {
      out.push('| 変更 (change) | 指標・項目 (item) | 変更前 (before) | 変更後 (after) | 見直しの記録 (revision) |', '|---|---|---|---|---|');
      for (const c of d.changes) {
        const x = row(c);
        out.push(`| ${cell(x.change)} | ${cell(x.item)} | ${cell(x.before)} | ${cell(x.after)} | ${cell(x.revision)} |`);
      }
      out.push('');
    }
    const cs = changesetLine(d);
    if (cs) out.push(cs);
    for (const u of d.unreadable) out.push(`- ⚠️ ${u.side === 'base' ? '変更前' : '変更後'}を読めません (cannot read the ${u.side}): ${cell(u.message.ja)} (${cell(u.message.en)})`);
    for (const p of problems.get(d.id) ?? []) out.push(`- ❌ ${cell(p.ja)} (${cell(p.en)})`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Text for a terminal: per plan, each change as two lines (what and item; before → after). */
export function text(r: DiffResult, problems: ReadonlyMap<string, readonly { ja: string; en: string }[]> = new Map()): string {
  const out = [`keikaku diff ${r.base} → ${r.head}: ${summary(r)}`];
  for (const d of r.plans) {
    out.push('', `${d.title} (${d.id})`);
    const status = statusLine(d);
    if (status) out.push(`  ${status}`);
    for (const c of d.changes) {
      const x = row(c);
      out.push(`  ${x.change}: ${x.item}`, `      ${x.before} → ${x.after}${x.revision ? `  [見直しの記録: ${x.revision}]` : ''}`);
    }
    const cs = changesetLine(d);
    if (cs) out.push(`  ${cs}`);
    for (const u of d.unreadable) out.push(`  ⚠ ${u.file}:${u.line}:${u.column} 読めません: ${u.message.ja} (${u.message.en})`);
    for (const p of problems.get(d.id) ?? []) out.push(`  ✖ ${p.ja}\n    (${p.en})`);
  }
  return `${out.join('\n')}\n`;
}

/** The diff as JSON: the model (with --check's problems per plan when given). */
export function json(r: DiffResult, problems: ReadonlyMap<string, readonly { ja: string; en: string }[]> = new Map()): string {
  return JSON.stringify({ ...r, plans: r.plans.map((d) => ({ ...d, ...(problems.has(d.id) ? { problems: problems.get(d.id) } : {}) })) }, null, 2);
}
