import { createRule, defineMessages, docsPath } from '@keikaku/core';

/**
 * 社会福祉法第107条第1項 lists what a 市町村地域福祉計画 sets out. Each item is
 * recognised by words a plan uses for it (a heuristic, documented in the docs).
 */
export const ITEMS_107: readonly { no: number; ja: string; en: string; words: RegExp }[] = [
  { no: 1, ja: '高齢者・障害者・児童その他の福祉に関し共通して取り組むべき事項', en: 'matters the welfare of the elderly, disabled, children and others should tackle in common', words: /共通して取り組|分野横断|横断的|属性を問わ|属性にとらわれ|地域共生社会/ },
  { no: 2, ja: '福祉サービスの適切な利用の推進', en: 'promoting appropriate use of welfare services', words: /福祉サービス|適切な利用|権利擁護|成年後見|情報提供|相談支援/ },
  { no: 3, ja: '社会福祉を目的とする事業の健全な発達', en: 'sound development of social-welfare businesses', words: /社会福祉を目的とする事業|事業者|社会福祉法人|福祉人材|人材の?確保|担い手/ },
  { no: 4, ja: '地域福祉に関する活動への住民の参加の促進', en: "promoting residents' participation in community-welfare activity", words: /住民.{0,6}参加|参加の促進|ボランティア|地域福祉活動|地域活動/ },
  { no: 5, ja: '包括的な支援体制の整備（第106条の3）', en: 'the comprehensive support system (§106-3)', words: /包括的な?支援|包括的に支援|重層的支援|多機関協働/ },
];

type D = { no: number; item: string; itemEn: string };
export default createRule({
  meta: {
    id: 'statutory-items',
    defaultSeverity: 'info',
    group: 'notice',
    description: { ja: '市町村地域福祉計画が社会福祉法第107条第1項の記載事項に触れていない', en: 'a 市町村地域福祉計画 that does not address an item of 社会福祉法§107(1)' },
    docs: docsPath('lint', 'statutory-items'),
    messages: defineMessages({
      missing: {
        ja: (d: D) => `社会福祉法第107条第1項第${d.no}号「${d.item}」に当たる記載が見当たりません`,
        en: (d: D) => `nothing in the plan appears to address 社会福祉法§107(1) item ${d.no} (${d.itemEn})`,
        hint: {
          ja: () => '地域福祉計画は第107条第1項の各号を一体的に定めます。該当する目標・施策を確認してください（語句による判定です）。',
          en: () => 'A 市町村地域福祉計画 sets out every item of §107(1); check which goal or policy covers it (judged by wording).',
        },
      },
    }),
  },
  create(ctx) {
    const plan = ctx.plan;
    if (plan.kind !== undefined && plan.kind !== '市町村地域福祉計画') return {};
    const basis = 'notStated' in plan.legalBasis ? [] : plan.legalBasis;
    if (!basis.some((b) => /社会福祉法第?\s*107\s*条/.test(b.normalize('NFKC')))) return {};
    // An excerpt (source.scope) or a plan with no goals recorded cannot be judged for what it leaves out.
    if (plan.source.scope || plan.goals.length === 0) return {};
    const prose: string[] = [];
    return {
      string(s) {
        if (s.kind === 'prose' && !s.progress) prose.push(s.value);
      },
      'plan:exit'() {
        const text = prose.join('\n');
        for (const item of ITEMS_107) {
          if (!item.words.test(text)) ctx.report({ messageId: 'missing', data: { no: item.no, item: item.ja, itemEn: item.en }, path: ['legalBasis'] });
        }
      },
    };
  },
});
