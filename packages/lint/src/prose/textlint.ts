/**
 * Japanese prose checks: @textlint/kernel used as a library on every prose
 * string of a plan and its progress modules (titles, names, descriptions,
 * notes, section paragraphs, initiative content, narratives …), with
 * textlint-rule-preset-jtf-style, chosen rules of
 * textlint-rule-preset-ja-technical-writing and textlint-rule-prh with the
 * project dictionary (packages/lint/prh.yml), and keikaku's own rules for typos in
 * encoded text (./rules/, docs/prose/<id>.md). Each result's range inside the
 * string is mapped to the string literal's place in the file through the
 * source map (SourceMap.stringRange), so findings point at the exact words.
 *
 * Findings: source 'lint', ruleId 'prose/<textlint rule id>', severity info
 * (style advice never blocks publishing), no autofix (a style change to text
 * printed by the city is not a certain fix).
 *
 * `printed` cells are not linted: they record the source exactly, defects
 * included. Which rules are on, and why the others are off, is in
 * PROSE_RULES below and in docs/prose.md.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { TextlintKernel, type TextlintKernelPlugin, type TextlintKernelRule } from '@textlint/kernel';
import { findingAt, quote, stringsOf, type Finding, type PlanDoc, type Profile, type SourceMap } from '@keikaku/core';
import adjectivalNounSuru from './rules/adjectival-noun-suru.js';
import namesRunTogether from './rules/names-run-together.js';
import noBeforeCaseParticle from './rules/no-before-case-particle.js';
import rentaishiWithoutNoun from './rules/rentaishi-without-noun.js';
import { EN_GLOSS } from './rules/rule.js';

export const PROSE_RULE_PREFIX = 'prose/';
const require = createRequire(import.meta.url);
/** The preset's own rule packages are its dependencies (pnpm keeps them beside it), so they load through it. */
const presetRequire = createRequire(require.resolve('textlint-rule-preset-ja-technical-writing/package.json'));
export const PRH_DICTIONARY = fileURLToPath(new URL('../../prh.yml', import.meta.url));

export interface ProseOptions {
  profile?: Profile;
  /**
   * basic (default): the fast rules. full: also the rules that split sentences
   * (no-unmatched-pair, max-comma: about 0.6 ms per string) and those that
   * need the kuromoji morphological analyser (its dictionary loads on first
   * use: see BENCHMARKS.md).
   */
  level?: ProseLevel;
}

export type ProseLevel = 'basic' | 'full';

interface ProseRuleSpec {
  id: string;
  /** How to load the rule module. */
  load: () => unknown;
  options?: TextlintKernelRule['options'];
  /** Only at level full: needs kuromoji, or splits sentences (slow). */
  full?: boolean;
  /**
   * Also on at level basic under the publish profile: keikaku's typo rules that need kuromoji. A
   * publish run checks one city's plan before it goes out, where the analyser's load (1–2 s and about
   * 330 MB, measured in docs/prose.md) is worth the typos it finds; draft runs and national runs stay fast.
   */
  publish?: boolean;
  /** keikaku's own rule (src/prose/rules/<id>.ts, docs/prose/<id>.md), not a textlint package's. */
  own?: boolean;
}

/**
 * The rule and plugin packages are CommonJS, some compiled from ES modules (their export under
 * `default`). What `require` returns is checked here at run time, so a package that changes its
 * shape fails with a message naming it instead of deep inside the kernel. The type predicates
 * below are the module boundary: past them the kernel's own types hold.
 */
const interop = (m: unknown): unknown => (m !== null && typeof m === 'object' && 'default' in m ? m.default : m);

type RuleModule = TextlintKernelRule['rule'];
type PluginCreator = TextlintKernelPlugin['plugin'];

/** A textlint rule module: a reporter function, or `{ linter, fixer }` (textlint's TextlintRuleModule). */
export function isRuleModule(m: unknown): m is RuleModule {
  return typeof m === 'function' || (m !== null && typeof m === 'object' && 'linter' in m && typeof m.linter === 'function' && 'fixer' in m && typeof m.fixer === 'function');
}

