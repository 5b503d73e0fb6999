export { main } from './main.js';
export { exportPlan } from './commands/export.js';
