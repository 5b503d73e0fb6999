import { baselineOf, directionOf, partsOf, quantityOf, targetOf, valueAs } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';
import { fmt } from '../util.js';

type D = { indicator: string; baseline: string; target: string; direction: string; directionEn: string; read: string; readEn: string };
const JA = { increase: '増加', decrease: '減少', maintain: '維持' } as const;

export default createRule({
  meta: {
    id: 'target-direction',
    defaultSeverity: 'error',
    group: 'defect',
    description: { ja: '目標値が指標の向き（増加・減少・維持）と逆、または向きがあるのに基準値と同じ', en: 'a target against the indicator\'s direction, or equal to the baseline without 維持' },
    docs: docsPath('lint', 'target-direction'),
    messages: defineMessages({
      against: {
        ja: (d: D) => `指標「${d.indicator}」は${d.direction}を目指すのに、目標値 ${d.target} が基準値 ${d.baseline} より${d.direction === '増加' ? '小さい' : '大きい'}です${d.read}`,
        en: (d: D) => `indicator "${d.indicator}" aims to ${d.directionEn}, but the target ${d.target} is ${d.directionEn === 'increase' ? 'below' : 'above'} the baseline ${d.baseline}${d.readEn}`,
        hint: { ja: () => '目標値か direction のどちらかが誤りです。原典を確認してください。', en: () => 'Either the target or direction is wrong; check the source.' },
      },
      equal: {
        ja: (d: D) => `指標「${d.indicator}」は${d.direction}を目指すのに、目標値 ${d.target} が基準値と同じです${d.read}`,
        en: (d: D) => `indicator "${d.indicator}" aims to ${d.directionEn}, but its target ${d.target} equals the baseline${d.readEn}`,
        hint: {
          ja: () => '現状を保つ目標なら direction: "maintain"（維持）にしてください。そうでなければ目標値を確認してください。',
          en: () => 'If the aim is to keep the current level, use direction: "maintain"; otherwise check the target.',
        },
      },
      unchangedUnprinted: {
        ja: (d: { indicator: string; target: string }) => `指標「${d.indicator}」の目標値 ${d.target} は基準値と同じで、向き（維持・増加など）は原典に印刷されていません。進み具合を示せない指標です`,
        en: (d: { indicator: string; target: string }) => `indicator "${d.indicator}": the target ${d.target} equals the baseline and the source prints no direction; it cannot show progress`,
        hint: {
          ja: () => '現状を保つ目標なら原典に「維持」と書き、そうでなければ目標値を見直してください。',
          en: () => 'If the aim is to keep the level, print 維持 in the source; otherwise revise the target.',
        },
      },
      belowUnprinted: {
        ja: (d: { indicator: string; baseline: string; target: string }) => `指標「${d.indicator}」の目標値 ${d.target} が基準値 ${d.baseline} を下回っていますが、向き（減少を目指すのか）は原典に印刷されていません`,
        en: (d: { indicator: string; baseline: string; target: string }) => `indicator "${d.indicator}": the target ${d.target} is below the baseline ${d.baseline}, and the source prints no direction`,
        hint: {
          ja: () => '減らすことを目指すなら原典に向きを書き、そうでなければ目標値を確かめてください。',
          en: () => 'If the aim is a decrease, print the direction; otherwise check the target.',
        },
      },
      notMaintained: {
        ja: (d: D) => `指標「${d.indicator}」は維持を目指すのに、目標値 ${d.target} が基準値 ${d.baseline} と違います${d.read}`,
        en: (d: D) => `indicator "${d.indicator}" aims to maintain, but the target ${d.target} differs from the baseline ${d.baseline}${d.readEn}`,
        hint: { ja: () => '増加・減少を目指すなら direction を直してください。', en: () => 'If it aims to rise or fall, fix direction.' },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const dir = directionOf(ind.direction);
        const b = baselineOf(ind);
        const t = targetOf(ind);
        if (!b || !t) return;
        if (!dir) {
          // No direction printed, none read (notStated): a target below, or equal to, the baseline is
          // reported, as neither can show progress without a word of which way the plan means to go.
          const bn = quantityOf(b.value);
          const tn = quantityOf(t.value);
          if (bn === undefined || tn === undefined || ind.direction === undefined) return;
          const data = { indicator: quote(ind.name, 30), baseline: `${fmt(bn)}${ind.unit ?? ''}`, target: `${fmt(tn)}${ind.unit ?? ''}` };
          if (tn < bn) ctx.report({ messageId: 'belowUnprinted', data, path: [...path, 'target', 'value'], severity: 'warning' });
          else if (tn === bn) ctx.report({ messageId: 'unchangedUnprinted', data: { indicator: data.indicator, target: data.target }, path: [...path, 'target', 'value'], severity: 'warning' });
          return;
        }
        const pairs: { b: number; t: number; at: PlanPath; unit: string }[] = [];
        const bn = quantityOf(b.value);
        const tn = quantityOf(t.value);
        const tParts = valueAs(t.value, 'composite')?.parts;
        if (bn !== undefined && tn !== undefined) pairs.push({ b: bn, t: tn, at: [...path, 'target', 'value'], unit: ind.unit ?? '' });
        else if (valueAs(b.value, 'composite') && tParts) {
          const bp = partsOf(b.value, ind.unit);
          tParts.forEach((p, j) => {
            const name = typeof p.part === 'string' ? p.part : undefined;
            const other = name !== undefined ? bp.get(name) : undefined;
            const pb = quantityOf(other?.value);
            const pt = quantityOf(p.value);
            if (pb !== undefined && pt !== undefined && (p.unit ?? ind.unit) === other?.unit) pairs.push({ b: pb, t: pt, at: [...path, 'target', 'value', 'parts', j, 'value'], unit: p.unit ?? ind.unit ?? '' });
          });
        }
        // The direction is the encoder's reading, not the document's word: said, and one step milder.
        const isRead = typeof ind.direction === 'object';
        const read = isRead ? '（向きは原典になく、符号化での読み）' : '';
        const readEn = isRead ? ' (the direction is the encoding\'s reading; the source states none)' : '';
        const composite = pairs.length > 0 && quantityOf(b.value) === undefined;
        for (const pr of pairs) {
          const data = { indicator: quote(ind.name, 30), baseline: `${fmt(pr.b)}${pr.unit}`, target: `${fmt(pr.t)}${pr.unit}`, direction: JA[dir], directionEn: dir, read, readEn };
          if (dir === 'maintain') {
            if (pr.t !== pr.b) ctx.report({ messageId: 'notMaintained', data, path: pr.at, severity: isRead ? 'info' : 'warning' });
            // 維持 read from the very figures it judges (基準 200人 → 目標 200人, 札幌 100% → 100%) is circular:
            // the source prints no direction, and the unchanged target shows no progress.
            else if (isRead && !composite) ctx.report({ messageId: 'unchangedUnprinted', data: { indicator: data.indicator, target: data.target }, path: pr.at, severity: 'warning' });
          } else if ((dir === 'increase' && pr.t < pr.b) || (dir === 'decrease' && pr.t > pr.b)) {
            ctx.report({ messageId: 'against', data, path: pr.at, ...(isRead ? { severity: 'warning' as const } : {}) });
          } else if (pr.t === pr.b && !composite) ctx.report({ messageId: 'equal', data, path: pr.at, severity: isRead ? 'info' : 'warning' });
        }
        // A composite target equal to its baseline in every part sets no change at all.
        if (composite && dir !== 'maintain' && pairs.length > 0 && pairs.every((p) => p.t === p.b) && pairs.length === tParts?.length) {
          const data = { indicator: quote(ind.name, 30), baseline: pairs.map((p) => `${fmt(p.b)}${p.unit}`).join('・'), target: pairs.map((p) => `${fmt(p.t)}${p.unit}`).join('・'), direction: JA[dir], directionEn: dir, read, readEn };
          ctx.report({ messageId: 'equal', data, path: [...path, 'target', 'value'], severity: isRead ? 'info' : 'warning' });
        }
      },
    };
  },
});
