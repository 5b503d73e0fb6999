import type { Finding } from '../finding.js';

export const json = (findings: readonly Finding[]): string => JSON.stringify(findings, null, 2);
