import { createRule, defineMessages, docsPath } from '@keikaku/core';

/** Reported by the engine (config.ts) for a plan configuration it cannot use. Messages are built there. */
export default createRule({
  meta: {
    id: 'invalid-config',
    defaultSeverity: 'error',
    group: 'defect',
    description: { ja: '計画ごとの lint 設定の誤り（理由のない設定・知らないルール）', en: 'an invalid per-plan lint configuration (no reason, unknown rule)' },
    docs: docsPath('lint', 'invalid-config'),
    messages: defineMessages({
      invalid: {
        ja: (d: { detail: string }) => `lint の設定を使えません: ${d.detail}`,
        en: (d: { detail: string }) => `cannot use the lint configuration: ${d.detail}`,
      },
    }),
  },
  /** Raised by lint's engine (configuration and suppressions), not by listening to the plan. */
  create: () => ({}),
});
