import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

/**
 * A year printed as a calendar year (年, not 年度) in a figure's printed cell: 「基準(2022年)」, 「平成26年」.
 * Not a date (令和5年3月), a span (3年間), an age (年齢) or a 年度.
 */
const CALENDAR = /(?:(?:令和|平成|昭和|[RHSＲＨＳ])\s*[元0-9０-９]{1,2}|(?:19|20)[0-9]{2})\s*年(?![度間齢次代]|\s*[0-9０-９]{1,2}\s*月)/;
/** A 年度 with its year when printed (平成22年度), or the phrase it heads (年度末時点). */
const FISCAL = /(?:(?:(?:令和|平成|昭和)\s*[元0-9０-９]{1,2}|(?:19|20)[0-9]{2})\s*)?年度[^\s、。，,）)]{0,6}/;

type D = { calendar: string; fiscal: string; count: number };
export default createRule({
  meta: {
    id: 'mixed-year-kinds',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '暦年（年）と年度の混在', en: 'calendar years (年) mixed with fiscal years (年度)' },
    docs: docsPath('lint', 'mixed-year-kinds'),
    messages: defineMessages({
      mixed: {
        ja: (d: D) => `数値の年が暦年「${d.calendar}」（${d.count}か所）で書かれていますが、この計画は年度（「${d.fiscal}」）でも数えています。年と年度のどちらの数値かが読み手に分かりません`,
        en: (d: D) => `figures are dated by calendar year "${d.calendar}" (${d.count}×) while the plan also counts by fiscal year ("${d.fiscal}"): readers cannot tell which a figure is`,
        hint: {
          ja: () => '原典で暦年か年度かを確かめ、年度なら「2022年度」のように書いてください（印刷どおりなら、公表前に原典をそろえます）。',
          en: () => 'Check the source; if the figures are fiscal-year figures, print 2022年度 (and correct the source before publishing).',
        },
      },
    }),
  },
  create(ctx) {
    let first: { path: PlanPath; start: number; end: number; text: string } | undefined;
    let count = 0;
    let fiscal: string | undefined;
    return {
      string(s) {
        if (s.progress) return;
        if (s.kind === 'printed') {
          const m = CALENDAR.exec(s.value);
          if (m) {
            count++;
            first ??= { path: s.path, start: m.index, end: m.index + m[0].length, text: m[0] };
          }
        }
        if (fiscal === undefined && s.key !== 'note' && s.key !== 'scope') {
          const f = FISCAL.exec(s.value);
          if (f) fiscal = quote(f[0].trim(), 14);
        }
      },
      'plan:exit'() {
        if (!first || fiscal === undefined) return;
        const range = ctx.planSource.stringRange(first.path, first.start, first.end);
        ctx.report({ messageId: 'mixed', data: { calendar: first.text, fiscal, count }, path: first.path, ...(range ? { range } : {}) });
      },
    };
  },
});
