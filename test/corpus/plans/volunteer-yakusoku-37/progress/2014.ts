/**
 * 約束37 ③平成26年度の取り組み結果 — activities only; no figure for the indicator is printed (no actual).
 */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'volunteer-yakusoku-37',
  fy: heisei(26),
  actuals: [],
  narratives: [
    {
      node: 'yakusoku-37',
      heading: '③平成26年度の取り組み結果 [内容]',
      items: ['ボランティア講座の実施や社協関係ボランティア団体への活動助成など、継続的な支援を行いました。', 'また、小地域福祉会や介護予防サロンへの活動支援を行いました。'],
    },
  ],
});
