import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyStatus, reconcile, type ReconcileDeps, type SyncSpec, type SyncStatus } from '../../src/sync/reconcile.js';
import { SourceError } from '../../src/sync/source/errors.js';
import { fetchSource } from '../../src/sync/source/fetch.js';
import { readFiles } from '../../src/sync/source/read-files.js';
import { FakeKube } from '../helpers/fake-kube.js';
import { TestRepo } from '../helpers/git-repo.js';
import { recommendedConfig } from '../helpers/config.js';
import { smallVmYaml } from '../helpers/manifests.js';

const lintConfig = () => {
  return recommendedConfig('/repo');
};
const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: vms\ndata:\n  key: value\n`;
const vm = (name: string, extra = '') => smallVmYaml({ name, namespace: 'vms', diskExtra: extra });
const spec: SyncSpec = { owner: 'virtops/prod', selection: { path: '', include: [], exclude: [] }, prune: { enabled: true, maxShare: 0.5 }, healthTimeoutSeconds: 600 };

function deps(repo: TestRepo, kube: FakeKube, fetchError?: Error): ReconcileDeps {
  const cacheDir = mkdtempSync(join(tmpdir(), 'virtops-cache-'));
  return {
    kube,
    fetch: () => (fetchError ? Promise.reject(fetchError) : fetchSource({ location: { type: 'local', dir: repo.dir }, ref: { branch: 'main' }, cacheDir })),
    readFiles: (artifact, selection) => readFiles(artifact, selection),
    lintConfig: lintConfig(),
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
}
const ready = (s: SyncStatus) => s.conditions.find((c) => c.type === 'Ready');

describe('reconcile (fake API server, real git repository)', () => {
  it('first sync applies everything, records the inventory and the revision; a re-sync writes nothing', async () => {
    const repo = new TestRepo();
    const commit = repo.commit('vms', { 'a.yaml': cm('one'), 'b.yaml': cm('two') });
    const kube = new FakeKube();
    const first = await reconcile(spec, emptyStatus(), deps(repo, kube));
    expect(first.status.lastAppliedRevision).toBe(`main@sha1:${commit}`);
    expect(first.status.inventory.map((e) => e.name)).toEqual(['one', 'two']);
    expect(ready(first.status)).toMatchObject({ status: 'True' });
    expect((kube.objects.get('ConfigMap/vms/one')?.['metadata'] as { annotations: Record<string, string> }).annotations['virtops.io/owner']).toBe('virtops/prod');
    kube.calls.length = 0;
    const second = await reconcile(spec, first.status, deps(repo, kube));
    expect(kube.calls.filter((c) => c.startsWith('apply ') || c.startsWith('delete '))).toEqual([]);
    expect(second.status.history[0]).toMatchObject({ result: 'Succeeded', applied: 0, unchanged: 2 });
  });

  it('holds back a revision with lint errors and keeps the last good one', async () => {
    const repo = new TestRepo();
    const good = repo.commit('good', { 'vm.yaml': vm('web') });
    const kube = new FakeKube();
    const first = await reconcile(spec, emptyStatus(), deps(repo, kube));
    repo.commit('typo', { 'vm.yaml': vm('web', '\n              bootorder: 1') });
    kube.calls.length = 0;
    const held = await reconcile(spec, first.status, deps(repo, kube));
    expect(kube.calls.filter((c) => c.startsWith('apply '))).toEqual([]);
    expect(held.status.lastAppliedRevision).toBe(`main@sha1:${good}`);
    expect(held.status.conditions.map((c) => [c.type, c.status, c.reason])).toEqual(expect.arrayContaining([['Ready', 'False', 'LintErrors'], ['Stalled', 'True', 'LintErrors']]));
    expect(held.status.lint?.findings[0]).toMatchObject({ file: 'vm.yaml', ruleId: 'schema' });
    expect(held.events.map((e) => e.reason)).toContain('LintFailed');
  });

  it('prunes what left git (a VM with orphan propagation), and refuses to prune on an empty revision', async () => {
    const repo = new TestRepo();
    repo.commit('two', { 'a.yaml': cm('one'), 'b.yaml': cm('two'), 'c.yaml': cm('three'), 'vm.yaml': vm('web') });
    const kube = new FakeKube();
    const first = await reconcile(spec, emptyStatus(), deps(repo, kube));
    repo.commit('drop vm', { 'vm.yaml': null });
    const second = await reconcile(spec, first.status, deps(repo, kube));
    expect(kube.calls).toContain('delete VirtualMachine/vms/web Orphan');
    expect(second.status.inventory.map((e) => e.name).sort()).toEqual(['one', 'three', 'two']);
    repo.commit('empty', { 'a.yaml': null, 'b.yaml': null, 'c.yaml': null });
    kube.calls.length = 0;
    const third = await reconcile(spec, second.status, deps(repo, kube));
    expect(kube.calls.filter((c) => c.startsWith('delete'))).toEqual([]);
    expect(third.events.filter((e) => e.reason === 'PruneBlocked')).toHaveLength(3);
    expect(third.status.inventory.map((e) => e.name).sort()).toEqual(['one', 'three', 'two']);
  });

  it('a fetch failure changes nothing and keeps the last applied revision', async () => {
    const repo = new TestRepo();
    repo.commit('one', { 'a.yaml': cm('one') });
    const kube = new FakeKube();
    const first = await reconcile(spec, emptyStatus(), deps(repo, kube));
    kube.calls.length = 0;
    const down = await reconcile(spec, first.status, deps(repo, kube, new SourceError('GitServerUnavailable', 'connect ECONNREFUSED')));
    expect(kube.calls).toEqual([]);
    expect(down.status.lastAppliedRevision).toBe(first.status.lastAppliedRevision);
    expect(ready(down.status)).toMatchObject({ status: 'False', reason: 'GitServerUnavailable' });
    expect(down.status.conditions.find((c) => c.type === 'Stalled')).toBeUndefined();
  });
});
