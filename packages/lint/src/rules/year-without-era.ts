import { indicatorValues, isPrintedYear } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

type D = { printed: string; era: string; count: number; examples: string };
export default createRule({
  meta: {
    id: 'year-without-era',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '元号のない年度（「26年度」、元号は文脈から）', en: 'a year printed without its era (26年度; the era only from context)' },
    docs: docsPath('lint', 'year-without-era'),
    messages: defineMessages({
      noEra: {
        ja: (d: D) => `年度「${d.printed}」ほか${d.count - 1}か所に元号がありません（${d.examples}。${d.era}は文脈からの読み）`,
        en: (d: D) => `the year "${d.printed}" and ${d.count - 1} more are printed without an era (${d.examples}; ${d.era} only from context)`,
        hint: {
          ja: () => '「平成26年度」のように元号を付けてください。元号が変わると（平成32年度 → 令和2年度）数字だけでは読めません。',
          en: () => 'Print the era (平成26年度); across an era change (平成32年度 is 令和2年度) the bare number cannot be read.',
        },
      },
    }),
  },
  create(ctx) {
    const found: { printed: string; era: string; path: PlanPath }[] = [];
    return {
      indicator({ indicator: ind, path }) {
        for (const v of indicatorValues(ind)) {
          // printedYear('26年度', '平成'): the era is the encoder's, from the document's context.
          if (isPrintedYear(v.fy) && v.fy.era !== undefined) found.push({ printed: v.fy.printed, era: v.fy.era, path: [...path, ...v.path.slice(0, -1), 'fy'] });
        }
      },
      'plan:exit'() {
        const first = found[0];
        if (!first) return;
        const examples = [...new Set(found.map((f) => `「${f.printed}」`))].slice(0, 4).join('');
        ctx.report({ messageId: 'noEra', data: { printed: quote(first.printed, 12), era: first.era, count: found.length, examples }, path: first.path });
      },
    };
  },
});
