import { baselineOf, partsOf, targetOf, valueAs, valueKind, type Value } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

type D = { indicator: string; part: string; unit: string; first: string; where: string };
type S = { indicator: string; here: string; plan: string };

export default createRule({
  meta: {
    id: 'unit-mismatch',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '基準値・目標値・実績で内訳の単位や値の形が食い違う', en: 'baseline, target and actuals disagree on a part\'s unit or on the shape of the value' },
    docs: docsPath('lint', 'unit-mismatch'),
    messages: defineMessages({
      partUnit: {
        ja: (d: D) => `指標「${d.indicator}」の内訳「${d.part}」の単位がここでは ${d.unit}、${d.where}では ${d.first} です`,
        en: (d: D) => `indicator "${d.indicator}": part "${d.part}" is in ${d.unit} here but ${d.first} in the ${d.where}`,
        hint: { ja: () => '同じ内訳は同じ単位で書いてください。', en: () => 'Use one unit for one part.' },
      },
      shape: {
        ja: (d: S) => `指標「${d.indicator}」の実績が${d.here}ですが、計画の値は${d.plan}です`,
        en: (d: S) => `indicator "${d.indicator}": the actual is ${d.here} but the plan's values are ${d.plan}`,
        hint: { ja: () => '計画の基準値・目標値と同じ形（内訳つきなら内訳ごと）で実績を書いてください。', en: () => 'Write the actual in the same shape as the plan (per part if the plan has parts).' },
      },
    }),
  },
  create(ctx) {
    const SHAPE = { composite: '内訳つきの値', quantity: '一つの数値' } as const;
    return {
      indicator({ indicator: ind, path }) {
        const units = new Map<string, { unit: string; where: string }>();
        const roles: [where: string, value: Value, at: PlanPath][] = [];
        const b = baselineOf(ind);
        if (b) roles.push(['基準値', b.value, [...path, 'baseline', 'value']]);
        (ind.references ?? []).forEach((r, i) => roles.push(['参考値', r.value, [...path, 'references', i, 'value']]));
        const t = targetOf(ind);
        if (t) roles.push(['目標値', t.value, [...path, 'target', 'value']]);
        for (const [where, value, at] of roles) {
          (valueAs(value, 'composite')?.parts ?? []).forEach((p, j) => {
            const unit = p.unit ?? ind.unit;
            const name = typeof p.part === 'string' ? p.part : undefined;
            if (!unit || !name) return;
            const first = units.get(name);
            if (!first) units.set(name, { unit, where });
            else if (first.unit !== unit) {
              ctx.report({ messageId: 'partUnit', data: { indicator: quote(ind.name, 24), part: quote(name, 20), unit, first: first.unit, where: first.where }, path: [...at, 'parts', j, p.unit ? 'unit' : 'part'] });
            }
          });
        }
        // Actuals: same part units, and the same shape (a plain number against a plan with parts, or the reverse).
        const planKinds = new Set(roles.map(([, v]) => valueKind(v)).filter((k) => k === 'composite' || k === 'quantity'));
        for (const a of ctx.actualsOf(ind.id)) {
          const k = valueKind(a.actual.value);
          const source = a.progress.source;
          if ((k === 'quantity' || k === 'composite') && planKinds.size === 1 && !planKinds.has(k)) {
            const planKind = k === 'quantity' ? 'composite' : 'quantity';
            ctx.report({ messageId: 'shape', data: { indicator: quote(ind.name, 24), here: SHAPE[k], plan: SHAPE[planKind] }, path: [...a.path, 'value'], source });
            continue;
          }
          for (const [name, p] of partsOf(a.actual.value, ind.unit)) {
            const first = units.get(name);
            if (first && p.unit && first.unit !== p.unit) {
              const j = valueAs(a.actual.value, 'composite')?.parts.findIndex((x) => x.part === name) ?? -1;
              ctx.report({ messageId: 'partUnit', data: { indicator: quote(ind.name, 24), part: quote(name, 20), unit: p.unit, first: first.unit, where: first.where }, path: [...a.path, 'value', 'parts', j], source });
            }
          }
        }
      },
    };
  },
});
