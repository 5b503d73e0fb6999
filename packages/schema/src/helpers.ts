/**
 * Every helper a plan or progress module may call. The static reader in
 * @keikaku/core evaluates a call such as reiwa(6) by calling the function
 * registered here with the literal arguments written in the module; a name
 * not listed here is refused. Add a helper here when the schema gains one.
 */
import { fy, heisei, notStated, printedYear, reiwa, showa, tbd } from './fiscal-year.js';

export const PLAN_HELPERS = Object.freeze({ fy, reiwa, heisei, showa, tbd, notStated, printedYear });
export type PlanHelperName = keyof typeof PLAN_HELPERS;
