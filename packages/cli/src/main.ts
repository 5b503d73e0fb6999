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
      throw err;
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
    .command('check')
    .description('計画を tsc・読み取り・Zod・判定ルールで検査する (type-check, read, validate and judge plans)')
    .argument('[planIds...]', '計画 id (plan ids; default: all)')
    .addOption(new Option('--format <format>', '出力形式 (output format)').choices(['stylish', 'json']).default('stylish'))
    .action(async (ids: string[], opts: { format: 'stylish' | 'json' }) => {
      const { check } = await import('./commands/check.js');
      exit = check(rootOf(), ids, { format: opts.format, color: wantsColor() }, io);
    });

  program
    .command('export')
    .description('検証済みの計画を JSON または指標 CSV で出力する (export a validated plan as JSON, or its indicators as CSV)')
    .argument('[planId]', '計画 id (plan id)')
    .option('--all', 'すべての計画を reports/<id>/ に出力する (export every plan into <out>/<id>/plan.json and indicators.csv)')
    .addOption(new Option('--format <format>', '出力形式 (output format)').choices(['json', 'csv']).default('json'))
    .option('--out <path>', '書き出し先。--all ではフォルダ (output file; with --all a folder, default reports)')
    .action(async (id: string | undefined, opts: { all?: boolean; format: 'json' | 'csv'; out?: string }) => {
      const { runExport } = await import('./commands/export.js');
      exit = runExport(rootOf(), { ids: id ? [id] : [], all: Boolean(opts.all), format: opts.format, out: opts.out, color: false }, io);
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
    .option('--out <dir>', '出力先フォルダ (output folder)', 'reports')
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
