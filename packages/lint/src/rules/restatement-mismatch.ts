import { baselineOf, formatFiscalYear, sameValue, targetOf, valueAs, yearOf, type Observation, type Target } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';
import { showValue } from '../util.js';

type D = { indicator: string; where: string; here: string; there: string };
const same = sameValue;
const show = showValue;

export default createRule({
  meta: {
    id: 'restatement-mismatch',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '同じ指標の再掲（一覧表と詳細など）で値・単位・年度・名称が食い違う', en: 'the same measure restated elsewhere with a different value, unit, year or name' },
    docs: docsPath('lint', 'restatement-mismatch'),
    messages: defineMessages({
      unit: {
        ja: (d: D) => `指標「${d.indicator}」の単位が「${d.where}」では ${d.there}、ここでは ${d.here} です`,
        en: (d: D) => `indicator "${d.indicator}": unit ${d.here} here but ${d.there} in "${d.where}"`,
        hint: { ja: () => 'どちらが正しいかを原典の担当課に確認し、一方を直してください。', en: () => 'Ask which is right and correct the other.' },
      },
      baseline: {
        ja: (d: D) => `指標「${d.indicator}」の基準値がここでは ${d.here}、「${d.where}」では ${d.there} です`,
        en: (d: D) => `indicator "${d.indicator}": baseline ${d.here} here but ${d.there} in "${d.where}"`,
        hint: { ja: () => '同じ指標の値は一つです。どちらが正しいかを確認してください。', en: () => 'One measure has one value; find out which is right.' },
      },
      target: {
        ja: (d: D) => `指標「${d.indicator}」の目標がここでは ${d.here}、「${d.where}」では ${d.there} です`,
        en: (d: D) => `indicator "${d.indicator}": target ${d.here} here but ${d.there} in "${d.where}"`,
        hint: { ja: () => '見直しで変わったなら revisions に記録してください。', en: () => 'If a revision changed it, record it in revisions.' },
      },
      blankMark: {
        ja: (d: D & { role: string }) => `指標「${d.indicator}」の${d.role}の空欄がここでは「${d.here}」、「${d.where}」では「${d.there}」と、違う記号で印刷されています`,
        en: (d: D & { role: string }) => `indicator "${d.indicator}": the blank ${d.role} is printed "${d.here}" here but "${d.there}" in "${d.where}"`,
        hint: { ja: () => '同じ空欄には同じ記号（例:「―」）を使ってください。記号が違うと、別の意味（未集計・該当なし）と読まれます。', en: () => 'Use one mark for one blank; different marks read as different meanings (not counted, not applicable).' },
      },
      name: {
        ja: (d: D) => `指標の名称がここでは「${d.here}」、「${d.where}」では「${d.there}」です`,
        en: (d: D) => `the indicator is named "${d.here}" here but "${d.there}" in "${d.where}"`,
        hint: { ja: () => '同じ指標には同じ名称を使うと、読み手が対応を取り違えません。', en: () => 'One name for one indicator keeps readers from mismatching them.' },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        (ind.restatements ?? []).forEach((r, i) => {
          const at = [...path, 'restatements', i];
          const base = { indicator: quote(ind.name, 24), where: quote(r.where, 24) };
          if (r.unit !== undefined && ind.unit !== undefined && r.unit !== ind.unit) {
            ctx.report({ messageId: 'unit', data: { ...base, here: ind.unit, there: r.unit }, path: [...at, 'unit'] });
          }
          if (r.name !== undefined && r.name !== ind.name) {
            ctx.report({ messageId: 'name', data: { ...base, here: quote(ind.name, 24), there: quote(r.name, 24) }, path: [...at, 'name'], severity: 'info' });
          }
          const unitThere = r.unit ?? ind.unit;
          const pairs: ['baseline' | 'target', Observation | Target | undefined, Observation | Target | undefined][] = [
            ['baseline', baselineOf(ind), r.baseline],
            ['target', targetOf(ind), r.target],
          ];
          for (const [role, mine, theirs] of pairs) {
            if (!mine || !theirs) continue;
            const fyMine = yearOf(mine.fy);
            const fyTheirs = yearOf(theirs.fy);
            const yearsDiffer = fyMine !== undefined && fyTheirs !== undefined && fyMine !== fyTheirs;
            // Two blanks are the same value (sameValue), but printed with different marks (詳細表「－」, 一覧表「―」).
            const blankHere = valueAs(mine.value, 'missing')?.missing;
            const blankThere = valueAs(theirs.value, 'missing')?.missing;
            if (blankHere !== undefined && blankThere !== undefined && blankHere.trim() !== blankThere.trim() && !yearsDiffer) {
              ctx.report({ messageId: 'blankMark', data: { ...base, role: role === 'baseline' ? '基準値' : '目標値', here: blankHere, there: blankThere }, path: [...at, role, 'value'], severity: 'info' });
              continue;
            }
            if (!same(mine.value, theirs.value) || yearsDiffer) {
              const here = `${show(mine.value, ind.unit)}${fyMine !== undefined ? `（${formatFiscalYear(fyMine)}）` : ''}`;
              const there = `${show(theirs.value, unitThere)}${fyTheirs !== undefined ? `（${formatFiscalYear(fyTheirs)}）` : ''}`;
              ctx.report({ messageId: role, data: { ...base, here, there }, path: [...at, role] });
            }
          }
        });
      },
    };
  },
});
