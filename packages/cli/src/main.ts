/**
 * The keikaku command table. Each command lives in commands/<name>.ts and is
 * imported only when run, so `keikaku --help` stays fast.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import pc from 'picocolors';
import { UsageError } from './errors.js';
import { findRoot } from './workspace.js';

type Out = { stdout: (s: string) => void; stderr: (s: string) => void };
const std: Out = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };

export async function main(argv: string[], io: Out = std): Promise<number> {
  let exit = 0;
  const program = new Command('keikaku')
    .description('計画 as code: 市町村地域福祉計画を型付きで検査・出力する (plan-as-code for community welfare plans)')
    .option('--root <dir>', 'ワークスペースのルート (workspace root; default: found from the current folder)')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  const rootOf = () => findRoot(program.opts<{ root?: string }>().root ?? process.cwd());

  program
    .command('check')
    .description('計画を tsc と Zod で検査する (type-check and validate plans)')
    .argument('[planIds...]', '計画 id (plan ids; default: all)')
    .addOption(new Option('--format <format>', '出力形式 (output format)').choices(['stylish', 'json']).default('stylish'))
    .action(async (ids: string[], opts: { format: 'stylish' | 'json' }) => {
      const { check } = await import('./commands/check.js');
      const r = await check(rootOf(), ids);
      if (opts.format === 'json') io.stdout(`${(await import('./formatters/json.js')).json(r.findings)}\n`);
      else io.stdout(`${(await import('./formatters/stylish.js')).stylish(r.findings, { plans: r.plans.length, files: r.files })}\n`);
      exit = r.findings.length ? 1 : 0;
    });

  program
    .command('schema')
    .description('schemas/ に JSON Schema を生成する (write JSON Schema for plan and progress files)')
    .option('--check', '生成し直さずに古いかどうかだけ調べる (fail if schemas/ is stale instead of writing)')
    .action(async (opts: { check?: boolean }) => {
      const { schema } = await import('./commands/schema.js');
      const r = schema(rootOf(), { check: Boolean(opts.check) });
      if (r.stale.length) {
        io.stderr(`${pc.red('✖')} JSON Schema が古くなっています: ${r.stale.join(', ')}\n  (stale JSON Schema; run: pnpm keikaku schema)\n`);
        exit = 1;
      } else if (r.written.length) io.stdout(`${pc.green('✔')} 書き出しました (wrote): ${r.written.join(', ')}\n`);
      else io.stdout(`${pc.green('✔')} schemas/ は最新です (up to date)\n`);
    });

  program
    .command('export')
    .description('検証済みの計画を JSON または指標 CSV で出力する (export a validated plan as JSON, or its indicators as CSV)')
    .argument('<planId>', '計画 id (plan id)')
    .addOption(new Option('--format <format>', '出力形式 (output format)').choices(['json', 'csv']).default('json'))
    .option('--out <file>', '書き出し先 (write to a file instead of standard output)')
    .action(async (id: string, opts: { format: 'json' | 'csv'; out?: string }) => {
      const root = rootOf();
      const { loadValidPlan } = await import('./commands/load-valid-plan.js');
      const loaded = await loadValidPlan(root, id);
      if (!loaded.ok) {
        const { stylish } = await import('./formatters/stylish.js');
        io.stderr(`${stylish(loaded.findings, { plans: 1, files: 1 })}\n検証を通らない計画は出力しません (a plan that does not validate is not exported)\n`);
        exit = 1;
        return;
      }
      const { exportPlan } = await import('./commands/export.js');
      const text = exportPlan(loaded.plan, opts.format);
      if (opts.out) {
        const file = resolve(opts.out);
        mkdirSync(dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, text);
        renameSync(tmp, file); // atomic: a reader never sees half a file
        io.stderr(`${pc.green('✔')} ${opts.out}\n`);
      } else io.stdout(text);
    });

  try {
    await program.parseAsync(argv);
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError) {
      io.stderr(`${pc.red('✖')} ${err.ja}\n  (${err.en})\n`);
      return 2;
    }
    // Anything else is a bug in keikaku, not in the plan: say so without a stack trace.
    const msg = err instanceof Error ? err.message : String(err);
    io.stderr(`${pc.red('✖')} keikaku の内部エラーです。問題として報告してください (internal error in keikaku; please report it): ${msg}\n`);
    if (process.env.KEIKAKU_DEBUG) io.stderr(`${err instanceof Error ? err.stack : ''}\n`);
    return 2;
  }
}
