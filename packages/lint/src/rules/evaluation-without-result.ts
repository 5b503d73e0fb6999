import { headingText, walkIndicators, walkInitiatives, walkNodes, type PlanPath, type Section } from '@keikaku/schema';
import { createRule, defineMessages, docsPath, quote, type SourceMap } from '@keikaku/core';

/**
 * The 行政評価 reviewer's commonest comment: an evaluation that lists what was done (「様々な取組みを進めました」,
 * 「概ね順調に事業を展開している」) and never says what came of it. Which texts are evaluations, and what counts as a
 * result, are decided here and in the docs (docs/rules/evaluation-without-result.md).
 */

/**
 * A heading that names an evaluation: 評価 (施策評価, 総合評価, 評価結果, 評価の理由), 成果 (事業の成果等), 達成度, 達成状況,
 * 総括, 進捗状況, 検証, 振り返り. 評価指標, 成果指標 and 成果目標 name indicators, not an evaluation.
 */
const EVALUATION_HEADING = /評価(?!指標)|成果(?!指標|目標)|達成度|達成状況|総括|進捗状況|検証|振り返り/u;
/**
 * A heading about how the evaluation is made, not an evaluation: 評価の考え方, 評価方法, 改善工程表の見方, 評価基準, 推進・評価体制 …
 * (「相談支援体制の評価」 is an evaluation: only the evaluation's own 体制 is a frame).
 */
const FRAME_HEADING = /方法|手法|考え方|基準|視点|評価の仕組み|評価体制|推進体制|実施体制|見方|位置づけ|位置付け|流れ|スケジュール|進め方|について|とは/u;
/**
 * Under an evaluation heading, a sub-heading that names the record of work or what comes next (25年度の取組内容 実績,
 * 課題, 今後の方向性, 改善策, 対応方針, 次年度の展開) or a committee's words (意見, 提言): that text lists activities or
 * intentions by design and is not judged.
 */
const ACTIVITY_HEADING = /取組|取り組|実績|内容|課題|今後|方向性|予定|計画|概要|事業費|予算|決算|改善|対応|方針|展開|見直し|次年度|次期|意見|提言/u;

/** Years, dates, ordinals and list numbers: digits that are not a result (平成29年度, 12月末, 第二次, 1次評価, ⑴, 1.). */
const NOT_A_FIGURE = [
  // A match starts only at the start of a run of digits (the lookbehind), so a long run cannot make it quadratic.
  /(?<![0-9０-９元.．])[0-9０-９元]+(?:[.．][0-9０-９]+)?[ 　]?(?:年度|年|月|日|次|期|号|条|章|節|項|頁|ページ|時点)/gu,
  /第\s*[0-9０-９一二三四五六七八九十]+/gu,
  /[(（][0-9０-９]+[)）]/gu,
  /^[\s●○・※]*[0-9０-９]+[.．、)）\s]/u,
];
/** A figure left once years and ordinals are removed: digits, or a kanji numeral with a counter (三地区, 五割). */
const FIGURE = /[0-9０-９]|(?<![一二三四五六七八九十百千万])[二三四五六七八九十百千万][一二三四五六七八九十百千万]*(?:件|回|か所|箇所|ヶ所|地区|団体|人|割|倍)/u;
/**
 * Words by which a text states a result: a target and whether it was met, a change, a comparison with the year
 * before, a measure (割合, 件数, 満足度), or that the work went as planned or did not. Not when the word names
 * an aim (「参加者の増加に向けて」, 「理解の向上を図った」, 「目標達成のため」): that is what the work was for, not what came of it.
 */
const RESULT_WORDS =
  /(?:目標値|目標を|目標に|目標は|達成|上回|下回|増加|減少|増え|減っ|減り|伸び|向上|低下|改善|悪化|横ばい|前年|前回|割合|(?<!効)率|件数|人数|満足度|認知度|実績値|計画どおり|計画通り|予定どおり|予定通り|未実施|できなかった|至らなかった|遅れ)(?!を図|に努|に向|向け|に取|を目指|をめざ|を進|のため|するため|につな|を促|に資)/u;
