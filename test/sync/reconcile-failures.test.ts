import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KubeError } from '../../src/kube/errors.js';
import { emptyStatus, reconcile, type ReconcileDeps, type SyncSpec, type SyncStatus } from '../../src/sync/reconcile.js';
import { fetchSource } from '../../src/sync/source/fetch.js';
import { readFiles } from '../../src/sync/source/read-files.js';
import { recommendedConfig } from '../helpers/config.js';
import { FakeKube } from '../helpers/fake-kube.js';
import { TestRepo } from '../helpers/git-repo.js';
import { smallVmYaml } from '../helpers/manifests.js';

/** Stages that fail after the apply (prune, health) and update rules that block one object: the sync reports, keeps what it did, and the next one retries. */

const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: vms\ndata:\n  key: value\n`;
const vm = (name: string, runStrategy = 'Always') => smallVmYaml({ name, namespace: 'vms', runStrategy });
const spec: SyncSpec = { owner: 'virtops/prod', selection: { path: '', include: [], exclude: [] }, prune: { enabled: true, maxShare: 0.5 }, healthTimeoutSeconds: 600 };
const unavailable = () => new KubeError('Unavailable', 'the API server is unreachable (ECONNRESET)');

function deps(repo: TestRepo, kube: FakeKube): ReconcileDeps {
  const cacheDir = mkdtempSync(join(tmpdir(), 'virtops-cache-'));
  return {
    kube,
    fetch: () => fetchSource({ location: { type: 'local', dir: repo.dir }, ref: { branch: 'main' }, cacheDir }),
    readFiles: (artifact, selection) => readFiles(artifact, selection),
    lintConfig: recommendedConfig('/repo'),
    now: () => new Date('2026-01-01T00:00:00Z'),
  };
}
const condition = (status: SyncStatus, type: string) => status.conditions.find((c) => c.type === type);

describe('reconcile when prune or health cannot read the cluster', () => {
  it('a failed read before pruning prunes nothing, keeps the inventory and what was applied; the next sync prunes', async () => {
    const repo = new TestRepo();
    repo.commit('all', { 'a.yaml': cm('one'), 'b.yaml': cm('two'), 'c.yaml': cm('three'), 'vm.yaml': vm('web') });
    const kube = new FakeKube();
    const first = await reconcile(spec, emptyStatus(), deps(repo, kube));
    const commit = repo.commit('drop the VM, change a ConfigMap', { 'vm.yaml': null, 'a.yaml': cm('one').replace('value', 'other') });
    kube.readFailures.set('VirtualMachine/vms/web', [unavailable()]);
    const failing = await reconcile(spec, first.status, deps(repo, kube));
    expect(kube.objects.has('VirtualMachine/vms/web')).toBe(true);
    expect((kube.objects.get('ConfigMap/vms/one')?.['data'] as Record<string, string>)['key']).toBe('other');
    expect(failing.status.inventory.map((e) => e.name).sort()).toEqual(['one', 'three', 'two', 'web']);
    expect(failing.status.lastAppliedRevision).toBe(`main@sha1:${commit}`);
    expect(condition(failing.status, 'PruneFailed')).toMatchObject({ status: 'True', reason: 'PruneFailed', message: expect.stringMatching(/VirtualMachine vms\/web .*ECONNRESET.*retried at the next sync/) });
    expect(condition(failing.status, 'Ready')).toMatchObject({ status: 'False', reason: 'PruneFailed' });
    expect(condition(failing.status, 'Stalled')).toBeUndefined();
    expect(failing.status.history[0]).toMatchObject({ result: 'Failed', applied: 1, pruned: 0 });

    const retried = await reconcile(spec, failing.status, deps(repo, kube));
    expect(kube.calls).toContain('delete VirtualMachine/vms/web Orphan');
    expect(retried.status.inventory.map((e) => e.name).sort()).toEqual(['one', 'three', 'two']);
    expect(condition(retried.status, 'PruneFailed')).toBeUndefined();
    expect(condition(retried.status, 'Ready')).toMatchObject({ status: 'True' });
  });

  it('a deletion that fails part-way keeps the rest in the inventory for the next sync', async () => {
    const repo = new TestRepo();
    repo.commit('all', { 'a.yaml': cm('one'), 'b.yaml': cm('two'), 'c.yaml': cm('three'), 'd.yaml': cm('four'), 'e.yaml': cm('five') });
    const kube = new FakeKube();
    const first = await reconcile(spec, emptyStatus(), deps(repo, kube));
    repo.commit('drop two', { 'd.yaml': null, 'e.yaml': null });
    const remove = kube.delete.bind(kube);
    const spy = vi.spyOn(kube, 'delete').mockImplementationOnce(remove).mockRejectedValueOnce(unavailable());
    const failing = await reconcile(spec, first.status, deps(repo, kube));
    spy.mockRestore();
    expect(condition(failing.status, 'PruneFailed')?.message).toMatch(/after 1 of 2 deletions/);
    const left = failing.status.inventory.map((e) => e.name).sort();
    expect(left).toHaveLength(4);
    expect(left).toEqual(expect.arrayContaining(['one', 'three', 'two']));
    const retried = await reconcile(spec, failing.status, deps(repo, kube));
    expect(retried.status.inventory.map((e) => e.name).sort()).toEqual(['one', 'three', 'two']);
    expect([...kube.objects.keys()].sort()).toEqual(['ConfigMap/vms/one', 'ConfigMap/vms/three', 'ConfigMap/vms/two']);
  });

  it('a failed health read sets HealthCheckFailed, keeps the last VM summary, and clears at the next sync', async () => {
    const repo = new TestRepo();
    const commit = repo.commit('vm', { 'vm.yaml': vm('web') });
    const kube = new FakeKube();
    const first = await reconcile(spec, emptyStatus(), deps(repo, kube));
    expect(first.status.vms.map((v) => v.name)).toEqual(['web']);
    // The LIST fails (the plan falls back to GETs), the plan's GET works, health's GET fails.
    kube.readFailures.set('VirtualMachine', [unavailable()]);
    kube.readFailures.set('VirtualMachine/vms/web', [undefined, unavailable()]);
    const failing = await reconcile(spec, first.status, deps(repo, kube));
    expect(condition(failing.status, 'HealthCheckFailed')).toMatchObject({ status: 'True', reason: 'HealthCheckFailed', message: expect.stringContaining('ECONNRESET') });
    expect(condition(failing.status, 'Ready')).toMatchObject({ status: 'False', reason: 'HealthCheckFailed' });
    expect(condition(failing.status, 'Stalled')).toBeUndefined();
    expect(failing.status.vms).toEqual(first.status.vms);
    expect(failing.status.lastAppliedRevision).toBe(`main@sha1:${commit}`);
    expect(failing.events.map((e) => e.reason)).toContain('HealthCheckFailed');
    const retried = await reconcile(spec, failing.status, deps(repo, kube));
    expect(condition(retried.status, 'HealthCheckFailed')).toBeUndefined();
  });
});

describe('reconcile with KubeVirt update-time rules', () => {
  it('an update KubeVirt would reject is not applied: ApplyFailed/UpdateRejected with the reason; the rest is applied', async () => {
    const repo = new TestRepo();
    repo.commit('first', { 'vm.yaml': vm('web'), 'a.yaml': cm('one') });
    const kube = new FakeKube();
    const first = await reconcile(spec, emptyStatus(), deps(repo, kube));
    kube.objects.set('VirtualMachine/vms/web', { ...kube.objects.get('VirtualMachine/vms/web')!, status: { snapshotInProgress: 'nightly' } });
    repo.commit('stop it, change the ConfigMap', { 'vm.yaml': vm('web', 'Halted'), 'a.yaml': cm('one').replace('value', 'other') });
    kube.calls.length = 0;
    const blocked = await reconcile(spec, first.status, deps(repo, kube));
    expect(kube.calls.filter((c) => c.includes('VirtualMachine/'))).toEqual([]);
    expect(kube.calls).toContain('apply ConfigMap/vms/one');
    expect(condition(blocked.status, 'ApplyFailed')).toMatchObject({ reason: 'UpdateRejected', message: expect.stringMatching(/^VirtualMachine\/vms\/web: spec\.runStrategy: .*snapshot "nightly" completes.*\[vm-snapshot-in-progress\]$/) });
    expect(condition(blocked.status, 'Stalled')).toBeUndefined();
    expect(blocked.status.history[0]).toMatchObject({ result: 'Failed', applied: 1, blocked: 1 });
    // The snapshot finishes: the next sync applies the change.
    kube.objects.set('VirtualMachine/vms/web', { ...kube.objects.get('VirtualMachine/vms/web')!, status: {} });
    const applied = await reconcile(spec, blocked.status, deps(repo, kube));
    expect(condition(applied.status, 'ApplyFailed')).toBeUndefined();
    expect((kube.objects.get('VirtualMachine/vms/web')?.['spec'] as { runStrategy: string }).runStrategy).toBe('Halted');
  });
});
