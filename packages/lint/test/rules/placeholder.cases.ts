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
    { name: '○× as a term: a ○×-style evaluation (○×式チェックシート), not a blank', plan: withDescription('○×式チェックシートで評価し、○×の数を集計する') },
  ],
  invalid: [
    {
      name: 'tbd() year',
      plan: planText({ goals: goal([indicator({ baseline: "{ fy: tbd('令和〇年度'), value: 10 }" })]) }),
      errors: [{ messageId: 'tbdYear', text: "tbd('令和〇年度')", data: { printed: '令和〇年度' } }],
      output: null,
    },
    {
      name: '〇〇ページ in prose',
      plan: withDescription('本計画〇〇ページ及び各関連計画に記載する'),
      errors: [{ messageId: 'text', text: '〇〇ページ', data: { text: '〇〇ページ', kind: 'ページ番号', kindEn: 'a page number', context: '本計画〇〇ページ及び各関連計画に…' } }],
    },
    { name: 'Ｐ●●●', plan: withDescription('ＳＤＧｓについては、Ｐ●●●参照'), errors: [{ messageId: 'text', text: 'Ｐ●●●', data: { text: 'Ｐ●●●', kind: 'ページ番号', kindEn: 'a page number', context: '…Ｇｓについては、Ｐ●●●参照' } }] },
    { name: '令和〇年度 in text', plan: withDescription('令和〇年度に見直す'), errors: [{ messageId: 'text', text: '令和〇年度', data: { text: '令和〇年度', kind: '年度', kindEn: 'a year', context: '令和〇年度に見直す' } }] },
    { name: '●● alone', plan: withDescription('担当は●●課'), errors: [{ messageId: 'text', text: '●●', data: { text: '●●', kind: '伏せ字', kindEn: 'a blank', context: '担当は●●課' } }] },
    { name: '〇〇 with no example context', plan: withDescription('目標は〇〇です'), errors: [{ messageId: 'text', text: '〇〇', data: { text: '〇〇', kind: '伏せ字', kindEn: 'a blank', context: '目標は〇〇です' } }] },
    { name: '◯ before a counter', plan: withDescription('研修を◯回開催'), errors: [{ messageId: 'text', at: '◯回', text: '◯', data: { text: '◯', kind: '数値', kindEn: 'a number', context: '研修を◯回開催' } }] },
    { name: '＊＊', plan: withDescription('参加者＊＊名'), errors: [{ messageId: 'text', text: '＊＊', data: { text: '＊＊', kind: '数値', kindEn: 'a number', context: '参加者＊＊名' } }] },
    { name: '×× alone is still a blank', plan: withDescription('担当は××課'), errors: [{ messageId: 'text', text: '××', data: { text: '××', kind: '伏せ字', kindEn: 'a blank', context: '担当は××課' } }] },
    { name: '※※', plan: withDescription('詳細は※※を参照'), errors: [{ messageId: 'text', text: '※※', data: { text: '※※', kind: '伏せ字', kindEn: 'a blank', context: '詳細は※※を参照' } }] },
    { name: '第〇条', plan: withDescription('同法第〇条に基づく'), errors: [{ messageId: 'text', text: '〇', data: { text: '〇', kind: '数値', kindEn: 'a number', context: '同法第〇条に基づく' } }] },
    {
      name: 'a placeholder in a progress module',
      progress: progressText("{ indicator: 'ind-a', value: 12, note: '令和○年度末' }"),
      errors: [{ messageId: 'text', text: '令和○年度', in: 'progress', data: { text: '令和○年度', kind: '年度', kindEn: 'a year', context: '令和○年度末' } }],
    },
    {
      name: 'the placeholder is found inside an escaped string literal',
      plan: planText({ goals: goal([indicator()], "description: ['\\u3007\\u3007ページを参照'],") }),
      errors: [{ messageId: 'text', text: '\\u3007\\u3007ページ', data: { text: '〇〇ページ', kind: 'ページ番号', kindEn: 'a page number', context: '〇〇ページを参照' } }],
    },
  ],
});
