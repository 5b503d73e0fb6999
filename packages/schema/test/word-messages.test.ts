/**
 * The problems a plan author is shown for a wrong word in an open vocabulary
 * (units, states, blank marks, milestones, categories, qualifiers, outlooks):
 * a number, null, an empty string or a missing key, in every place such a word
 * sits (an indicator's field, a value shape of the Value and PartValue unions,
 * a relative's base, a progress sheet). Pinned in full (code, place, Japanese,
 * English, fix) so that a change to how the schema checks a word (for speed:
 * vocabulary.ts openWord) shows here exactly which message it changes.
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
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].unit",
      "ja": "5 は使えません。使える値: \"%\" / \"人\" / \"名\" / \"件\" / \"回\" / \"団体\" / \"法人\" / \"か所\" / \"校\" / \"学級\" / \"園\" / \"戸\" / \"町内会\" / \"事業所\" / \"地区\" / \"世帯\" / \"施設\" / \"市町\" / \"日\" / \"時間\" / \"年\" / \"円\" / \"千円\" / \"万円\"",
      "en": "5 is not allowed; expected one of \"%\", \"人\", \"名\", \"件\", \"回\", \"団体\", \"法人\", \"か所\", \"校\", \"学級\", \"園\", \"戸\", \"町内会\", \"事業所\", \"地区\", \"世帯\", \"施設\", \"市町\", \"日\", \"時間\", \"年\", \"円\", \"千円\", \"万円\""
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
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].unit",
      "ja": "null は使えません。使える値: \"%\" / \"人\" / \"名\" / \"件\" / \"回\" / \"団体\" / \"法人\" / \"か所\" / \"校\" / \"学級\" / \"園\" / \"戸\" / \"町内会\" / \"事業所\" / \"地区\" / \"世帯\" / \"施設\" / \"市町\" / \"日\" / \"時間\" / \"年\" / \"円\" / \"千円\" / \"万円\"",
      "en": "null is not allowed; expected one of \"%\", \"人\", \"名\", \"件\", \"回\", \"団体\", \"法人\", \"か所\", \"校\", \"学級\", \"園\", \"戸\", \"町内会\", \"事業所\", \"地区\", \"世帯\", \"施設\", \"市町\", \"日\", \"時間\", \"年\", \"円\", \"千円\", \"万円\""
    }
  ],
  "an indicator category written as a number": [
    {
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].category",
      "ja": "3 は使えません。使える値: \"成果目標\" / \"成果指標\" / \"評価指標\" / \"活動指標\" / \"上位概念\" / \"その他の関連指標\"",
      "en": "3 is not allowed; expected one of \"成果目標\", \"成果指標\", \"評価指標\", \"活動指標\", \"上位概念\", \"その他の関連指標\""
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
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].target.qualifier",
      "ja": "1 は使えません。使える値: \"推計\" / \"見込み\" / \"暫定\" / \"速報値\" / \"概数\"",
      "en": "1 is not allowed; expected one of \"推計\", \"見込み\", \"暫定\", \"速報値\", \"概数\""
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
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].target.value.state",
      "ja": "5 は使えません。使える値: \"実施\" / \"継続\" / \"開設\" / \"維持\" / \"設置\" / \"策定\" / \"未実施\" / \"推進\" / \"見直し\" / \"作成\" / \"検討\" / \"拡充\"",
      "en": "5 is not allowed; expected one of \"実施\", \"継続\", \"開設\", \"維持\", \"設置\", \"策定\", \"未実施\", \"推進\", \"見直し\", \"作成\", \"検討\", \"拡充\""
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
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].target.value.state",
      "ja": "undefined は使えません。使える値: \"実施\" / \"継続\" / \"開設\" / \"維持\" / \"設置\" / \"策定\" / \"未実施\" / \"推進\" / \"見直し\" / \"作成\" / \"検討\" / \"拡充\"",
      "en": "undefined is not allowed; expected one of \"実施\", \"継続\", \"開設\", \"維持\", \"設置\", \"策定\", \"未実施\", \"推進\", \"見直し\", \"作成\", \"検討\", \"拡充\""
    }
  ],
  "a blank mark written as a number": [
    {
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].target.value.missing",
      "ja": "1 は使えません。使える値: \"―\" / \"—\" / \"－\" / \"-\" / \"‐\" / \"−\" / \"なし\" / \"空欄\"",
      "en": "1 is not allowed; expected one of \"―\", \"—\", \"－\", \"-\", \"‐\", \"−\", \"なし\", \"空欄\""
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
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].target.value.milestone",
      "ja": "4 は使えません。使える値: \"実施\" / \"継続\" / \"開設\" / \"維持\" / \"設置\" / \"策定\" / \"未実施\" / \"推進\" / \"見直し\" / \"作成\" / \"検討\" / \"拡充\"",
      "en": "4 is not allowed; expected one of \"実施\", \"継続\", \"開設\", \"維持\", \"設置\", \"策定\", \"未実施\", \"推進\", \"見直し\", \"作成\", \"検討\", \"拡充\""
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
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].target.value.milestone",
      "ja": "undefined は使えません。使える値: \"実施\" / \"継続\" / \"開設\" / \"維持\" / \"設置\" / \"策定\" / \"未実施\" / \"推進\" / \"見直し\" / \"作成\" / \"検討\" / \"拡充\"",
      "en": "undefined is not allowed; expected one of \"実施\", \"継続\", \"開設\", \"維持\", \"設置\", \"策定\", \"未実施\", \"推進\", \"見直し\", \"作成\", \"検討\", \"拡充\""
    }
  ],
  "a part's state written as a number": [
    {
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].target.value.parts[0].value.state",
      "ja": "5 は使えません。使える値: \"実施\" / \"継続\" / \"開設\" / \"維持\" / \"設置\" / \"策定\" / \"未実施\" / \"推進\" / \"見直し\" / \"作成\" / \"検討\" / \"拡充\"",
      "en": "5 is not allowed; expected one of \"実施\", \"継続\", \"開設\", \"維持\", \"設置\", \"策定\", \"未実施\", \"推進\", \"見直し\", \"作成\", \"検討\", \"拡充\""
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
      "code": "invalid_value",
      "pathText": "goals[0].policies[0].indicators[0].target.value.parts[0].unit",
      "ja": "7 は使えません。使える値: \"%\" / \"人\" / \"名\" / \"件\" / \"回\" / \"団体\" / \"法人\" / \"か所\" / \"校\" / \"学級\" / \"園\" / \"戸\" / \"町内会\" / \"事業所\" / \"地区\" / \"世帯\" / \"施設\" / \"市町\" / \"日\" / \"時間\" / \"年\" / \"円\" / \"千円\" / \"万円\"",
      "en": "7 is not allowed; expected one of \"%\", \"人\", \"名\", \"件\", \"回\", \"団体\", \"法人\", \"か所\", \"校\", \"学級\", \"園\", \"戸\", \"町内会\", \"事業所\", \"地区\", \"世帯\", \"施設\", \"市町\", \"日\", \"時間\", \"年\", \"円\", \"千円\", \"万円\""
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
      "code": "invalid_value",
      "pathText": "sheets[0].outlook.course",
      "ja": "5 は使えません。使える値: \"拡充\" / \"継続\" / \"改善\" / \"縮小\" / \"統合\" / \"廃止\" / \"完了\"",
      "en": "5 is not allowed; expected one of \"拡充\", \"継続\", \"改善\", \"縮小\", \"統合\", \"廃止\", \"完了\""
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
      "code": "invalid_value",
      "pathText": "sheets[0].outlook.course",
      "ja": "undefined は使えません。使える値: \"拡充\" / \"継続\" / \"改善\" / \"縮小\" / \"統合\" / \"廃止\" / \"完了\"",
      "en": "undefined is not allowed; expected one of \"拡充\", \"継続\", \"改善\", \"縮小\", \"統合\", \"廃止\", \"完了\""
    }
  ],
  "an actual's qualifier written as a number": [
    {
      "code": "invalid_value",
      "pathText": "actuals[0].qualifier",
      "ja": "2 は使えません。使える値: \"推計\" / \"見込み\" / \"暫定\" / \"速報値\" / \"概数\"",
      "en": "2 is not allowed; expected one of \"推計\", \"見込み\", \"暫定\", \"速報値\", \"概数\""
    }
  ],
  "an actual's state written as a number": [
    {
      "code": "invalid_value",
      "pathText": "actuals[0].value.state",
      "ja": "2 は使えません。使える値: \"実施\" / \"継続\" / \"開設\" / \"維持\" / \"設置\" / \"策定\" / \"未実施\" / \"推進\" / \"見直し\" / \"作成\" / \"検討\" / \"拡充\"",
      "en": "2 is not allowed; expected one of \"実施\", \"継続\", \"開設\", \"維持\", \"設置\", \"策定\", \"未実施\", \"推進\", \"見直し\", \"作成\", \"検討\", \"拡充\""
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
