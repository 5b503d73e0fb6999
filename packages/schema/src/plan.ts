/**
 * The plan: municipality, period, legal basis and encompassed plans, 基本理念,
 * evaluation arrangements, and the hierarchy of goals → policies → approaches
 * with their initiatives (取組) and indicators.
 *
 * Cities name and nest the levels differently (札幌: 基本目標 → 施策; 旭川:
 * 目指す地域像 → 基本的な考え方; 苫小牧: 基本目標 → 施策 → 取組方針). One schema
 * serves them all: the keys are fixed (goals / policies / approaches), the
 * printed names live in `terms`, and initiatives and indicators may hang on
 * any level.
 */
import { z } from 'zod';
import { yearOf } from './fiscal-year.js';
import { FiscalYear, NotStatedYear, YearRef } from './year-schema.js';
import { LocalGovernmentCode } from './municipality-code.js';
import { Id, Marker, Owner } from './common.js';
import { FREQUENCY_PERIODS, StatedAbsence } from './value.js';
import { Indicator, UnnamedIndicator } from './indicator.js';
import { Vocabulary } from './vocabulary.js';
import { GradingScale } from './grading.js';

/** Something the document does not state; recorded instead of guessed. */
export const NotStated = NotStatedYear;

export const Initiative = z.strictObject({
  id: Id,
  no: z.union([z.number().int(), z.string().min(1)]).optional().describe('Number as printed (苫小牧 No 1–69)'),
  group: z.string().optional().describe('Sub-heading the initiative is listed under, e.g. 取組項目① …'),
  category: z.string().optional().describe('事業区分, e.g. 包括的相談支援事業'),
  title: z.string().min(1),
  content: z.string().optional().describe('取組内容 / 概要 as printed'),
  owner: Owner.optional().describe('市 / 市社協 / 市・市社協'),
  departments: z.array(z.string().min(1)).optional().describe('担当課'),
  markers: z.array(Marker).optional().describe('新規 / レベルアップ / 再掲'),
  repeats: Id.optional().describe('For 再掲: id of the initiative repeated here'),
  encompassed: Id.optional().describe('Id of the encompassed plan this initiative belongs to'),
  note: z.string().optional(),
});
export type Initiative = z.infer<typeof Initiative>;

/** Kinds of narrative text plans are made of; the printed heading is kept as well. */
export const SECTION_KINDS = ['趣旨', '背景', '現状と課題', '考え方', '共有すべきこと', '振り返り', 'その他'] as const;

/**
 * A heading the encoder supplied where the document's text prints none (the extraction lost it, or a
 * box opens without one): `{ read: '計画策定の趣旨', note: '抽出テキストに見出しが無い' }`. The report prints
 * `read` as the heading; the data keeps it marked as the encoder's.
 */
export const ReadHeading = z
  .strictObject({
    read: z.string().min(1).describe('The heading the encoder supplied'),
    note: z.string().min(1).optional().describe('What the reading rests on (e.g. 囲み記事の冒頭の語)'),
  })
  .describe("A heading the encoder supplied, not printed in the document's text: { read, note }");
export type ReadHeading = z.infer<typeof ReadHeading>;
/** A section heading: as printed, or { read } for one the encoder supplied. */
export const Heading = z.union([z.string().min(1), ReadHeading]);
export type Heading = z.infer<typeof Heading>;
/** The words of a heading, printed or supplied by the encoder (the one accessor consumers use). */
export const headingText = (h: Heading): string => (typeof h === 'string' ? h : h.read);
/** True when the encoder supplied the heading (the document's text prints none). */
export const isReadHeading = (h: Heading): h is ReadHeading => typeof h !== 'string';

/** A narrative section as printed: 計画策定の趣旨, 背景, 現状と課題, 共有すべきこと … (one level of sub-sections). */
export const Subsection = z.strictObject({
  heading: Heading.describe('Heading as printed, e.g. ⑴ 国の動向, or { read } for one the encoder supplied'),
  paragraphs: z.array(z.string().min(1)).min(1).describe('Paragraphs or bullets as printed'),
});
export const Section = z.strictObject({
  heading: Heading.describe('Heading as printed, e.g. １ 計画策定の趣旨, or { read } for one the encoder supplied'),
  kind: z.enum(SECTION_KINDS).optional().describe('What the section is, when the heading says so'),
  paragraphs: z.array(z.string().min(1)).optional(),
  subsections: z.array(Subsection).optional(),
});
export type Section = z.infer<typeof Section>;

