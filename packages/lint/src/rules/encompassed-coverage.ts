import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';
import { isReadHeading, type Section } from '@keikaku/schema';

/** Words that name each kind of encompassed plan in a heading or title. */
export const KIND_WORDS: Readonly<Record<string, RegExp>> = {
  成年後見制度利用促進計画: /成年後見/,
  地方再犯防止推進計画: /再犯/,
  重層的支援体制整備事業実施計画: /重層的支援/,
  生活困窮者自立支援計画: /生活困窮/,
};

type D = { title: string; kind: string; law: string };
export default createRule({
  meta: {
    id: 'encompassed-coverage',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '包含すると宣言した計画（成年後見・再犯防止・重層的支援）に対応する記載がない', en: 'an encompassed statutory plan with no section, initiative or indicator for it' },
    docs: docsPath('lint', 'encompassed-coverage'),
    messages: defineMessages({
      uncovered: {
        ja: (d: D) => `「${d.title}」（${d.kind}、${d.law}）を包含すると書かれていますが、それに当たる目標・施策・取組・指標がありません`,
        en: (d: D) => `the plan says it encompasses "${d.title}" (${d.kind}, ${d.law}) but no goal, policy, initiative or indicator is for it`,
        hint: {
          ja: () => '該当する施策・取組・指標に encompassed: "<id>" を付けるか、計画に求められる記載を contents に書いてください。',
          en: () => 'Mark the policies, initiatives or indicators that carry it with encompassed: "<id>", or record its required contents.',
        },
      },
    }),
  },
  create(ctx) {
    // Only the document's own headings name what it covers: a heading the encoder supplied ({ read }) is
    // the encoder's word, not the document's, so it covers nothing.
    const printedHeadings = (sections: readonly Section[] | undefined): string[] =>
      (sections ?? []).flatMap((s) => [s.heading, ...(s.subsections ?? []).map((x) => x.heading)]).flatMap((h) => (isReadHeading(h) ? [] : [h]));
    const used = new Set<string>();
    const titles: string[] = [];
    return {
      node({ node }) {
        if (node.encompassed) used.add(node.encompassed);
        titles.push(node.title, ...printedHeadings(node.sections));
      },
      initiative({ initiative }) {
        if (initiative.encompassed) used.add(initiative.encompassed);
        titles.push(initiative.title);
      },
      indicator({ indicator }) {
        if (indicator.encompassed) used.add(indicator.encompassed);
      },
      'plan:exit'() {
        const plan = ctx.plan;
        // With no goals recorded there is nothing to look in (an excerpt; plan-without-indicators says so).
        if (plan.goals.length === 0) return;
        titles.push(...printedHeadings(plan.sections));
        plan.encompasses.forEach((e, i) => {
          if (used.has(e.id)) return;
          if (e.contents !== undefined && e.contents.length > 0) return;
          const words = KIND_WORDS[e.kind];
          if (words && titles.some((t) => words.test(t))) return;
          ctx.report({ messageId: 'uncovered', data: { title: quote(e.title ?? e.kind, 30), kind: e.kind, law: quote(e.law, 30) }, path: ['encompasses', i, 'id'] });
        });
      },
    };
  },
});
