import { walkNodes, walkIndicators, formatPath } from '@keikaku/schema';
const id = process.argv[2]!;
const plan = (await import(`../plans/${id}/plan.ts`)).default;
for (const v of walkNodes(plan)) console.log('N', formatPath(v.path), v.node.id, v.node.title.slice(0, 30), (v.node.indicators ?? []).length);
for (const v of walkIndicators(plan)) console.log('I', formatPath(v.path), v.indicator.id, v.indicator.name.slice(0, 40));
