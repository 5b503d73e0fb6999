/** The judgements `check` runs (moved out of Zod: the document's defects are reported, not refused). Lint runs them too. */
import type { AnyRule } from '../rule.js';
import negativeCount from './negative-count.js';
import percentRange from './percent-range.js';
import periodReversed from './period-reversed.js';
import progressFyOutsidePeriod from './progress-fy-outside-period.js';
import progressUnknownPart from './progress-unknown-part.js';
import provisionalAsOf from './provisional-as-of.js';
import revisionsOutOfOrder from './revisions-out-of-order.js';
import targetBeforeBaseline from './target-before-baseline.js';

export const CHECK_RULES: readonly AnyRule[] = [
  targetBeforeBaseline,
  percentRange,
  negativeCount,
  periodReversed,
  revisionsOutOfOrder,
  progressFyOutsidePeriod,
  progressUnknownPart,
  provisionalAsOf,
];
