import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

/** What a head count counts: the two kanji of the act right before 者数 / 人数 (活動参加者数 → 参加, 保険加入者数 → 加入). */
const ACT = /(\p{Script=Han}{2})(?:者|人)数$/u;

export default createRule({
  meta: {
    id: 'measure-name-mismatch',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '指標名の人数と、把握方法（出典）で数える人数が別のもの（参加者数を保険加入者数で把握）', en: 'the indicator names one head count and is measured by another' },
    docs: docsPath('lint', 'measure-name-mismatch'),
    messages: defineMessages({
      otherCount: {
        ja: (d: { indicator: string; named: string; source: string; counted: string }) =>
          `指標「${d.indicator}」は「${d.named}」した人の数ですが、把握方法「${d.source}」は「${d.counted}」した人を数えています。測っているものが指標名と違います`,
        en: (d: { indicator: string; named: string; source: string; counted: string }) => `indicator "${d.indicator}" names people who ${d.named}, but is measured by "${d.source}", people who ${d.counted}`,
        hint: {
          ja: () => '指標名を実際に数えているもの（例:「ボランティア活動保険加入者数」）にするか、名称どおりに数える方法を書いてください。',
          en: () => 'Name the indicator after what is counted, or measure what the name says.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        if (!ind.source) return;
        const named = ACT.exec(ind.name);
        const counted = ACT.exec(ind.source.trim());
        if (!named || !counted || named[1] === counted[1]) return;
        ctx.report({ messageId: 'otherCount', data: { indicator: quote(ind.name, 30), named: named[1]!, source: quote(ind.source, 30), counted: counted[1]! }, path: [...path, 'source'] });
      },
    };
  },
});
