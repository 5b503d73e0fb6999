import { createRule, defineMessages, docsPath, type PlanPath } from '@keikaku/core';

/** 読点 forms: 、, ， and a half-width , used as a 読点 (not inside a number such as 1,888, not in Latin text). */
const FORMS: readonly { form: string; re: RegExp }[] = [
  { form: '、', re: /、/g },
  { form: '，', re: /，/g },
  { form: ',', re: /(?<![0-9A-Za-z\s]),(?![0-9A-Za-z\s])/g },
];
const ENCODER_KEYS = new Set(['note', 'scope']);

type D = { minority: string; majority: string; minorityCount: number; majorityCount: number };
export default createRule({
  meta: {
    id: 'mixed-comma',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '読点の混在（「、」と「，」）と半角「,」の読点', en: 'mixed 読点 (、 and ，) and a half-width comma as a 読点' },
    docs: docsPath('lint', 'mixed-comma'),
    messages: defineMessages({
      mixed: {
        ja: (d: D) => `読点「${d.minority}」（${d.minorityCount}か所）と「${d.majority}」（${d.majorityCount}か所）が一つの計画に混在しています`,
        en: (d: D) => `the 読点 "${d.minority}" (${d.minorityCount}×) and "${d.majority}" (${d.majorityCount}×) are both used in one plan`,
        hint: { ja: () => '読点は「、」か「，」のどちらかにそろえてください。ここは少ない方の最初の箇所です。', en: () => 'Use one 読点 (、 or ，) throughout; this is the first use of the rarer one.' },
      },
      halfwidth: {
        ja: (d: { count: number }) => `半角の「,」が読点として使われています（${d.count}か所）`,
        en: (d: { count: number }) => `a half-width "," is used as a 読点 (${d.count}×)`,
        hint: { ja: () => '和文の読点は全角の「、」（または「，」）にしてください。', en: () => 'Japanese text takes a full-width 、 (or ，).' },
      },
    }),
  },
  create(ctx) {
    const used = new Map<string, { count: number; path: PlanPath; start: number }>();
    return {
      string(s) {
        if (s.progress || s.kind !== 'prose' || ENCODER_KEYS.has(s.key)) return;
        for (const f of FORMS) {
          f.re.lastIndex = 0;
          for (let m = f.re.exec(s.value); m; m = f.re.exec(s.value)) {
            const u = used.get(f.form);
            if (u) u.count++;
            else used.set(f.form, { count: 1, path: s.path, start: m.index });
          }
        }
      },
      'plan:exit'() {
        const at = (u: { path: PlanPath; start: number }) => {
          const range = ctx.planSource.stringRange(u.path, u.start, u.start + 1);
          return { path: u.path, ...(range ? { range } : {}) };
        };
        const half = used.get(',');
        if (half) ctx.report({ messageId: 'halfwidth', data: { count: half.count }, ...at(half) });
        const full = [...used].filter(([f]) => f !== ',').sort((a, b) => b[1].count - a[1].count);
        if (full.length < 2) return;
        const [majority, mu] = full[0]!;
        const [minority, u] = full[1]!;
        ctx.report({ messageId: 'mixed', data: { minority, majority, minorityCount: u.count, majorityCount: mu.count }, ...at(u) });
      },
    };
  },
});
