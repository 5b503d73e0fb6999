/**
 * 施策マネジメントシート 実績値 平成25年度 (column 「平成25年度」 of the 実績値 rows; see ../plan.ts for how the
 * five figures of each row were read as 平成23〜27年度).
 */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'town-sesaku-sheet-2016',
  fy: heisei(25),
  actuals: [
    { indicator: 'a-sasaeai-wariai', value: 36.2, printed: '36.2' },
    { indicator: 'b-volunteer-sanka', value: 1044, printed: '1,044' },
    { indicator: 'c-minsei-sodan', value: 1197, printed: '1,197' },
  ],
});
