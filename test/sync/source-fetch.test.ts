import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/sync/source/errors.js';
import { fetchSource, type FetchOptions } from '../../src/sync/source/fetch.js';
import { GitWorkTree, startGitServer, type GitServer } from '../helpers/git-server.js';

/** fetchSource against a real `git http-backend` with Basic auth: polls of an unchanged ref stay cheap, changes are followed. */
describe('fetchSource over HTTP', () => {
  let git: GitServer;
  let work: GitWorkTree;
  let options: FetchOptions;
  const requests = (since: number) => git.requests.slice(since).map((r) => `${r.method} ${r.url.split('?')[0]!.replace(/^\/fleet\.git/, '')} ${r.status}`);

  beforeAll(async () => {
    git = await startGitServer({ user: 'agent', password: 's3cret' });
    git.createRepo('fleet.git');
    work = await GitWorkTree.init(mkdtempSync(join(tmpdir(), 'virtops-fetch-work-')));
    options = { location: { type: 'http', url: git.url('fleet.git') }, ref: { branch: 'main' }, cacheDir: mkdtempSync(join(tmpdir(), 'virtops-fetch-cache-')), credentials: { username: 'agent', password: 's3cret' } };
  }, 60_000);
  afterAll(async () => {
    await git?.stop();
  });

  it('first fetch sends the credentials at once (no anonymous request first)', async () => {
    work.write({ 'a.yaml': 'a: 1\n' });
    const sha = await work.commit('one');
    await work.push(git.authUrl('fleet.git'));
    const before = git.requests.length;
    const artifact = await fetchSource(options);
    expect(artifact).toMatchObject({ revision: `main@sha1:${sha}`, commit: sha });
    expect(requests(before)).toEqual(['GET /info/refs 200', 'POST /git-upload-pack 200']);
  });

  it('a poll of an unchanged branch is one ref listing', async () => {
    const before = git.requests.length;
    const artifact = await fetchSource(options);
    expect(artifact.commit).toBe(await work.head());
    expect(requests(before)).toEqual(['GET /info/refs 200']);
  });

  it('a new commit, and then a force-push, are fetched', async () => {
    work.write({ 'b.yaml': 'b: 1\n' });
    const second = await work.commit('two');
    await work.push(git.authUrl('fleet.git'));
    expect((await fetchSource(options)).commit).toBe(second);
    await work.git(['reset', '--hard', 'HEAD~1']);
    work.write({ 'c.yaml': 'c: 1\n' });
    const rewritten = await work.commit('rewritten');
    await work.push(git.authUrl('fleet.git'), { force: true });
    const before = git.requests.length;
    expect((await fetchSource(options)).commit).toBe(rewritten);
    expect(requests(before)).toContain('POST /git-upload-pack 200');
  });

  it('another ref of the same mirror is fetched, not taken from the last fetch', async () => {
    await work.git(['checkout', '-q', '-b', 'staging']);
    work.write({ 'd.yaml': 'd: 1\n' });
    const staging = await work.commit('staging');
    await work.push(git.authUrl('fleet.git'), { branch: 'staging' });
    expect((await fetchSource({ ...options, ref: { branch: 'staging' } })).commit).toBe(staging);
  });

  it('wrong credentials still fail as access denied', async () => {
    const error = await fetchSource({ ...options, cacheDir: mkdtempSync(join(tmpdir(), 'virtops-fetch-cache-')), credentials: { username: 'agent', password: 'wrong' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).reason).toBe('AccessDenied');
    expect((error as SourceError).message).toMatch(/access denied \(HTTP 401\)/);
    expect((error as SourceError).message).not.toContain('wrong');
  });
});
