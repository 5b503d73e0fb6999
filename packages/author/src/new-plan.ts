/**
 * `keikaku new`: the folder of a new plan, with every required field of a
 * plan module written as notStated() until the staff fill it in, a comment on
 * each saying what it is, and the name checked against the 総務省 code table.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '@keikaku/core';
import { isValidLgCode, lgCodeCheckDigit, PLAN_KINDS, type Plan } from '@keikaku/schema';
import { localGovernmentByCode, localGovernmentsNamed, LG_TABLE_SOURCE, type LocalGovernment } from './municipalities.js';

export type PlanKind = NonNullable<Plan['kind']>;

export interface NewPlanOptions {
  id: string;
  /** 自治体名 as the 総務省 table writes it: 札幌市, 北海道. */
  name: string;
  /** 全国地方公共団体コード, 6 digits with the check digit. */
  code: string;
  prefecture?: string;
  /** The plan's kind (default 市町村地域福祉計画, or 都道府県地域福祉支援計画 for a prefecture's code). */
  kind?: string;
}

export interface NewPlanResult {
  dir: string;
  files: string[];
  municipality: LocalGovernment;
}

export const PLAN_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Checks the options against the code table; the first problem is a bilingual usage error. */
export function resolveMunicipality(opts: Pick<NewPlanOptions, 'name' | 'code' | 'prefecture'>): LocalGovernment {
  const code = opts.code.normalize('NFKC').trim();
  if (!/^\d{6}$/.test(code)) {
    const five = /^\d{5}$/.test(code) ? `（5桁の ${code} なら検査数字を付けた ${code}${lgCodeCheckDigit(code)} です）` : '';
    throw new UsageError(
      `団体コード "${opts.code}" は6桁の数字ではありません${five}`,
      `local government code "${opts.code}" is not 6 digits${five ? `; with its check digit, ${code} is ${code}${lgCodeCheckDigit(code)}` : ''}`,
    );
  }
  if (!isValidLgCode(code)) {
    const right = `${code.slice(0, 5)}${lgCodeCheckDigit(code.slice(0, 5))}`;
    throw new UsageError(
      `団体コード ${code} の検査数字（6桁目）が合いません。${code.slice(0, 5)} の検査数字は ${right.slice(5)} です（${right}）`,
      `the check digit of ${code} is wrong; ${code.slice(0, 5)} takes ${right.slice(5)} (${right})`,
    );
  }
  const lg = localGovernmentByCode(code);
  const named = localGovernmentsNamed(opts.name);
  const candidates = named.map((g) => `${g.prefecture === g.name ? '' : g.prefecture}${g.name} ${g.code}`).join('、');
  if (!lg) {
    throw new UsageError(
      `団体コード ${code} は全国地方公共団体コードの表にありません${candidates ? `。「${opts.name}」のコード: ${candidates}` : ''}`,
      `${code} is not in the 総務省 code table (as of ${LG_TABLE_SOURCE.asOf})${candidates ? `; "${opts.name}" is ${candidates}` : ''}`,
    );
  }
  const name = opts.name.normalize('NFKC').trim();
  if (name !== lg.name && name !== `${lg.prefecture}${lg.name}`) {
    throw new UsageError(
      `団体コード ${code} は「${lg.prefecture === lg.name ? '' : lg.prefecture}${lg.name}」です。「${opts.name}」ではありません${candidates ? `（「${opts.name}」のコード: ${candidates}）` : ''}`,
      `code ${code} is ${lg.name} (${lg.prefecture}), not "${opts.name}"${candidates ? `; "${opts.name}" is ${candidates}` : ''}`,
    );
  }
  if (opts.prefecture !== undefined && opts.prefecture.normalize('NFKC').trim() !== lg.prefecture) {
    throw new UsageError(
      `${lg.name}（${code}）は${lg.prefecture}の団体です。--prefecture "${opts.prefecture}" とは合いません`,
      `${lg.name} (${code}) is in ${lg.prefecture}, not "${opts.prefecture}"`,
    );
  }
  return lg;
}

function resolveKind(kind: string | undefined, lg: LocalGovernment): PlanKind | undefined {
  if (kind === undefined) return lg.kind === '都道府県' ? '都道府県地域福祉支援計画' : undefined;
  if (!(PLAN_KINDS as readonly string[]).includes(kind)) {
    throw new UsageError(`--kind "${kind}" は使えません。使える語: ${PLAN_KINDS.join(' / ')}`, `--kind "${kind}" is not a plan kind; use one of: ${PLAN_KINDS.join(', ')}`);
  }
  return kind as PlanKind;
}