/**
 * An activity as the predicate: done (進めました, 実施した, 展開している, 努めた) or to be done (図る, 進めます). One of
 * them is required: a grade alone (「B 概ね期待どおり」) or a label is left to other rules.
 */
const ACTIVITY =
  /(?:進め|実施し|行っ|行い|展開し|図っ|図り|努め|取り組ん|取組ん|開催し|推進し|支援し|整備し|強化し|周知し|配布し|設置し|構築し|連携し|充実させ|充実し|対応し|協力し|検討し|把握し)(?:た|だ|ま|て|で|、)|(?:図る|図ります|努める|努めます|進める|進めます|推進する|推進します|取り組む|取り組みます|実施する|実施します|行う|行います)(?:。|$)/u;

/** A caption or note (※…), or the question an evaluation sheet prints before its answer (「…目標を達成しているか」). */
const isCaption = (s: string): boolean => /^[\s]*[※＊*]/u.test(s);
const isQuestion = (s: string): boolean => /か[。？?]?\s*$/u.test(s);

/** Whether a text states a result: a figure, a result word, or the name of one of the plan's indicators. */
export function statesResult(text: string, indicatorNames: readonly string[] = []): boolean {
  let t = text;
  for (const re of NOT_A_FIGURE) t = t.replace(re, ' ');
  return FIGURE.test(t) || RESULT_WORDS.test(t) || indicatorNames.some((n) => text.includes(n));
}

/** The first words of a text, for the message (「「第3期加古川市地域福祉計画」に基づく施…」). */
function firstWords(text: string, max = 20): string {
  const chars = [...text.replace(/^[\s●○・]+/u, '')];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('');
}

/** Whether a text has an activity as its predicate. */
export const statesActivity = (text: string): boolean => ACTIVITY.test(text);

/**
 * Whether a heading names an evaluation (施策評価, 総合評価, 事業の成果等 …) and not how evaluations are made. 進捗状況 alone is
 * the weakest of the words: beside 取組 or 実績 (取組の進捗状況, 実績・進捗状況) it heads a record of work, not its evaluation.
 */
export function namesEvaluation(heading: string): boolean {
  if (!EVALUATION_HEADING.test(heading) || FRAME_HEADING.test(heading)) return false;
  const strong = EVALUATION_HEADING.test(heading.replaceAll('進捗状況', ''));
  return strong || !ACTIVITY_HEADING.test(heading);
}

interface EvaluationText {
  heading: string;
  paragraphs: { text: string; path: PlanPath }[];
  source?: SourceMap;
}

/** Sections (and their subsections) of the plan or a node whose heading names an evaluation. */
function sectionTexts(sections: readonly Section[] | undefined, base: PlanPath): EvaluationText[] {
  const out: EvaluationText[] = [];
  for (const [i, s] of (sections ?? []).entries()) {
    const h = headingText(s.heading);
    const evaluation = (namesEvaluation(h) || s.kind === '振り返り') && !FRAME_HEADING.test(h);
    const path = [...base, i];
    if (evaluation && s.paragraphs) out.push({ heading: h, paragraphs: s.paragraphs.map((text, j) => ({ text, path: [...path, 'paragraphs', j] })) });
    for (const [k, sub] of (s.subsections ?? []).entries()) {
      const sh = headingText(sub.heading);
      // A 観点 under 【4.総合評価】 (事業の成果等, 適応性) is part of the evaluation; 25年度の取組内容 実績 under it is not.
      const judged = namesEvaluation(sh) || (evaluation && !ACTIVITY_HEADING.test(sh) && !FRAME_HEADING.test(sh));
      if (judged) out.push({ heading: sh, paragraphs: sub.paragraphs.map((text, j) => ({ text, path: [...path, 'subsections', k, 'paragraphs', j] })) });
    }
  }
  return out;
}

