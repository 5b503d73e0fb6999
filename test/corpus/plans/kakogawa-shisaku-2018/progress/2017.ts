/** 平成29年度 (column 「H29」 of both tables; the 平成30年度 sheet reviews 平成29年度; see ../plan.ts). */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'kakogawa-shisaku-2018',
  fy: heisei(29), // (reading) 成果指標の 57.3% と関連指標の 698人 を H29 の列と読んだ
  actuals: [
    { indicator: 'manzokudo', value: 57.3, printed: '57.3%' },
    { indicator: 'vc-toroku', value: 698, printed: '698人' },
  ],
});
