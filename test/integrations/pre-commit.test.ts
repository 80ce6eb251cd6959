// The pre-commit hooks (.pre-commit-hooks.yaml) with the real pre-commit from PyPI, installed the way
// pre-commit installs every `language: node` hook: `npm install -g git+file://<clone>` (no build tools:
// the committed dist/ bundle runs). Slow the first time (a venv, then npm installs the hook);
// later runs reuse ~/.cache/virtops: the venv, and PRE_COMMIT_HOME for the hook of the same sources.
//
// The hook repository is a snapshot of the work tree (test/helpers/work-tree.ts), committed with fixed
// dates so the same sources give the same rev, with dist/ bundled from these sources: `pre-commit try-repo <path>` on a repository with
// changes commits only tracked files (`git add -u`), so new files would be missing before the lead
// commits them.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestRepo } from '../helpers/git-repo.js';
import { copyWorkTree, REPO_ROOT } from '../helpers/work-tree.js';

const PRE_COMMIT_VERSION = '4.7.0';
const CACHE = join(homedir(), '.cache', 'virtops');
const VENV = join(CACHE, 'pre-commit-venv');
const PRE_COMMIT = join(VENV, 'bin', 'pre-commit');
const PRE_COMMIT_HOME = join(CACHE, 'pre-commit');
const HOOK_REPO = join(CACHE, 'pre-commit-hook-repo');
/** Names the current hook rev, so `pre-commit gc` keeps its environment and drops those of older sources. */
const KEEP_CONFIG = join(CACHE, 'pre-commit-keep.yaml');
const INSTALL_TIMEOUT = 600_000;
const required = process.env['CI'] === 'true' || process.env['VIRTOPS_REQUIRE_CLUSTER'] === '1';

const BAD = join(REPO_ROOT, 'fixtures', 'invalid', 'boot-order-duplicate.yaml');
const BAD_TOO = join(REPO_ROOT, 'fixtures', 'invalid', 'masquerade-on-multus.yaml');
const GOOD = join(REPO_ROOT, 'fixtures', 'valid', 'vm-fedora-datavolume.yaml');

function run(command: string, args: string[], cwd: string, timeout = INSTALL_TIMEOUT): SpawnSyncReturns<string> {
  return spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: {
      ...process.env,
      PRE_COMMIT_HOME,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.com',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.com',
    },
  });
}

function output(result: SpawnSyncReturns<string>): string {
  return `${result.stdout}${result.stderr}${result.error ? String(result.error) : ''}`;
}

/** pre-commit in the cached venv, installed when missing; a reason instead when python3 is missing. */
function ensurePreCommit(): string | undefined {
  if (run(PRE_COMMIT, ['--version'], CACHE).stdout?.trim() === `pre-commit ${PRE_COMMIT_VERSION}`) return undefined;
  if (run('python3', ['--version'], CACHE).status !== 0) return 'python3 is not installed (pre-commit is a Python tool)';
  rmSync(VENV, { recursive: true, force: true });
  for (const [command, args] of [
    ['python3', ['-m', 'venv', VENV]],
    [join(VENV, 'bin', 'pip'), ['install', '--quiet', '--disable-pip-version-check', `pre-commit==${PRE_COMMIT_VERSION}`]],
  ] as const) {
    const result = run(command, [...args], CACHE);
    if (result.status !== 0) throw new Error(`installing pre-commit failed: ${command} ${args.join(' ')}\n${output(result)}`);
  }
  return undefined;
}

/** A user's repository with this repo's hooks in .pre-commit-config.yaml and pre-commit's git hook installed. */
function userRepo(rev: string, hookIds: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtops-pre-commit-user-'));
  userRepos.push(dir);
  run('git', ['init', '-q', '-b', 'main'], dir);
  writeFileSync(join(dir, '.pre-commit-config.yaml'), hookConfig(rev, hookIds));
  const install = run(PRE_COMMIT, ['install'], dir);
  if (install.status !== 0) throw new Error(`pre-commit install failed:\n${output(install)}`);
  return dir;
}

function hookConfig(rev: string, hookIds: string[]): string {
  return `repos:\n  - repo: ${HOOK_REPO}\n    rev: ${rev}\n    hooks:\n${hookIds.map((id) => `      - id: ${id}\n`).join('')}`;
}

function stageAndCommit(dir: string, files: Record<string, string>): SpawnSyncReturns<string> {
  for (const [name, source] of Object.entries(files)) copyFileSync(source, join(dir, name));
  run('git', ['add', '-A'], dir);
  return run('git', ['commit', '-m', 'manifests'], dir);
}

function commitCount(dir: string): number {
  const log = run('git', ['rev-list', '--count', 'HEAD'], dir);
  return log.status === 0 ? Number(log.stdout.trim()) : 0;
}

const userRepos: string[] = [];
let skipReason: string | undefined;
let rev = '';

