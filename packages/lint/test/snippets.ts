/**
 * Plan and progress modules for rule tests: a small valid plan whose parts a
 * test replaces with the snippet under test. Modules are read by core's
 * static reader, as lint reads real plans.
 */
export interface PlanParts {
  /** Helper imports (default: fy, reiwa, heisei, tbd, notStated, printedYear). */
  imports?: string;
  period?: string;
  legalBasis?: string;
  encompasses?: string;
  /** The goals array body. */
  goals?: string;
  /** Extra top-level properties (each ending with a comma). */
  top?: string;
  source?: string;
  /** Comment lines written before `export default` (for suppressions, extra blank lines …). */
  before?: string;
}

export function planText(p: PlanParts = {}): string {
  return `import { ${p.imports ?? 'definePlan, fy, reiwa, heisei, tbd, notStated, printedYear'} } from '@keikaku/schema';
${p.before ?? ''}
export default definePlan({
  id: 'x',
  municipality: { name: '札幌市', code: '011002', prefecture: '北海道' },
  title: 'テスト計画',
  edition: '第1期',
  period: ${p.period ?? '{ start: fy(2024), end: fy(2029) }'},
  legalBasis: ${p.legalBasis ?? "['社会福祉法第107条']"},
  encompasses: [${p.encompasses ?? ''}],
  philosophy: notStated(),
  evaluation: notStated(),
  terms: { goal: '基本目標', policy: '施策', initiative: '主な取組' },
  ${p.top ?? ''}
  goals: [
${p.goals ?? goal([indicator()])}
  ],
  source: ${p.source ?? "{ file: 'fixture', title: 'fixture', scope: 'テスト' }"},
});
`;
}

/** One indicator; `over` replaces or adds properties (raw TS, e.g. "target: { fy: reiwa(11), value: { direction: '↗' } }"). */
export function indicator(over: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    id: "'ind-a'",
    name: "'指標A'",
    unit: "'%'",
    direction: "'increase'",
    baseline: '{ fy: reiwa(4), value: 10 }',
    target: '{ fy: reiwa(11), value: 20 }',
  };
  const all = { ...base, ...over };
  const body = Object.entries(all)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  return `{ ${body} }`;
}

export function goal(indicators: string[] = [], extra = '', id = 'g1'): string {
  return `    {
      id: '${id}',
      no: 1,
      title: '目標1',
      ${extra}
      indicators: [
        ${indicators.join(',\n        ')}
      ],
    },`;
}

export function progressText(actuals: string, fy = 2025, extra = ''): string {
  return `import { defineProgress, fy } from '@keikaku/schema';
import plan from '../plan.js';
export default defineProgress(plan, {
  plan: 'x',
  fy: fy(${fy}),
  ${extra}
  actuals: [
    ${actuals}
  ],
});
`;
}
