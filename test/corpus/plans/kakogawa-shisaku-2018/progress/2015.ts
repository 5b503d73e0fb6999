/** 平成27年度 (column 「H27」 of the その他の関連指標 table; see ../plan.ts). */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'kakogawa-shisaku-2018',
  fy: heisei(27), // (reading) 関連指標の列 H27 H28 H29 の順に 1,923人 706人 698人 と読んだ
  actuals: [{ indicator: 'vc-toroku', value: 1923, printed: '1,923人' }],
});
