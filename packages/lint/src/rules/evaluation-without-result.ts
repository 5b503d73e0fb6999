import { createRule, defineMessages, docsPath, quote, type PlanPath, type SourceMap } from '@keikaku/core';

/**
 * An evaluation that gives no result: a block of text the document heads as an evaluation or a result
 * (施策評価, 取り組み結果, 総括) whose sentences say only what was done (「様々な取組みを進めました」),
 * with no figure and no word of outcome. The committee reading it cannot tell whether the work moved anything.
 */

/**
 * A heading that announces an evaluation or a result (施策評価, 取り組み結果, 成果と課題, 総括). Not 振り返り: a plan's
 * background looks back on the previous plan's work (旭川's 「前期計画の振り返りから」) as context for the new one.
 */
const EVALUATION_HEADING = /評価|結果|成果|総括/;
/** …and one that describes how evaluation is done, not an evaluation (評価方法, 評価の考え方, 評価指標 …). */
const ABOUT_EVALUATION = /方法|考え方|指標|体制|仕組|しくみ|見方|基準|手法|方針|について|予定|計画|意見|審議|調査|アンケート/;

/**
 * A word of outcome: a change (増加, 減少, 向上, 改善 …), a comparison (上回る, 前年, 比べ), a judgement of the
 * result (達成, 成果, 効果, 十分, 遅れ), or a measure (割合, 件数, 満足度). Aims in the same sentence (体制の充実, 窓口の
 * 強化に向けた) are not outcomes and are not listed.
 */
const RESULT_WORD =
  /達成|上回|下回|増加|減少|増え|減っ|減り|伸び|向上|低下|改善|悪化|成果|効果|結果|課題|割合|満足|目標|指標|実績|件数|人数|回数|半数|前年|比べ|比較|広が|定着|浸透|図られ|つなが|でき(?:た|まし)|進ん|進み(?:まし)?た|高ま|深ま|評価|達し|届か|至ら|遅れ|十分|順調|概ね|おおむね|増|減|[%％]/;

/**
 * Text that holds digits without being a figure of the result: a quoted name (「第3期加古川市地域福祉計画」), a year
 * (平成29年度, 2024年度), an ordinal (第3期, ①, (1)).
 */
const NOT_A_FIGURE = /「[^「」]*」|『[^『』]*』|(?:明治|大正|昭和|平成|令和)\s*(?:元|[0-9０-９]{1,2})\s*年度?|[0-9０-９]{4}\s*年度?|第\s*[0-9０-９]+\s*[期次条項号回章節]|[（(]\s*[0-9０-９]+\s*[）)]/g;
const DIGIT = /[0-9０-９]/;

/** A caption (※…) or a label without a sentence (進捗状況 :「B 概ね期待どおり」) is not the evaluation's text. */
const isCaption = (p: string) => /^\s*[※＊*]/.test(p);
/** A sentence that reports something done: a past form at a sentence end (進めました。 行った。). */
const REPORTS_PAST = /た(?:[。．]|\s*$)/;

/**
 * The evaluation's paragraphs judged: the index of the first one that reports something done, when none of those
 * gives a figure or a word of outcome; undefined when a result is given or nothing is reported.
 */
export function withoutResult(paragraphs: readonly string[]): number | undefined {
  const text = paragraphs.filter((p) => !isCaption(p));
  const first = paragraphs.findIndex((p) => !isCaption(p) && REPORTS_PAST.test(p));
  if (first < 0) return undefined;
  // A result may be in any sentence of the block (「相談件数が伸びており、…寄与しています。」), not only the past ones.
  const hasResult = text.some((p) => {
    const t = p.replace(NOT_A_FIGURE, ' ');
    return DIGIT.test(t) || RESULT_WORD.test(t);
  });
  return hasResult ? undefined : first;
}

interface Block {
  heading: string | undefined;
  evaluation: boolean;
  paragraphs: { path: PlanPath; value: string }[];
  source: SourceMap;
}

