import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { StatusWriter } from '../../src/kube/status-writer.js';
import { emptyStatus, reconcile, type ReconcileDeps, type SyncSpec } from '../../src/sync/reconcile.js';
import { RenderMemo } from '../../src/sync/render/render-memo.js';
import { runGitSync, statusChanged } from '../../src/sync/run-gitsync.js';
import { fetchSource } from '../../src/sync/source/fetch.js';
import { readFiles } from '../../src/sync/source/read-files.js';
import { recommendedConfig } from '../helpers/config.js';
import { FakeKube } from '../helpers/fake-kube.js';
import { TestRepo } from '../helpers/git-repo.js';

/** What a long-lived agent skips when nothing changed: reading and linting the revision again, recording the sync again, writing the status. */

const cm = (name: string, value = 'value') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: vms\ndata:\n  key: ${value}\n`;
const spec: SyncSpec = { owner: 'virtops/prod', selection: { path: '', include: [], exclude: [] }, prune: { enabled: true, maxShare: 0.5 }, healthTimeoutSeconds: 600 };
const lintConfig = recommendedConfig('/repo');

function deps(repo: TestRepo, kube: FakeKube, extra: Partial<ReconcileDeps> = {}): ReconcileDeps & { reads: ReturnType<typeof vi.fn> } {
  const cacheDir = mkdtempSync(join(tmpdir(), 'virtops-cache-'));
  const reads = vi.fn((artifact, selection) => readFiles(artifact, selection));
  let tick = 0;
  return {
    kube,
    fetch: () => fetchSource({ location: { type: 'local', dir: repo.dir }, ref: { branch: 'main' }, cacheDir }),
    readFiles: reads,
    lintConfig,
    now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)),
    reads,
    ...extra,
  };
}

describe('RenderMemo', () => {
  it('an unchanged commit is not read or linted again; a new commit, another selection or another config is', async () => {
    const repo = new TestRepo();
    repo.commit('one', { 'a.yaml': cm('one') });
    const kube = new FakeKube();
    const memo = new RenderMemo();
    const renders = memo.for('virtops/prod', 'generation 1');
    const first = deps(repo, kube, { renders });
    const one = await reconcile(spec, emptyStatus(), first);
    const again = await reconcile(spec, one.status, first);
    expect(first.reads).toHaveBeenCalledTimes(1);
    expect(again.status.lastAppliedRevision).toBe(one.status.lastAppliedRevision);
    await reconcile({ ...spec, selection: { ...spec.selection, exclude: ['b.yaml'] } }, again.status, first);
    expect(first.reads).toHaveBeenCalledTimes(2);
    repo.commit('two', { 'a.yaml': cm('one', 'changed') });
    await reconcile(spec, again.status, first);
    expect(first.reads).toHaveBeenCalledTimes(3);
    expect((kube.objects.get('ConfigMap/vms/one')?.['data'] as Record<string, string>)['key']).toBe('changed');
    const otherGeneration = deps(repo, kube, { renders: memo.for('virtops/prod', 'generation 2') });
    await reconcile(spec, again.status, otherGeneration);
    expect(otherGeneration.reads).toHaveBeenCalledTimes(1);
  });

  it('keeps one rendering per GitSync and forgets GitSyncs that are gone', async () => {
    const memo = new RenderMemo();
    const rendered = { objects: [], findings: [], documents: 0 };
    memo.for('ns/a', 'g1').set('k', rendered);
    memo.for('ns/b', 'g1').set('k', rendered);
    expect(memo.for('ns/a', 'g1').get('k')).toBe(rendered);
    memo.for('ns/a', 'g1').set('k2', rendered);
    expect(memo.for('ns/a', 'g1').get('k')).toBeUndefined();
    memo.retain(new Set(['ns/a']));
    expect(memo.for('ns/b', 'g1').get('k')).toBeUndefined();
    expect(memo.for('ns/a', 'g1').get('k2')).toBe(rendered);
  });
});

describe('sync history', () => {
  it('a sync that changes nothing and ends like the last one is not recorded again, but is returned', async () => {
    const repo = new TestRepo();
    repo.commit('one', { 'a.yaml': cm('one') });
    const kube = new FakeKube();
    const d = deps(repo, kube);
    const first = await reconcile(spec, emptyStatus(), d);
    const second = await reconcile(spec, first.status, d);
    const third = await reconcile(spec, second.status, d);
    expect(first.status.history.map((r) => r.applied)).toEqual([1]);
    expect(second.status.history.map((r) => r.applied)).toEqual([0, 1]);
    expect(third.status.history).toEqual(second.status.history);
    expect(third.record).toMatchObject({ applied: 0, unchanged: 1, result: 'Succeeded' });
    expect(third.record?.startedAt).not.toBe(second.status.history[0]?.startedAt);
    repo.commit('two', { 'b.yaml': cm('two') });
    const fourth = await reconcile(spec, third.status, d);
    expect(fourth.status.history.map((r) => r.applied)).toEqual([1, 0, 1]);
  });
});

describe('runGitSync status writes', () => {
  class RecordingWriter {
    writes = 0;
    async writeStatus(): Promise<void> {
      this.writes++;
    }
    async event(): Promise<void> {}
  }

  it('writes the status only when it changed', async () => {
    const repo = new TestRepo();
    repo.commit('one', { 'a.yaml': cm('one') });
    const kube = new FakeKube();
    const writer = new RecordingWriter();
    const cacheRoot = mkdtempSync(join(tmpdir(), 'virtops-cache-'));
    const memo = new RenderMemo();
    let stored: unknown;
    const object = () => ({ apiVersion: 'virtops.io/v1alpha1', kind: 'GitSync', metadata: { name: 'prod', namespace: 'virtops', generation: 3 }, spec: { source: { url: repo.dir } }, ...(stored ? { status: stored } : {}) });
    const sync = async () => {
      const run = await runGitSync(kube, writer as unknown as StatusWriter, object(), lintConfig, cacheRoot, undefined, { renderMemo: memo });
      // What the API server would hand back on the next read.
      if (run.statusWritten) stored = JSON.parse(JSON.stringify({ ...run.status, observedGeneration: 3 }));
      return run;
    };
    expect((await sync()).statusWritten).toBe(true);
    expect((await sync()).statusWritten).toBe(true); // history: the first no-op after the applying sync
    const idle = await sync();
    expect(idle.statusWritten).toBe(false);
    expect(idle.record).toMatchObject({ applied: 0, result: 'Succeeded' });
    expect(writer.writes).toBe(2);
    repo.commit('two', { 'a.yaml': cm('one', 'changed') });
    expect((await sync()).statusWritten).toBe(true);
  });

  it('statusChanged compares as JSON, ignoring member order and undefined members', () => {
    expect(statusChanged({ a: 1, b: [{ c: 2 }] }, { b: [{ c: 2 }], a: 1, d: undefined })).toBe(false);
    expect(statusChanged({ a: 1 }, { a: 2 })).toBe(true);
    expect(statusChanged(undefined, { a: 1 })).toBe(true);
  });
});
