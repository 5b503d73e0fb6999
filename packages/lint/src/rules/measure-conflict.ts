import { createRule, defineMessages, docsPath, quote } from '@keikaku/core';

/** A count of who is on a list at a point in time (登録者数, 会員数): each person once, on the day it is taken. */
const STOCK = /登録(?:者|人)?数|登録人数|会員数|在籍(?:者|人)?数|加入者数/;
/** A count that counts the same person again at each visit or time. */
const REPEATS = /延べ|延(?=[人件回])/;

export default createRule({
  meta: {
    id: 'measure-conflict',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '時点の人数（登録者数・会員数）を延べで数えている：両立しない数え方', en: 'a point-in-time count (registrations, members) said to be counted with repeats (延べ)' },
    docs: docsPath('lint', 'measure-conflict'),
    messages: defineMessages({
      stockCountedWithRepeats: {
        ja: (d: { indicator: string; stock: string; how: string }) =>
          `指標「${d.indicator}」は「${d.stock}」（ある時点の登録・在籍の人数で、一人を一度数える）を${d.how}（同じ人を繰り返し数える）としており、数え方が両立しません`,
        en: (d: { indicator: string; stock: string; how: string }) => `indicator "${d.indicator}" counts "${d.stock}" (people on a list at one time, each once) ${d.how}, which counts the same person again`,
        hint: {
          ja: () => '時点の登録者数（年度末時点）か、延べ活動人数（活動のたびに数える）か、どちらを測るのかを決めて指標名と数え方を揃えてください。',
          en: () => 'Decide whether it is the number registered (at the year end) or the number of activity-days (counted each time), and make the name and measure agree.',
        },
      },
    }),
  },
  create(ctx) {
    return {
      indicator({ indicator: ind, path }) {
        const stock = STOCK.exec(ind.name);
        if (!stock) return;
        const printed = REPEATS.exec(ind.name);
        if (printed) {
          ctx.report({ messageId: 'stockCountedWithRepeats', data: { indicator: quote(ind.name, 30), stock: stock[0], how: `「${printed[0]}」` }, path: [...path, 'name'] });
        } else if (ind.measure === '延べ') {
          ctx.report({ messageId: 'stockCountedWithRepeats', data: { indicator: quote(ind.name, 30), stock: stock[0], how: '延べ（measure）' }, path: [...path, 'measure'] });
        }
      },
    };
  },
});
