import { describe, expect, it } from 'vitest';
import { changedPaths } from '../../src/sync/plan/diff.js';
import { classify, preparePayload } from '../../src/sync/plan/plan.js';
import { vmImpact } from '../../src/sync/plan/vm-impact.js';

const vm = (patch: { runStrategy?: string; sockets?: number; bus?: string; labels?: Record<string, string> } = {}) => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'vm', namespace: 'ns', labels: patch.labels ?? { app: 'a' } },
  spec: {
    runStrategy: patch.runStrategy ?? 'Always',
    template: { spec: { domain: { cpu: { sockets: patch.sockets ?? 1 }, devices: { disks: [{ name: 'root', disk: { bus: patch.bus ?? 'virtio' } }] } } } },
  },
});
const serverView = (object: Record<string, unknown>) => ({
  ...object,
  metadata: { ...(object['metadata'] as object), uid: 'u1', resourceVersion: '42', generation: 2, managedFields: [{ manager: 'virtops' }] },
  status: { printableStatus: 'Running' },
});

describe('changedPaths', () => {
  it('lists changed leaves and lists of different length', () => {
    expect(changedPaths({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] }, d: true })).toEqual([['b', 'c', 1], ['d']]);
    expect(changedPaths({ l: [1] }, { l: [1, 2] })).toEqual([['l']]);
    expect(changedPaths({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });
});

describe('vmImpact', () => {
  it('classifies template changes the way KubeVirt applies them', () => {
    expect(vmImpact([['metadata', 'labels', 'app']]).impact).toBe('none');
    expect(vmImpact([['spec', 'runStrategy']]).impact).toBe('power');
    expect(vmImpact([['spec', 'template', 'spec', 'domain', 'cpu', 'sockets']]).impact).toBe('live-update');
    expect(vmImpact([['spec', 'template', 'spec', 'domain', 'cpu', 'sockets'], ['spec', 'template', 'spec', 'domain', 'devices', 'disks', 0, 'disk', 'bus']])).toEqual({
      impact: 'restart-required',
      restartPaths: ['spec.template.spec.domain.devices.disks[0].disk.bus'],
    });
  });
});

describe('plan an object', () => {
  it('create when there is no live object', () => {
    const { payload } = preparePayload(vm(), undefined);
    expect(classify(payload, undefined, { ok: true, object: serverView(payload) })).toMatchObject({ subject: 'VirtualMachine/ns/vm', action: 'create' });
  });

  it('unchanged when the dry run returns the live object (server metadata and status ignored)', () => {
    const live = serverView(preparePayload(vm(), undefined).payload);
    const { payload } = preparePayload(vm(), live);
    expect(classify(payload, live, { ok: true, object: { ...live, metadata: { ...live.metadata, resourceVersion: '43' } } }).action).toBe('unchanged');
  });

  it('update with the VM impact and the changed fields', () => {
    const live = serverView(preparePayload(vm(), undefined).payload);
    const { payload } = preparePayload(vm({ bus: 'sata', labels: { app: 'b' } }), live);
    const change = classify(payload, live, { ok: true, object: serverView(payload) });
    expect(change).toMatchObject({ action: 'update', impact: 'restart-required', restartPaths: ['spec.template.spec.domain.devices.disks[0].disk.bus'] });
    expect(change.changes).toEqual(['metadata.labels.app', 'spec.template.spec.domain.devices.disks[0].disk.bus']);
  });

  it('blocked, with advice, when the server rejects an immutable change', () => {
    const dv = { apiVersion: 'cdi.kubevirt.io/v1beta1', kind: 'DataVolume', metadata: { name: 'd', namespace: 'ns' }, spec: {} };
    const change = classify(dv, dv, { ok: false, reason: 'Invalid', message: 'admission webhook denied the request: Cannot update DataVolume Spec', code: 422 });
    expect(change.action).toBe('blocked');
    expect(change.reason).toMatch(/give the new disk a new name/);
  });

  it('reports a kept live power state as an override', () => {
    const live = serverView(preparePayload(vm(), undefined).payload) as unknown as Record<string, unknown> & { spec: { runStrategy: string } };
    live.spec.runStrategy = 'Halted';
    const prepared = preparePayload(vm(), live);
    expect(prepared.powerOverride).toEqual({ declared: 'Always', live: 'Halted' });
    const change = classify(prepared.payload, live, { ok: true, object: serverView(prepared.payload) }, prepared.powerOverride);
    expect(change).toMatchObject({ action: 'unchanged', powerOverride: { declared: 'Always', live: 'Halted' } });
  });
});
