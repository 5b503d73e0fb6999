/** @keikaku/lint: rules, engine, fixes and formatters for keikaku plans. */
export * from './engine.js';
export * from './config.js';
export * from './suppressions.js';
export { ALL_RULES, PLAN_RULES, ENGINE_RULES, RULES_BY_ID } from './rules/index.js';
export { findPlaceholders, findUnitsWithoutNumber, findArticlesWithoutNumber } from './text/placeholders.js';
export { applyEdits, fixesByFile, unifiedDiff, writeModuleAtomic } from './fix.js';
export { fixWorkspace, MAX_FIX_PASSES, type FixResult, type FixedFile } from './fix-run.js';
export { format, FORMATS, github, sarif, type FormatName } from './formatters/index.js';
export { escapeData, escapeProperty } from '@keikaku/core';
export { formatStream, memorySpool, type FormatStream, type Spool } from './formatters/stream.js';
export { lintProse, clearProseCache, PROSE_RULES, PROSE_RULE_PREFIX, PRH_DICTIONARY, PROSE_MAX_STRING_CHARS, PROSE_MAX_MODULE_CHARS, PROSE_SIZE_LIMIT_RULE, type ProseOptions, type ProseLevel } from './prose/textlint.js';
