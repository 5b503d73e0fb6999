/**
 * 約束37 ④平成27年度の取り組み状況 — activities only; no figure for the indicator is printed (no actual).
 */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'volunteer-yakusoku-37',
  fy: heisei(27),
  actuals: [],
  narratives: [
    {
      node: 'yakusoku-37',
      heading: '④平成27年度の取り組み状況 [計画]',
      items: ['ボランティアの支援を必要とする個人や福祉施設等とボランティアの個人や団体のコーディネートを行い、ボランティア活動の拡大支援を行います。'],
    },
  ],
});