describe('pre-commit hooks (real pre-commit)', () => {
  beforeAll(() => {
    mkdirSync(CACHE, { recursive: true });
    skipReason = ensurePreCommit();
    if (skipReason !== undefined) {
      if (required) throw new Error(`CI must run the pre-commit tests, but ${skipReason}`);
      return;
    }
    copyWorkTree(HOOK_REPO);
    // The bundle of these sources (dist-fresh.test.ts checks that the committed one is up to date).
    const bundle = run(process.execPath, ['scripts/build-dist.js', '--outdir', join(HOOK_REPO, 'dist')], REPO_ROOT);
    if (bundle.status !== 0) throw new Error(`scripts/build-dist.js failed:\n${output(bundle)}`);
    rev = new TestRepo(HOOK_REPO).commit('snapshot of the virtops work tree', {});
    writeFileSync(KEEP_CONFIG, hookConfig(rev, ['virtops-lint']));
    const install = run(PRE_COMMIT, ['install-hooks', '--config', KEEP_CONFIG], HOOK_REPO);
    if (install.status !== 0) throw new Error(`pre-commit could not install the virtops hook:\n${output(install)}`);
    run(PRE_COMMIT, ['gc'], HOOK_REPO);
  }, INSTALL_TIMEOUT);

  afterAll(() => {
    for (const dir of userRepos) rmSync(dir, { recursive: true, force: true });
  });

  it('try-repo installs the hook from scratch and fails a bad manifest with file:line messages', (context) => {
    if (skipReason !== undefined) return context.skip(skipReason);
    const dir = mkdtempSync(join(tmpdir(), 'virtops-pre-commit-try-'));
    userRepos.push(dir);
    run('git', ['init', '-q', '-b', 'main'], dir);
    copyFileSync(BAD, join(dir, 'bad.yaml'));
    run('git', ['add', 'bad.yaml'], dir);
    const result = run(PRE_COMMIT, ['try-repo', HOOK_REPO, 'virtops-lint', '--ref', rev, '--files', 'bad.yaml'], dir);
    const text = output(result);
    expect(result.status, text).toBe(1);
    expect(text).toMatch(/virtops lint\.+Failed/);
    expect(text).toMatch(/bad\.yaml:22:26\s+error\s+.*bootOrder 1.*boot-order/);
  }, INSTALL_TIMEOUT);

  it('blocks a commit of a bad manifest, naming file and line', (context) => {
    if (skipReason !== undefined) return context.skip(skipReason);
    const dir = userRepo(rev, ['virtops-lint']);
    const result = stageAndCommit(dir, { 'vm.yaml': BAD });
    const text = output(result);
    expect(result.status, text).not.toBe(0);
    expect(text).toMatch(/virtops lint\.+Failed/);
    expect(text).toMatch(/vm\.yaml:22:26\s+error\s+.*boot-order/);
    expect(commitCount(dir)).toBe(0);
  }, INSTALL_TIMEOUT);

  it('lets a good manifest through, with the YAML and JSON files of a repository that are not manifests', (context) => {
    if (skipReason !== undefined) return context.skip(skipReason);
    const dir = userRepo(rev, ['virtops-lint']);
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, '.github', 'workflows', 'ci.yml'), 'name: CI\non: [push]\njobs: {}\n');
    writeFileSync(join(dir, 'package.json'), '{ "name": "fleet" }\n');
    writeFileSync(join(dir, 'notes.txt'), 'apiVersion: kubevirt/v1\nkind: VirtualMachine\n');
    const result = stageAndCommit(dir, { 'vm.yaml': GOOD });
    const text = output(result);
    expect(result.status, text).toBe(0);
    expect(text).toMatch(/virtops lint\.+Passed/);
    expect(commitCount(dir)).toBe(1);
  }, INSTALL_TIMEOUT);

  it('lints every staged manifest in one virtops process (require_serial, for cross-file rules)', (context) => {
    if (skipReason !== undefined) return context.skip(skipReason);
    const dir = userRepo(rev, ['virtops-lint']);
    const text = output(stageAndCommit(dir, { 'a.yaml': BAD, 'b.yaml': BAD_TOO, 'c.yaml': GOOD }));
    expect(text).toMatch(/a\.yaml:\d+:\d+\s+error/);
    expect(text).toMatch(/b\.yaml:\d+:\d+\s+error/);
    // One summary for all files: a single process saw them all.
    expect(text.match(/✖ \d+ problems?/g)).toHaveLength(1);
  }, INSTALL_TIMEOUT);

  const hasFix = /--fix\b/.test(spawnSync(process.execPath, [join(REPO_ROOT, 'bin', 'virtops.js'), 'lint', '--help'], { encoding: 'utf8' }).stdout ?? '');

  it.skipIf(!hasFix)('virtops-fix fixes the file and fails once so the fix gets reviewed, then passes', (context) => {
    if (skipReason !== undefined) return context.skip(skipReason);
    const dir = userRepo(rev, ['virtops-fix']);
    const before = readFileSync(join(REPO_ROOT, 'fixtures', 'invalid', 'secure-boot-without-smm.yaml'), 'utf8');
    const first = stageAndCommit(dir, { 'vm.yaml': join(REPO_ROOT, 'fixtures', 'invalid', 'secure-boot-without-smm.yaml') });
    expect(first.status, output(first)).not.toBe(0);
    expect(output(first)).toMatch(/files were modified by this hook/);
    const after = readFileSync(join(dir, 'vm.yaml'), 'utf8');
    expect(after).not.toBe(before);
    expect(after).toMatch(/smm:/);
    run('git', ['add', '-A'], dir);
    const second = run('git', ['commit', '-m', 'fixed'], dir);
    expect(second.status, output(second)).toBe(0);
  }, INSTALL_TIMEOUT);
});
