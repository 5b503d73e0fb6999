/**
 * keikaku lint [<planId>...]: @keikaku/lint's rules, profiles, per-plan
 * configuration, suppressions, fixes and formatters. Exit 0 with no errors,
 * 1 with errors (unsuppressed), 2 on a usage error (thrown as UsageError).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { errorCount, listPlans, UsageError } from '@keikaku/core';
import { githubDocsBase } from './github-env.js';
import type { Io } from './io.js';

export interface LintCommandOptions {
  root: string;
  ids: string[];
  profile: 'draft' | 'publish';
  format: 'stylish' | 'json' | 'sarif' | 'github';
  fix: boolean;
  fixDryRun: boolean;
  rules: string[];
  /** YYYY-MM-DD (default: today). */
  today?: string;
  /** Japanese prose checks (textlint): off, basic (default) or full (with the morphological analyser). */
  prose?: 'off' | 'basic' | 'full';
  color?: boolean;
  version?: string;
}

async function checkDate(s: string): Promise<string> {
  const { parseCalendarDate } = await import('@keikaku/schema');
  const r = parseCalendarDate(s);
  if (!r.ok) throw new UsageError(`--today: ${r.ja}`, `--today: ${r.en}`);
  return s;
}

export async function lint(opts: LintCommandOptions, io: Io): Promise<number> {
  if (opts.fix && opts.fixDryRun) {
    throw new UsageError('--fix と --fix-dry-run は同時に使えません', '--fix and --fix-dry-run cannot be used together');
  }
  if (opts.ids.length === 0 && listPlans(opts.root).length === 0) {
    throw new UsageError(`${opts.root} の plans/ に計画がありません`, `no plans found under ${opts.root}/plans; run keikaku in a keikaku workspace or pass --root`);
  }
  const today = opts.today === undefined ? undefined : await checkDate(opts.today);
  const { checkRuleIds, fixWorkspace, format, formatStream, lintPlans } = await import('@keikaku/lint');
  checkRuleIds(opts.rules);
  const lintOpts = { profile: opts.profile, rules: opts.rules, prose: opts.prose === 'off' ? (false as const) : { level: opts.prose ?? 'basic' }, ...(today ? { today } : {}) };
  const fmt = (r: { findings: Parameters<typeof format>[1]; plans: unknown[]; files: number }) =>
    format(opts.format, r.findings, {
      plans: r.plans.length,
      files: r.files,
      color: opts.color ?? false,
      ...(opts.version ? { version: opts.version } : {}),
      ...(githubDocsBase() ? { docsBaseUrl: githubDocsBase() } : {}),
    });

  if (opts.fix || opts.fixDryRun) {
    const r = await fixWorkspace(opts.root, opts.ids, { ...lintOpts, write: opts.fix });
    const edits = r.fixed.reduce((n, f) => n + f.edits, 0);
    if (opts.fixDryRun) {
      if (r.diff) io.stdout(r.diff);
      io.stderr(
        r.fixed.length
          ? `修正できる箇所 ${edits} 件・${r.fixed.length} ファイル（書き込んでいません） (${edits} fix(es) in ${r.fixed.length} file(s); nothing written)\n`
          : '自動で修正できる箇所はありません (nothing to fix)\n',
      );
    } else {
      const out = fmt(r);
      if (out) io.stdout(`${out}\n`);
      io.stderr(
        r.fixed.length
          ? `✔ ${edits} 件を修正しました: ${r.fixed.map((f) => f.file).join(', ')} (fixed ${edits} problem(s))\n`
          : '自動で修正できる箇所はありません (nothing to fix)\n',
      );
    }
    return errorCount(r.findings) > 0 ? 1 : 0;
  }
  // Plan by plan: each plan's findings are formatted and written as it finishes, so memory stays bounded at any number
  // of plans. SARIF must write its rule table first: its result texts wait in a temporary file.
  const spool = opts.format === 'sarif' ? fileSpool() : undefined;
  try {
    return await lintStreamed(opts, io, lintOpts, formatStream, lintPlans, spool);
  } finally {
    spool?.close();
  }
}

async function lintStreamed(
  opts: LintCommandOptions,
  io: Io,
  lintOpts: import('@keikaku/lint').LintOptions,
  formatStream: typeof import('@keikaku/lint').formatStream,
  lintPlans: typeof import('@keikaku/lint').lintPlans,
  spool: import('@keikaku/lint').Spool | undefined,
): Promise<number> {
  const stream = formatStream(opts.format, {
    color: opts.color ?? false,
    ...(opts.version ? { version: opts.version } : {}),
    ...(githubDocsBase() ? { docsBaseUrl: githubDocsBase() } : {}),
    ...(spool ? { spool } : {}),
  });
  let plans = 0;
  let files = 0;
  let errors = 0;
  let written = false;
  const write = (s: string) => {
    if (!s) return;
    io.stdout(s);
    written = true;
  };
  for await (const r of lintPlans(opts.root, opts.ids, { ...lintOpts, order: 'file' })) {
    plans++;
    files += r.files.length;
    errors += errorCount(r.findings);
    write(stream.push(r.findings));
  }
  for (const chunk of stream.end({ plans, files })) write(chunk);
  if (written) io.stdout('\n');
  return errors > 0 ? 1 : 0;
}

/** Lines kept in a temporary file (removed by close), read back in order once. */
function fileSpool(): import('@keikaku/lint').Spool & { close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'keikaku-lint-'));
  const fd = openSync(join(dir, 'spool'), 'w+');
  let size = 0;
  return {
    add(line) {
      size += writeSync(fd, `${line}\n`);
    },
    *lines() {
      const buf = Buffer.alloc(1 << 20);
      const decoder = new StringDecoder('utf8');
      let rest = '';
      for (let pos = 0; pos < size; ) {
        const n = readSync(fd, buf, 0, buf.length, pos);
        if (n === 0) break;
        pos += n;
        const parts = (rest + decoder.write(buf.subarray(0, n))).split('\n');
        rest = parts.pop()!;
        yield* parts;
      }
      rest += decoder.end();
      if (rest) yield rest;
    },
    close() {
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
