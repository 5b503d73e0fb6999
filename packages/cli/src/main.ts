/**
 * The keikaku command table. Each command lives in commands/<name>.ts and is
 * imported only when run. Usage errors are bilingual and exit 2; faults in
 * the user's environment (a read-only folder, a path that is a directory) are
 * usage errors too; only a real bug in keikaku says "internal error".
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import type { Io } from './commands/io.js';

const std: Io = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** Commander's own usage errors, in Japanese with the English gloss. */
const COMMANDER_JA: Record<string, string> = {
  'commander.unknownOption': '知らないオプションです',
  'commander.unknownCommand': '知らないコマンドです',
  'commander.missingArgument': '必要な引数がありません',
  'commander.optionMissingArgument': 'オプションに値がありません',
  'commander.missingMandatoryOptionValue': '必須のオプションがありません',
  'commander.invalidArgument': '引数の値が使えません',
  'commander.excessArguments': '引数が多すぎます',
  'commander.conflictingOption': '同時に使えないオプションです',
};

function wantsColor(): boolean {
  return Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.FORCE_COLOR !== '0';
}

/** Exit status when the reader of our output went away (`keikaku export x | head -c 10`): 128 + SIGPIPE, as Unix tools end. */
export const EXIT_PIPE_CLOSED = 141;

function isEpipe(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'EPIPE';
}

let pipeHooked = false;
/**
 * A closed stdout or stderr (`| head`, `| true`) ends keikaku quietly, as it ends
 * `cat` or `grep`: no "Error: write EPIPE" and no stack trace, status 141.
 */
function exitQuietlyOnClosedPipe(): void {
  if (pipeHooked) return;
  pipeHooked = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err) => {
      if (isEpipe(err)) process.exit(EXIT_PIPE_CLOSED);
      // Any other fault of the terminal or file we print to (EIO, ENOSPC): said plainly on the other stream if it can be, exit 2.
      const code = (err as { code?: unknown }).code;
      const other = stream === process.stdout ? process.stderr : process.stdout;
      try {
        other.write(`✖ 出力先に書けません（${String(code ?? 'error')}） (cannot write the output: ${String(code ?? 'error')})\n`);
      } catch {
        /* nowhere left to say it */
      }
      process.exit(2);
    });
  }
}

