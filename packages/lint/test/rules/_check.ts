/** The core checks as lint runs them, found by id. */
import type { AnyRule } from '@keikaku/core';
import { RULES_BY_ID } from '../../src/index.js';
export const checkRule = (id: string): AnyRule => RULES_BY_ID.get(id)!;
