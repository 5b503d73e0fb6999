export { main } from './main.js';
export { check, type CheckResult } from './commands/check.js';
export { exportPlan } from './commands/export.js';
export { indicatorRows, INDICATOR_COLUMNS, type IndicatorRow } from './indicator-rows.js';
export type { Finding } from './finding.js';
