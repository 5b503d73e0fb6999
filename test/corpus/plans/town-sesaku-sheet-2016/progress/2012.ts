/**
 * 施策マネジメントシート 実績値 平成24年度 (column 「平成24年度」 of the 実績値 rows; see ../plan.ts for how the
 * five figures of each row were read as 平成23〜27年度).
 */
import { defineProgress, heisei } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'town-sesaku-sheet-2016',
  fy: heisei(24),
  actuals: [
    { indicator: 'a-sasaeai-wariai', value: 32.7, printed: '32.7' },
    { indicator: 'b-volunteer-sanka', value: 1057, printed: '1,057' },
    { indicator: 'c-minsei-sodan', value: 1178, printed: '1,178' },
  ],
});
