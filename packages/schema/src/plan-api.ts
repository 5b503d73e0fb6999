/**
 * What a plan or progress module may import from @keikaku/schema: the two
 * define functions, the year helpers the static reader evaluates
 * (helpers.ts), and the types they take.
 *
 * `keikaku check` compiles plans with the `keikaku-plan` export condition,
 * which resolves `@keikaku/schema` to this module (package.json). Nothing it
 * imports loads Zod, so each compiler program spends its time on the plans
 * rather than on deriving Zod's types (issue 6, "Measure and scale"). Editors
 * and the rest of keikaku resolve the full index.ts, which exports the same
 * declarations.
 */
export { definePlanChecked as definePlan, defineProgress } from './define.js';
export type { IndicatorIdOf, InitiativeIdOf, NodeIdOf, PlanModule, ProgressFor, ProgressModule } from './define.js';
export { fy, heisei, notStated, printedYear, reiwa, showa, tbd } from './fiscal-year.js';
export type { EraYearNumber, FiscalYear, FiscalYearNumber, HeiseiYear, NotStatedYear, PrintedYear, ReiwaYear, ShowaYear, TbdYear, YearRef } from './fiscal-year.js';