/**
 * What each actor is to do (それぞれが取り組むべきこと): 旭川 prints, for every
 * 基本的な考え方, what 市民, 地域, 事業者, 市 and 社協 each take on.
 */
export const Commitment = z.strictObject({
  actor: z.string().min(1).describe('The actor as printed: 市民, 地域, 事業者, 市, 社協, 市民・地域'),
  items: z.array(z.string().min(1)).min(1).describe('What the actor is to do, as printed'),
  note: z.string().min(1).optional().describe("How the items were assigned to the actor, when that is the encoder's reading of a figure"),
});
export type Commitment = z.infer<typeof Commitment>;

const nodeFields = {
  id: Id,
  no: z
    .union([z.number().int(), z.string().min(1), NotStatedYear])
    .describe('Number as printed: 1, "Ⅰ", "ア"; notStated() when the excerpt prints none'),
  title: z.string().min(1),
  noIndicators: StatedAbsence.optional().describe('This level deliberately sets no numeric indicators: { absent: "数値目標は設定しない", reason }'),
  commitments: z.array(Commitment).optional().describe('それぞれが取り組むべきこと, per actor, as printed'),
  description: z.array(z.string()).optional().describe('Lead text and bullets, as printed'),
  departments: z.array(z.string().min(1)).optional().describe('担当課 for the whole level'),
  encompassed: Id.optional(),
  indicators: z.array(Indicator).optional(),
  unnamedIndicators: z.array(UnnamedIndicator).optional().describe('Indicator frames printed with no name (empty rows of an evaluation sheet)'),
  initiatives: z.array(Initiative).optional(),
  notes: z.array(z.string()).optional().describe('Footnotes (※) as printed'),
  sections: z.array(Section).optional().describe('Narrative sections of this level as printed (背景, 現状と課題, 共有すべきこと …)'),
};

/** Third level, e.g. 苫小牧's 取組方針. */
export const Approach = z.strictObject({ ...nodeFields });
export type Approach = z.infer<typeof Approach>;

/** Second level: 施策 / 基本的な考え方. */
export const Policy = z.strictObject({ ...nodeFields, approaches: z.array(Approach).optional() });
export type Policy = z.infer<typeof Policy>;

/** First level: 基本目標 / 目指す地域像. */
export const Goal = z.strictObject({ ...nodeFields, policies: z.array(Policy).optional() });
export type Goal = z.infer<typeof Goal>;

export const Period = z.strictObject({
  start: YearRef,
  end: YearRef,
  note: z.string().optional(),
});
export type Period = z.infer<typeof Period>;

export const ENCOMPASSED_KINDS = [
  '成年後見制度利用促進計画',
  '地方再犯防止推進計画',
  '重層的支援体制整備事業実施計画',
  '生活困窮者自立支援計画',
] as const;

/** A plan the welfare plan contains (包含) by law. */
export const EncompassedPlan = z.strictObject({
  id: Id,
  kind: z.enum(ENCOMPASSED_KINDS),
  law: z.string().min(1).describe('Statute and article as cited, e.g. 成年後見制度の利用の促進に関する法律第14条第1項'),
  title: z.string().optional().describe('The name the city gives it'),
  contents: z.array(Section).optional().describe("The encompassed plan's required contents as printed (e.g. a 重層的支援体制整備事業実施計画's 基本方針)"),
  note: z.string().optional(),
});

export const JointPlan = z.strictObject({
  body: z.string().min(1).describe('Co-authoring body, e.g. 旭川市社会福祉協議会'),
  title: z.string().min(1).describe('e.g. 地域福祉活動計画'),
  edition: z.string().optional(),
  integrated: z
    .union([
      z.boolean(),
      z
        .strictObject({ read: z.boolean(), note: z.string().min(1).optional().describe('What the reading rests on') })
        .describe("The encoder's reading: the document does not say it in words"),
    ])
    .describe('一体的に策定 (drawn up as one document): the document\'s statement, or { read } for the encoder\'s reading'),
});