const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The plan module: every required field, notStated() where the staff have yet to fill it in. */
export function planModuleText(id: string, lg: LocalGovernment, kind: PlanKind | undefined): string {
  const kindLine = kind ? `  // 計画の種類 (what plan this is; default 市町村地域福祉計画)\n  kind: ${q(kind)},\n` : '';
  return `/**
 * ${lg.name}の地域福祉計画 (plan-as-code). \`keikaku new\` で作成しました。
 * Made by \`keikaku new\`: every required field is here; fill each in as the printed plan states it.
 *
 * - 計画書に書かれていない項目は notStated() のままにします（推測で埋めない）。
 *   A field the document does not state stays notStated(); never guess.
 * - 年度は reiwa(6)・fy(2024) のように書きます。未定の年度は tbd('令和〇年度')。
 *   Years are reiwa(6) or fy(2024); an undecided year is tbd('令和〇年度').
 * - 書いたら: pnpm keikaku check ${id} && pnpm keikaku lint ${id}
 */
import { definePlan, notStated } from '@keikaku/schema';

export default definePlan({
  // 計画 id。plans/ のフォルダ名と同じ (plan id, the folder name under plans/)
  id: ${q(id)},
${kindLine}  // 自治体。団体コードは総務省の全国地方公共団体コード（検査数字を含む6桁）
  // (the local government; its code is checked against the 総務省 table)
  municipality: { name: ${q(lg.name)}, code: ${q(lg.code)}, prefecture: ${q(lg.prefecture)}, kind: ${q(lg.kind)} },
  // 表題（計画書の表紙のとおり）例: '${lg.name}地域福祉計画' (title exactly as printed)
  title: notStated(),
  // 第何期か。例: '第5期' (edition, e.g. 第5期)
  edition: notStated(),
  // 計画期間。例: { start: reiwa(6), end: reiwa(11) } (plan period, first and last fiscal year)
  period: notStated(),
  // 根拠法令（印刷どおり）。例: ['社会福祉法第107条'] (legal basis as printed)
  legalBasis: notStated(),
  // 包含する計画（成年後見制度利用促進計画・地方再犯防止推進計画・重層的支援体制整備事業実施計画・生活困窮者自立支援計画）
  // 例: [{ id: 'seinen-kouken', kind: '成年後見制度利用促進計画', law: '成年後見制度の利用の促進に関する法律第14条第1項' }]
  // (plans this plan also serves as; [] when it encompasses none)
  encompasses: [],
  // 基本理念。例: { text: '誰もが安心して暮らせるまち' } (the plan's philosophy, as printed)
  philosophy: notStated(),
  // 進行管理・評価。例: { committee: '${lg.name}地域福祉計画推進委員会', cycle: 'PDCAサイクル', frequency: { count: 1, per: '年', atLeast: true } }
  // (how progress is evaluated: committee, cycle, how often)
  evaluation: notStated(),
  // 階層の名前（計画書の語）。例: { goal: '基本目標', policy: '施策', initiative: '主な取組' } (the plan's own level names)
  terms: notStated(),
  // 基本目標 → 施策 → 取組・指標。例は README の「Adding your city」を参照 (goals, policies, initiatives and indicators)
  goals: [],
  // 原典（計画書のファイル）。計画書を seeds/ に置いたら file をそのパスにします
  // (the source document; put the plan's text under seeds/ and name it here)
  source: { file: '未登録', title: '未登録' },
});
`;
}

function readmeText(id: string, lg: LocalGovernment): string {
  return `# ${lg.name}の地域福祉計画 (plan-as-code)

${lg.name}（${lg.prefecture}、団体コード ${lg.code}）の計画を plan-as-code として符号化する場所です。
*${lg.name}'s plan, encoded as a typed plan module. Made by \`keikaku new\`; nothing is encoded yet.*

## 原典 / Source

まだ登録されていません。計画書の PDF またはテキストを \`seeds/\` に置き、\`plan.ts\` の \`source\` をそのパスにしてください。
*No source yet: put the printed plan under \`seeds/\` and name it in \`plan.ts\`'s \`source\`.*

## 手順 / Workflow

1. \`plan.ts\` を計画書のとおりに書く（書かれていない項目は \`notStated()\` のまま）。 *Encode the plan as printed.*
2. \`pnpm keikaku check ${id}\` と \`pnpm keikaku lint ${id}\`。 *Check and lint it.*
3. 年度の実績: \`pnpm keikaku export ${id} --template --fy <年度> --format xlsx\` で記入用シートを作り、記入後
   \`pnpm keikaku import ${id} --fy <年度> <ファイル>\`。 *Each year's actuals come from the filled-in sheet.*

## 意図的に残した空白 / Gaps kept on purpose

（計画書が書いていないこと・読めないことをここに記録します。 *Record here what the document leaves open.*）
`;
}

