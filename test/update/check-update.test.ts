import { describe, expect, it } from 'vitest';
import { checkUpdate } from '../../src/update/check-update.js';

type Obj = Record<string, unknown>;

function vm(spec: Obj, status: Obj = {}): Obj {
  return { apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata: { name: 'vm', namespace: 'ns' }, spec, status };
}

const VOLUMES = [{ name: 'rootdisk', persistentVolumeClaim: { claimName: 'root' } }];
const template = (volumes: unknown[] = VOLUMES) => ({ spec: { domain: { devices: {} }, volumes } });

function ids(live: Obj, desired: Obj): string[] {
  return checkUpdate(live, desired).map((f) => `${f.catalog} ${f.path}`);
}

describe('checkUpdate', () => {
  it('ignores other kinds, a kind change and junk', () => {
    expect(checkUpdate({ kind: 'ConfigMap' }, { kind: 'ConfigMap' })).toEqual([]);
    expect(checkUpdate(vm({}), { ...vm({}), kind: 'VirtualMachineInstance' })).toEqual([]);
    expect(checkUpdate({ kind: 'VirtualMachine', spec: 3, status: 'x' }, { kind: 'VirtualMachine', spec: [] })).toEqual([]);
  });

  describe('VirtualMachine: snapshot in progress (vm-snapshot-in-progress)', () => {
    const status = { snapshotInProgress: 'snap-1' };
    it('rejects a volume change', () => {
      const live = vm({ runStrategy: 'Always', template: template() }, status);
      const desired = vm({ runStrategy: 'Always', template: template([...VOLUMES, { name: 'data', dataVolume: { name: 'data' } }]) });
      const findings = checkUpdate(live, desired);
      expect(findings).toEqual([expect.objectContaining({ catalog: 'vm-snapshot-in-progress', path: 'spec.template.spec.volumes', severity: 'error' })]);
      expect(findings[0]!.message).toContain('"snap-1"');
    });
    it('rejects a running state change, also from running to runStrategy', () => {
      expect(ids(vm({ runStrategy: 'Always', template: template() }, status), vm({ runStrategy: 'Halted', template: template() }))).toEqual(['vm-snapshot-in-progress spec.runStrategy']);
      expect(ids(vm({ running: true, template: template() }, status), vm({ runStrategy: 'Always', template: template() }))).toEqual(['vm-snapshot-in-progress spec.runStrategy']);
    });
    it('allows other changes, and anything once the snapshot is done', () => {
      const live = vm({ runStrategy: 'Always', template: template() }, status);
      const desired = vm({ runStrategy: 'Always', template: { ...template(), metadata: { labels: { a: 'b' } } } });
      expect(ids(live, desired)).toEqual([]);
      expect(ids(vm({ runStrategy: 'Always', template: template() }), vm({ runStrategy: 'Halted', template: template([]) }))).toEqual([]);
    });
  });

  describe('VirtualMachine: restore in progress (vm-restore-in-progress)', () => {
    const status = { restoreInProgress: 'restore-1' };
    it('rejects a run strategy change', () => {
      const findings = checkUpdate(vm({ runStrategy: 'Halted', template: template() }, status), vm({ runStrategy: 'Always', template: template() }));
      expect(findings.map((f) => f.catalog)).toEqual(['vm-restore-in-progress']);
      expect(findings[0]!.message).toContain('Halted → Always');
    });
    it('running: false and runStrategy: Halted are the same strategy', () => {
      expect(ids(vm({ running: false, template: template() }, status), vm({ runStrategy: 'Halted', template: template() }))).toEqual([]);
    });
    it('allows volume changes', () => {
      expect(ids(vm({ runStrategy: 'Halted', template: template() }, status), vm({ runStrategy: 'Halted', template: template([]) }))).toEqual([]);
    });
  });

  describe('VirtualMachine: matcher revision (matcher-revision-update)', () => {
    const withMatcher = (key: string, matcher: Obj) => vm({ runStrategy: 'Always', [key]: matcher, template: template() });
    it('rejects a new name with the old revisionName', () => {
      const live = withMatcher('instancetype', { name: 'u1.small', revisionName: 'vm-u1.small-1' });
      const desired = withMatcher('instancetype', { name: 'u1.large', revisionName: 'vm-u1.small-1' });
      expect(ids(live, desired)).toEqual(['matcher-revision-update spec.instancetype.revisionName']);
      expect(ids(withMatcher('preference', { name: 'a', revisionName: 'r' }), withMatcher('preference', { name: 'b', revisionName: 'r' }))).toEqual([
        'matcher-revision-update spec.preference.revisionName',
      ]);
    });
    it('allows a new name with a cleared or new revisionName, adding or removing the matcher, and a kind change', () => {
      const live = withMatcher('instancetype', { name: 'u1.small', revisionName: 'rev' });
      expect(ids(live, withMatcher('instancetype', { name: 'u1.large' }))).toEqual([]);
      expect(ids(live, withMatcher('instancetype', { name: 'u1.large', revisionName: 'rev2' }))).toEqual([]);
      expect(ids(live, vm({ runStrategy: 'Always', template: template() }))).toEqual([]);
      expect(ids(live, withMatcher('instancetype', { name: 'u1.small', kind: 'VirtualMachineInstancetype', revisionName: 'rev' }))).toEqual([]);
      expect(ids(withMatcher('instancetype', { name: 'u1.small' }), withMatcher('instancetype', { name: 'u1.large' }))).toEqual([]);
    });
  });

  describe('VirtualMachineInstance', () => {
    const vmi = (spec: Obj, labels?: Obj): Obj => ({ apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachineInstance', metadata: { name: 'vmi', ...(labels ? { labels } : {}) }, spec });
    const liveSpec = { domain: { devices: { disks: [{ name: 'rootdisk', disk: { bus: 'sata' } }] }, machine: { type: 'q35' } }, volumes: VOLUMES };
    it('allows re-applying the manifest the cluster defaulted (vmi-spec-immutable)', () => {
      expect(ids(vmi(liveSpec), vmi({ domain: { devices: { disks: [{ name: 'rootdisk' }] } }, volumes: VOLUMES }))).toEqual([]);
    });
    it('rejects a changed value, and a list of another length', () => {
      expect(ids(vmi(liveSpec), vmi({ domain: { devices: { disks: [{ name: 'rootdisk', disk: { bus: 'virtio' } }] } } }))).toEqual(['vmi-spec-immutable spec.domain.devices.disks[0].disk.bus']);
      expect(ids(vmi(liveSpec), vmi({ volumes: [] }))).toEqual(['vmi-spec-immutable spec.volumes']);
      expect(ids(vmi(liveSpec), vmi({ ...liveSpec, hostname: 'new' }))).toEqual(['vmi-spec-immutable spec.hostname']);
    });
    it('rejects adding or changing a reserved label, not other labels (vmi-reserved-labels-immutable)', () => {
      const live = vmi(liveSpec, { 'kubevirt.io/nodeName': 'node-1', app: 'x' });
      expect(ids(live, vmi(liveSpec, { 'kubevirt.io/nodeName': 'node-2' }))).toEqual(['vmi-reserved-labels-immutable metadata.labels.kubevirt.io/nodeName']);
      expect(ids(live, vmi(liveSpec, { 'kubevirt.io/created-by': 'me' }))).toEqual(['vmi-reserved-labels-immutable metadata.labels.kubevirt.io/created-by']);
      expect(ids(live, vmi(liveSpec, { 'kubevirt.io/nodeName': 'node-1', app: 'y' }))).toEqual([]);
      expect(ids(live, vmi(liveSpec))).toEqual([]);
    });
  });

  describe('VirtualMachinePool (vmpool-selector-immutable)', () => {
    const pool = (selector: unknown): Obj => ({ apiVersion: 'pool.kubevirt.io/v1beta1', kind: 'VirtualMachinePool', metadata: { name: 'p' }, spec: { selector, replicas: 1 } });
    it('rejects a changed selector', () => {
      expect(ids(pool({ matchLabels: { app: 'a' } }), pool({ matchLabels: { app: 'b' } }))).toEqual(['vmpool-selector-immutable spec.selector']);
      expect(ids(pool({ matchLabels: { app: 'a' } }), pool({ matchLabels: { app: 'a', tier: 'x' } }))).toEqual(['vmpool-selector-immutable spec.selector']);
    });
    it('allows the same selector and other changes', () => {
      expect(ids(pool({ matchLabels: { app: 'a' }, matchExpressions: [] }), pool({ matchLabels: { app: 'a' } }))).toEqual([]);
    });
  });

  describe('VirtualMachineInstanceMigration', () => {
    const mig = (spec: Obj, labels?: Obj, phase?: string): Obj => ({
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachineInstanceMigration',
      metadata: { name: 'm', ...(labels ? { labels } : {}) },
      spec,
      ...(phase ? { status: { phase } } : {}),
    });
    it('rejects a spec change (migration-spec-immutable)', () => {
      expect(ids(mig({ vmiName: 'a' }), mig({ vmiName: 'b' }))).toEqual(['migration-spec-immutable spec.vmiName']);
      expect(ids(mig({ vmiName: 'a' }), mig({ vmiName: 'a' }))).toEqual([]);
    });
    it('rejects losing or changing the selector label while in flight (migration-selector-label-immutable)', () => {
      const live = (phase?: string) => mig({ vmiName: 'a' }, { 'kubevirt.io/vmi-name': 'a' }, phase);
      const removed = checkUpdate(live('Running'), mig({ vmiName: 'a' }));
      expect(removed.map((f) => f.catalog)).toEqual(['migration-selector-label-immutable']);
      expect(removed[0]!.message).toContain('removing');
      const changed = checkUpdate(live(), mig({ vmiName: 'a' }, { 'kubevirt.io/vmi-name': 'b' }));
      expect(changed[0]!.message).toContain('changing');
      expect(ids(live('Running'), mig({ vmiName: 'a' }, { 'kubevirt.io/vmi-name': 'a' }))).toEqual([]);
      expect(ids(live('Succeeded'), mig({ vmiName: 'a' }))).toEqual([]);
      expect(ids(live('Failed'), mig({ vmiName: 'a' }, { 'kubevirt.io/vmi-name': 'b' }))).toEqual([]);
    });
  });
});
