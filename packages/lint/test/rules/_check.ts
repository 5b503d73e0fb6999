/** The core checks as lint rules, found by id. */
import { RULES_BY_ID, type LintRule } from '../../src/index.js';
export const checkRule = (id: string): LintRule => RULES_BY_ID.get(id)!;
