/**
 * The pure diff of two snapshots of one plan, in plan terms. Indicators,
 * goals, policies, approaches and initiatives are matched by id (so a
 * renamed indicator is a rename, not a removal and an addition); actuals by
 * indicator id within each progress year.
 */
import {
  directionOf,
  formatFiscalYear,
  formatValue,
  isAbsent,
  walkIndicators,
  walkInitiatives,
  walkNodes,
  type Indicator,
  type Plan,
  type Progress,
  type Revision,
  type YearRef,
} from '@keikaku/schema';
import type { Change, Coverage, IndicatorField, NodeLevel, ObservationField, PlanDiff, PlanSnapshot } from './model.js';

/** JSON with sorted keys: equal plan data gives equal text whatever the key order. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/** A year as a reviewer reads it: 2029年度（令和11年度）, or as printed (令和〇年度), or 年度の記載なし. */
export function yearText(y: YearRef | undefined): string {
  if (y === undefined) return '年度なし';
  if (typeof y === 'number') return formatFiscalYear(y);
  if ('printed' in y) return y.printed;
  if ('tbd' in y) return y.tbd;
  return '年度の記載なし';
}

const NONE = '（なし）';

type Observed = NonNullable<Indicator['baseline']> | NonNullable<Indicator['target']>;

/** A baseline or target as text: value (with bound and condition) and its year. */
function observationText(o: Observed | undefined, unit: string | undefined): string {
  if (o === undefined) return NONE;
  if (isAbsent(o)) return o.reason ? `${o.absent}（${o.reason}）` : o.absent;
  const bound = 'bound' in o && o.bound ? o.bound : '';
  const cond = 'condition' in o && o.condition ? `・${o.condition}` : '';
  const q = o.qualifier ? `・${o.qualifier}` : '';
  return `${formatValue(o.value, unit)}${bound}・${yearText(o.fy)}${q}${cond}`;
}

function directionText(d: Indicator['direction'] | undefined): string {
  if (d === undefined) return NONE;
  const word = directionOf(d);
  const ja: Record<string, string> = { increase: '増加', decrease: '減少', maintain: '維持' };
  if (typeof d === 'string') return `${ja[d] ?? d}`;
  if ('read' in d) return `${ja[d.read] ?? d.read}（符号化者の読み取り）`;
  return word ? ja[word] ?? word : '記載なし';
}

function revisionLabel(r: Revision): string {
  return `${yearText(r.fy)} ${r.label}`;
}

/** Which revision of the head indicator keeps the base's figure as what it replaced. */
function coverage(field: ObservationField, base: Indicator, head: Indicator): Coverage {
  const before = base[field];
  if (before === undefined) return { status: 'not-needed' };
  for (const r of head.revisions ?? []) {
    const p = r.previous;
    if ('target' in p && field === 'target' && same(p.target, before)) return { status: 'covered', by: revisionLabel(r) };
    if ('replaced' in p && same(p.replaced[field], before)) return { status: 'covered', by: revisionLabel(r) };
  }
  return { status: 'missing' };
}

function observationChange(field: ObservationField, base: Indicator, head: Indicator): Change | undefined {
  const b = base[field];
  const h = head[field];
  if (same(b, h)) return undefined;
  const parts: ('value' | 'year' | 'other')[] = [];
  const valueOf = (o: Observed | undefined) => (o === undefined ? undefined : isAbsent(o) ? o : { value: o.value, bound: 'bound' in o ? o.bound : undefined });
  const yearOfObs = (o: Observed | undefined) => (o === undefined || isAbsent(o) ? undefined : o.fy);
  if (!same(valueOf(b), valueOf(h))) parts.push('value');
  if (!same(yearOfObs(b), yearOfObs(h))) parts.push('year');
  if (parts.length === 0) parts.push('other');
  let before = observationText(b, base.unit);
  let after = observationText(h, head.unit);
  if (before === after) {
    // Only a note or printed form changed: say which, rather than show two equal texts.
    before += `（${changedKeys(b, h).join(', ')} 変更前）`;
    after += `（${changedKeys(b, h).join(', ')} 変更後）`;
  }
  return { kind: 'indicator-changed', indicator: head.id, name: head.name, field, parts, before, after, coverage: coverage(field, base, head) };
}

