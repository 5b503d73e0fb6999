import rule from '../../src/rules/placeholder.js';
import { ruleTester } from '../rule-tester.js';
import { goal, indicator, planText, progressText } from '../snippets.js';

const withDescription = (d: string) => planText({ goals: goal([indicator()], `description: [${JSON.stringify(d)}],`) });

ruleTester(rule, {
  valid: [
    { name: 'a plan with settled years and text', plan: planText() },
    { name: '〇〇 as a generic example (〇〇の活動)', plan: withDescription('『〇〇の活動をしなければならない』というだけではなく') },
    { name: '〇〇など', plan: withDescription('〇〇など、身近な例から考えます') },
    { name: '○ as a bullet before a word', plan: withDescription('○人権の尊重 ○地区社協の活動') },
    { name: '〇 as a kanji zero', plan: withDescription('二〇二四年に策定') },
  ],
  invalid: [
    {
      name: 'tbd() year',
      plan: planText({ goals: goal([indicator({ baseline: "{ fy: tbd('令和〇年度'), value: 10 }" })]) }),
      errors: [{ messageId: 'tbdYear', at: "tbd('令和〇年度')" }],
      output: null,
    },
    {
      name: '〇〇ページ in prose',
      plan: withDescription('本計画〇〇ページ及び各関連計画に記載する'),
      errors: [{ messageId: 'text', at: '〇〇ページ' }],
    },
    { name: 'Ｐ●●●', plan: withDescription('ＳＤＧｓについては、Ｐ●●●参照'), errors: [{ messageId: 'text', at: 'Ｐ●●●' }] },
    { name: '令和〇年度 in text', plan: withDescription('令和〇年度に見直す'), errors: [{ messageId: 'text', at: '令和〇年度' }] },
    { name: '●● alone', plan: withDescription('担当は●●課'), errors: [{ messageId: 'text', at: '●●' }] },
    { name: '〇〇 with no example context', plan: withDescription('目標は〇〇です'), errors: [{ messageId: 'text', at: '〇〇' }] },
    { name: '◯ before a counter', plan: withDescription('研修を◯回開催'), errors: [{ messageId: 'text', at: '◯回' }] },
    { name: '＊＊', plan: withDescription('参加者＊＊名'), errors: [{ messageId: 'text', at: '＊＊' }] },
    { name: '※※', plan: withDescription('詳細は※※を参照'), errors: [{ messageId: 'text', at: '※※' }] },
    { name: '第〇条', plan: withDescription('同法第〇条に基づく'), errors: [{ messageId: 'text', at: '〇' }] },
    {
      name: 'a placeholder in a progress module',
      progress: progressText("{ indicator: 'ind-a', value: 12, note: '令和○年度末' }"),
      errors: [{ messageId: 'text', at: '令和○年度', in: 'progress' }],
    },
    {
      name: 'the placeholder is found inside an escaped string literal',
      plan: planText({ goals: goal([indicator()], "description: ['\\u3007\\u3007ページを参照'],") }),
      errors: [{ messageId: 'text', at: '\\u3007\\u3007ページ' }],
    },
  ],
});
