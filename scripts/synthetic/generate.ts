/**
 * Deterministic synthetic plans shaped like the seeds, for benchmarks at
 * national scale (1,741 municipalities). Each plan is a real plan module:
 * plain literals, definePlan and @keikaku/schema's helpers, 40–80 indicators
 * across 3 基本目標 × 2–4 施策, every value shape the schema has (numbers,
 * parts, states, ↗, frequencies, milestones, blanks; tbd and notStated years;
 * revisions; and the shapes of real plans beyond the seeds: stated absence,
 * relative, bounded and recurring targets, series and 見込量, qualifiers,
 * printed years and directions marked as read), and a progress module with
 * provisional 12月末 figures.
 *
 *   node --import tsx scripts/synthetic/generate.ts <outDir> <count> [seed]
 *
 * The output folder is a keikaku workspace (pnpm-workspace.yaml + plans/).
 * Put it inside the repository (e.g. .bench/) so that @keikaku/schema resolves.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lgCodeCheckDigit } from '@keikaku/schema';

/** mulberry32: a small seeded PRNG, so the same seed gives the same bytes. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ['見守り活動を実施する地区の割合', '地域活動に参加したことがある市民の割合', '相談支援の件数', 'ボランティア登録者数', 'サロンの開催回数', '成年後見制度の相談件数', '避難行動要支援者の個別避難計画作成率', '民生委員の充足率', '福祉教育の実施校数', '就労支援による就職者数'];
const UNITS = ['%', '人', '件', '回', '団体', 'か所', '校'] as const;
const STATES = ['実施', '継続', '開設'] as const;

export interface GeneratedPlan {
  id: string;
  plan: string;
  progress: string;
}

export function generatePlan(index: number, seed = 1): GeneratedPlan {
  const rnd = prng(seed * 100_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const id = `city-${String(index + 1).padStart(4, '0')}`;
  const pref = String(1 + (index % 47)).padStart(2, '0');
  const first5 = `${pref}${String(100 + (index % 900)).padStart(3, '0')}`;
  const code = `${first5}${lgCodeCheckDigit(first5)}`;
  const start = int(2021, 2024);
  const target = start + 5;
  const indicatorsWanted = int(40, 80);
  const L: string[] = [];
  const actuals: string[] = [];
  L.push("import { definePlan, fy, reiwa, tbd, notStated, printedYear } from '@keikaku/schema';", '', 'export default definePlan({');
  L.push(`  id: '${id}',`);
  L.push(`  municipality: { name: '合成市${index + 1}', code: '${code}', prefecture: '合成県' },`);
  L.push(`  title: '合成市${index + 1}地域福祉計画',`);
  L.push(`  edition: '第${int(1, 5)}期',`);
  L.push(`  period: { start: fy(${start}), end: fy(${target}) },`);
  L.push("  legalBasis: ['社会福祉法第107条'],", '  encompasses: [],');
  L.push("  philosophy: { text: 'だれもが安心して暮らせるまち' },");
  L.push("  evaluation: notStated('合成データ'),");
  L.push("  terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' },", '  goals: [');
  let made = 0;
  for (let g = 1; g <= 3; g++) {
    L.push('    {', `      id: 'g${g}',`, `      no: ${g},`, `      title: '基本目標${g}の合成タイトル',`, '      policies: [');
    const policies = int(2, 4);
    for (let p = 1; p <= policies; p++) {
      const remaining = indicatorsWanted - made;
      const slotsLeft = (3 - g) * 3 + (policies - p) + 1;
      const count = g === 3 && p === policies ? remaining : Math.max(1, Math.min(remaining, Math.round(remaining / slotsLeft)));
      L.push('        {', `          id: 'g${g}-p${p}',`, `          no: ${p},`, `          title: '施策${g}-${p}の合成タイトル',`);
      L.push('          initiatives: [', `            { id: 'g${g}-p${p}-i1', title: '主な取組の合成タイトル', departments: ['福祉課'] },`, '          ],');
      L.push('          indicators: [');
      for (let k = 0; k < count; k++) {
        made++;
        const iid = `ind-${made}`;
        const shape = made % 10;
        const unit = pick(UNITS);
        const base = unit === '%' ? int(10, 80) : int(5, 3000);
        const tgt = unit === '%' ? Math.min(100, base + int(1, 20)) : base + int(1, 500);
        const year = (y: number) => (rnd() < 0.5 ? `fy(${y})` : `reiwa(${y - 2018})`);
        let baseline: string;
        let targetV: string;
        let targetFy = year(target);
        let extra = '';
        let u = `unit: '${unit}', `;
        switch (shape) {
          case 1:
            baseline = `{ parts: [{ part: '個人', value: ${base}, unit: '人' }, { part: '団体', value: ${int(1, 90)}, unit: '団体' }] }`;
            targetV = `{ parts: [{ part: '個人', value: ${tgt}, unit: '人' }, { part: '団体', value: ${int(91, 200)}, unit: '団体' }] }`;
            u = '';
            break;
          case 2:
            baseline = `{ state: '${pick(STATES)}' }`;
            targetV = "{ state: '継続' }";
            u = '';
            break;
          case 3:
            baseline = String(base);
            targetV = "{ direction: '↗' }";
            break;
          case 4:
            baseline = "{ frequency: { count: 1, per: '年' } }";
            targetV = "{ frequency: { count: 1, per: '年', atLeast: true } }";
            u = '';
            break;
          case 5:
            baseline = "{ missing: '―' }";
            targetV = `{ milestone: '開設', fy: reiwa(${target - 2018}) }`;
            u = '';
            break;
          case 6:
            baseline = String(base);
            targetV = String(tgt);
            targetFy = rnd() < 0.5 ? "tbd('令和〇年度')" : "notStated('目標年度の記載なし')";
            break;
          case 7:
            baseline = String(base);
            targetV = String(tgt);
            extra = `              revisions: [{ fy: reiwa(${start + 2 - 2018}), label: '中間見直し', previous: { target: { fy: ${year(target)}, value: ${tgt - 1} } } }],\n`;
            break;
          case 8: {
            // Shapes of real plans beyond the seeds, in turn.
            baseline = String(base);
            targetV = String(tgt);
            const variant = Math.floor(made / 10) % 3;
            if (variant === 0) {
              baseline = "{ absent: '基準値なし', reason: '新規事業のため' }";
            } else if (variant === 1) {
              // 倍増 for counts; a percentage rises by points instead (it cannot double past 100).
              const [rel, result] = unit === '%'
                ? [`{ rule: 'plus', by: 5, base: { value: ${base} } }, value: ${base + 5}, printed: '5ポイント増'`, base + 5]
                : [`{ rule: 'times', by: 2, base: { value: ${base} } }, value: ${base * 2}, printed: '倍増'`, base * 2];
              targetV = `{ relative: ${rel} }`;
              extra = `              series: [{ fy: fy(${start + 1}), value: ${base + 1} }, { fy: fy(${target}), value: ${result} }],\n`;
            } else {
              targetV = "{ recurring: 'increase', printed: '毎年増加' }";
              extra = `              planned: [{ fy: fy(${start}), value: ${base + 1} }, { fy: fy(${start + 1}), value: ${base + 2}, qualifier: '見込み' }],\n`;
            }
            break;
          }
          case 9:
            baseline = `${base}, qualifier: '推計'`;
            targetV = `${tgt}, bound: '以上'`;
            targetFy = `printedYear('R${target - 2018}')`;
            break;
          default:
            baseline = String(base);
            targetV = String(tgt);
        }
        L.push('            {', `              id: '${iid}',`, `              name: '${pick(NAMES)}（${made}）',`);
        L.push(`              ${u}measure: '${pick(['年度末時点', '単年度', '累計'])}',`, `              direction: ${shape === 9 ? "{ read: 'increase' }" : "'increase'"},`);
        L.push(baseline.startsWith('{ absent') ? `              baseline: ${baseline},` : `              baseline: { fy: ${year(start - 1)}, value: ${baseline} },`);
        if (rnd() < 0.4 && u) L.push(`              references: [{ fy: fy(${start}), value: ${base + int(0, 5)} }],`);
        L.push(`              target: { fy: ${targetFy}, value: ${targetV} },`);
        if (extra) L.push(extra.trimEnd());
        L.push('            },');
        if (u && shape !== 3 && rnd() < 0.5) {
          const provisional = rnd() < 0.3;
          actuals.push(
            `    { indicator: '${iid}', value: ${unit === '%' ? Math.min(100, base + int(0, 10)) : base + int(0, 50)}${provisional ? `, asOf: '${start + 1}-12-31', provisional: true` : ''} },`,
          );
        }
      }
      L.push('          ],', '        },');
    }
    L.push('      ],', '    },');
  }
  L.push('  ],', `  source: { file: 'synthetic', title: '合成データ (seed ${seed})' },`, '});', '');
  const progress = [
    "import { defineProgress, fy } from '@keikaku/schema';",
    "import plan from '../plan.js';",
    '',
    'export default defineProgress(plan, {',
    `  plan: '${id}',`,
    `  fy: fy(${start + 1}),`,
    '  actuals: [',
    ...actuals,
    '  ],',
    '});',
    '',
  ].join('\n');
  return { id, plan: L.join('\n'), progress };
}

/** Writes `count` plans into `dir` as a keikaku workspace (replacing what was there). */
export function generateWorkspace(dir: string, count: number, seed = 1): string[] {
  rmSync(join(dir, 'plans'), { recursive: true, force: true });
  mkdirSync(join(dir, 'plans'), { recursive: true });
  writeFileSync(join(dir, 'pnpm-workspace.yaml'), 'packages:\n  - plans/*\n');
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const g = generatePlan(i, seed);
    const start = /fy\((\d{4})\),\n {2}actuals/.exec(g.progress)![1];
    mkdirSync(join(dir, 'plans', g.id, 'progress'), { recursive: true });
    writeFileSync(join(dir, 'plans', g.id, 'plan.ts'), g.plan);
    writeFileSync(join(dir, 'plans', g.id, 'progress', `${start}.ts`), g.progress);
    ids.push(g.id);
  }
  return ids;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n, seed] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node --import tsx scripts/synthetic/generate.ts <outDir> <count> [seed]');
    process.exit(2);
  }
  const ids = generateWorkspace(dir, Number(n), seed ? Number(seed) : 1);
  console.log(`${ids.length} plans → ${dir}`);
}
