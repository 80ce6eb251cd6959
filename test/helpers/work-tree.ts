import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** The files `git add -A` would commit now: tracked and untracked, minus what .gitignore excludes (and deleted files). */
export function workTreeFiles(root = REPO_ROOT): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return [...new Set(listed.split('\0').filter((file) => file !== '' && existsSync(join(root, file))))].sort();
}

/**
 * Copies the work tree's committable files into `dest` (emptied first): the repository as the lead's
 * next commit would have it, whatever is committed or not yet.
 */
export function copyWorkTree(dest: string, root = REPO_ROOT): void {
  rmSync(dest, { recursive: true, force: true });
  for (const file of workTreeFiles(root)) {
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    cpSync(join(root, file), join(dest, file));
  }
}
