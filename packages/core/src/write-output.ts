/**
 * Writes a generated file safely. keikaku never writes into the sources
 * (plans/, seeds/, packages/), into git's own files (.git/) nor over any file
 * git tracks, so a mistyped --out cannot overwrite a plan or a seed. The
 * decision is taken on the real path: the parent folder is resolved through
 * its symbolic links first, so a linked folder cannot lead into plans/. The
 * write is atomic (temporary file in the same folder, then rename), keeps the
 * mode of the file it replaces, refuses symlinks and anything that is not a
 * regular file, and leaves no temporary file behind when the process is
 * interrupted. A character device or a pipe (/dev/null, /dev/stdout) is
 * written through, never renamed over. Environment faults (ENOSPC included)
 * become UsageErrors (exit 2).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './usage-error.js';

const PROTECTED = ['plans', 'seeds', 'packages', '.git'];
/** Where `pnpm generate` writes a package's generated sources (writeGeneratedFile with generatedSource). */
const GENERATED_SOURCE = /^packages\/[a-z0-9-]+\/src\/generated\/[A-Za-z0-9._-]+\.ts$/;
const pending = new Set<string>();
let hooked = false;

function hookSignals(): void {
  if (hooked) return;
  hooked = true;
  const clean = () => {
    for (const f of pending) rmSync(f, { force: true });
    pending.clear();
  };
  process.on('exit', clean);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(sig, () => {
      clean();
      process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    });
  }
}

interface TrackedSet {
  /** The index file whose size and time the set was read at (undefined outside a repository). */
  index?: string;
  stamp: string;
  /** Tracked files under the root, and every folder holding one, relative to the root with '/'. */
  paths: Set<string>;
}
const trackedByRoot = new Map<string, TrackedSet>();

function indexStamp(index: string | undefined): string {
  if (!index) return '';
  try {
    const st = statSync(index);
    return `${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  } catch {
    return 'none';
  }
}

/**
 * What git tracks under `root`, read with one `git ls-files` per process (and
 * again only when git's index changes), so that `export --all` does not start
 * a git process per file written.
 */
function trackedSet(root: string): TrackedSet {
  const known = trackedByRoot.get(root);
  if (known && indexStamp(known.index) === known.stamp) return known;
  const where = spawnSync('git', ['rev-parse', '--git-path', 'index'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const index = where.status === 0 && where.stdout.trim() ? resolve(root, where.stdout.trim()) : undefined;
  const stamp = indexStamp(index);
  const paths = new Set<string>();
  if (index) {
    const r = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
    if (r.status === 0) {
      for (const f of r.stdout.split('\0')) {
        if (!f) continue;
        paths.add(f);
        // A folder holding tracked files counts as tracked, as with `git ls-files --error-unmatch <dir>`.
        for (let i = f.lastIndexOf('/'); i > 0; i = f.lastIndexOf('/', i - 1)) {
          const dir = f.slice(0, i);
          if (paths.has(dir)) break;
          paths.add(dir);
        }
      }
    }
  }
  const set = { ...(index ? { index } : {}), stamp, paths };
  trackedByRoot.set(root, set);
  return set;
}

function isTracked(root: string, file: string): boolean {
  return trackedSet(resolve(root)).paths.has(relative(resolve(root), file).split(sep).join('/'));
}

function codeOf(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/**
 * The real path `abs` names: its deepest existing ancestor resolved through
 * symbolic links, with the not-yet-existing rest appended. The last component
 * itself is not followed (a link there is refused or written through later).
 */
export function realPathOf(abs: string): string {
  const parent = dirname(abs);
  if (parent === abs) return abs;
  let dir = parent;
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(dir), ...rest, basename(abs));
    } catch (err) {
      const code = codeOf(err);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err;
      const up = dirname(dir);
      if (up === dir) return abs;
      rest.unshift(basename(dir));
      dir = up;
    }
  }
}

function realRoot(root: string): string {
  try {
    return realpathSync(resolve(root));
  } catch {
    return resolve(root);
  }
}

/** Refuses a path inside plans/, seeds/, packages/ or .git/ of `root`, or a tracked file, judged on `abs` (already absolute). */
function refuseProtected(root: string, abs: string, shown: string | { ja: string; en: string }, { tracked }: { tracked: boolean }): void {
  const { ja: shownJa, en: shownEn } = typeof shown === 'string' ? { ja: shown, en: shown } : shown;
  const rel = relative(root, abs);
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    const top = rel.split(sep)[0];
    if (top && PROTECTED.includes(top)) {
      throw new UsageError(
        `${shownJa} には書き出せません（${top}/ は計画・原典・ソース・git の場所です）`,
        `refusing to write ${shownEn}: ${top}/ holds plans, sources, code or git's own files; choose e.g. reports/`,
      );
    }
    if (tracked && isTracked(root, abs)) {
      throw new UsageError(`${shownJa} は git で管理されているファイルなので上書きしません`, `refusing to overwrite ${shownEn}, a file tracked by git`);
    }
  }
  if (abs.split(sep).includes('.git')) {
    throw new UsageError(`${shownJa} には書き出せません（.git/ は git の場所です）`, `refusing to write ${shownEn}: .git/ holds git's own files`);
  }
}

