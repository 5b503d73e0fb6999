/**
 * Checks tsc cannot express: unique ids, target year not before the
 * baseline year, percentages within 0–100, a unit for plain numbers,
 * revisions in order, references that resolve. Each issue carries a
 * `keikaku` code; errors.ts turns it into a bilingual message.
 */
import type { z } from 'zod';
import { isFiscalYear } from './fiscal-year.js';
import type { PlanObject } from './plan.js';
import type { Value } from './value.js';
import { walkIndicators, walkInitiatives, walkNodes, type PlanPath } from './walk.js';

type PlanShape = z.infer<typeof PlanObject>;
type Ctx = z.RefinementCtx<PlanShape>;

export function issue(ctx: Ctx, path: PlanPath, code: string, data: Record<string, unknown> = {}): void {
  ctx.addIssue({ code: 'custom', path, message: code, params: { keikaku: code, ...data } });
}

export function checkPlanConsistency(plan: PlanShape, ctx: Ctx): void {
  checkUniqueIds(plan, ctx);
  checkPeriod(plan, ctx);
  const encompassed = new Set(plan.encompasses.map((e) => e.id));
  const initiativeIds = new Set([...walkInitiatives(plan)].map((v) => v.initiative.id));

  for (const { node, path } of walkNodes(plan)) {
    if (node.encompassed && !encompassed.has(node.encompassed)) {
      issue(ctx, [...path, 'encompassed'], 'unknown-encompassed', { id: node.encompassed });
    }
  }
  for (const { initiative, path } of walkInitiatives(plan)) {
    if (initiative.encompassed && !encompassed.has(initiative.encompassed)) {
      issue(ctx, [...path, 'encompassed'], 'unknown-encompassed', { id: initiative.encompassed });
    }
    if (initiative.repeats && !initiativeIds.has(initiative.repeats)) {
      issue(ctx, [...path, 'repeats'], 'unknown-initiative', { id: initiative.repeats });
    }
  }

  for (const { indicator: ind, path } of walkIndicators(plan)) {
    if (ind.encompassed && !encompassed.has(ind.encompassed)) {
      issue(ctx, [...path, 'encompassed'], 'unknown-encompassed', { id: ind.encompassed });
    }
    const b = ind.baseline.fy;
    const t = ind.target.fy;
    if (isFiscalYear(b) && isFiscalYear(t) && t < b) {
      issue(ctx, [...path, 'target', 'fy'], 'target-before-baseline', { target: t, baseline: b });
    }
    const values: [PlanPath, Value][] = [
      [[...path, 'baseline', 'value'], ind.baseline.value],
      [[...path, 'target', 'value'], ind.target.value],
      ...(ind.references ?? []).map((r, i): [PlanPath, Value] => [[...path, 'references', i, 'value'], r.value]),
    ];
    for (const [i, rev] of (ind.revisions ?? []).entries()) {
      if ('target' in rev.previous) values.push([[...path, 'revisions', i, 'previous', 'target', 'value'], rev.previous.target.value]);
    }
    for (const [vPath, v] of values) checkValue(ctx, vPath, v, ind.unit);

    const revs = ind.revisions ?? [];
    for (let i = 1; i < revs.length; i++) {
      const prev = revs[i - 1]!.fy;
      const cur = revs[i]!.fy;
      if (isFiscalYear(prev) && isFiscalYear(cur) && cur < prev) {
        issue(ctx, [...path, 'revisions', i, 'fy'], 'revisions-out-of-order', { fy: cur, previous: prev });
      }
    }
  }
}

function checkValue(ctx: Ctx, path: PlanPath, v: Value, unit: string | undefined): void {
  if (typeof v === 'number') {
    if (unit === undefined) issue(ctx, path, 'unit-required');
    else checkNumber(ctx, path, v, unit);
  } else if ('parts' in v) {
    v.parts.forEach((p, i) => {
      const partUnit = p.unit ?? unit;
      if (typeof p.value === 'number') {
        if (partUnit === undefined) issue(ctx, [...path, 'parts', i, 'value'], 'unit-required');
        else checkNumber(ctx, [...path, 'parts', i, 'value'], p.value, partUnit);
      }
    });
  }
}

function checkNumber(ctx: Ctx, path: PlanPath, n: number, unit: string): void {
  if (unit === '%' && (n < 0 || n > 100)) issue(ctx, path, 'percent-range', { value: n });
  else if (unit !== '%' && n < 0) issue(ctx, path, 'negative-count', { value: n, unit });
}

function checkPeriod(plan: PlanShape, ctx: Ctx): void {
  if ('notStated' in plan.period) return;
  const { start, end } = plan.period;
  if (isFiscalYear(start) && isFiscalYear(end) && end < start) {
    issue(ctx, ['period', 'end'], 'period-reversed', { start, end });
  }
}

function checkUniqueIds(plan: PlanShape, ctx: Ctx): void {
  const seen = new Map<string, PlanPath>();
  const add = (id: string, path: PlanPath) => {
    const first = seen.get(id);
    if (first) issue(ctx, [...path, 'id'], 'duplicate-id', { id, first });
    else seen.set(id, path);
  };
  plan.encompasses.forEach((e, i) => add(e.id, ['encompasses', i]));
  for (const { node, path } of walkNodes(plan)) add(node.id, path);
  for (const { indicator, path } of walkIndicators(plan)) add(indicator.id, path);
  for (const { initiative, path } of walkInitiatives(plan)) add(initiative.id, path);
}

