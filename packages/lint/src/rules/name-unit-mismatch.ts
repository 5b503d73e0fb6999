import { createRule, defineMessages, docsPath, quote, type PlanPath } from '@keikaku/core';

/** The counting word an indicator name ends on, and the units it implies. */
const WORDS: readonly [RegExp, string, readonly string[]][] = [
  // 件 and 回 both count events (実施件数 printed in 回, 開催回数 in 件): not a mismatch (docs).
  [/件数/, '件数', ['件', '回']],
  [/(?:事業者数|事業所数)/, '事業者数', ['事業所', '団体', '法人', 'か所', '施設']],
  [/(?:人数|者数|人員)/, '人数', ['人', '名']],
  // The unit is the counted thing itself: 社会福祉法人数 counts 法人, and 人数 inside 法人数 is no head count.
  [/法人数/, '法人数', ['法人', '団体']],
  [/回数/, '回数', ['回', '件']],
  [/(?:か所数|箇所数|カ所数|ヶ所数)/, 'か所数', ['か所']],
  [/団体数/, '団体数', ['団体']],
  [/世帯数/, '世帯数', ['世帯']],
  [/(?:割合|[^効確比]率)/, '割合', ['%']],
  [/校数/, '校数', ['校']],
  // A length of time (健康寿命, 日常生活に制限のない期間) cannot be a percentage or a count of people.
  [/(?:期間|寿命|年数)/, '期間', ['年', '年間', '歳', '日', '日間', 'か月', '月']],
  [/施設数/, '施設数', ['施設']],
];

const GLOBAL_WORDS = WORDS.map(([re, word, units]) => [new RegExp(re.source, 'g'), word, units] as const);

type D = { indicator: string; word: string; unit: string; expected: string };
export default createRule({
  meta: {
    id: 'name-unit-mismatch',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '指標名と単位が合わない（「相談件数」なのに単位がか所）', en: 'an indicator name that does not match its unit (件数 measured in か所)' },
    docs: docsPath('lint', 'name-unit-mismatch'),
    messages: defineMessages({
      mismatch: {
        ja: (d: D) => `指標「${d.indicator}」は${d.word}ですが、単位が ${d.unit} です（${d.expected} のはず）`,
        en: (d: D) => `indicator "${d.indicator}" counts ${d.word} but its unit is ${d.unit} (expected ${d.expected})`,
        hint: { ja: () => '指標名か単位のどちらかを原典と照合して直してください。', en: () => 'Check the name and the unit against the source and correct one.' },
      },
      variant: {
        ja: (d: { indicator: string; unit: string; other: string; count: number }) => `指標「${d.indicator}」だけ単位が ${d.unit} です（この計画の${d.count}指標は ${d.other}）`,
        en: (d: { indicator: string; unit: string; other: string; count: number }) => `indicator "${d.indicator}" alone counts in ${d.unit} (the plan's other ${d.count} use ${d.other})`,
        hint: { ja: () => '同じものを数える単位は計画の中でそろえてください。', en: () => 'Count the same thing in one unit throughout the plan.' },
      },
    }),
  },
  create(ctx) {
    // Units of the indicators that count people (人数): 人 and 名 both fit, but one plan should use one.
    const people: { name: string; unit: string; path: PlanPath }[] = [];
    return {
      'plan:exit'() {
        const counts = new Map<string, number>();
        for (const p of people) counts.set(p.unit, (counts.get(p.unit) ?? 0) + 1);
        if (counts.size < 2) return;
        const [major, majorCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
        if (majorCount < 2 * (people.length - majorCount)) return; // no clear plan-wide unit: leave it
        for (const p of people) {
          if (p.unit !== major) ctx.report({ messageId: 'variant', data: { indicator: quote(p.name, 30), unit: p.unit, other: major, count: majorCount }, path: [...p.path, 'unit'] });
        }
      },
      indicator({ indicator: ind, path }) {
        if (ind.unit === undefined) return;
        // The last counting word of the name decides (「…件数（延べ回数）」 counts 回); the longer
        // word wins where two end together (事業者数 over 者数).
        let best: { end: number; len: number; word: string; units: readonly string[] } | undefined;
        for (const [g, word, units] of GLOBAL_WORDS) {
          g.lastIndex = 0;
          for (let m = g.exec(ind.name); m; m = g.exec(ind.name)) {
            const end = m.index + m[0].length;
            if (!best || end > best.end || (end === best.end && m[0].length > best.len)) best = { end, len: m[0].length, word, units };
          }
        }
        if (best?.word === '人数' && best.units.includes(ind.unit)) people.push({ name: ind.name, unit: ind.unit, path });
        if (!best || best.units.includes(ind.unit)) return;
        ctx.report({ messageId: 'mismatch', data: { indicator: quote(ind.name, 30), word: best.word, unit: ind.unit, expected: best.units.join(' / ') }, path: [...path, 'unit'] });
      },
    };
  },
});