/**
 * Where `file` may be written: its absolute real path (parent folders
 * resolved). Refuses the sources, .git/ and tracked files, judged both on the
 * path as written and on the real path.
 */
export function checkOutputPath(root: string, file: string): string {
  const abs = resolve(file);
  refuseProtected(resolve(root), abs, relative(resolve(root), abs) || file, { tracked: true });
  let real: string;
  try {
    real = realPathOf(abs);
  } catch (err) {
    throw envError(file, err);
  }
  if (real !== abs) refuseProtected(realRoot(root), real, { ja: `${file}（実体は ${real}）`, en: `${file} (really ${real})` }, { tracked: true });
  return real;
}

export interface WriteOptions {
  /** Called after the temporary file is written and before it is renamed (a seam for tests of interruption). */
  beforeRename?: () => void;
}

/** Paths that name one of this process's open descriptors (/dev/stdout): written through, whatever they point at. */
const FD_ALIAS = /^\/(?:dev\/(?:stdout|stderr|fd\/(\d+))|proc\/self\/fd\/(\d+))$/;

/** A character device, a pipe or a socket: written through in place, never replaced. */
function isStream(st: Stats): boolean {
  return st.isCharacterDevice() || st.isFIFO() || st.isSocket();
}

export function writeOutput(root: string, file: string, text: string | Uint8Array, opts: WriteOptions = {}): string {
  const abs = resolve(file);
  const fd = FD_ALIAS.exec(abs);
  if (fd) {
    // Written to the descriptor itself: reopening /proc/self/fd/1 fails when it is a socket (a spawned child's stdout).
    writeThrough(abs, file, text, (fd[1] ?? fd[2]) !== undefined ? Number(fd[1] ?? fd[2]) : abs.endsWith('stderr') ? 2 : 1);
    return abs;
  }
  const real = checkOutputPath(root, file);
  const target = existingTarget(real, file);
  if (target.kind === 'stream') {
    writeThrough(real, file, text);
    return real;
  }
  const dir = dirname(real);
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (err) {
    throw envError(dir, err);
  }
  // The folder may have been created just now through links made since the check: decide again on what exists.
  if (realPathOf(real) !== real) checkOutputPath(root, real);
  replaceAtomically(real, file, text, target.kind === 'file' ? target.mode : undefined, opts);
  return real;
}

/**
 * Writes a file keikaku generates into the repository itself (schemas/*.json
 * for `keikaku schema`): it may replace a tracked file, but only a regular file
 * inside `root` (real path), never through a symbolic link, never into the
 * sources or .git/, atomically.
 */
export function writeGeneratedFile(root: string, rel: string, text: string | Uint8Array, opts: { generatedSource?: boolean } = {}): string {
  const rootReal = realRoot(root);
  const abs = resolve(root, rel);
  // A package's own generated source (packages/<name>/src/generated/<file>, written by `pnpm generate`) may be
  // replaced; every other path under packages/ stays refused, and the real-path checks below apply to it too.
  const source = opts.generatedSource === true && GENERATED_SOURCE.test(relative(resolve(root), abs).split(sep).join('/'));
  if (opts.generatedSource === true && !source) {
    throw new UsageError(`${rel} は生成されるソースの場所（packages/<名前>/src/generated/）ではありません`, `${rel} is not a generated source (packages/<name>/src/generated/<file>)`);
  }
  if (!source) refuseProtected(resolve(root), abs, rel, { tracked: false });
  let real: string;
  try {
    real = realPathOf(abs);
  } catch (err) {
    throw envError(rel, err);
  }
  const inside = relative(rootReal, real);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    throw new UsageError(`${rel} の実体（${real}）がリポジトリの外にあるので書き出しません`, `refusing to write ${rel}: it really is ${real}, outside the repository`);
  }
  if (!source) refuseProtected(rootReal, real, rel, { tracked: false });
  else if (relative(rootReal, real).split(sep).join('/') !== relative(resolve(root), abs).split(sep).join('/')) {
    throw new UsageError(`${rel} はリンクを通った先（${real}）なので書き出しません`, `refusing to write ${rel} through a link (it really is ${real})`);
  }
  const target = existingTarget(real, rel);
  if (target.kind === 'stream') throw new UsageError(`${rel} はファイルではありません`, `${rel} is not a regular file`);
  try {
    mkdirSync(dirname(real), { recursive: true });
  } catch (err) {
    throw envError(dirname(rel), err);
  }
  replaceAtomically(real, rel, text, target.kind === 'file' ? target.mode : undefined, {});
  return real;
}

type Target = { kind: 'new' } | { kind: 'file'; mode: number } | { kind: 'stream' };

