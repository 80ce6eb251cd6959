import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../../src/sync/source/errors.js';
import { fetchSource } from '../../src/sync/source/fetch.js';
import { readFiles } from '../../src/sync/source/read-files.js';
import { TestRepo } from '../helpers/git-repo.js';

const cacheDir = () => mkdtempSync(join(tmpdir(), 'virtops-cache-'));
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('source stage on a local repository', () => {
  const repo = new TestRepo();
  const first = repo.commit('first', { 'clusters/prod/vm.yaml': 'kind: A\n', 'clusters/prod/nested/dv.yml': 'kind: B\n', 'clusters/prod/README.md': '# x\n', 'clusters/dev/vm.yaml': 'kind: C\n' });
  repo.git('tag', '-a', 'v1', '-m', 'release 1');
  const second = repo.commit('second', { 'clusters/prod/vm.yaml': 'kind: A2\n' });

  it('pins the branch head and reads files of the selected path without a checkout', async () => {
    const artifact = await fetchSource({ location: { type: 'local', dir: repo.dir }, ref: { branch: 'main' }, cacheDir: cacheDir() });
    expect(artifact).toMatchObject({ revision: `main@sha1:${second}`, commit: second });
    const files = await readFiles(artifact, { path: 'clusters/prod', include: [], exclude: [] });
    expect(files.map((f) => [f.path, text(f.bytes)])).toEqual([['nested/dv.yml', 'kind: B\n'], ['vm.yaml', 'kind: A2\n']]);
  });

  it('follows an annotated tag to its commit, and reads an exact commit', async () => {
    expect(await fetchSource({ location: { type: 'local', dir: repo.dir }, ref: { tag: 'v1' }, cacheDir: cacheDir() })).toMatchObject({ revision: `v1@sha1:${first}`, commit: first });
    const pinned = await fetchSource({ location: { type: 'local', dir: repo.dir }, ref: { commit: first }, cacheDir: cacheDir() });
    expect(pinned.revision).toBe(`sha1:${first}`);
    const files = await readFiles(pinned, { path: '', include: ['clusters/prod/*.yaml'], exclude: [] });
    expect(files.map((f) => [f.path, text(f.bytes)])).toEqual([['clusters/prod/vm.yaml', 'kind: A\n']]);
  });

  it('applies exclude globs', async () => {
    const artifact = await fetchSource({ location: { type: 'local', dir: repo.dir }, ref: {}, cacheDir: cacheDir() });
    expect((await readFiles(artifact, { path: 'clusters', include: [], exclude: ['dev/**'] })).map((f) => f.path)).toEqual(['prod/nested/dv.yml', 'prod/vm.yaml']);
  });

  it('names a missing branch, commit or path', async () => {
    const local = { type: 'local' as const, dir: repo.dir };
    await expect(fetchSource({ location: local, ref: { branch: 'nope' }, cacheDir: cacheDir() })).rejects.toMatchObject({ reason: 'RefNotFound' });
    await expect(fetchSource({ location: local, ref: { commit: '0'.repeat(40) }, cacheDir: cacheDir() })).rejects.toBeInstanceOf(SourceError);
    const artifact = await fetchSource({ location: local, ref: {}, cacheDir: cacheDir() });
    await expect(readFiles(artifact, { path: 'clusters/staging', include: [], exclude: [] })).rejects.toMatchObject({ reason: 'PathNotFound' });
  });
});
