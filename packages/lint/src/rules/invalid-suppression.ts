import { createRule, defineMessages, docsPath } from '@keikaku/core';

/** Reported by the engine (suppressions.ts) for a keikaku-disable-next-line comment it cannot honour. */
export default createRule({
  meta: {
    id: 'invalid-suppression',
    defaultSeverity: 'error',
    group: 'defect',
    description: { ja: '理由のない・ルール名の誤った抑止コメント', en: 'a suppression comment without a reason or with an unknown rule' },
    docs: docsPath('lint', 'invalid-suppression'),
    messages: defineMessages({
      noReason: {
        ja: (d: { rules: string }) => `抑止コメント（${d.rules}）に理由がないため、抑止していません`,
        en: (d: { rules: string }) => `the suppression of ${d.rules} has no reason, so it suppresses nothing`,
        hint: {
          ja: () => '// keikaku-disable-next-line <ルール> -- <理由> のように「--」の後に理由を書いてください。',
          en: () => 'Write the reason after "--": // keikaku-disable-next-line <rule> -- <reason>.',
        },
      },
      noRule: {
        ja: () => '抑止コメントにルール名がありません',
        en: () => 'the suppression names no rule',
        hint: { ja: () => '抑止するルールを名指ししてください（すべてを抑止する書き方はありません）。', en: () => 'Name the rules to suppress; there is no suppress-all.' },
      },
      unknownRule: {
        ja: (d: { rules: string }) => `抑止コメントのルール ${d.rules} はありません`,
        en: (d: { rules: string }) => `the suppression names unknown rule(s) ${d.rules}`,
        hint: { ja: () => 'ルール名は packages/lint/README.md の一覧にあります。', en: () => 'Rule ids are listed in packages/lint/README.md.' },
      },
    }),
  },
  /** Raised by lint's engine (configuration and suppressions), not by listening to the plan. */
  create: () => ({}),
});
