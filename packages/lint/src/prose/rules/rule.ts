/**
 * keikaku's own textlint rules (run by the same kernel as the preset rules, findings `prose/<id>`):
 * each is one file here, with its doc in docs/prose/<id>.md and its table in test/prose/<id>.test.ts.
 * A rule is a check over one Str node's text that returns hits (offsets inside that text); `strRule`
 * turns it into a textlint rule that reports each hit at its exact range.
 *
 * Messages are Japanese first with an English gloss, joined by EN_GLOSS; prose findings split them
 * into the finding's ja and en messages.
 */
import type { TextlintRuleReporter } from '@textlint/types';

export const EN_GLOSS = '\u001f';

export interface Hit {
  start: number;
  end: number;
  ja: string;
  en: string;
}

export function strRule(check: (text: string) => Hit[] | Promise<Hit[]>): TextlintRuleReporter {
  return (context) => {
    const { Syntax, report, RuleError, locator, getSource } = context;
    return {
      async [Syntax.Str](node) {
        for (const h of await check(getSource(node))) {
          report(node, new RuleError(`${h.ja}${EN_GLOSS}${h.en}`, { padding: locator.range([h.start, h.end]) }));
        }
      },
    };
  };
}