/** A textlint plugin: an object with a `Processor` class (textlint's TextlintPluginCreator). */
export function isPluginCreator(m: unknown): m is PluginCreator {
  return m !== null && typeof m === 'object' && 'Processor' in m && typeof m.Processor === 'function';
}

function loaded<T>(what: string, m: unknown, is: (m: unknown) => m is T): T {
  const v = interop(m);
  if (!is(v)) throw new TypeError(`textlint: ${what} did not load as a textlint module (its package changed shape?)`);
  return v;
}

const jtf = (): Record<string, unknown> => {
  const preset = interop(require('textlint-rule-preset-jtf-style'));
  if (preset === null || typeof preset !== 'object' || !('rules' in preset) || preset.rules === null || typeof preset.rules !== 'object') {
    throw new TypeError('textlint: textlint-rule-preset-jtf-style has no `rules` object');
  }
  return { ...preset.rules };
};
const jtfRule = (name: string): (() => unknown) => () => jtf()[name];

/**
 * JTF style rules that are ON. Off, because they flag text the city printed
 * faithfully (the plan records the document as published):
 * - 1.1.1 本文 / 1.1.2 見出し / 1.1.3 箇条書き / 1.1.5 図表のキャプション:
 *   about whole documents' 敬体/常体 and structure, which a single field cannot show;
 * - 1.2.1 句点と読点 / 1.2.2 ピリオドとカンマ / 4.1.3: 「，」「．」 were the
 *   公用文 standard until 2022 and many plans still print them;
 * - 2.1.8 算用数字 / 2.1.9 アルファベット: full-width digits and letters
 *   (６年間, ＣＳＷ) are common in printed municipal documents; mixed widths
 *   inside one number are keikaku's fullwidth-digits rule;
 * - 2.2.1 ひらがなと漢字の使い分け / 2.1.2 漢字 / 2.2.2 算用数字と漢数字:
 *   公用文作成の要領 differs from JTF on these (及び, 又は, 一人ひとり);
 * - 3.1.1 全角文字と半角文字の間: the spaces (2024 年度) come from the PDF
 *   text extraction of the source, not from the document;
 * - 4.2.7 コロン / 4.3.x かっこ類: tables print 「年度:1,817件」 and
 *   half-width parentheses; brackets that do not pair are no-unmatched-pair.
 */
const JTF_ON = [
  '2.1.10.算用数字の位取りの表記',
  '2.2.3.一部の助数詞の表記',
  '4.2.1.感嘆符(！)',
  '4.2.2.疑問符(？)',
  '4.2.4.中黒(・)',
  '4.2.5.波線(〜)',
];

export const PROSE_RULES: readonly ProseRuleSpec[] = [
  ...JTF_ON.map((name) => ({ id: `jtf-style/${name}`, load: jtfRule(name) })),
  // ja-technical-writing, the rules that need no morphological analyser:
  { id: 'no-hankaku-kana', load: () => presetRequire('textlint-rule-no-hankaku-kana') },
  { id: 'no-invalid-control-character', load: () => presetRequire('@textlint-rule/textlint-rule-no-invalid-control-character') },
  { id: 'no-zero-width-spaces', load: () => presetRequire('textlint-rule-no-zero-width-spaces') },
  { id: 'no-nfd', load: () => presetRequire('textlint-rule-no-nfd') },
  { id: 'no-exclamation-question-mark', load: () => presetRequire('textlint-rule-no-exclamation-question-mark') },
  // Sentence splitting (slow): level full.
  { id: 'no-unmatched-pair', load: () => presetRequire('@textlint-rule/textlint-rule-no-unmatched-pair'), full: true },
  { id: 'max-comma', load: () => presetRequire('textlint-rule-max-comma'), options: { max: 4 }, full: true },
  // The project dictionary.
  { id: 'prh', load: () => require('textlint-rule-prh'), options: { rulePaths: [PRH_DICTIONARY] } },
  // Need kuromoji: level full.
  { id: 'max-ten', load: () => presetRequire('textlint-rule-max-ten'), options: { max: 4 }, full: true },
  { id: 'no-doubled-joshi', load: () => presetRequire('textlint-rule-no-doubled-joshi'), full: true },
  { id: 'no-double-negative-ja', load: () => presetRequire('textlint-rule-no-double-negative-ja'), full: true },
  { id: 'no-dropping-the-ra', load: () => presetRequire('textlint-rule-no-dropping-the-ra'), full: true },
  // keikaku's own rules (issue 17: typos in encoded text), src/prose/rules/:
  { id: 'names-run-together', load: () => namesRunTogether, own: true },
  { id: 'adjectival-noun-suru', load: () => adjectivalNounSuru, own: true, full: true, publish: true },
  { id: 'no-before-case-particle', load: () => noBeforeCaseParticle, own: true, full: true, publish: true },
  { id: 'rentaishi-without-noun', load: () => rentaishiWithoutNoun, own: true, full: true, publish: true },
];

