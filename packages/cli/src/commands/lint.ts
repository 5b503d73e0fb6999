/**
 * keikaku lint — owned by the lint work (packages/lint). main.ts calls `lint(options, io)`
 * and uses the returned exit code. This placeholder refuses with exit 2 until lint lands.
 */
export interface LintCommandOptions {
  root: string;
  ids: string[];
  profile: 'draft' | 'publish';
  format: 'stylish' | 'json' | 'sarif' | 'github';
  fix: boolean;
  fixDryRun: boolean;
  rules: string[];
}
import type { Io } from './io.js';
export async function lint(_opts: LintCommandOptions, io: Io): Promise<number> {
  io.stderr('keikaku lint はまだありません (lint is not built yet)\n');
  return 2;
}
