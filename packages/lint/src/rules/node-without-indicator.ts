import { formatPath, type NodeOf, type NodeVisit, type Plan } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

type AnyNode = NodeOf<Plan>;

type D = { level: string; title: string };
const LEVEL_EN = { goal: 'goal', policy: 'policy', approach: 'approach' } as const;

export default createRule({
  meta: {
    id: 'node-without-indicator',
    defaultSeverity: 'warning',
    group: 'gap',
    description: { ja: '指標が一つもない基本目標・施策・取組方針', en: 'a goal, policy or approach with no indicator at all' },
    docs: docsPath('lint', 'node-without-indicator'),
    messages: defineMessages({
      none: {
        ja: (d: D & { levelEn: string }) => `${d.level}「${d.title}」には、その下の階層を含めて指標が一つもありません`,
        en: (d: D & { levelEn: string }) => `${d.levelEn} "${d.title}" has no indicator, nor has anything under it`,
        hint: {
          ja: () => '進み具合を測る指標を置くか、置かない理由を noIndicators: { absent: "数値目標は設定しない", reason } で明記してください。',
          en: () => 'Add an indicator, or state why there is none with noIndicators: { absent, reason }.',
        },
      },
      statedAbsence: {
        ja: (d: D & { levelEn: string; absent: string }) => `${d.level}「${d.title}」は指標を置かないと明記されています（${d.absent}）`,
        en: (d: D & { levelEn: string; absent: string }) => `${d.levelEn} "${d.title}" states that it sets no indicator (${d.absent})`,
      },
    }),
  },
  create(ctx) {
    const nodes: NodeVisit<Plan>[] = [];
    const key = (p: PlanPath) => formatPath(p);
    const covered = new Set<string>();
    return {
      node(visit) {
        nodes.push(visit);
      },
      indicator({ path }) {
        // An indicator covers its own node and every ancestor of it; never a descendant (a goal's
        // indicator does not measure an approach under it: 苫小牧's 取組方針⑥ sits under a 施策 with indicators).
        const owner = path.slice(0, -2);
        for (let i = 2; i <= owner.length; i += 2) covered.add(key(owner.slice(0, i)));
      },
      'plan:exit'() {
        if (covered.size === 0) return; // plan-without-indicators says it once
        const isCovered = (p: PlanPath) => covered.has(key(p));
        const stated = (n: NodeOf<Plan>) => n.noIndicators;
        const terms = ctx.plan.terms;
        const levelName = (level: 'goal' | 'policy' | 'approach') => {
          const t = 'notStated' in terms ? undefined : terms[level];
          return typeof t === 'string' ? t : { goal: '基本目標', policy: '施策', approach: '取組方針' }[level];
        };
        const reportedAbove = new Set<string>();
        for (const v of nodes) {
          if (isCovered(v.path)) continue;
          // Only the topmost node without indicators is reported; its descendants are part of it.
          const parent = v.path.slice(0, -2);
          if (parent.length && reportedAbove.has(key(parent))) {
            reportedAbove.add(key(v.path));
            continue;
          }
          reportedAbove.add(key(v.path));
          const title = quote(v.node.title, 30);
          const absent = stated(v.node) ?? v.ancestors.map(stated).find(Boolean);
          const base = { level: levelName(v.level), levelEn: LEVEL_EN[v.level], title };
          if (absent) ctx.report({ messageId: 'statedAbsence', data: { ...base, absent: quote(absent.absent, 30) }, path: [...v.path, 'title'], severity: 'info' });
          else ctx.report({ messageId: 'none', data: base, path: [...v.path, 'title'] });
        }
      },
    };
  },
});
