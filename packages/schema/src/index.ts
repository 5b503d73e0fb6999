export * from './fiscal-year.js';
// The Zod schemas of years (values and types). Named here because an explicit export takes precedence over
// `export *`: fiscal-year.ts exports types of the same names (generated, readonly) for the Zod-free plan API.
export { FiscalYear, NotStatedYear, PrintedYear, ReadYear, TbdYear, YearRef } from './year-schema.js';
export * from './municipality-code.js';
export * from './units.js';
export * from './value.js';
export * from './common.js';
export * from './indicator.js';
export * from './plan.js';
export { Plan, type PlanInput } from './plan-checks.js';
export * from './progress.js';
export * from './define.js';
export * from './walk.js';
export * from './access.js';
export * from './errors.js';
export * from './validate.js';
export * from './json-schema.js';
export * from './helpers.js';
export * from './vocabulary.js';
export * from './grading.js';
export * from './type-declarations.js';
