import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

export default createRule({
  meta: {
    id: 'revision-without-reason',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '理由の書かれていない目標の見直し', en: 'a target revision without a reason' },
    docs: docsPath('lint', 'revision-without-reason'),
    messages: defineMessages({
      noReason: {
        ja: (d: { indicator: string; label: string }) => `指標「${d.indicator}」の${d.label}に理由がありません`,
        en: (d: { indicator: string; label: string }) => `indicator "${d.indicator}": the revision (${d.label}) gives no reason`,
        hint: {
          ja: () => '目標を変えた理由（実績が目標を上回った、事業の見直し など）を reason に書いてください。委員会や市民が変更を検証できます。',
          en: () => 'Say why the target changed in reason, so the committee and residents can check the change.',
        },
      },
      noReasonAnywhere: {
        ja: (d: { indicator: string; label: string; count: number }) => `目標の見直し${d.count}件（指標「${d.indicator}」の${d.label}ほか）のどれにも理由がありません`,
        en: (d: { indicator: string; label: string; count: number }) => `none of the ${d.count} target revisions (indicator "${d.indicator}", ${d.label}, …) gives a reason`,
        hint: {
          ja: () => '見直しの表に理由の欄がありません。公表前に、目標を変えた理由を本文か表に書き加えてください（reason に記録します）。',
          en: () => 'The revision table has no reason column; before publishing, give the reasons in the text or the table (recorded in reason).',
        },
      },
    }),
  },
  create(ctx) {
    const without: { indicator: string; label: string; path: PlanPath }[] = [];
    let withReason = 0;
    return {
      indicator({ indicator: ind, path }) {
        (ind.revisions ?? []).forEach((r, i) => {
          if (typeof r.reason === 'string' && r.reason.trim() !== '') withReason++;
          else without.push({ indicator: quote(ind.name, 30), label: quote(r.label, 20), path: [...path, 'revisions', i, 'label'] });
        });
      },
      'plan:exit'() {
        if (without.length === 0) return;
        if (withReason > 0) {
          // The document gives reasons elsewhere: each revision without one is a gap.
          for (const w of without) ctx.report({ messageId: 'noReason', data: { indicator: w.indicator, label: w.label }, path: w.path });
          return;
        }
        // No revision has a reason: the document's table has no reason column (苫小牧 中間見直し). One finding for the
        // plan, and only when publishing: while drafting there is nothing to encode (docs).
        if (ctx.settings.profile !== 'publish') return;
        const first = without[0]!;
        ctx.report({ messageId: 'noReasonAnywhere', data: { indicator: first.indicator, label: first.label, count: without.length }, path: first.path });
      },
    };
  },
});