/** Keys whose values differ between two objects (top level only). */
function changedKeys(a: unknown, b: unknown): string[] {
  const ao = (a && typeof a === 'object' ? a : {}) as Record<string, unknown>;
  const bo = (b && typeof b === 'object' ? b : {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(ao), ...Object.keys(bo)])].filter((k) => !same(ao[k], bo[k])).sort();
}

const INDICATOR_KEYS_SHOWN = new Set(['id', 'name', 'unit', 'direction', 'baseline', 'target', 'revisions']);

function indicatorChanges(base: Indicator, head: Indicator): Change[] {
  const out: Change[] = [];
  if (base.name !== head.name) out.push({ kind: 'indicator-renamed', indicator: head.id, before: base.name, after: head.name });
  if (base.unit !== head.unit) out.push({ kind: 'indicator-changed', indicator: head.id, name: head.name, field: 'unit', before: base.unit ?? NONE, after: head.unit ?? NONE });
  if (!same(base.direction, head.direction)) {
    out.push({ kind: 'indicator-changed', indicator: head.id, name: head.name, field: 'direction', before: directionText(base.direction), after: directionText(head.direction) });
  }
  for (const field of ['baseline', 'target'] as const) {
    const c = observationChange(field, base, head);
    if (c) out.push(c);
  }
  const baseRevs = new Set((base.revisions ?? []).map(canonical));
  for (const r of head.revisions ?? []) {
    if (!baseRevs.has(canonical(r))) {
      out.push({ kind: 'revision-added', indicator: head.id, name: head.name, fy: yearText(r.fy), label: r.label, ...(r.reason ? { reason: r.reason } : {}) });
    }
  }
  const others = changedKeys(base, head).filter((k) => !INDICATOR_KEYS_SHOWN.has(k));
  if (others.length) out.push({ kind: 'indicator-changed', indicator: head.id, name: head.name, field: 'other' satisfies IndicatorField, before: others.join(', '), after: others.join(', ') });
  return out;
}

interface Placed<T> {
  item: T;
  /** Where it sits, as a reviewer reads it: 基本目標Ⅰ ＞ 施策1. */
  where: string;
  /** Id of the node that holds it ('' for a goal). */
  parent: string;
}

function levelName(plan: Plan, level: NodeLevel): string {
  const terms = plan.terms;
  const t = 'notStated' in terms ? undefined : level === 'approach' ? terms.approach : terms[level];
  return typeof t === 'string' ? t : '';
}

function nodeLabel(plan: Plan, level: NodeLevel, node: { no?: string | number | { notStated: true }; title: string }): string {
  const term = levelName(plan, level);
  const no = node.no === undefined || typeof node.no === 'object' ? '' : String(node.no);
  return term || no ? `${term}${no}` : `「${short(node.title)}」`;
}

const short = (s: string) => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

function nodes(plan: Plan): Map<string, Placed<{ level: NodeLevel; title: string; body: unknown }>> {
  const out = new Map<string, Placed<{ level: NodeLevel; title: string; body: unknown }>>();
  const labels = new Map<string, string>();
  for (const v of walkNodes(plan)) {
    const label = [...v.ancestors.map((a) => labels.get(a.id) ?? a.id), nodeLabel(plan, v.level, v.node)].join(' ＞ ');
    labels.set(v.node.id, label);
    const { indicators: _i, initiatives: _n, ...rest } = v.node as Record<string, unknown>;
    delete rest.policies;
    delete rest.approaches;
    const parent = v.ancestors.at(-1)?.id ?? '';
    out.set(`${v.level}:${v.node.id}`, { item: { level: v.level, title: v.node.title, body: rest }, where: v.ancestors.map((a) => labels.get(a.id) ?? a.id).join(' ＞ ') || '（計画の直下）', parent });
  }
  for (const v of walkInitiatives(plan)) {
    out.set(`initiative:${v.initiative.id}`, { item: { level: 'initiative', title: v.initiative.title, body: v.initiative }, where: labels.get(v.owner.node.id) ?? v.owner.node.id, parent: v.owner.node.id });
  }
  return out;
}

