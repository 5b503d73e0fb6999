/**
 * @keikaku/author writes plan and progress modules: a new plan's folder
 * (`keikaku new`), a year's actuals from a spreadsheet (`keikaku import`) and
 * the sheet to fill them in (`keikaku export --template`). It reads plans
 * with @keikaku/core's static reader and edits modules with ts-morph; it
 * never runs a plan.
 */
export { newPlan, resolveMunicipality, planModuleText, PLAN_ID, type NewPlanOptions, type NewPlanResult, type PlanKind } from './new-plan.js';
export { localGovernments, localGovernmentByCode, localGovernmentsNamed, LG_TABLE_SOURCE, type LocalGovernment, type LocalGovernmentKind } from './municipalities.js';
export { importActuals, HEADERS, type ImportOptions, type ImportResult, type SheetProblem, type ColumnKey } from './import.js';
export { readSheet, decodeCsv, columnLetter, type Sheet, type SheetRow, type Cell } from './sheet.js';
export { parseNumberCell, parseDateCell, parseFlagCell } from './cells.js';
export { indicatorInfos, type IndicatorInfo, type PartInfo } from './plan-indicators.js';
export { progressTemplate, templateRows, TEMPLATE_COLUMNS, type TemplateRow } from './template.js';