const OWN_RULES: ReadonlySet<string> = new Set(PROSE_RULES.filter((r) => r.own).map((r) => r.id));

/** The rules a run uses: level full takes every rule; basic the fast ones, and under publish the `publish` ones too. */
export function proseRulesFor(level: ProseLevel, profile: Profile = 'draft'): readonly ProseRuleSpec[] {
  return PROSE_RULES.filter((r) => level === 'full' || !r.full || (profile === 'publish' && r.publish));
}

/**
 * Whether a run at this level and profile runs the prose rule `prose/<id>` (for judging a suppression
 * unused: one naming a rule the run left out is not). `prose/*`, `prose/size-limit` and ids no rule has
 * (reported as unused, which shows the typo) count as run.
 */
export function proseRuleRuns(ruleId: string, level: ProseLevel = 'basic', profile: Profile = 'draft'): boolean {
  const id = ruleId.slice(PROSE_RULE_PREFIX.length);
  if (!PROSE_RULES.some((r) => r.id === id)) return true;
  return proseRulesFor(level, profile).some((r) => r.id === id);
}

let kernel: TextlintKernel | undefined;
/** What a run's rule set is keyed by (the rules and their cached results differ by it). */
export type RuleSetKey = `${ProseLevel}:${Profile}`;
const ruleCache = new Map<RuleSetKey, TextlintKernelRule[]>();

/** The rules handed to the kernel for a level and profile, each loaded and checked (exported for tests). */
export function kernelRules(key: RuleSetKey, level: ProseLevel, profile: Profile): TextlintKernelRule[] {
  let rules = ruleCache.get(key);
  if (!rules) {
    rules = proseRulesFor(level, profile).map((r) => ({
      ruleId: r.id,
      rule: loaded(`rule ${r.id}`, r.load(), isRuleModule),
      ...(r.options ? { options: r.options } : {}),
    }));
    ruleCache.set(key, rules);
  }
  return rules;
}

const textPlugin = (): PluginCreator => loaded('@textlint/textlint-plugin-text', require('@textlint/textlint-plugin-text'), isPluginCreator);

const SEPARATOR = '\n\n';

/**
 * Bounds on prose checking (issue 14: a 10 MB string stalled textlint). A string longer than
 * PROSE_MAX_STRING_CHARS, and every string of a module once PROSE_MAX_MODULE_CHARS have been
 * checked, is skipped with one info finding `prose/size-limit` saying so. The longest prose string
 * of the bundled plans is 600 characters and the largest plan holds under 20,000, so real plans
 * never reach them. The structural rules still read every string.
 */
export const PROSE_MAX_STRING_CHARS = 20_000;
export const PROSE_MAX_MODULE_CHARS = 1_000_000;
export const PROSE_SIZE_LIMIT_RULE = `${PROSE_RULE_PREFIX}size-limit`;
/** Results per string, kept between plans (a national run repeats many strings); cleared when it grows past the limit. */
const CACHE_LIMIT = 50_000;
interface ProseHit {
  ruleId: string;
  message: string;
  start: number;
  end: number;
}
const caches = new Map<RuleSetKey, Map<string, ProseHit[]>>();
function resultCache(key: RuleSetKey): Map<string, ProseHit[]> {
  let c = caches.get(key);
  if (!c) caches.set(key, (c = new Map()));
  return c;
}