const RelationWord = z.enum(['上位計画', '個別計画', '関連計画']);
export const RelatedPlan = z.strictObject({
  title: z.string().min(1),
  relation: z
    .union([
      RelationWord,
      z
        .strictObject({ read: RelationWord, note: z.string().min(1).optional().describe('What the reading rests on, as printed') })
        .describe("The encoder's reading, where the document does not use the word"),
    ])
    .describe('How the document places it, or { read } for the encoder\'s reading'),
  editions: z
    .array(z.strictObject({ edition: z.string().min(1), period: z.union([Period, NotStated]) }))
    .optional(),
  note: z.string().optional(),
});

export const Evaluation = z.strictObject({
  committee: z.string().optional().describe('e.g. 小樽市地域福祉計画推進委員会'),
  cycle: z.string().optional().describe('e.g. PDCAサイクル'),
  frequency: z
    .strictObject({
      count: z.number().int().positive(),
      per: z.enum(FREQUENCY_PERIODS),
      every: z.number().int().min(2).optional().describe('Every N periods: 3年に1回 = { count: 1, per: "年", every: 3 }'),
      atLeast: z.boolean().optional().describe('以上, 少なくとも'),
      approximate: z.boolean().optional().describe('程度: 3年に1回程度 = { count: 1, per: "年", every: 3, approximate: true }'),
      printed: z.string().min(1).optional().describe('As printed, e.g. 3年に1回程度'),
    })
    .optional()
    .describe('How often progress is reviewed: 少なくとも1年に1回 = { count: 1, per: "年", atLeast: true }; 3年に1回程度 = { count: 1, per: "年", every: 3, approximate: true }'),
  citizenInput: z.string().optional().describe('How residents are heard, e.g. ワークショップ'),
  notes: z.array(z.string()).optional(),
});

const Term = z.union([z.string().min(1), NotStated]);
/** The printed names of the levels; notStated() for a level name the document never uses. */
export const Terms = z.strictObject({
  goal: Term.describe('Printed name of the first level, e.g. 基本目標'),
  policy: Term.describe('e.g. 施策'),
  approach: Term.optional().describe('e.g. 取組方針'),
  initiative: Term.describe('e.g. 主な取組'),
});

/** Kinds of plan keikaku reads. */
export const PLAN_KINDS = [
  '市町村地域福祉計画',
  '都道府県地域福祉支援計画',
  '地域福祉活動計画',
  '地域福祉計画・地域福祉活動計画',
  // Encompassing plans that hold the welfare plan as one 分野 among others (issue 17); `fields` lists them.
  '保健福祉総合計画',
] as const;

/** Who wrote the plan, when it is not the municipality itself (issue 7 §7). */
export const AUTHOR_KINDS = ['市', '町', '村', '特別区', '都道府県', '市区町村社会福祉協議会', '都道府県社会福祉協議会'] as const;
export const Author = z.strictObject({
  kind: z.enum(AUTHOR_KINDS),
  name: z.string().min(1).describe('As printed, e.g. 北海道社会福祉協議会'),
  note: z.string().optional(),
});

/** The larger plan this plan is one part of (e.g. 第3編第1部 of a 保健福祉総合計画). */
export const PartOf = z.strictObject({
  title: z.string().min(1).describe('Title of the larger plan'),
  part: z.string().min(1).describe('Which part, as printed: 第3編第1部'),
  note: z.string().optional(),
});

export const SourceDocument = z.strictObject({
  file: z.string().min(1).describe('Path of the source document, e.g. seeds/000_….txt'),
  title: z.string().min(1),
  scope: z.string().optional().describe('Which part of the plan the source covers (e.g. 第4章 only)'),
  beyondExcerpt: z
    .array(z.enum(['goals', 'indicators', 'period', 'legalBasis', 'philosophy', 'evaluation', 'terms', 'encompasses', 'grading']))
    .min(1)
    .optional()
    .describe("Parts of the plan the source (an excerpt) does not hold, e.g. ['goals', 'indicators'] for an excerpt of the evaluation chapter only; 'grading' when the criteria of its grading scales are printed elsewhere: empty or notStated() there says nothing about the document"),
});

