import { walkIndicators, formatPath } from '@keikaku/schema';
const id = process.argv[2]!;
const plan = (await import(`../plans/${id}/plan.ts`)).default;
const want = process.argv.slice(3);
for (const v of walkIndicators(plan)) { const p = formatPath(v.path); if (!want.length || want.some((w) => p === w)) console.log(p, '|', v.indicator.name, '|', v.indicator.unit, '|', JSON.stringify(v.indicator.baseline?.value), '→', JSON.stringify((v.indicator.target as any)?.value)); }
