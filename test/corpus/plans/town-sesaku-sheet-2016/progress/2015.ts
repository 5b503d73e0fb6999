/**
 * 施策マネジメントシート 実績値 平成27年度 (column 「平成27年度」 of the 実績値 rows; see ../plan.ts for how the
 * five figures of each row were read as 平成23〜27年度).
 */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'town-sesaku-sheet-2016',
  fy: heisei(27),
  actuals: [
    { indicator: 'a-sasaeai-wariai', value: 32.8, printed: '32.8' },
    { indicator: 'b-volunteer-sanka', value: 1011, printed: '1,011' },
    { indicator: 'c-minsei-sodan', value: 943, printed: '943' },
  ],
});
