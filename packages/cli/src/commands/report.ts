/**
 * keikaku report — owned by the report work (packages/report). main.ts calls `report(options, io)`
 * and uses the returned exit code. This placeholder refuses with exit 2 until the report lands.
 */
export interface ReportCommandOptions {
  root: string;
  ids: string[];
  all: boolean;
  fy: number;
  out: string;
  formats: ('pdf' | 'html' | 'csv' | 'json')[];
  shard?: { index: number; count: number };
}
import type { Io } from './io.js';
export async function report(_opts: ReportCommandOptions, io: Io): Promise<number> {
  io.stderr('keikaku report はまだありません (report is not built yet)\n');
  return 2;
}
