/**
 * When a progress figure was taken, and whether it is final: a figure taken
 * before the fiscal year ended (12月末時点) is provisional; a provisional
 * figure says when it was taken; the date lies inside the fiscal year.
 */
import { fiscalYearRange, formatFiscalYear } from '@keikaku/schema';
import { defineMessages } from '../messages.js';
import { createRule, docsPath } from '../rule.js';

export default createRule({
  meta: {
    id: 'provisional-as-of',
    defaultSeverity: 'error',
    group: 'defect',
    docs: docsPath('core', 'provisional-as-of'),
    description: { ja: '時点（asOf）と速報値（provisional）の食い違い', en: 'as-of date and provisional flag disagree' },
    messages: defineMessages({
      outsideYear: {
        ja: (d: { asOf: string; fy: string }) => `時点 ${d.asOf} が ${d.fy}（4月1日〜3月31日）の外です`,
        en: (d: { asOf: string; fy: string }) => `as-of date ${d.asOf} is outside fiscal year ${d.fy} (April–March)`,
        hint: {
          ja: () => '年度は4月始まりです。2024年度の12月末は "2024-12-31"、3月末は "2025-03-31" です。',
          en: () => 'The fiscal year starts in April: FY2024 ends on 2025-03-31.',
        },
      },
      provisionalRequired: {
        ja: (d: { asOf: string }) => `年度途中（${d.asOf}）の値に provisional: true がありません`,
        en: (d: { asOf: string }) => `a figure taken mid-year (${d.asOf}) is not marked provisional`,
        hint: { ja: () => '12月末時点などの値には provisional: true を付けてください。', en: () => 'Add provisional: true to figures such as 12月末時点.' },
      },
      asOfRequired: {
        ja: () => '速報値（provisional: true）に時点 asOf がありません',
        en: () => 'a provisional figure has no as-of date',
        hint: { ja: () => 'いつ時点の値かを asOf: "2024-12-31" のように書いてください。', en: () => 'Say when it was taken: asOf: "2024-12-31".' },
      },
    }),
  },
  create(ctx) {
    return {
      actual({ actual: a, path, progress: p }) {
        const { start, end } = fiscalYearRange(p.progress.fy);
        if (a.asOf === undefined) {
          if (a.provisional === true) ctx.report({ messageId: 'asOfRequired', data: {}, path: [...path, 'provisional'], source: p.source });
          return;
        }
        if (a.asOf < start || a.asOf > end) {
          ctx.report({ messageId: 'outsideYear', data: { asOf: a.asOf, fy: formatFiscalYear(p.progress.fy) }, path: [...path, 'asOf'], source: p.source });
        } else if (a.asOf < end && a.provisional !== true) {
          ctx.report({ messageId: 'provisionalRequired', data: { asOf: a.asOf }, path: [...path, 'asOf'], source: p.source });
        }
      },
    };
  },
});