export default createRule({
  meta: {
    id: 'evaluation-without-result',
    defaultSeverity: 'info',
    group: 'notice',
    description: {
      ja: '評価の文が取組を述べるだけで結果（数値・指標・目標や前年度との比較）を書いていない（「様々な取組みを進めました」）',
      en: 'an evaluation text that lists activities and states no result (no figure, no indicator, no comparison)',
    },
    docs: docsPath('lint', 'evaluation-without-result'),
    messages: defineMessages({
      activitiesOnly: {
        ja: (d: { heading: string; first: string }) =>
          `評価「${d.heading}」は取組（「${d.first}」）を述べるだけで、結果（数値、指標、目標や前年度との比較）が書かれていません`,
        en: (d: { heading: string; first: string }) =>
          `the evaluation "${d.heading}" lists activities ("${d.first}") but states no result (no figure, no indicator, no comparison with the target or the year before)`,
        hint: {
          ja: () => '何を測ってどうだったか（指標の実績値、目標の達成状況、前年度からの変化）と、評価の段階（B、概ね順調など）を付けた理由を書いてください。結果が表にあるなら、その指標と値に触れてください。',
          en: () => 'Say what was measured and how it came out (the actual, whether the target was met, the change from the year before) and why the grade was given; if the figures are in a table, name the indicator and its value.',
        },
      },
    }),
  },
  create(ctx) {
    const texts: EvaluationText[] = [];
    const indicatorNames = [...walkIndicators(ctx.plan)].map((v) => v.indicator.name).filter((n): n is string => typeof n === 'string' && [...n].length >= 4);
    const initiativeIds = new Set([...walkInitiatives(ctx.plan)].map((v) => v.initiative.id));
    return {
      plan(plan) {
        texts.push(...sectionTexts(plan.sections, ['sections']));
        for (const v of walkNodes(plan)) texts.push(...sectionTexts(v.node.sections, [...v.path, 'sections']));
      },
      progress(p) {
        const source = p.source;
        const pr = p.progress;
        for (const [i, n] of (pr.narratives ?? []).entries()) {
          if (n.heading === undefined || !namesEvaluation(n.heading)) continue;
          texts.push({ heading: n.heading, paragraphs: n.items.map((text, j) => ({ text, path: ['narratives', i, 'items', j] })), source });
        }
        // An evaluation's reason (評価の理由) is an evaluation text by where the schema puts it. A 取組 (事業) is judged by
        // whether it was carried out, so 「計画どおり実施した」 can be its result: only goals, policies, approaches and
        // indicators are judged.
        for (const [i, sheet] of (pr.sheets ?? []).entries()) {
          if (initiativeIds.has(sheet.node)) continue;
          for (const [k, e] of (sheet.evaluations ?? []).entries()) {
            if (typeof e.reason !== 'string') continue;
            texts.push({ heading: `${sheet.heading ?? '評価'}（${e.by}）の理由`, paragraphs: [{ text: e.reason, path: ['sheets', i, 'evaluations', k, 'reason'] }], source });
          }
        }
        for (const [i, g] of (pr.grades ?? []).entries()) {
          if (g.reason === undefined || initiativeIds.has(g.target)) continue;
          texts.push({ heading: `評価 ${g.grade} の理由`, paragraphs: [{ text: g.reason, path: ['grades', i, 'reason'] }], source });
        }
        const summary = pr.summary;
        if (summary && 'paragraphs' in summary) {
          texts.push({ heading: summary.heading ?? '総括', paragraphs: summary.paragraphs.map((text, j) => ({ text, path: ['summary', 'paragraphs', j] })), source });
        }
      },
      'plan:exit'() {
        for (const t of texts) {
          const statements = t.paragraphs.filter((p) => !isCaption(p.text) && !isQuestion(p.text));
          if (statements.some((p) => statesResult(p.text, indicatorNames))) continue;
          const first = statements.find((p) => statesActivity(p.text));
          if (!first) continue;
          ctx.report({
            messageId: 'activitiesOnly',
            data: { heading: quote(t.heading.trim(), 30), first: firstWords(first.text) },
            path: first.path,
            ...(t.source ? { source: t.source } : {}),
          });
        }
      },
    };
  },
});
