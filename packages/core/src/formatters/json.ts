import type { Finding } from '../finding.js';

/** The findings as a JSON array of the core Finding shape. */
export const json = (findings: readonly Finding[]): string => JSON.stringify(findings, null, 2);
