import { describe, expect, it } from 'vitest';
import { formatPlan } from '../../src/cli/plan.js';
import { planObjects } from '../../src/sync/plan/dry-run.js';
import { rejectedUpdate } from '../../src/sync/plan/plan.js';
import { FakeKube } from '../helpers/fake-kube.js';

type Json = Record<string, unknown>;

const VOLUMES = [{ name: 'root', persistentVolumeClaim: { claimName: 'root' } }];
const vm = (spec: Json = {}, volumes: unknown[] = VOLUMES): Json => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'web', namespace: 'ns' },
  spec: { runStrategy: 'Always', template: { spec: { domain: { devices: {} }, volumes } }, ...spec },
});
const live = (object: Json, status: Json): Json => ({ ...structuredClone(object), status });

describe('rejectedUpdate (KubeVirt update-time rules in the plan)', () => {
  it('blocks a volume change while a snapshot is in progress, naming the field, the reason and the rule', () => {
    const change = rejectedUpdate(vm({}, [...VOLUMES, { name: 'data', dataVolume: { name: 'data' } }]), live(vm(), { snapshotInProgress: 'nightly' }));
    expect(change).toMatchObject({ subject: 'VirtualMachine/ns/web', action: 'blocked', blockedBy: 'update-rule' });
    expect(change?.reason).toMatch(/^spec\.template\.spec\.volumes: .*"nightly".* \[vm-snapshot-in-progress\]$/);
  });

  it('lets through what the rules allow', () => {
    expect(rejectedUpdate(vm({}, []), live(vm(), {}))).toBeUndefined();
    expect(rejectedUpdate({ ...vm(), metadata: { name: 'web', namespace: 'ns', labels: { a: 'b' } } }, live(vm(), { snapshotInProgress: 'nightly' }))).toBeUndefined();
  });
});

describe('planObjects with update-time rules', () => {
  it('a rejected update is blocked without a dry run; the other objects are planned as usual', async () => {
    const kube = new FakeKube();
    kube.objects.set('VirtualMachine/ns/web', live(vm(), { snapshotInProgress: 'nightly' }));
    const other = { ...vm(), metadata: { name: 'db', namespace: 'ns' } };
    const plan = await planObjects(kube, [vm({ runStrategy: 'Halted' }), other], 'virtops/prod');
    expect(plan.map((c) => [c.subject, c.action, c.blockedBy])).toEqual([['VirtualMachine/ns/web', 'blocked', 'update-rule'], ['VirtualMachine/ns/db', 'create', undefined]]);
    expect(kube.calls.filter((c) => c.startsWith('dry-run'))).toEqual(['dry-run VirtualMachine/ns/db']);
    expect(formatPlan('main@sha1:abc', plan)).toMatch(/blocked\s+VirtualMachine\/ns\/web\s+spec\.runStrategy: KubeVirt rejects changes to the VM's running state until snapshot "nightly" completes/);
  });

  it('a VM moved to another instancetype is planned as an update without the old revisionName', async () => {
    const kube = new FakeKube();
    kube.objects.set('VirtualMachine/ns/web', live(vm({ instancetype: { name: 'u1.small', revisionName: 'web-u1.small-1' } }), {}));
    const [change] = await planObjects(kube, [vm({ instancetype: { name: 'u1.large' } })], 'virtops/prod');
    expect(change).toMatchObject({ action: 'update', changes: expect.arrayContaining(['spec.instancetype.name', 'spec.instancetype.revisionName']) });
    expect((change!.payload['spec'] as { instancetype: unknown }).instancetype).toEqual({ name: 'u1.large' });
  });

  it('a revisionName git itself keeps for a new instancetype is blocked', async () => {
    const kube = new FakeKube();
    kube.objects.set('VirtualMachine/ns/web', live(vm({ instancetype: { name: 'u1.small', revisionName: 'web-u1.small-1' } }), {}));
    const [change] = await planObjects(kube, [vm({ instancetype: { name: 'u1.large', revisionName: 'web-u1.small-1' } })], 'virtops/prod');
    expect(change).toMatchObject({ action: 'blocked', blockedBy: 'update-rule' });
    expect(change!.reason).toContain('[matcher-revision-update]');
  });
});
