import { createRule, defineMessages, docsPath } from '@keikaku/core';

/** Reported by the engine when a keikaku-disable-next-line comment suppressed nothing. */
export default createRule({
  meta: {
    id: 'unused-suppression',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '何も抑止していない抑止コメント', en: 'a suppression comment that suppresses nothing' },
    docs: docsPath('lint', 'unused-suppression'),
    messages: defineMessages({
      unused: {
        ja: (d: { rules: string }) => `抑止コメント（${d.rules}）の次の行にそのルールの指摘がありません`,
        en: (d: { rules: string }) => `the suppression of ${d.rules} suppresses nothing on the next line`,
        hint: {
          ja: () => '問題が直ったなら抑止コメントを消してください。指摘の行の直前に置く必要があります。',
          en: () => 'Remove it if the problem is fixed; it must sit on the line just before the finding.',
        },
      },
    }),
  },
  /** Raised by lint's engine (configuration and suppressions), not by listening to the plan. */
  create: () => ({}),
});
