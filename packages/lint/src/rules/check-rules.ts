/**
 * The judgements `keikaku check` already runs (core's CHECK_RULES), as lint
 * rules: the same code, with lint's meta (docs, group). They are errors in
 * both profiles: each is a statement the document gets wrong.
 */
import { CHECK_RULES } from '@keikaku/core';
import { docsPath, type LintRule } from '../rule.js';

export const CHECK_LINT_RULES: readonly LintRule[] = CHECK_RULES.map(
  (r): LintRule => ({ meta: { ...r.meta, docs: docsPath(r.meta.id), group: 'defect' }, create: (ctx) => r.create(ctx) }),
);
