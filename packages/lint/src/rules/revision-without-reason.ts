import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

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
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        (ind.revisions ?? []).forEach((r, i) => {
          if (typeof r.reason === 'string' && r.reason.trim() !== '') return;
          ctx.report({ messageId: 'noReason', data: { indicator: quote(ind.name, 30), label: quote(r.label, 20) }, path: [...path, 'revisions', i, 'label'] });
        });
      },
    };
  },
});