function changelogText(id: string): string {
  return `# @keikaku-plans/${id}

改訂履歴（この計画の変更の記録）。 *The plan's revision history.*
`;
}

function progressReadmeText(id: string): string {
  return `# 進捗 / Progress

年度ごとの実績は \`progress/<西暦の年度>.ts\`（令和6年度 → \`2024.ts\`）に書きます。Excel から取り込むのが簡単です。
*Each year's actuals live in \`progress/<fiscal year>.ts\`; the easy way is to import them from Excel.*

\`\`\`sh
pnpm keikaku export ${id} --template --fy 2024 --format xlsx --out reports/${id}-2024.xlsx   # 記入用シート
pnpm keikaku import ${id} --fy 2024 reports/${id}-2024.xlsx --dry-run                       # 差分を確認
pnpm keikaku import ${id} --fy 2024 reports/${id}-2024.xlsx                                 # 書き込む
\`\`\`

手で書く場合のひな形 (a template to write by hand):

\`\`\`ts
import { defineProgress, fy } from '@keikaku/schema';
import plan from '../plan.js';

export default defineProgress(plan, {
  plan: '${id}',
  fy: fy(2024),
  actuals: [
    // { indicator: '<指標 id>', value: 1817, asOf: '2024-12-31', provisional: true },
  ],
});
\`\`\`
`;
}

function packageJsonText(id: string, lg: LocalGovernment): string {
  return `${JSON.stringify(
    {
      name: `@keikaku-plans/${id}`,
      version: '0.0.0',
      description: `${lg.name}の地域福祉計画 (plan-as-code)`,
      type: 'module',
      private: true,
      exports: { '.': './plan.ts', './progress/*': './progress/*.ts' },
      // A devDependency: the schema checks the plan; a new schema release does not version the plan (changesets).
      devDependencies: { '@keikaku/schema': 'workspace:*' },
    },
    null,
    2,
  )}\n`;
}

/**
 * Writes plans/<id>/ whole or not at all: the files are written into a
 * temporary folder beside it and renamed into place, and an existing plan is
 * never touched.
 */
export function newPlan(root: string, opts: NewPlanOptions): NewPlanResult {
  if (!PLAN_ID.test(opts.id)) {
    throw new UsageError(
      `計画 id "${opts.id}" は使えない形です。英小文字で始まり、英小文字・数字・ハイフンだけを使います（例: sapporo, kita-hiroshima）`,
      `plan id "${opts.id}" is not valid: lowercase letters, digits and single hyphens, starting with a letter (e.g. sapporo, kita-hiroshima)`,
    );
  }
  const lg = resolveMunicipality(opts);
  const kind = resolveKind(opts.kind, lg);
  const plansDir = join(root, 'plans');
  const dir = join(plansDir, opts.id);
  if (existsSync(dir)) {
    throw new UsageError(`plans/${opts.id} はすでにあります。上書きしません`, `plans/${opts.id} already exists; refusing to overwrite it`);
  }
  const files: [string, string][] = [
    ['package.json', packageJsonText(opts.id, lg)],
    ['plan.ts', planModuleText(opts.id, lg, kind)],
    ['README.md', readmeText(opts.id, lg)],
    ['CHANGELOG.md', changelogText(opts.id)],
    ['progress/README.md', progressReadmeText(opts.id)],
  ];
  mkdirSync(plansDir, { recursive: true });
  const tmp = join(plansDir, `.${opts.id}.${process.pid}.new`);
  try {
    mkdirSync(join(tmp, 'progress'), { recursive: true });
    for (const [name, text] of files) writeFileSync(join(tmp, name), text, { flag: 'wx' });
    // renameSync onto an existing non-empty folder fails, so a plan made meanwhile is not replaced.
    renameSync(tmp, dir);
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(dir)) throw new UsageError(`plans/${opts.id} はすでにあります。上書きしません`, `plans/${opts.id} already exists; refusing to overwrite it`);
    throw err;
  }
  return { dir, files: files.map(([name]) => `plans/${opts.id}/${name}`), municipality: lg };
}