/** Forgets every cached result (benchmarks; a long-lived process after the dictionary changed). */
export function clearProseCache(): void {
  caches.clear();
}

function proseFinding(source: SourceMap, path: readonly (string | number)[], value: string, h: ProseHit): Finding {
  const range = source.stringRange(path, h.start, h.end);
  const words = quote(value.slice(h.start, Math.max(h.end, h.start + 1)), 20);
  // keikaku's own rules write Japanese and English (rules/rule.ts); a textlint package's rule one message.
  const tidy = (m: string, max: number) => quote(m.replace(/\s+/g, ' ').trim(), max);
  const [ja, en] = h.message.split(EN_GLOSS);
  const message =
    en !== undefined
      ? { ja: tidy(ja!, 200), en: `${tidy(en, 200)} (keikaku prose/${h.ruleId})` }
      : { ja: `「${words}」: ${tidy(h.message, 160)}`, en: `"${words}": ${tidy(h.message, 160)} (textlint ${h.ruleId})` };
  return findingAt(source, range ? { range, path } : { path }, {
    ruleId: `${PROSE_RULE_PREFIX}${h.ruleId}`,
    source: 'lint',
    severity: 'info',
    messageId: h.ruleId,
    data: { words },
    message,
    hint: OWN_RULES.has(h.ruleId)
      ? {
          ja: '誤字・脱字の疑いです（keikaku の文章ルール）。原典を確かめて直すか、原典どおりに残すなら抑止コメントに理由を書いてください。',
          en: 'A likely typo (a keikaku prose rule): check the source and fix it, or if the text stays as printed, suppress it with a reason.',
        }
      : {
          ja: '文章の書き方の指摘です（textlint）。原典どおりに残すなら抑止コメントに理由を書いてください。',
          en: 'A prose style note from textlint; if the text stays as printed, suppress it with a reason.',
        },
  });
}

/** Index of the string whose text holds offset `at` (starts ascending). */
function stringAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

type ProseString = ReturnType<typeof proseStrings>[number];
type Skipped = { path: readonly (string | number)[]; chars: number; why: 'string' | 'module' };

/** The strings prose checking takes, and those it skips (too long alone, or past the module's budget). */
function withinBounds(strings: ProseString[]): { strings: ProseString[]; skipped: Skipped[] } {
  const kept: ProseString[] = [];
  const skipped: Skipped[] = [];
  let budget = PROSE_MAX_MODULE_CHARS;
  let moduleSkipped: Skipped | undefined;
  for (const s of strings) {
    if (s.value.length > PROSE_MAX_STRING_CHARS) skipped.push({ path: s.path, chars: s.value.length, why: 'string' });
    else if (s.value.length > budget || moduleSkipped) {
      // One finding for the module, at the first string left out.
      if (moduleSkipped) moduleSkipped.chars += s.value.length;
      else skipped.push((moduleSkipped = { path: s.path, chars: s.value.length, why: 'module' }));
      budget = 0;
    } else {
      budget -= s.value.length;
      kept.push(s);
    }
  }
  return { strings: kept, skipped };
}