export const PlanObject = z.strictObject({
  id: Id.describe('Plan id, the folder name under plans/'),
  kind: z.enum(PLAN_KINDS).optional().describe('What plan this is (default 市町村地域福祉計画)'),
  fields: z
    .array(z.string().min(1))
    .min(1)
    .optional()
    .describe('For an encompassing plan (保健福祉総合計画): the 分野 it holds, as printed, e.g. ["地域福祉", "高齢者福祉", "障がい者福祉"]'),
  municipality: z
    .strictObject({
      name: z.union([z.string().min(1), NotStated]).describe('As printed; notStated() when the excerpt never names the municipality'),
      code: z.union([LocalGovernmentCode, NotStated]).describe('全国地方公共団体コード; notStated() when the municipality is not named'),
      prefecture: z.union([z.string().min(1), NotStated]),
      kind: z.enum(['市', '町', '村', '特別区', '都道府県']).optional().describe('市 / 町 / 村 / 特別区, or 都道府県 for a prefecture-wide plan'),
    })
    .describe('The local government whose area the plan covers'),
  author: Author.optional().describe('Who wrote the plan, when not the municipality itself (a 社協 has no local government code)'),
  partOf: PartOf.optional(),
  title: z.union([z.string().min(1), NotStated]).describe('Title as printed, or notStated() when the source never prints it'),
  subtitle: z.string().min(1).optional().describe('The line printed under the title, e.g. みんなで支え合う地域社会をめざして'),
  edition: z.union([z.string().min(1), NotStated]).describe('第5期 …, or notStated()'),
  period: z.union([Period, NotStated]),
  legalBasis: z
    .union([z.array(z.string().min(1)).min(1), NotStated])
    .describe('As printed, e.g. ["社会福祉法第107条"]; notStated() when the document does not cite it'),
  encompasses: z.array(EncompassedPlan),
  jointPlan: JointPlan.optional(),
  relatedPlans: z.array(RelatedPlan).optional(),
  philosophy: z.union([z.strictObject({ text: z.string().min(1), description: z.array(z.string()).optional() }), NotStated]),
  evaluation: z.union([Evaluation, NotStated]),
  terms: z.union([Terms, NotStated]).describe('Printed level names, or notStated() when the document names none'),
  vocabulary: Vocabulary.optional(),
  grading: z.array(GradingScale).optional().describe("The plan's own grading scales (評価区分)"),
  noIndicators: StatedAbsence.optional().describe('The plan deliberately sets no numeric indicators, with its reason as printed'),
  goals: z.array(Goal),
  indicators: z
    .array(Indicator)
    .optional()
    .describe('Indicators of the plan as a whole, not of one goal (e.g. a 全体指標 or 計画全体の成果指標 table)'),
  sections: z.array(Section).optional().describe("The plan's own framing text as printed (計画策定の趣旨, a chapter preface …)"),
  notes: z.array(z.string()).optional().describe('Plan-level notes as printed (e.g. a cross-reference)'),
  source: SourceDocument,
});

/*
 * `Plan`, the schema every plan is validated with, is PlanObject refined by
 * the consistency checks: it is defined in plan-checks.ts, beside them, so
 * that this file imports no checks and the checks' walker imports no schema.
 */

/** The printed text of a field that may be notStated(): the text (a number as its digits), or undefined. */
export function statedText(x: string | number | { notStated: true } | undefined): string | undefined {
  return typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined;
}

/** 北海道 札幌市, leaving out what the excerpt does not print; undefined when it prints neither. */
export function municipalityText(m: z.infer<typeof PlanObject>['municipality'], sep = ' '): string | undefined {
  const parts = [statedText(m.prefecture), statedText(m.name)].filter((x): x is string => x !== undefined);
  return parts.length ? parts.join(sep) : undefined;
}

/** First and last fiscal year of a period; a printed year (平成32年度) counts as the year it denotes, tbd() and notStated() as none. */
export function periodYears(p: z.infer<typeof PlanObject>['period']): { start?: FiscalYear; end?: FiscalYear } {
  if ('notStated' in p) return {};
  const start = yearOf(p.start);
  const end = yearOf(p.end);
  return { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}
