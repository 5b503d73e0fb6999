/**
 * Writes a generated file safely. keikaku never writes into the sources
 * (plans/, seeds/, packages/) nor over any file git tracks, so a mistyped
 * --out cannot overwrite a plan or a seed. The write is atomic (temporary
 * file in the same folder, then rename), keeps the mode of the file it
 * replaces, refuses symlinks, and leaves no temporary file behind when the
 * process is interrupted. Environment faults become UsageErrors (exit 2).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from './usage-error.js';

const PROTECTED = ['plans', 'seeds', 'packages'];
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

export function checkOutputPath(root: string, file: string): string {
  const abs = resolve(file);
  const rel = relative(root, abs);
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    const top = rel.split(sep)[0];
    if (top && PROTECTED.includes(top)) {
      throw new UsageError(
        `${rel} には書き出せません（${top}/ は計画・原典・ソースの場所です）`,
        `refusing to write ${rel}: ${top}/ holds plans, sources or code; choose e.g. reports/`,
      );
    }
    if (isTracked(root, abs)) {
      throw new UsageError(`${rel} は git で管理されているファイルなので上書きしません`, `refusing to overwrite ${rel}, a file tracked by git`);
    }
  }
  return abs;
}

export interface WriteOptions {
  /** Called after the temporary file is written and before it is renamed (a seam for tests of interruption). */
  beforeRename?: () => void;
}

export function writeOutput(root: string, file: string, text: string | Uint8Array, opts: WriteOptions = {}): string {
  const abs = checkOutputPath(root, file);
  const mode = existingMode(abs, file, { mustExist: false });
  const dir = dirname(abs);
  try {
    mkdirSync(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (err) {
    throw envError(dir, err);
  }
  replaceAtomically(abs, file, text, mode, opts);
  return abs;
}

/**
 * Rewrites a plan or progress module in place (lint's --fix): the same
 * atomic, mode-keeping, symlink-refusing, signal-safe write as writeOutput,
 * but for an existing source file, which writeOutput refuses by design.
 */
export function rewriteSourceFile(root: string, file: string, text: string, opts: WriteOptions = {}): string {
  const abs = resolve(root, file);
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
