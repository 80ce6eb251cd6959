import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getAt } from '../core/path.js';

/**
 * Which files a pull request (or push) changes, from the event payload and `git diff`, so that
 * findings elsewhere can be left out. When that cannot be worked out, everything is reported and
 * the reason says why.
 */

export interface CommitRange {
  base: string;
  head: string;
  /** Pull requests: diff from the merge base, i.e. what the pull request itself changes. */
  fromMergeBase: boolean;
}

export type ChangedScope = { files: ReadonlySet<string> } | { everything: string };

const NO_COMMIT = /^0+$/;
const SHALLOW_HINT = 'check out with actions/checkout `fetch-depth: 0` to report only findings in changed files';

/** The commits to compare for an event, or why there are none. */
export function commitRange(eventName: string, payload: unknown): CommitRange | string {
  const sha = (...path: string[]): string | undefined => {
    const value = getAt(payload, path);
    return typeof value === 'string' && value !== '' && !NO_COMMIT.test(value) ? value : undefined;
  };
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const base = sha('pull_request', 'base', 'sha');
    const head = sha('pull_request', 'head', 'sha');
    if (base === undefined || head === undefined) return `the ${eventName} event payload has no pull_request.base.sha and head.sha`;
    return { base, head, fromMergeBase: true };
  }
  if (eventName === 'push') {
    const head = sha('after');
    if (head === undefined) return 'the push event payload has no "after" commit';
    const base = sha('before');
    if (base === undefined) return 'the push has no previous commit (a new branch or tag)';
    return { base, head, fromMergeBase: false };
  }
  return `changed files are known only for pull_request and push events, not ${eventName || 'this run'}`;
}

/** Absolute paths of the files changed between the event's commits, in the git repository at `cwd`. */
export function changedFiles(cwd: string, eventName: string, eventPath: string | undefined): ChangedScope {
  if (eventPath === undefined || eventPath === '') return { everything: 'GITHUB_EVENT_PATH is not set' };
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (error) {
    return { everything: `cannot read the event payload ${eventPath}: ${(error as Error).message}` };
  }
  const range = commitRange(eventName, payload);
  if (typeof range === 'string') return { everything: range };

  const git = (...args: string[]): string | undefined => {
    try {
      return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
    } catch {
      return undefined;
    }
  };
  const top = git('rev-parse', '--show-toplevel')?.trim();
  if (top === undefined) return { everything: `${cwd} is not a git repository (or git is not installed)` };
  for (const commit of [range.base, range.head]) {
    if (git('cat-file', '-e', `${commit}^{commit}`) === undefined) {
      return { everything: `commit ${commit.slice(0, 12)} is not in the clone (a shallow checkout?); ${SHALLOW_HINT}` };
    }
  }
  const spec = range.fromMergeBase ? [`${range.base}...${range.head}`] : [range.base, range.head];
  const names = git('diff', '--name-only', '--no-renames', '-z', ...spec, '--');
  if (names === undefined) return { everything: `git diff ${spec.join(' ')} failed (no merge base in a shallow clone?); ${SHALLOW_HINT}` };
  return { files: new Set(names.split('\0').filter((name) => name !== '').map((name) => resolve(top, name))) };
}
