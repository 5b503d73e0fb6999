/** 平成28年度 (column 「H28」 of both tables; see ../plan.ts for how the flattened cells were read). */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'kakogawa-shisaku-2018',
  fy: heisei(28), // (reading) 成果指標の 55.8% と関連指標の 706人 を H28 の列と読んだ
  actuals: [
    { indicator: 'manzokudo', value: 55.8, printed: '55.8%' },
    { indicator: 'vc-toroku', value: 706, printed: '706人' },
  ],
});
