import { defineMessages, quote } from '@keikaku/core';
import { createRule, docsPath } from '../rule.js';
import { actualsFor, indicatorsOf, kindOf, obsOf, partsOf } from '../util.js';

type D = { indicator: string; part: string; unit: string; first: string; where: string };
type S = { indicator: string; here: string; plan: string };

export default createRule({
  meta: {
    id: 'unit-mismatch',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '基準値・目標値・実績で内訳の単位や値の形が食い違う', en: 'baseline, target and actuals disagree on a part\'s unit or on the shape of the value' },
    docs: docsPath('unit-mismatch'),
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
    for (const { indicator: ind, path } of indicatorsOf(ctx.plan)) {
      const units = new Map<string, { unit: string; where: string }>();
      const roles: [string, string, unknown, (string | number)[]][] = [];
      const b = obsOf(ind.baseline);
      if (b) roles.push(['baseline', '基準値', b.value, [...path, 'baseline', 'value']]);
      (ind.references ?? []).forEach((r, i) => roles.push(['reference', '参考値', r.value, [...path, 'references', i, 'value']]));
      const t = obsOf(ind.target);
      if (t) roles.push(['target', '目標値', t.value, [...path, 'target', 'value']]);
      for (const [, where, value, at] of roles) {
        const parts = kindOf(value) === 'composite' ? (value as { parts: { part: unknown; unit?: string }[] }).parts : [];
        parts.forEach((p, j) => {
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
      const planKinds = new Set(roles.map(([, , v]) => kindOf(v)).filter((k) => k === 'composite' || k === 'quantity'));
      for (const a of actualsFor(ctx.progress, ind.id)) {
        const k = kindOf(a.value);
        if ((k === 'quantity' || k === 'composite') && planKinds.size === 1 && !planKinds.has(k)) {
          const planKind = [...planKinds][0] as 'composite' | 'quantity';
          ctx.report({ messageId: 'shape', data: { indicator: quote(ind.name, 24), here: SHAPE[k], plan: SHAPE[planKind] }, path: ['actuals', a.index, 'value'], source: a.source });
          continue;
        }
        for (const [name, p] of partsOf(a.value, ind.unit)) {
          const first = units.get(name);
          if (first && p.unit && first.unit !== p.unit) {
            const j = (a.value as { parts: { part: unknown }[] }).parts.findIndex((x) => x.part === name);
            ctx.report({ messageId: 'partUnit', data: { indicator: quote(ind.name, 24), part: quote(name, 20), unit: p.unit, first: first.unit, where: first.where }, path: ['actuals', a.index, 'value', 'parts', j], source: a.source });
          }
        }
      }
    }
  },
});
