/**
 * 施策マネジメントシート 実績値 平成23年度 (column 「平成23年度」 of the 実績値 rows; see ../plan.ts for how the
 * five figures of each row were read as 平成23〜27年度).
 */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'town-sesaku-sheet-2016',
  fy: heisei(23),
  actuals: [
    { indicator: 'a-sasaeai-wariai', value: 26.9, printed: '26.9' },
    { indicator: 'b-volunteer-sanka', value: 891, printed: '891' },
    { indicator: 'c-minsei-sodan', value: 986, printed: '986' },
  ],
});
