/** A small plan and its progress, before and after a pull request that makes every kind of change keikaku diff reports. */

export const PACKAGE_JSON = JSON.stringify({ name: '@keikaku-plans/testshi', version: '1.0.0', private: true, devDependencies: { '@keikaku/schema': 'workspace:*' } }, null, 2) + '\n';

const plan = (body: string, title = 'テスト市地域福祉計画') => `import { definePlan, fy, reiwa, notStated } from '@keikaku/schema';

export default definePlan({
  id: 'testshi',
  municipality: { name: '札幌市', code: '011002', prefecture: '北海道' },
  title: '${title}',
  edition: '第1期',
  period: { start: fy(2024), end: fy(2029) },
  legalBasis: ['社会福祉法第107条'],
  encompasses: [],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' },
${body}
  source: { file: 'fixture', title: 'fixture' },
});
`;

export const BASE_PLAN = plan(`  goals: [
    {
      id: 'g1', no: 1, title: '支え合う地域',
      policies: [
        {
          id: 'p1', no: 1, title: '見守り',
          indicators: [
            { id: 'mimamori', name: '見守り活動の地区割合', unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 90 }, target: { fy: reiwa(11), value: 100 } },
            { id: 'sodan', name: '相談件数', unit: '件', direction: 'increase', baseline: { fy: reiwa(4), value: 1200 }, target: { fy: reiwa(11), value: 1500 } },
            { id: 'koza', name: '講座の開催数', unit: '回', direction: 'increase', baseline: { fy: reiwa(4), value: 10 }, target: { fy: reiwa(11), value: 12 } },
          ],
          initiatives: [{ id: 'i1', title: '見守り活動の支援' }],
        },
      ],
    },
    {
      id: 'g2', no: 2, title: '安心して暮らせる地域',
      policies: [
        {
          id: 'p2', no: 2, title: '権利擁護',
          indicators: [
            { id: 'kokennin', name: '市民後見人の数', unit: '人', direction: 'increase', baseline: { fy: reiwa(4), value: 18 }, target: { fy: reiwa(11), value: 30 } },
          ],
        },
      ],
    },
  ],`);

export const HEAD_PLAN = plan(`  goals: [
    {
      id: 'g1', no: 1, title: '支え合う地域',
      policies: [
        {
          id: 'p1', no: 1, title: '見守り',
          indicators: [
            {
              id: 'mimamori', name: '見守り活動の地区割合', unit: '%', direction: 'increase', baseline: { fy: reiwa(4), value: 90 }, target: { fy: reiwa(11), value: 95 },
              revisions: [{ fy: reiwa(7), label: '中間見直し', previous: { target: { fy: reiwa(11), value: 100 } }, reason: '地区の統合' }],
            },
            { id: 'sodan', name: '総合相談の件数', unit: '人', direction: 'maintain', baseline: { fy: reiwa(4), value: 1250 }, target: { fy: reiwa(11), value: 1500 } },
            { id: 'kokennin', name: '市民後見人の数', unit: '人', direction: 'increase', baseline: { fy: reiwa(4), value: 18 }, target: { fy: reiwa(10), value: 30 } },
          ],
          initiatives: [{ id: 'i1', title: '見守り活動の支援' }],
        },
      ],
    },
    {
      id: 'g2', no: 2, title: '誰もが安心して暮らせる地域',
      policies: [
        {
          id: 'p2', no: 2, title: '権利擁護',
          indicators: [
            { id: 'salon', name: 'サロンの数', unit: '件', direction: 'increase', baseline: { fy: reiwa(4), value: 40 }, target: { fy: reiwa(11), value: 60 } },
          ],
          initiatives: [{ id: 'i2', title: '成年後見の相談窓口' }],
        },
        { id: 'p3', no: 3, title: '災害への備え' },
      ],
    },
  ],`, 'テスト市地域福祉計画（改定版）');

const progress = (actuals: string) => `import { defineProgress, fy } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: 'testshi',
  fy: fy(2024),
  actuals: [
${actuals}
  ],
});
`;

export const BASE_PROGRESS = progress(`    { indicator: 'mimamori', value: 92 },
    { indicator: 'sodan', value: 1300, asOf: '2024-12-31', provisional: true },
    { indicator: 'koza', value: 11 },`);

export const HEAD_PROGRESS = progress(`    { indicator: 'mimamori', value: 92 },
    { indicator: 'sodan', value: 1310 },
    { indicator: 'kokennin', value: 21 },`);

export const CHANGESET = `---
"@keikaku-plans/testshi": minor
---

種別: 中間見直し
日付: 2026-03-31
年度: 2025

見守り活動の地区割合の目標を 100% から 95% に見直した。
`;