function indicators(plan: Plan): Map<string, Placed<Indicator>> {
  const out = new Map<string, Placed<Indicator>>();
  const labels = new Map<string, string>();
  for (const v of walkNodes(plan)) labels.set(v.node.id, [...v.ancestors.map((a) => labels.get(a.id) ?? a.id), nodeLabel(plan, v.level, v.node)].join(' ＞ '));
  for (const v of walkIndicators(plan)) {
    // The plan's own indicators (plan.indicators) have no owner node.
    const owner = v.owner?.node.id;
    out.set(v.indicator.id, { item: v.indicator, where: owner === undefined ? '（計画全体）' : (labels.get(owner) ?? owner), parent: owner ?? '' });
  }
  return out;
}

function periodText(p: Plan['period']): string {
  return 'notStated' in p ? '記載なし' : `${yearText(p.start)}〜${yearText(p.end)}`;
}
const textOf = (v: unknown): string => (v === undefined ? NONE : typeof v === 'string' ? v : v && typeof v === 'object' && 'notStated' in v ? '記載なし' : canonical(v));

const PLAN_KEYS_SHOWN = new Set(['goals']);

function planChanges(base: Plan, head: Plan): Change[] {
  const out: Change[] = [];
  for (const key of changedKeys(base, head).filter((k) => !PLAN_KEYS_SHOWN.has(k))) {
    const b = (base as Record<string, unknown>)[key];
    const h = (head as Record<string, unknown>)[key];
    const simple = (v: unknown) => v === undefined || typeof v === 'string' || (typeof v === 'object' && v !== null && 'notStated' in v);
    if (key === 'period') out.push({ kind: 'plan-changed', key, before: periodText(base.period), after: periodText(head.period) });
    else if (simple(b) && simple(h)) out.push({ kind: 'plan-changed', key, before: textOf(b), after: textOf(h) });
    else out.push({ kind: 'plan-changed', key, before: '', after: '' });
  }
  return out;
}

function structureChanges(base: Plan, head: Plan): Change[] {
  const out: Change[] = [];
  const bn = nodes(base);
  const hn = nodes(head);
  for (const [key, b] of bn) {
    const h = hn.get(key);
    const { level } = b.item;
    const id = key.slice(key.indexOf(':') + 1);
    if (!h) {
      out.push({ kind: 'node-removed', level, id, title: b.item.title, where: b.where });
      continue;
    }
    if (b.parent !== h.parent) out.push({ kind: 'node-moved', level, id, title: h.item.title, before: b.where, after: h.where });
    if (b.item.title !== h.item.title) out.push({ kind: 'node-renamed', level, id, before: b.item.title, after: h.item.title });
    const keys = changedKeys(b.item.body, h.item.body).filter((k) => k !== 'title');
    if (keys.length) out.push({ kind: 'node-changed', level, id, title: h.item.title, keys });
  }
  for (const [key, h] of hn) {
    if (!bn.has(key)) out.push({ kind: 'node-added', level: h.item.level, id: key.slice(key.indexOf(':') + 1), title: h.item.title, where: h.where });
  }
  const bi = indicators(base);
  const hi = indicators(head);
  for (const [id, b] of bi) {
    const h = hi.get(id);
    if (!h) {
      out.push({ kind: 'indicator-removed', indicator: id, name: b.item.name, where: b.where });
      continue;
    }
    if (b.parent !== h.parent) out.push({ kind: 'indicator-moved', indicator: id, name: h.item.name, before: b.where, after: h.where });
    out.push(...indicatorChanges(b.item, h.item));
  }
  for (const [id, h] of hi) if (!bi.has(id)) out.push({ kind: 'indicator-added', indicator: id, name: h.item.name, where: h.where });
  return out;
}

function actualText(a: Progress['actuals'][number], unit: string | undefined): string {
  const flags = [a.provisional ? '暫定' : '', a.qualifier ?? '', a.asOf ? `${a.asOf}時点` : ''].filter(Boolean);
  return `${formatValue(a.value, unit)}${flags.length ? `（${flags.join('・')}）` : ''}`;
}

