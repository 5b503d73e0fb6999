/**
 * The five plans encoded from seeds/ (the bundled plans). Tests of these
 * plans name them, so that a city's own plan added under plans/ changes no
 * expectation; tests that count plans use their own fixture workspaces.
 */
export const SEED_PLANS = ['asahikawa', 'kanazawa', 'otaru', 'sapporo', 'tomakomai'] as const;
