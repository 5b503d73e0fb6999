import { createRule, defineMessages, docsPath, matchStrings, quote, type PlanPath } from '@keikaku/core';
import { findEraAbbreviations } from '../text/era.js';

type D = { text: string; suggest: string };
type Mixed = { text: string; suggest: string; cells: number; example: string; full: number };

/** An era written out with its year, as prose spells it: 平成29年度, 令和元年, 令和 ６ 年. */
const ERA_WRITTEN = /(?:明治|大正|昭和|平成|令和)\s*(?:元|[0-9０-９]{1,2})\s*年度?/g;
/** Keys whose strings are the encoder's remarks, not the document's text (and `source`, which describes the source file, is not read). */
const ENCODER_KEYS = new Set(['note', 'scope']);
/** A cell and the year of the same entry (`{ fy: printedYear('H26年度'), printed: '43.5%(H26年度)' }`) are one printed place. */
const entryOf = (path: PlanPath): string => {
  const p = [...path];
  if (p[p.length - 1] === 'printed') p.pop();
  if (p[p.length - 1] === 'fy') p.pop();
  return JSON.stringify(p);
};
export default createRule({
  meta: {
    id: 'era-abbreviation',
    defaultSeverity: 'warning',
    group: 'defect',
    fixable: true,
    description: { ja: '元号の略記（H27年度、R４、H27.10月）', en: 'an era abbreviated to its initial (H27年度, R４, H27.10月)' },
    docs: docsPath('lint', 'era-abbreviation'),
    messages: defineMessages({
      abbreviated: {
        ja: (d: D) => `「${d.text}」は元号の略記です。「${d.suggest}」と書いてください`,
        en: (d: D) => `"${d.text}" abbreviates the era; write "${d.suggest}"`,
        hint: {
          ja: () => '公用文では元号を略さずに書きます（H27 → 平成27、R4 → 令和4）。年度か暦年かが書かれていない略記は、文脈に合わせて「年度」または「年」を補ってください。年度・年・月が書かれていれば --fix で直せます。',
          en: () => 'Official writing spells the era out (H27 → 平成27, R4 → 令和4). Where the abbreviation does not say 年度 or 年, add the one the context means; with 年度, 年 or a month, --fix rewrites it.',
        },
      },
      bare: {
        ja: (d: D) => `「${d.text}」は元号の略記です。「${d.suggest}」（暦年なら「年」）と書いてください`,
        en: (d: D) => `"${d.text}" abbreviates the era; write "${d.suggest}" (or 年 for a calendar year)`,
        hint: {
          ja: () => '公用文では元号を略さずに書きます。年度か暦年かは文脈で決めてください（自動修正はしません）。',
          en: () => 'Official writing spells the era out. Whether it is a fiscal or a calendar year is for the context to say (no automatic fix).',
        },
      },
      mixed: {
        ja: (d: Mixed) =>
          `表の年度は元号を略記し（「${d.text}」など${d.cells}か所）、本文は元号を略さずに書いています（「${d.example}」など${d.full}か所）。一つの計画の中で表記が混在しています（「${d.suggest}」）`,
        en: (d: Mixed) =>
          `the tables abbreviate the era ("${d.text}", in ${d.cells} cell${d.cells === 1 ? '' : 's'}) while the text spells it out ("${d.example}", ${d.full}×): one plan, two notations (write "${d.suggest}")`,
        hint: {
          ja: () => '表の年度も本文と同じく元号を略さずに書くか、列の幅のために略すなら表の注記で「H＝平成、R＝令和」と示してください。計画ごとに1件（最初の略記の箇所）だけ報告します。',
          en: () => 'Spell the era out in the tables as the text does, or, where a column is too narrow, say under the table what H and R stand for. Reported once per plan, at the first abbreviated cell.',
        },
      },
    }),
  },
  create(ctx) {
    const prose = matchStrings(
      ctx,
      (text) =>
        findEraAbbreviations(text).map((h) => ({
          start: h.start,
          end: h.end,
          messageId: h.form === 'bare' ? ('bare' as const) : ('abbreviated' as const),
          data: { text: quote(h.text, 20), suggest: h.suggest },
          ...(h.fix ? { fix: { start: h.fix.start, end: h.fix.end, text: h.fix.text } } : {}),
        })),
      // Prose only: a table cell (`printed`) abbreviates for the column's width (基準値（R1） / 目標値（R8）), and the
      // column says what the year is; the sentences are what 公用文 spells out. Cells are judged once per plan, below.
      ['prose'],
    );
    // The plan's printed cells that abbreviate (one per printed place), and the eras its prose spells out.
    type Cell = { path: PlanPath; text: string; suggest: string; range: { start: number; end: number } | undefined };
    const cells = new Map<string, Cell>();
    let full = 0;
    let example = '';
    return {
      string(s) {
        prose(s);
        if (s.progress) return;
        if (s.kind === 'printed') {
          for (const h of findEraAbbreviations(s.value)) {
            const key = `${entryOf(s.path)}\u0000${h.text}`;
            // The year of printedYear('H26年度') is a call's argument, which has no place of its own in the source map;
            // the entry's printed cell (43.5%(H26年度)) has, and is where the finding points when there is one.
            const range = ctx.planSource.stringRange(s.path, h.start, h.end);
            const had = cells.get(key);
            if (!had || (!had.range && range)) cells.set(key, { path: had && !range ? had.path : s.path, text: h.text, suggest: h.suggest, range });
          }
        } else if (s.kind === 'prose' && !ENCODER_KEYS.has(s.key) && s.path[0] !== 'source') {
          ERA_WRITTEN.lastIndex = 0;
          for (let m = ERA_WRITTEN.exec(s.value); m; m = ERA_WRITTEN.exec(s.value)) {
            full++;
            if (!example) example = m[0];
          }
        }
      },
      'plan:exit'() {
        // One finding per plan: the mix is one decision of the plan's (how its tables write years), fixed once for all
        // its tables; a finding per cell would repeat it dozens of times in a plan whose tables all abbreviate.
        const first = cells.values().next().value;
        if (!first || full === 0) return;
        ctx.report({
          messageId: 'mixed',
          data: { text: quote(first.text, 20), suggest: first.suggest, cells: cells.size, example: quote(example, 20), full },
          path: first.path,
          ...(first.range ? { range: first.range } : {}),
        });
      },
    };
  },
});
