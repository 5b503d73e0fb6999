/**
 * 施策マネジメントシート 実績値 平成26年度 (column 「平成26年度」 of the 実績値 rows; see ../plan.ts for how the
 * five figures of each row were read as 平成23〜27年度).
 */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'town-sesaku-sheet-2016',
  fy: heisei(26),
  actuals: [
    { indicator: 'a-sasaeai-wariai', value: 34.0, printed: '34.0' },
    { indicator: 'b-volunteer-sanka', value: 995, printed: '995' },
    { indicator: 'c-minsei-sodan', value: 1102, printed: '1,102' },
  ],
});
