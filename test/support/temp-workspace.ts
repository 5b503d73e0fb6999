/**
 * A throw-away keikaku workspace inside the repository (test/.tmp/, ignored by
 * git), so that `@keikaku/schema` resolves for tsc exactly as in a real one.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT } from './run-cli.js';

export function tempWorkspace(files: Record<string, string | Buffer> = {}): string {
  const base = join(ROOT, 'test', '.tmp');
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'ws-'));
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - plans/*\n');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

/** A valid one-indicator plan module, with `extra` lines inserted before the default export. */
export function planModule(id: string, extra = '', title = 'テスト計画'): string {
  return `import { definePlan, fy, reiwa, notStated } from '@keikaku/schema';
${extra}
export default definePlan({
  id: '${id}',
  municipality: { name: '札幌市', code: '011002', prefecture: '北海道' },
  title: ${JSON.stringify(title)},
  edition: '第1期',
  period: { start: fy(2024), end: fy(2029) },
  legalBasis: ['社会福祉法第107条'],
  encompasses: [],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' },
  goals: [
    {
      id: 'g1',
      no: 1,
      title: '目標1',
      indicators: [
        { id: 'ind-a', name: '指標A', unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: 20 } },
      ],
    },
  ],
  source: { file: 'fixture', title: 'fixture' },
});
`;
}

export function copyPlan(from: string, dir: string, id: string): void {
  cpSync(join(ROOT, 'plans', from), join(dir, 'plans', id), { recursive: true });
}
