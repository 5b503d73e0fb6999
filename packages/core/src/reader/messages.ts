/** Messages of the static reader: what it refuses, and what to write instead. */
import { defineMessages } from '../messages.js';

export const readerMessages = defineMessages({
  'not-utf8': {
    ja: (d: { encoding: string }) => `ファイルが UTF-8 ではありません（${d.encoding} と思われます）`,
    en: (d: { encoding: string }) => `the file is not UTF-8 (it looks like ${d.encoding})`,
    hint: {
      ja: () => 'エディタで「UTF-8」を選んで保存し直すか、iconv -f SHIFT_JIS -t UTF-8 元.ts > 新.ts で変換してください。',
      en: () => 'Save it again as UTF-8 in the editor, or convert it: iconv -f SHIFT_JIS -t UTF-8 in.ts > out.ts',
    },
  },
  'syntax-error': {
    ja: (d: { detail: string }) => `構文エラーです: ${d.detail}`,
    en: (d: { detail: string }) => `syntax error: ${d.detail}`,
    hint: {
      ja: () => 'カンマ・括弧・引用符の閉じ忘れを確認してください。',
      en: () => 'Look for a missing comma, bracket or quote.',
    },
  },
  'no-default-export': {
    ja: (d: { define: string }) => `export default ${d.define}({ … }) がありません`,
    en: (d: { define: string }) => `the module has no export default ${d.define}({ … })`,
    hint: {
      ja: (d: { define: string }) => `export default ${d.define}({ … }) の形で書いてください。`,
      en: (d: { define: string }) => `Write export default ${d.define}({ … }).`,
    },
  },
  'statement': {
    ja: () => '計画モジュールには import と export default 以外の文は書けません',
    en: () => 'a plan module holds only imports and the default export',
    hint: {
      ja: () => '変数・関数・処理は使わず、値は export default の中に直接書いてください。keikaku は計画を実行せず、データとして読みます。',
      en: () => 'Write values directly inside export default; keikaku reads plans as data and never runs them.',
    },
  },
  'import-source': {
    ja: (d: { source: string; allowed: string }) => `"${d.source}" は import できません（使えるのは ${d.allowed}）`,
    en: (d: { source: string; allowed: string }) => `"${d.source}" cannot be imported (allowed: ${d.allowed})`,
    hint: {
      ja: () => '計画モジュールは @keikaku/schema のヘルパー（進捗モジュールは自分の計画も）だけを import します。',
      en: () => 'Plan modules import only @keikaku/schema helpers (progress modules also their own plan).',
    },
  },
  'import-name': {
    ja: (d: { name: string }) => `@keikaku/schema の ${d.name} は計画モジュールでは使えません`,
    en: (d: { name: string }) => `${d.name} from @keikaku/schema cannot be used in a plan module`,
    hint: {
      ja: (d: { allowed: string }) => `使えるのは ${d.allowed} です。`,
      en: (d: { allowed: string }) => `Allowed: ${d.allowed}.`,
    },
  },
  'define-call': {
    ja: (d: { define: string }) => `export default は ${d.define}({ … }) の呼び出しにしてください`,
    en: (d: { define: string }) => `export default must be a call of ${d.define}({ … })`,
    hint: {
      ja: (d: { example: string }) => `例: ${d.example}`,
      en: (d: { example: string }) => `For example: ${d.example}`,
    },
  },
  'spread': {
    ja: () => 'スプレッド構文（...）は使えません',
    en: () => 'spread syntax (...) is not allowed',
    hint: {
      ja: () => '値をすべてその場に書き出してください（計画書の表のとおりに）。',
      en: () => 'Write every value out in place, as the printed plan does.',
    },
  },
  'identifier': {
    ja: (d: { name: string }) => `名前 ${d.name} は使えません（変数や定数は参照できません）`,
    en: (d: { name: string }) => `the name ${d.name} cannot be used (variables and constants are not read)`,
    hint: {
      ja: () => '値を直接書いてください。年度は reiwa(6) / fy(2024) のようにヘルパーで書きます。',
      en: () => 'Write the value itself; years with helpers such as reiwa(6) or fy(2024).',
    },
  },
  'not-finite': {
    ja: (d: { name: string }) => `${d.name} は有限の数ではありません`,
    en: (d: { name: string }) => `${d.name} is not a finite number`,
    hint: {
      ja: () => '原典の数値を書いてください。記載がなければ { missing: "―" } などの印を使います。',
      en: () => 'Write the number from the document; for a blank use a marker such as { missing: "―" }.',
    },
  },
  'computed-key': {
    ja: () => '計算で決まる項目名（[ … ]）は使えません',
    en: () => 'computed property names ([ … ]) are not allowed',
    hint: { ja: () => '項目名をそのまま書いてください（例: target:）。', en: () => 'Write the key itself, e.g. target:.' },
  },
  'shorthand': {
    ja: (d: { name: string }) => `省略記法 { ${d.name} } は使えません`,
    en: (d: { name: string }) => `shorthand property { ${d.name} } is not allowed`,
    hint: { ja: (d: { name: string }) => `${d.name}: 値 のように書いてください。`, en: (d: { name: string }) => `Write ${d.name}: value.` },
  },
  'method': {
    ja: () => 'メソッド・getter・setter は使えません',
    en: () => 'methods, getters and setters are not allowed',
    hint: { ja: () => '値を直接書いてください。', en: () => 'Write a plain value.' },
  },
  'duplicate-key': {
    ja: (d: { key: string }) => `項目 ${d.key} が二度書かれています`,
    en: (d: { key: string }) => `the key ${d.key} is written twice`,
    hint: { ja: () => 'どちらか一方を消してください（後の値が黙って使われることはありません）。', en: () => 'Remove one of them; keikaku does not silently keep the last.' },
  },
  'hole': {
    ja: () => '配列に空きがあります（, ,）',
    en: () => 'the array has a hole (, ,)',
    hint: { ja: () => '余分なカンマを消してください。', en: () => 'Remove the extra comma.' },
  },
  'template': {
    ja: () => '${ … } を含むテンプレート文字列は使えません',
    en: () => 'template strings with ${ … } are not allowed',
    hint: { ja: () => '文字列を原典のとおりに書いてください。', en: () => 'Write the text as printed.' },
  },
  'call': {
    ja: (d: { name: string }) => `関数 ${d.name}(…) は呼べません`,
    en: (d: { name: string }) => `the function ${d.name}(…) cannot be called`,
    hint: {
      ja: (d: { allowed: string }) => `呼べるのは @keikaku/schema のヘルパーだけです: ${d.allowed}`,
      en: (d: { allowed: string }) => `Only @keikaku/schema helpers can be called: ${d.allowed}`,
    },
  },
  'helper-argument': {
    ja: (d: { name: string; detail: string }) => `${d.name}(…) の引数が使えません: ${d.detail}`,
    en: (d: { name: string; detailEn: string }) => `bad argument to ${d.name}(…): ${d.detailEn}`,
    hint: {
      ja: (d: { hintJa: string }) => d.hintJa,
      en: (d: { hintEn: string }) => d.hintEn,
    },
  },
  'expression': {
    ja: (d: { kind: string }) => `この書き方（${d.kind}）は計画の値として読めません`,
    en: (d: { kind: string }) => `this expression (${d.kind}) cannot be read as a plan value`,
    hint: {
      ja: () => '文字列・数値・true/false・null・{ … }・[ … ] と、@keikaku/schema のヘルパー（reiwa(6) など）だけで書いてください。',
      en: () => 'Use only strings, numbers, true/false, null, { … }, [ … ] and @keikaku/schema helpers such as reiwa(6).',
    },
  },
  'cast': {
    ja: (d: { text: string }) => `型の書き換え（${d.text}）は計画モジュールでは使えません`,
    en: (d: { text: string }) => `a type cast (${d.text}) is not allowed in a plan module`,
    hint: {
      ja: () => 'as never / as 型 / <型> / ! を消してください。型が合わないときは、値をスキーマの形に直します（as const と satisfies は使えます）。',
      en: () => 'Remove the as never / as T / <T> / ! cast and make the value fit the schema instead (as const and satisfies are fine).',
    },
  },
  'unparsable': {
    ja: (d: { detail: string }) => `ファイルを構文解析できません（${d.detail}）`,
    en: (d: { detail: string }) => `the file cannot be parsed (${d.detail})`,
    hint: {
      ja: () => '入れ子が極端に深くないか確認してください。計画の構造は 基本目標 → 施策 → 取組方針 の数段です。',
      en: () => 'Look for extreme nesting; a plan is only a few levels deep.',
    },
  },
  'too-deep': {
    ja: (d: { depth: number }) => `入れ子が深すぎます（${d.depth} 段を超えています）`,
    en: (d: { depth: number }) => `nesting is too deep (over ${d.depth} levels)`,
    hint: { ja: () => '計画の構造を確認してください。', en: () => 'Check the structure of the plan.' },
  },
  'progress-plan-arg': {
    ja: () => 'defineProgress の最初の引数は、import した自分の計画にしてください',
    en: () => 'the first argument of defineProgress must be the imported plan',
    hint: {
      ja: () => "import plan from '../plan.js'; export default defineProgress(plan, { … }) と書きます。",
      en: () => "Write import plan from '../plan.js'; export default defineProgress(plan, { … }).",
    },
  },
});