/** The block a string belongs to, and what the string is in it: the heading or a paragraph. */
function place(path: PlanPath): { block: PlanPath; role: 'heading' | 'paragraph' } | undefined {
  const n = path.length;
  // sections[i].heading / sections[i].heading.read / sections[i].paragraphs[j] (also subsections,
  // a node's sections, a progress module's narratives[i].items[j] and summary.paragraphs[j]).
  if (path[n - 1] === 'read' && path[n - 2] === 'heading') return { block: path.slice(0, n - 2), role: 'heading' };
  if (path[n - 1] === 'heading') return { block: path.slice(0, n - 1), role: 'heading' };
  if (typeof path[n - 1] === 'number' && (path[n - 2] === 'paragraphs' || path[n - 2] === 'items')) {
    const block = path.slice(0, n - 2);
    const parent = block[block.length - 2];
    if (parent === 'sections' || parent === 'subsections' || parent === 'narratives' || block[block.length - 1] === 'summary') return { block, role: 'paragraph' };
  }
  return undefined;
}

type D = { heading: string; quote: string };
export default createRule({
  meta: {
    id: 'evaluation-without-result',
    defaultSeverity: 'warning',
    group: 'defect',
    description: { ja: '評価・結果の欄が行った取組を並べるだけで、結果を書いていない', en: 'an evaluation or result that lists what was done and gives no result' },
    docs: docsPath('lint', 'evaluation-without-result'),
    messages: defineMessages({
      noResult: {
        ja: (d: D) => `${d.heading}は評価・結果の欄ですが、「${d.quote}」と行った取組を述べるだけで、結果（数値、目標や前年との比較、成果）が書かれていません`,
        en: (d: D) => `${d.heading} is an evaluation or a result, but says only what was done ("${d.quote}"): no figure, no comparison with the target or the year before, no outcome`,
        hint: {
          ja: () => '取組の結果を書いてください：指標の実績値と目標との比較、前年度からの変化、評価（A・B など）の理由。結果が出ていないなら、そのことと理由を書いてください。',
          en: () => 'Say what the work achieved: the indicators’ figures against their targets, the change from the year before, the reason for the grade. If there is no result yet, say so and why.',
        },
      },
    }),
  },
  create(ctx) {
    const blocks = new Map<string, Block>();
    const blockOf = (path: PlanPath, source: SourceMap): Block => {
      const key = `${source.file}\u0000${JSON.stringify(path)}`;
      let b = blocks.get(key);
      if (!b) {
        // A 総括 is the year's evaluation whatever its heading says.
        b = { heading: undefined, evaluation: path[path.length - 1] === 'summary', paragraphs: [], source };
        blocks.set(key, b);
      }
      return b;
    };
    return {
      string(s) {
        if (s.kind === 'annotation') return;
        const p = place(s.path);
        if (!p) return;
        const b = blockOf(p.block, s.source);
        if (p.role === 'heading') {
          b.heading = s.value;
          if (EVALUATION_HEADING.test(s.value) && !ABOUT_EVALUATION.test(s.value)) b.evaluation = true;
        } else b.paragraphs.push({ path: s.path, value: s.value });
      },
      'plan:exit'() {
        for (const b of blocks.values()) {
          if (!b.evaluation) continue;
          const at = withoutResult(b.paragraphs.map((p) => p.value));
          if (at === undefined) continue;
          // One finding per block, at its first sentence that reports: the block is what lacks the result.
          const first = b.paragraphs[at]!;
          const end = first.value.search(/[。．]/);
          const tail = first.value.slice(Math.max(0, (end < 0 ? first.value.length : end) - 16), end < 0 ? undefined : end + 1);
          ctx.report({
            messageId: 'noResult',
            data: { heading: b.heading ? `「${quote(b.heading, 30)}」` : '総括', quote: `…${tail}` },
            path: first.path,
            source: b.source,
          });
        }
      },
    };
  },
});
