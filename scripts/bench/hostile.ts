/**
 * pnpm bench's hostile-input figures (issue 14), or alone:
 *   node --import tsx scripts/bench/hostile.ts [--no-before]
 *
 * 1. The placeholder patterns on long runs of 〇: the patterns as they were
 *    before issue 14 (`〇+\s*年度`, `〇+\s*(ページ|頁)` tried at every mark) against
 *    findPlaceholders now. --no-before skips the old patterns (they are quadratic:
 *    50k marks take tens of seconds).
 * 2. Whole processes: `keikaku lint` (prose off and on) on a plan holding 50k 〇,
 *    20k 「〇〇ページ」 and a 330,000-character string, and `keikaku check` on a
 *    10 MB string and on 100,000 indicators (both refused by size).
 * Timings only; the tests assert results (test/hostile/).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPlaceholders } from '@keikaku/lint';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'packages/cli/bin/keikaku.mjs');
const before = !process.argv.includes('--no-before');

const MARKS = '〇○◯●＊×';
const OLD = [new RegExp(`[${MARKS}]+\\s*年度`, 'g'), new RegExp(`[${MARKS}]+\\s*(?:ページ|頁)`, 'g')];

function ms(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

console.log('== placeholder patterns on a run of 〇 (ms, this process)');
console.log('marks     old 〇+\\s*年度   old 〇+\\s*(ページ|頁)   findPlaceholders now');
for (const n of [10_000, 25_000, 50_000, 100_000]) {
  const s = `${'〇'.repeat(n)}。`;
  const old = (re: RegExp) => () => {
    re.lastIndex = 0;
    while (re.exec(s));
  };
  const o1 = before && n <= 50_000 ? ms(old(OLD[0]!)).toFixed(0) : '—';
  const o2 = before && n <= 50_000 ? ms(old(OLD[1]!)).toFixed(0) : '—';
  console.log(`${String(n).padStart(7)}  ${o1.padStart(14)}  ${o2.padStart(20)}  ${ms(() => findPlaceholders(s)).toFixed(1).padStart(20)}`);
}
const pages = '〇〇ページ、'.repeat(20_000);
console.log(`20k 〇〇ページ: findPlaceholders ${ms(() => findPlaceholders(pages)).toFixed(0)} ms`);

function planWith(description: string, indicators?: string): string {
  return `import { definePlan, fy, reiwa, notStated } from '@keikaku/schema';
export default definePlan({
  id: 'h', municipality: { name: '札幌市', code: '011002', prefecture: '北海道' }, title: 'テスト計画', edition: '第1期',
  period: { start: fy(2024), end: fy(2029) }, legalBasis: ['社会福祉法第107条'], encompasses: [], philosophy: notStated(), evaluation: notStated(),
  terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' },
  goals: [{ id: 'g1', no: 1, title: '目標1', description: [${JSON.stringify(description)}], indicators: [
    ${indicators ?? "{ id: 'a', name: '指標A', unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: 20 } }"}
  ] }],
  source: { file: 'fixture', title: 'fixture' },
});
`;
}

function timed(label: string, args: string[]): void {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  const [wall, kb] = (r.stderr.trim().split('\n').pop() ?? '').split(' ');
  console.log(`${label.padEnd(58)} ${Number(wall).toFixed(2).padStart(7)} s ${String(Math.round(Number(kb) / 1024)).padStart(6)} MB  exit ${r.status}`);
}

console.log('\n== whole processes');
const base = join(ROOT, 'test', '.tmp');
mkdirSync(base, { recursive: true });
const ws = mkdtempSync(join(base, 'bench-hostile-'));
writeFileSync(join(ws, 'pnpm-workspace.yaml'), 'packages:\n  - plans/*\n');
const many = Array.from({ length: 100_000 }, (_, i) => `{ id: 'i${i}', name: '指標${i}', unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: 20 } }`).join(',\n');
const cases: [string, string][] = [
  ['maru50k', `${'〇'.repeat(50_000)}。`],
  ['pages20k', pages],
  ['long330k', '見守り活動を進めます。'.repeat(30_000)],
  ['mb10', '見'.repeat(10_000_000)],
];
for (const [id, text] of cases) {
  mkdirSync(join(ws, 'plans', id), { recursive: true });
  writeFileSync(join(ws, 'plans', id, 'plan.ts'), planWith(text).replace("id: 'h'", `id: '${id}'`));
}
mkdirSync(join(ws, 'plans', 'many'), { recursive: true });
writeFileSync(join(ws, 'plans', 'many', 'plan.ts'), planWith('x', many).replace("id: 'h'", "id: 'many'"));
timed('lint 50k 〇 (prose off)', ['lint', '--root', ws, 'maru50k', '--prose', 'off']);
timed('lint 50k 〇 (prose basic)', ['lint', '--root', ws, 'maru50k']);
timed('lint 20k 〇〇ページ (prose off)', ['lint', '--root', ws, 'pages20k', '--prose', 'off']);
timed('lint 330,000-character string (prose basic, skipped)', ['lint', '--root', ws, 'long330k']);
timed('check 10 MB string (refused by size)', ['check', '--root', ws, 'mb10']);
timed('lint 10 MB string (refused by size)', ['lint', '--root', ws, 'mb10']);
timed('check 100,000 indicators (refused by size)', ['check', '--root', ws, 'many']);
rmSync(ws, { recursive: true, force: true });