/** What is at `abs` now: nothing, a regular file (with its mode) or a device/pipe; anything else is refused. */
function existingTarget(abs: string, file: string): Target {
  let st: Stats;
  try {
    st = lstatSync(abs);
  } catch (err) {
    if (codeOf(err) === 'ENOENT') return { kind: 'new' };
    throw envError(file, err);
  }
  if (st.isSymbolicLink()) {
    let to: Stats | undefined;
    try {
      to = statSync(abs);
    } catch {
      to = undefined;
    }
    // A link to a device or a pipe (/dev/stdout → /proc/self/fd/1 → pipe) is written through; any other link is refused.
    if (to && isStream(to)) return { kind: 'stream' };
    throw new UsageError(`${file} はシンボリックリンクなので書き出しません`, `refusing to write through the symbolic link ${file}`);
  }
  if (st.isDirectory()) throw new UsageError(`${file} はフォルダです。ファイル名を指定してください`, `${file} is a directory; give a file name`);
  if (isStream(st)) return { kind: 'stream' };
  if (!st.isFile()) throw new UsageError(`${file} は通常のファイルではないので書き出しません`, `refusing to write ${file}: it is not a regular file`);
  return { kind: 'file', mode: st.mode & 0o777 };
}

/** Writes into a device or a pipe as it is (no temporary file, no rename); ENOSPC and the like become plain errors. */
function writeThrough(abs: string, file: string, text: string | Uint8Array, openFd?: number): void {
  let fd: number | undefined;
  try {
    if (openFd === undefined) fd = openSync(abs, 'w');
    const out = openFd ?? fd!;
    const buf = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    for (let off = 0; off < buf.length; ) off += writeSync(out, buf, off, buf.length - off);
  } catch (err) {
    // A closed pipe (--out /dev/stdout | head) is the reader's choice, not a fault: the caller ends quietly.
    if (codeOf(err) === 'EPIPE') throw err;
    throw envError(file, err);
  } finally {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        /* closing a device that failed to take the data adds nothing to the error */
      }
    }
  }
}

/**
 * Rewrites a plan or progress module in place (lint's --fix): the same
 * atomic, mode-keeping, symlink-refusing, signal-safe write as writeOutput,
 * but for an existing source file, which writeOutput refuses by design.
 */
export function rewriteSourceFile(root: string, file: string, text: string, opts: WriteOptions = {}): string {
  let abs: string;
  try {
    abs = realPathOf(resolve(root, file));
  } catch (err) {
    throw envError(file, err);
  }
  // A plan folder that is a link to somewhere else (or into .git/) is not rewritten: only files really inside the repository.
  const inside = relative(realRoot(root), abs);
  if (inside.startsWith('..') || isAbsolute(inside) || abs.split(sep).includes('.git')) {
    throw new UsageError(`${file} の実体（${abs}）がリポジトリの外にあるので書き換えません`, `refusing to rewrite ${file}: it really is ${abs}, outside the repository`);
  }
  const mode = existingMode(abs, file, { mustExist: true });
  replaceAtomically(abs, file, text, mode, opts);
  return abs;
}

/** The mode of the file `abs` replaces; refuses a symbolic link or a directory. */
function existingMode(abs: string, file: string, { mustExist }: { mustExist: boolean }): number | undefined {
  try {
    const st = lstatSync(abs);
    if (st.isSymbolicLink()) {
      throw new UsageError(`${file} はシンボリックリンクなので書き出しません`, `refusing to write through the symbolic link ${file}`);
    }
    if (st.isDirectory()) throw new UsageError(`${file} はフォルダです。ファイル名を指定してください`, `${file} is a directory; give a file name`);
    if (mustExist && !st.isFile()) throw new UsageError(`${file} はファイルではありません`, `${file} is not a regular file`);
    return st.mode & 0o777;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if (codeOf(err) !== 'ENOENT' || mustExist) throw envError(file, err);
    return undefined;
  }
}

/** A temporary file beside `abs`, then a rename; never left behind, even on a signal. */
function replaceAtomically(abs: string, file: string, text: string | Uint8Array, mode: number | undefined, opts: WriteOptions): void {
  hookSignals();
  const tmp = `${abs}.${process.pid}.tmp`;
  pending.add(tmp);
  try {
    writeFileSync(tmp, text, mode === undefined ? undefined : { mode });
    if (mode !== undefined) chmodSync(tmp, mode);
    opts.beforeRename?.();
    renameSync(tmp, abs);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw envError(file, err);
  } finally {
    pending.delete(tmp);
  }
}

/** A file-system fault of the user's environment, said plainly. */
export function envError(file: string, err: unknown): UsageError {
  const code = codeOf(err);
  const why: Record<string, [string, string]> = {
    EACCES: ['書き込み権限がありません', 'permission denied'],
    EPERM: ['書き込み権限がありません', 'permission denied'],
    EROFS: ['読み取り専用の場所です', 'read-only file system'],
    ENOTDIR: ['途中にフォルダでないものがあります', 'a part of the path is not a directory'],
    EISDIR: ['フォルダです。ファイル名を指定してください', 'it is a directory; give a file name'],
    ENOSPC: ['ディスクの空きがありません', 'no space left on device'],
    ENOENT: ['見つかりません', 'no such file or directory'],
  };
  const [ja, en] = why[code ?? ''] ?? ['書き出せません', `cannot write (${code ?? 'error'})`];
  return new UsageError(`${file}: ${ja}`, `${file}: ${en}`);
}