export async function main(argv: string[], io: Io = std): Promise<number> {
  let exit = 0;
  if (io === std) exitQuietlyOnClosedPipe();
  const { UsageError, findRoot } = await import('@keikaku/core');
  const program = new Command('keikaku')
    .description('計画 as code: 市町村地域福祉計画を型付きで検査・出力する (plan-as-code for community welfare plans)')
    .version(VERSION, '-V, --version', 'バージョンを表示する (print the version)')
    .option('--root <dir>', 'ワークスペースのルート (workspace root; default: found from the current folder)')
    .helpOption('-h, --help', '使い方を表示する (show help)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => {} });

  const rootOf = () => findRoot(program.opts<{ root?: string }>().root ?? process.cwd());

  program
    .command('changeset')
    .description('計画の変更を改訂履歴（changeset）に書く。足りない項目は日本語で尋ねる。version で CHANGELOG.md に反映 (write a changeset for a plan; `changeset version` applies them)')
    .argument('[action]', 'version: changeset を各計画の CHANGELOG.md に反映する (apply the changesets)')
    .option('--plan <id>', '変わった計画（繰り返し可、計画ごとに 1 ファイル） (the plan that changed; repeatable, one file per plan)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--kind <種別>', '新規策定・中間見直し・改定・訂正 (kind of change)')
    .option('--summary <text>', '何をどう変えたか (what changed and why)')
    .option('--date <YYYY-MM-DD>', '日付（既定は今日） (date; default today in Japan)')
    .option('--fy <year>', '年度（既定は日付の年度）: 2025 / R7 / 令和7年度 (fiscal year; default the date\'s)')
    .action(async (action: string | undefined, opts: { plan: string[]; kind?: string; summary?: string; date?: string; fy?: string }) => {
      const { changeset, changesetVersion } = await import('./commands/changeset.js');
      if (action === 'version') exit = changesetVersion(rootOf(), io);
      else if (action !== undefined) throw new UsageError(`changeset ${action} は知らない操作です（version のみ）`, `unknown changeset action "${action}" (only version)`);
      else exit = await changeset({ root: rootOf(), plans: opts.plan, kind: opts.kind, summary: opts.summary, date: opts.date, fy: opts.fy }, io);
    });

  program
    .command('check')
    .description('計画を tsc・読み取り・Zod・判定ルールで検査する (type-check, read, validate and judge plans)')
    .argument('[planIds...]', '計画 id (plan ids; default: all)')
    .addOption(new Option('--format <format>', '出力形式 (output format)').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .action(async (ids: string[], opts: { format: 'stylish' | 'json' | 'sarif' | 'github' }) => {
      const { check } = await import('./commands/check.js');
      exit = await check(rootOf(), ids, { format: opts.format, color: wantsColor(), version: VERSION }, io);
    });

  program
    .command('diff')
    .description('二つのリビジョンの間で計画の何が変わったか（指標・目標・基準値・階層・実績・見直し）を示す (what changed in the plans between two git revisions)')
    .argument('<base-rev>', '比べる元のリビジョン (base revision: branch, tag or commit)')
    .argument('[head-rev-and-planIds...]', '比べる先のリビジョン（省略時は作業ツリー）と計画 id (head revision, default the work tree; then plan ids)')
    .addOption(new Option('--format <format>', '出力形式 (output format)').choices(['text', 'markdown', 'json']).default('text'))
    .option('--check', '見直しの記録のない目標・基準値の変更、changeset のない計画の変更があれば終了コード 1 (exit 1 on a target or baseline change with no revision record, or a plan changed without a changeset)')
    .action(async (base: string, rest: string[], opts: { format: 'text' | 'markdown' | 'json'; check?: boolean }) => {
      const { diff } = await import('./commands/diff.js');
      exit = await diff({ root: rootOf(), args: [base, ...rest], format: opts.format, check: Boolean(opts.check) }, io);
    });

  program
    .command('new')
    .description('新しい計画のフォルダ plans/<id>/ を作る（団体コードは総務省の表で確認） (create plans/<id>/ for a new plan)')
    .argument('<id>', '計画 id: 英小文字・数字・ハイフン (plan id, e.g. sapporo)')
    .requiredOption('--name <自治体名>', '自治体名: 札幌市 (municipality name as in the 総務省 code table)')
    .requiredOption('--code <団体コード>', '全国地方公共団体コード（検査数字を含む6桁）: 011002 (6-digit local government code)')
    .option('--prefecture <都道府県>', '都道府県名（団体コードと照合） (prefecture, checked against the code)')
    .option('--kind <種類>', '計画の種類: 市町村地域福祉計画 / 都道府県地域福祉支援計画 / 地域福祉活動計画 / 地域福祉計画・地域福祉活動計画 (plan kind)')
    .action(async (id: string, opts: { name: string; code: string; prefecture?: string; kind?: string }) => {
      const { runNew } = await import('./commands/new.js');
      exit = runNew(rootOf(), { id, ...opts }, io);
    });

  program
    .command('import')
    .description('年度の実績を Excel（.xlsx）または CSV から progress/<年度>.ts に取り込む (import a year\'s actuals from a sheet)')
    .argument('<planId>', '計画 id (plan id)')
    .argument('<file>', '.xlsx または .csv（UTF-8 / CP932） (the sheet)')
    .requiredOption('--fy <year>', '年度: 2024 / R6 / 令和6年度 (fiscal year)')
    .option('--sheet <name>', '.xlsx のシート名（既定は最初のシート） (sheet name; default the first)')
    .option('--dry-run', '書き込まずに差分だけを表示する (print the unified diff; write nothing)')
    .action(async (planId: string, file: string, opts: { fy: string; sheet?: string; dryRun?: boolean }) => {
      const { runImport } = await import('./commands/import.js');
      exit = await runImport(rootOf(), { planId, file, fy: opts.fy, sheet: opts.sheet, dryRun: Boolean(opts.dryRun) }, io);
    });

  program
    .command('export')
    .description('検証済みの計画を JSON または指標 CSV で出力する (export a validated plan as JSON, or its indicators as CSV)')
    .argument('[planId]', '計画 id (plan id)')
    .option('--all', 'すべての計画を reports/<id>/ に出力する (export every plan into <out>/<id>/plan.json and indicators.csv)')
    .addOption(new Option('--format <format>', '出力形式。--template では xlsx（既定）か csv (output format; with --template xlsx or csv)').choices(['json', 'csv', 'xlsx']).default('json'))
    .option('--out <path>', '書き出し先。--all ではフォルダ (output file; with --all a folder, default reports)')
    .option('--template', '実績の記入用シートを書き出す（--fy が必要） (write the sheet to fill in a year\'s actuals; needs --fy)')
    .option('--fy <year>', '--template の年度: 2024 / R6 / 令和6年度 (fiscal year of the template)')
    .action(async (id: string | undefined, opts: { all?: boolean; format: 'json' | 'csv' | 'xlsx'; out?: string; template?: boolean; fy?: string }) => {
      if (opts.template || opts.fy) {
        const { runTemplate } = await import('./commands/template.js');
        exit = await runTemplate(rootOf(), { id, fy: opts.fy, format: opts.format, out: opts.out }, io);
        return;
      }
      if (opts.format === 'xlsx') throw new UsageError('xlsx は --template のときだけ使えます', 'xlsx is only for --template');
      const { runExport } = await import('./commands/export.js');
      exit = await runExport(rootOf(), { ids: id ? [id] : [], all: Boolean(opts.all), format: opts.format, out: opts.out, color: false }, io);
    });

  program
    .command('lint')
    .description('計画の公表前チェック（未定の年度・目標の欠落・基準値の食い違い・和暦の誤り・文章） (lint plans before publication)')
    .argument('[planIds...]', '計画 id (plan ids; default: all)')
    .addOption(new Option('--profile <profile>', '下書き draft / 公表 publish (draft: gaps are warnings; publish: errors)').choices(['draft', 'publish']).default('draft'))
    .addOption(new Option('--format <format>', '出力形式 (output format)').choices(['stylish', 'json', 'sarif', 'github']).default('stylish'))
    .option('--fix', '確実な修正を計画ファイルに書き込む (apply safe fixes to the plan files)')
    .option('--fix-dry-run', '修正を差分で表示するだけ (print the fixes as a unified diff; write nothing)')
    .option('--rule <id>', 'このルールだけを実行する（繰り返し可） (run only this rule; repeatable)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--today <date>', '今日の日付 YYYY-MM-DD（計画期間の終了の判定） (the date to judge "period ended" by)')
    .addOption(new Option('--prose <level>', '文章の検査（textlint） off / basic / full（full は形態素解析を含み遅い） (Japanese prose checks)').choices(['off', 'basic', 'full']).default('basic'))
    .action(async (ids: string[], opts: { profile: 'draft' | 'publish'; format: 'stylish' | 'json' | 'sarif' | 'github'; fix?: boolean; fixDryRun?: boolean; rule: string[]; today?: string; prose: 'off' | 'basic' | 'full' }) => {
      const { lint } = await import('./commands/lint.js');
      exit = await lint(
        { root: rootOf(), ids, profile: opts.profile, format: opts.format, fix: Boolean(opts.fix), fixDryRun: Boolean(opts.fixDryRun), rules: opts.rule, today: opts.today, prose: opts.prose, color: wantsColor(), version: VERSION },
        io,
      );
    });

  const ro = await import('./commands/report.js');
  program
    .command('report')
    .description('年次進捗報告書を PDF・HTML・CSV・JSON で作る (build the annual progress report)')
    .argument('[planIds...]', '計画 id (plan ids)')
    .option('--all', 'すべての計画 (every plan)')
    .requiredOption('--fy <year>', '年度: 2024 / R6 / 令和6年度 (fiscal year)', ro.parseFyOption)
    .option('--out <dir>', '出力先フォルダ (output folder)', ro.parseOutDirOption, 'reports')
    .option('--format <list>', '出力形式 pdf,html,csv,json (comma-separated)', ro.parseFormatsOption, [...ro.REPORT_FORMATS])
    .option('--shard <i/n>', 'n 分割の i 番目だけ作る (build only shard i of n, for CI matrices)', ro.parseShardOption)
    .option('--date <YYYY-MM-DD>', '表紙と PDF に入れる日付（指定しなければ進捗ファイルの発行日、なければ日付なし） (date for the cover and the PDF; default: the progress file\'s issuing date, else none)', ro.parseDateOption)
    .option('--annex', '原典の記載についての注記（データ品質）を巻末に付ける (add the data-quality annex)')
    .option('--concurrency <n>', '同時に印刷するページ数（既定 2） (pages printing at once; default 2)', ro.intOption(1, 16))
    .option('--timeout <seconds>', '1 計画の印刷の制限時間（既定 60 秒） (render limit per plan; default 60 s)', ro.intOption(1, 3600))
    .addOption(new Option('--csv-headers <lang>', 'CSV の見出し: en（英語のキー）/ ja（日本語） (CSV header language)').choices(['en', 'ja']).default('en'))
    .option('--strict', '報告年度が計画期間の外なら作らずに終了 2 (a report year outside the plan period is an error, exit 2)')
    .action(async (ids: string[], opts: Omit<import('./commands/report.js').ReportCommandOptions, 'root' | 'ids' | 'tty'>) => {
      const tty = io === std && Boolean(process.stderr.isTTY) && !process.env.CI;
      exit = await ro.report({ ...opts, root: rootOf(), ids, tty }, io);
    });

  program
    .command('schema')
    .description('schemas/ に JSON Schema を生成する (write JSON Schema for plan and progress files)')
    .option('--check', '生成し直さずに古いかどうかだけ調べる (fail if schemas/ is stale instead of writing)')
    .action(async (opts: { check?: boolean }) => {
      const { schema } = await import('./commands/schema.js');
      const r = schema(rootOf(), { check: Boolean(opts.check) });
      if (r.stale.length) {
        io.stderr(`✖ JSON Schema が古くなっています: ${r.stale.join(', ')}\n  (stale JSON Schema; run: pnpm keikaku schema)\n`);
        exit = 1;
      } else if (r.written.length) io.stdout(`✔ 書き出しました (wrote): ${r.written.join(', ')}\n`);
      else io.stdout('✔ schemas/ は最新です (up to date)\n');
    });

  try {
    await program.parseAsync(argv);
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return 0;
      const ja = COMMANDER_JA[err.code] ?? '使い方が違います';
      io.stderr(`✖ ${ja}: ${err.message.replace(/^error: /, '')}\n  (usage error; see keikaku --help)\n`);
      return 2;
    }
    if (err instanceof UsageError) {
      io.stderr(`✖ ${err.ja}\n  (${err.en})\n`);
      return 2;
    }
    if (isEpipe(err)) return EXIT_PIPE_CLOSED;
    // Anything else is a bug in keikaku, not in the plan: say so without a stack trace.
    const msg = err instanceof Error ? err.message : String(err);
    io.stderr(`✖ keikaku の内部エラーです。問題として報告してください (internal error in keikaku; please report it): ${msg.slice(0, 200)}\n`);
    if (process.env.KEIKAKU_DEBUG) io.stderr(`${err instanceof Error ? err.stack : ''}\n`);
    return 2;
  }
}