function progressChanges(base: PlanSnapshot, head: PlanSnapshot, basePlan: Plan, headPlan: Plan): Change[] {
  const out: Change[] = [];
  const before = indicators(basePlan);
  const after = indicators(headPlan);
  // An actual is named by the head's indicator, or the base's when the indicator was removed; values in their own side's unit.
  const nameOf = (id: string) => after.get(id)?.item.name ?? before.get(id)?.item.name ?? id;
  const baseUnit = (id: string) => before.get(id)?.item.unit;
  const headUnit = (id: string) => after.get(id)?.item.unit;
  const years = [...new Set([...base.progress.map((p) => p.fy), ...head.progress.map((p) => p.fy)])].sort((a, b) => a - b);
  for (const fy of years) {
    const b = base.progress.find((p) => p.fy === fy)?.progress;
    const h = head.progress.find((p) => p.fy === fy)?.progress;
    // Actuals are keyed by indicator id and the order of the indicator's rows (an indicator is usually reported once a year).
    const keyed = (p: Progress | undefined) => {
      const seen = new Map<string, number>();
      const m = new Map<string, Progress['actuals'][number]>();
      for (const a of p?.actuals ?? []) {
        const n = seen.get(a.indicator) ?? 0;
        seen.set(a.indicator, n + 1);
        m.set(n ? `${a.indicator}#${n}` : a.indicator, a);
      }
      return m;
    };
    const ba = keyed(b);
    const ha = keyed(h);
    for (const [key, a] of ba) {
      const now = ha.get(key);
      if (!now) out.push({ kind: 'actual-removed', fy, indicator: a.indicator, name: nameOf(a.indicator), value: actualText(a, baseUnit(a.indicator)) });
      else if (!same(a, now)) {
        let was = actualText(a, baseUnit(a.indicator));
        let is = actualText(now, headUnit(a.indicator));
        if (was === is) {
          const keys = changedKeys(a, now).join(', ');
          was += `（${keys} 変更前）`;
          is += `（${keys} 変更後）`;
        }
        out.push({ kind: 'actual-changed', fy, indicator: a.indicator, name: nameOf(a.indicator), before: was, after: is });
      }
    }
    for (const [key, a] of ha) if (!ba.has(key)) out.push({ kind: 'actual-added', fy, indicator: a.indicator, name: nameOf(a.indicator), value: actualText(a, headUnit(a.indicator)) });
    // A progress module added or removed shows as its actuals; other keys are compared only when both exist.
    const keys = b && h ? changedKeys(b, h).filter((k) => k !== 'actuals') : [];
    if (keys.length) out.push({ kind: 'progress-changed', fy, keys });
  }
  return out;
}

function titleOf(s: PlanSnapshot | undefined): string | undefined {
  const t = s?.plan?.title;
  return typeof t === 'string' ? t : undefined;
}

/** What changed in one plan from `base` to `head` (either may be absent: a plan added or removed). */
export function diffPlan(id: string, base: PlanSnapshot | undefined, head: PlanSnapshot | undefined): PlanDiff {
  const unreadable = [
    ...(base?.findings ?? []).map((f) => ({ side: 'base' as const, file: f.file, line: f.line, column: f.column, message: f.message })),
    ...(head?.findings ?? []).map((f) => ({ side: 'head' as const, file: f.file, line: f.line, column: f.column, message: f.message })),
  ];
  const title = titleOf(head) ?? titleOf(base) ?? id;
  if (!base || !head) {
    const status = !base ? 'added' : 'removed';
    return { id, title, status: head || base ? status : 'unchanged', changes: [], unreadable };
  }
  const changes: Change[] = [];
  if (base.plan && head.plan) changes.push(...planChanges(base.plan, head.plan), ...structureChanges(base.plan, head.plan));
  // Progress is validated against its plan: when either plan cannot be read, its progress is not compared (unreadable says why).
  if (base.plan && head.plan) changes.push(...progressChanges(base, head, base.plan, head.plan));
  const changed = changes.length > 0 || unreadable.length > 0 || (!base.plan !== !head.plan);
  return { id, title, status: changed ? 'changed' : 'unchanged', changes, unreadable };
}

/** Target and baseline changes no revision record covers. */
export function uncovered(d: PlanDiff): Change[] {
  return d.changes.filter((c) => c.kind === 'indicator-changed' && c.coverage?.status === 'missing');
}
