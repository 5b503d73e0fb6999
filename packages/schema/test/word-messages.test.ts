/**
 * The problems a plan author is shown for a wrong word in an open vocabulary
 * (units, states, blank marks, milestones, categories, qualifiers, outlooks):
 * a number, null, an empty string or a missing key, in every place such a word
 * sits (an indicator's field, a value shape of the Value and PartValue unions,
 * a relative's base, a progress sheet). Pinned in full (code, place, Japanese,
 * English, fix) so that a change to how the schema checks a word (for speed:
 * vocabulary.ts openWord) shows here exactly which message it changes.
 *
 * When openWord became one string check (issue 13), an empty word kept its
 * messages; a number, null or a missing key changed from Zod's enum refusal
 * ("5 は使えません。使える値: "%" / "人" …", "undefined は使えません …", code
 * invalid_value) to the word it should be ("単位 5 は文字列ではありません",
 * "状態がありません", code invalid_type) with the built-in words and where to
 * declare another in the fix.
 */
import { expect, it } from 'vitest';
import { validatePlan, validateProgress, type Plan, type Problem } from '@keikaku/schema';
import sapporo from '../../../plans/sapporo/plan.js';
import sapporo2024 from '../../../plans/sapporo/progress/2024.js';

/** A structuredClone of `source` with the value at `path` replaced. */
function edited(source: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(source) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

const IND = ['goals', 0, 'policies', 0, 'indicators', 0];
const VALUE = [...IND, 'target', 'value'];
const CASES: [label: string, module: 'plan' | 'progress', path: (string | number)[], value: unknown][] = [
  ['a unit written as a number', 'plan', [...IND, 'unit'], 5],
  ['an empty unit', 'plan', [...IND, 'unit'], ''],
  ['a unit written as null', 'plan', [...IND, 'unit'], null],
  ['an indicator category written as a number', 'plan', [...IND, 'category'], 3],
  ['an empty indicator category', 'plan', [...IND, 'category'], ''],
  ['a qualifier written as a number', 'plan', [...IND, 'target', 'qualifier'], 1],
  ['an empty qualifier', 'plan', [...IND, 'target', 'qualifier'], ''],
  ['a state written as a number', 'plan', VALUE, { state: 5 }],
  ['an empty state', 'plan', VALUE, { state: '' }],
  ['a state value without its state', 'plan', VALUE, { text: '実施する' }],
  ['a blank mark written as a number', 'plan', VALUE, { missing: 1 }],
  ['an empty blank mark', 'plan', VALUE, { missing: '' }],
  ['a milestone written as a number', 'plan', VALUE, { milestone: 4, fy: 2024 }],
  ['an empty milestone', 'plan', VALUE, { milestone: '', fy: 2024 }],
  ['a milestone year without its milestone', 'plan', VALUE, { fy: 2024 }],
  ["a part's state written as a number", 'plan', VALUE, { parts: [{ part: 'a', value: { state: 5 } }] }],
  ["a part's empty blank mark", 'plan', VALUE, { parts: [{ part: 'a', value: { missing: '' } }] }],
  ["a part's unit written as a number", 'plan', VALUE, { parts: [{ part: 'a', value: 3, unit: 7 }] }],
  ["a relative base's empty unit", 'plan', VALUE, { relative: { rule: 'times', by: 2, base: { value: 1, unit: '' } } }],
  ['an outlook written as a number', 'progress', ['sheets'], [{ node: 'p1', outlook: { course: 5 } }]],
  ['an empty outlook', 'progress', ['sheets'], [{ node: 'p1', outlook: { course: '' } }]],
  ['an outlook without its course', 'progress', ['sheets'], [{ node: 'p1', outlook: { text: '継続する' } }]],
  ["an actual's qualifier written as a number", 'progress', ['actuals', 0, 'qualifier'], 2],
  ["an actual's state written as a number", 'progress', ['actuals', 0, 'value'], { state: 2 }],
];

type Shown = Omit<Problem, 'path'>;
const EXPECTED: Record<string, Shown[]> = {
  "a unit written as a number": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].unit",
      "ja": "単位 5 は文字列ではありません",
      "en": "unit 5 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.units に宣言します。",
        "en": "Write the word in quotes (built-in words: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円). A word the plan prints that is not built in is declared in vocabulary.units in plan.ts."
      }
    }
  ],
  "an empty unit": [
    {
      "code": "too_small",
      "pathText": "goals[0].policies[0].indicators[0].unit",
      "ja": "空の文字列は使えません",
      "en": "must not be empty",
      "fix": {
        "ja": "原典に記載がない場合は項目ごと省くか notStated() を使います。",
        "en": "Leave the field out or use notStated() where the document is silent."
      }
    },
    {
      "code": "unknown-word",
      "pathText": "goals[0].policies[0].indicators[0].unit",
      "ja": "単位 \"\" は組み込みの語にも計画の vocabulary.units にもありません",
      "en": "unit \"\" is neither built in nor declared in the plan's vocabulary.units",
      "fix": {
        "ja": "綴りを確認してください（組み込み: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円）。計画が印刷どおりに使う語なら、plan.ts の vocabulary.units に宣言します。",
        "en": "Check the spelling (built in: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円). If the plan prints this word, declare it in vocabulary.units in plan.ts."
      }
    }
  ],
  "a unit written as null": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].unit",
      "ja": "単位 null は文字列ではありません",
      "en": "unit null is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.units に宣言します。",
        "en": "Write the word in quotes (built-in words: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円). A word the plan prints that is not built in is declared in vocabulary.units in plan.ts."
      }
    }
  ],
  "an indicator category written as a number": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].category",
      "ja": "指標の区分 3 は文字列ではありません",
      "en": "indicator category 3 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: 成果目標 成果指標 評価指標 活動指標 上位概念 その他の関連指標）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.categories に宣言します。",
        "en": "Write the word in quotes (built-in words: 成果目標 成果指標 評価指標 活動指標 上位概念 その他の関連指標). A word the plan prints that is not built in is declared in vocabulary.categories in plan.ts."
      }
    }
  ],
  "an empty indicator category": [
    {
      "code": "too_small",
      "pathText": "goals[0].policies[0].indicators[0].category",
      "ja": "空の文字列は使えません",
      "en": "must not be empty",
      "fix": {
        "ja": "原典に記載がない場合は項目ごと省くか notStated() を使います。",
        "en": "Leave the field out or use notStated() where the document is silent."
      }
    },
    {
      "code": "unknown-word",
      "pathText": "goals[0].policies[0].indicators[0].category",
      "ja": "指標の区分 \"\" は組み込みの語にも計画の vocabulary.categories にもありません",
      "en": "indicator category \"\" is neither built in nor declared in the plan's vocabulary.categories",
      "fix": {
        "ja": "綴りを確認してください（組み込み: 成果目標 成果指標 評価指標 活動指標 上位概念 その他の関連指標）。計画が印刷どおりに使う語なら、plan.ts の vocabulary.categories に宣言します。",
        "en": "Check the spelling (built in: 成果目標 成果指標 評価指標 活動指標 上位概念 その他の関連指標). If the plan prints this word, declare it in vocabulary.categories in plan.ts."
      }
    }
  ],
  "a qualifier written as a number": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].target.qualifier",
      "ja": "値の注記 1 は文字列ではありません",
      "en": "qualifier 1 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: 推計 見込み 暫定 速報値 概数）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.qualifiers に宣言します。",
        "en": "Write the word in quotes (built-in words: 推計 見込み 暫定 速報値 概数). A word the plan prints that is not built in is declared in vocabulary.qualifiers in plan.ts."
      }
    }
  ],
  "an empty qualifier": [
    {
      "code": "too_small",
      "pathText": "goals[0].policies[0].indicators[0].target.qualifier",
      "ja": "空の文字列は使えません",
      "en": "must not be empty",
      "fix": {
        "ja": "原典に記載がない場合は項目ごと省くか notStated() を使います。",
        "en": "Leave the field out or use notStated() where the document is silent."
      }
    },
    {
      "code": "unknown-word",
      "pathText": "goals[0].policies[0].indicators[0].target.qualifier",
      "ja": "値の注記 \"\" は組み込みの語にも計画の vocabulary.qualifiers にもありません",
      "en": "qualifier \"\" is neither built in nor declared in the plan's vocabulary.qualifiers",
      "fix": {
        "ja": "綴りを確認してください（組み込み: 推計 見込み 暫定 速報値 概数）。計画が印刷どおりに使う語なら、plan.ts の vocabulary.qualifiers に宣言します。",
        "en": "Check the spelling (built in: 推計 見込み 暫定 速報値 概数). If the plan prints this word, declare it in vocabulary.qualifiers in plan.ts."
      }
    }
  ],
  "a state written as a number": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].target.value.state",
      "ja": "状態 5 は文字列ではありません",
      "en": "state 5 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.states に宣言します。",
        "en": "Write the word in quotes (built-in words: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充). A word the plan prints that is not built in is declared in vocabulary.states in plan.ts."
      }
    }
  ],
  "an empty state": [
    {
      "code": "too_small",
      "pathText": "goals[0].policies[0].indicators[0].target.value.state",
      "ja": "空の文字列は使えません",
      "en": "must not be empty",
      "fix": {
        "ja": "原典に記載がない場合は項目ごと省くか notStated() を使います。",
        "en": "Leave the field out or use notStated() where the document is silent."
      }
    },
    {
      "code": "unknown-word",
      "pathText": "goals[0].policies[0].indicators[0].target.value.state",
      "ja": "状態 \"\" は組み込みの語にも計画の vocabulary.states にもありません",
      "en": "state \"\" is neither built in nor declared in the plan's vocabulary.states",
      "fix": {
        "ja": "綴りを確認してください（組み込み: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充）。計画が印刷どおりに使う語なら、plan.ts の vocabulary.states に宣言します。",
        "en": "Check the spelling (built in: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充). If the plan prints this word, declare it in vocabulary.states in plan.ts."
      }
    }
  ],
  "a state value without its state": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].target.value.state",
      "ja": "状態がありません",
      "en": "the state is missing",
      "fix": {
        "ja": "状態を書き足してください（組み込みの語: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.states に宣言します。",
        "en": "Add the state (built-in words: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充). A word the plan prints that is not built in is declared in vocabulary.states in plan.ts."
      }
    }
  ],
  "a blank mark written as a number": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].target.value.missing",
      "ja": "空欄の印 1 は文字列ではありません",
      "en": "blank mark 1 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: ― — － - ‐ − なし 空欄）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.marks に宣言します。",
        "en": "Write the word in quotes (built-in words: ― — － - ‐ − なし 空欄). A word the plan prints that is not built in is declared in vocabulary.marks in plan.ts."
      }
    }
  ],
  "an empty blank mark": [
    {
      "code": "too_small",
      "pathText": "goals[0].policies[0].indicators[0].target.value.missing",
      "ja": "空の文字列は使えません",
      "en": "must not be empty",
      "fix": {
        "ja": "原典に記載がない場合は項目ごと省くか notStated() を使います。",
        "en": "Leave the field out or use notStated() where the document is silent."
      }
    },
    {
      "code": "unknown-word",
      "pathText": "goals[0].policies[0].indicators[0].target.value.missing",
      "ja": "空欄の印 \"\" は組み込みの語にも計画の vocabulary.marks にもありません",
      "en": "blank mark \"\" is neither built in nor declared in the plan's vocabulary.marks",
      "fix": {
        "ja": "綴りを確認してください（組み込み: ― — － - ‐ − なし 空欄）。計画が印刷どおりに使う語なら、plan.ts の vocabulary.marks に宣言します。",
        "en": "Check the spelling (built in: ― — － - ‐ − なし 空欄). If the plan prints this word, declare it in vocabulary.marks in plan.ts."
      }
    }
  ],
  "a milestone written as a number": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].target.value.milestone",
      "ja": "状態 4 は文字列ではありません",
      "en": "state 4 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.states に宣言します。",
        "en": "Write the word in quotes (built-in words: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充). A word the plan prints that is not built in is declared in vocabulary.states in plan.ts."
      }
    }
  ],
  "an empty milestone": [
    {
      "code": "too_small",
      "pathText": "goals[0].policies[0].indicators[0].target.value.milestone",
      "ja": "空の文字列は使えません",
      "en": "must not be empty",
      "fix": {
        "ja": "原典に記載がない場合は項目ごと省くか notStated() を使います。",
        "en": "Leave the field out or use notStated() where the document is silent."
      }
    },
    {
      "code": "unknown-word",
      "pathText": "goals[0].policies[0].indicators[0].target.value.milestone",
      "ja": "状態 \"\" は組み込みの語にも計画の vocabulary.states にもありません",
      "en": "state \"\" is neither built in nor declared in the plan's vocabulary.states",
      "fix": {
        "ja": "綴りを確認してください（組み込み: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充）。計画が印刷どおりに使う語なら、plan.ts の vocabulary.states に宣言します。",
        "en": "Check the spelling (built in: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充). If the plan prints this word, declare it in vocabulary.states in plan.ts."
      }
    }
  ],
  "a milestone year without its milestone": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].target.value.milestone",
      "ja": "状態がありません",
      "en": "the state is missing",
      "fix": {
        "ja": "状態を書き足してください（組み込みの語: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.states に宣言します。",
        "en": "Add the state (built-in words: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充). A word the plan prints that is not built in is declared in vocabulary.states in plan.ts."
      }
    }
  ],
  "a part's state written as a number": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].target.value.parts[0].value.state",
      "ja": "状態 5 は文字列ではありません",
      "en": "state 5 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.states に宣言します。",
        "en": "Write the word in quotes (built-in words: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充). A word the plan prints that is not built in is declared in vocabulary.states in plan.ts."
      }
    }
  ],
  "a part's empty blank mark": [
    {
      "code": "too_small",
      "pathText": "goals[0].policies[0].indicators[0].target.value.parts[0].value.missing",
      "ja": "空の文字列は使えません",
      "en": "must not be empty",
      "fix": {
        "ja": "原典に記載がない場合は項目ごと省くか notStated() を使います。",
        "en": "Leave the field out or use notStated() where the document is silent."
      }
    },
    {
      "code": "unknown-word",
      "pathText": "goals[0].policies[0].indicators[0].target.value.parts[0].value.missing",
      "ja": "空欄の印 \"\" は組み込みの語にも計画の vocabulary.marks にもありません",
      "en": "blank mark \"\" is neither built in nor declared in the plan's vocabulary.marks",
      "fix": {
        "ja": "綴りを確認してください（組み込み: ― — － - ‐ − なし 空欄）。計画が印刷どおりに使う語なら、plan.ts の vocabulary.marks に宣言します。",
        "en": "Check the spelling (built in: ― — － - ‐ − なし 空欄). If the plan prints this word, declare it in vocabulary.marks in plan.ts."
      }
    }
  ],
  "a part's unit written as a number": [
    {
      "code": "invalid_type",
      "pathText": "goals[0].policies[0].indicators[0].target.value.parts[0].unit",
      "ja": "単位 7 は文字列ではありません",
      "en": "unit 7 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.units に宣言します。",
        "en": "Write the word in quotes (built-in words: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円). A word the plan prints that is not built in is declared in vocabulary.units in plan.ts."
      }
    }
  ],
  "a relative base's empty unit": [
    {
      "code": "too_small",
      "pathText": "goals[0].policies[0].indicators[0].target.value.relative.base.unit",
      "ja": "空の文字列は使えません",
      "en": "must not be empty",
      "fix": {
        "ja": "原典に記載がない場合は項目ごと省くか notStated() を使います。",
        "en": "Leave the field out or use notStated() where the document is silent."
      }
    },
    {
      "code": "unknown-word",
      "pathText": "goals[0].policies[0].indicators[0].target.value.relative.base.unit",
      "ja": "単位 \"\" は組み込みの語にも計画の vocabulary.units にもありません",
      "en": "unit \"\" is neither built in nor declared in the plan's vocabulary.units",
      "fix": {
        "ja": "綴りを確認してください（組み込み: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円）。計画が印刷どおりに使う語なら、plan.ts の vocabulary.units に宣言します。",
        "en": "Check the spelling (built in: % 人 名 件 回 団体 法人 か所 校 学級 園 戸 町内会 事業所 地区 世帯 施設 市町 日 時間 年 円 千円 万円). If the plan prints this word, declare it in vocabulary.units in plan.ts."
      }
    }
  ],
  "an outlook written as a number": [
    {
      "code": "invalid_type",
      "pathText": "sheets[0].outlook.course",
      "ja": "今後の方向性 5 は文字列ではありません",
      "en": "outlook 5 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: 拡充 継続 改善 縮小 統合 廃止 完了）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.outlooks に宣言します。",
        "en": "Write the word in quotes (built-in words: 拡充 継続 改善 縮小 統合 廃止 完了). A word the plan prints that is not built in is declared in vocabulary.outlooks in plan.ts."
      }
    }
  ],
  "an empty outlook": [
    {
      "code": "too_small",
      "pathText": "sheets[0].outlook.course",
      "ja": "空の文字列は使えません",
      "en": "must not be empty",
      "fix": {
        "ja": "原典に記載がない場合は項目ごと省くか notStated() を使います。",
        "en": "Leave the field out or use notStated() where the document is silent."
      }
    }
  ],
  "an outlook without its course": [
    {
      "code": "invalid_type",
      "pathText": "sheets[0].outlook.course",
      "ja": "今後の方向性がありません",
      "en": "the outlook is missing",
      "fix": {
        "ja": "今後の方向性を書き足してください（組み込みの語: 拡充 継続 改善 縮小 統合 廃止 完了）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.outlooks に宣言します。",
        "en": "Add the outlook (built-in words: 拡充 継続 改善 縮小 統合 廃止 完了). A word the plan prints that is not built in is declared in vocabulary.outlooks in plan.ts."
      }
    }
  ],
  "an actual's qualifier written as a number": [
    {
      "code": "invalid_type",
      "pathText": "actuals[0].qualifier",
      "ja": "値の注記 2 は文字列ではありません",
      "en": "qualifier 2 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: 推計 見込み 暫定 速報値 概数）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.qualifiers に宣言します。",
        "en": "Write the word in quotes (built-in words: 推計 見込み 暫定 速報値 概数). A word the plan prints that is not built in is declared in vocabulary.qualifiers in plan.ts."
      }
    }
  ],
  "an actual's state written as a number": [
    {
      "code": "invalid_type",
      "pathText": "actuals[0].value.state",
      "ja": "状態 2 は文字列ではありません",
      "en": "state 2 is not a string",
      "fix": {
        "ja": "語を引用符で囲んで書いてください（組み込みの語: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充）。計画が印刷どおりに使う語が組み込みにないときは、plan.ts の vocabulary.states に宣言します。",
        "en": "Write the word in quotes (built-in words: 実施 継続 開設 維持 設置 策定 未実施 推進 見直し 作成 検討 拡充). A word the plan prints that is not built in is declared in vocabulary.states in plan.ts."
      }
    }
  ],
};

const plan = validatePlan(structuredClone(sapporo));
if (!plan.ok) throw new Error('the sapporo plan must be valid for these cases');

it('every case has its expected problems, and no other', () => {
  expect(Object.keys(EXPECTED)).toEqual(CASES.map((c) => c[0]));
});

it.each(CASES)('%s', (label, module, path, value) => {
  const r = module === 'plan' ? validatePlan(edited(sapporo, path, value)) : validateProgress(plan.value, edited(sapporo2024, path, value));
  if (r.ok) expect.fail('expected a problem');
  expect(r.problems.map(({ path: _path, ...shown }) => shown)).toEqual(EXPECTED[label]);
});
