/** A real git repository for a test: init, commit with a fixed author and date, so shas and output are reproducible. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ENV = {
  GIT_AUTHOR_NAME: 'keikaku test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_AUTHOR_DATE: '2026-04-01T09:00:00+09:00',
  GIT_COMMITTER_NAME: 'keikaku test', GIT_COMMITTER_EMAIL: 'test@example.invalid', GIT_COMMITTER_DATE: '2026-04-01T09:00:00+09:00',
  GIT_CONFIG_NOSYSTEM: '1', HOME: '/nonexistent',
};

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, env: { ...process.env, ...ENV }, encoding: 'utf8' });
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

/** git init, then one commit of everything in the folder; returns the commit's sha. */
export function initRepo(dir: string, message = 'base'): string {
  git(dir, 'init', '-q');
  return commitAll(dir, message);
}

export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
}