function sizeLimitFinding(source: SourceMap, k: Skipped): Finding {
  const n = k.chars.toLocaleString('en-US');
  const message =
    k.why === 'string'
      ? {
          ja: `この文字列は ${n} 文字あり、文章の検査（textlint）の上限 ${PROSE_MAX_STRING_CHARS.toLocaleString('en-US')} 文字を超えるので検査しませんでした`,
          en: `this string has ${n} characters, over the prose check's limit of ${PROSE_MAX_STRING_CHARS.toLocaleString('en-US')}; it was not prose-checked`,
        }
      : {
          ja: `このファイルの文章が文章の検査（textlint）の上限 ${PROSE_MAX_MODULE_CHARS.toLocaleString('en-US')} 文字を超えたので、ここから先（${n} 文字）は検査しませんでした`,
          en: `the prose of this file passed the prose check's limit of ${PROSE_MAX_MODULE_CHARS.toLocaleString('en-US')} characters; from here on (${n} characters) it was not prose-checked`,
        };
  return findingAt(source, { path: k.path }, {
    ruleId: PROSE_SIZE_LIMIT_RULE,
    source: 'lint',
    severity: 'info',
    messageId: 'size-limit',
    data: { chars: k.chars },
    message,
    hint: {
      ja: '原典の一つの段落がこれほど長いことはまずありません。取り込みの誤り（ファイル全体が一つの文字列になっている等）でないか確かめてください。',
      en: 'No printed paragraph is this long; check that the text was not imported wrongly (e.g. a whole file in one string).',
    },
  });
}

/** The prose strings of one module: fields written for people, not `printed` records, ids or enums. */
function proseStrings(doc: object) {
  return stringsOf(doc).filter((s) => s.kind === 'prose' && s.value.trim() !== '');
}

export async function lintProse(doc: PlanDoc, opts: ProseOptions = {}): Promise<Finding[]> {
  if (!doc.plan) return [];
  kernel ??= new TextlintKernel();
  const level = opts.level ?? 'basic';
  const profile = opts.profile ?? 'draft';
  const key: RuleSetKey = `${level}:${profile}`;
  const rules = kernelRules(key, level, profile);
  const plugins = [{ pluginId: 'text', plugin: textPlugin() }];
  const modules: { doc: object; source: SourceMap }[] = [
    { doc: doc.plan, source: doc.planSource },
    ...doc.progress.map((p) => ({ doc: p.progress, source: p.source })),
  ];
  const out: Finding[] = [];
  const cache = resultCache(key);
  for (const { doc: d, source } of modules) {
    const all = proseStrings(d);
    if (all.length === 0) continue;
    const { strings, skipped } = withinBounds(all);
    for (const k of skipped) out.push(sizeLimitFinding(source, k));
    // Strings not linted before (plans repeat many: 再掲, shared headings, the same names in progress files).
    const fresh = [...new Set(strings.map((s) => s.value))].filter((v) => !cache.has(v));
    if (fresh.length) {
      // One kernel call for all of them: the strings become paragraphs of one text (joined by a
      // blank line, which the text plugin splits paragraphs on), and each result is mapped back to
      // its string by offset. The rules on are paragraph- or sentence-local, so this equals linting
      // each string alone.
      const starts: number[] = [];
      let text = '';
      for (const v of fresh) {
        starts.push(text.length);
        text += `${v}${SEPARATOR}`;
      }
      const results: ProseHit[][] = fresh.map(() => []);
      const result = await kernel.lintText(text, { ext: '.txt', filePath: source.file, plugins, rules });
      for (const m of result.messages) {
        // A rule that reports only a start (prh: `index`, with the matched words as its fix's range) is
        // quoted by its fix's range, so the finding shows 「するあたり」, not its first character 「す」.
        const reported = m.range ?? [m.index, m.index + 1];
        const [from0, to0] = reported[1] - reported[0] <= 1 && m.fix && m.fix.range[0] === reported[0] && m.fix.range[1] > m.fix.range[0] ? m.fix.range : reported;
        const i = stringAt(starts, from0);
        const v = fresh[i]!;
        const start = Math.max(0, Math.min(from0 - starts[i]!, v.length));
        const end = Math.max(start, Math.min(to0 - starts[i]!, v.length));
        results[i]!.push({ ruleId: m.ruleId, message: m.message, start, end });
      }
      fresh.forEach((v, i) => cache.set(v, results[i]!));
      if (cache.size > CACHE_LIMIT) cache.clear();
    }
    for (const s of strings) {
      for (const h of cache.get(s.value) ?? []) out.push(proseFinding(source, s.path, s.value, h));
    }
  }
  return out;
}
