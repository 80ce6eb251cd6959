import { describe, expect, it } from 'vitest';
import { carryOverKubevirtFields } from '../../src/sync/plan/kubevirt-fields.js';

const desired = () => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'VirtualMachine',
  metadata: { name: 'vm', namespace: 'ns' },
  spec: {
    runStrategy: 'Always',
    template: {
      metadata: { labels: { app: 'x' } },
      spec: {
        domain: { devices: { interfaces: [{ name: 'default', masquerade: {} }, { name: 'data', bridge: {}, macAddress: '02:00:00:aa:bb:cc' }] } },
        networks: [{ name: 'default', pod: {} }],
      },
    },
  },
});

const live = () => ({
  ...desired(),
  spec: {
    runStrategy: 'Always',
    template: {
      metadata: { labels: { app: 'x' }, annotations: { 'kubevirt.io/pci-topology-version': 'v3' } },
      spec: {
        architecture: 'amd64',
        domain: {
          firmware: { uuid: '6a1b2c3d-0000-4000-8000-000000000001', serial: 'abc-serial' },
          machine: { type: 'pc-q35-rhel9.6.0' },
          devices: { interfaces: [{ name: 'default', masquerade: {}, macAddress: '02:11:22:33:44:55' }, { name: 'data', bridge: {}, macAddress: '02:99:99:99:99:99' }] },
        },
        networks: [{ name: 'default', pod: {} }],
      },
    },
  },
});

describe('carryOverKubevirtFields', () => {
  it('keeps the firmware identity, machine type, architecture and PCI topology KubeVirt wrote', () => {
    const out = carryOverKubevirtFields(desired(), live()) as ReturnType<typeof live>;
    expect(out.spec.template.spec.domain.firmware).toEqual({ uuid: '6a1b2c3d-0000-4000-8000-000000000001', serial: 'abc-serial' });
    expect(out.spec.template.spec.domain.machine).toEqual({ type: 'pc-q35-rhel9.6.0' });
    expect(out.spec.template.spec.architecture).toBe('amd64');
    expect(out.spec.template.metadata.annotations).toEqual({ 'kubevirt.io/pci-topology-version': 'v3' });
  });

  it('keeps MAC addresses KubeVirt or kubemacpool assigned, but a MAC set in git wins', () => {
    const out = carryOverKubevirtFields(desired(), live()) as ReturnType<typeof live>;
    expect(out.spec.template.spec.domain.devices.interfaces).toEqual([
      { name: 'default', masquerade: {}, macAddress: '02:11:22:33:44:55' },
      { name: 'data', bridge: {}, macAddress: '02:00:00:aa:bb:cc' },
    ]);
  });

  it('values set in git win, and nothing is invented without a live value', () => {
    const mine = desired() as ReturnType<typeof live>;
    (mine.spec.template.spec as Record<string, unknown>)['architecture'] = 'arm64';
    const out = carryOverKubevirtFields(mine, live()) as ReturnType<typeof live>;
    expect(out.spec.template.spec.architecture).toBe('arm64');
    expect(carryOverKubevirtFields(desired(), undefined)).toEqual(desired());
  });

  it('does not modify its input, and leaves other kinds alone', () => {
    const input = desired();
    carryOverKubevirtFields(input, live());
    expect(input).toEqual(desired());
    const dv = { kind: 'DataVolume', spec: {} };
    expect(carryOverKubevirtFields(dv, { kind: 'DataVolume', spec: { x: 1 } })).toBe(dv);
  });

  describe('instancetype and preference revisionName', () => {
    const withMatchers = (instancetype: Record<string, unknown>, preference: Record<string, unknown>) => ({ ...desired(), spec: { ...desired().spec, instancetype, preference } });
    const liveVm = withMatchers({ name: 'u1.small', revisionName: 'vm-u1.small-v1beta1-abc-1' }, { name: 'fedora', kind: 'VirtualMachineClusterPreference', revisionName: 'vm-fedora-v1beta1-def-1' });
    const spec = (object: unknown) => (object as { spec: { instancetype: Record<string, unknown>; preference: Record<string, unknown> } }).spec;

    it('are carried over while the matcher names the same object (kind defaulted or spelled differently)', () => {
      const out = carryOverKubevirtFields(withMatchers({ name: 'u1.small' }, { name: 'fedora', kind: 'virtualmachineclusterpreferences' }), liveVm);
      expect(spec(out).instancetype).toEqual({ name: 'u1.small', revisionName: 'vm-u1.small-v1beta1-abc-1' });
      expect(spec(out).preference).toEqual({ name: 'fedora', kind: 'virtualmachineclusterpreferences', revisionName: 'vm-fedora-v1beta1-def-1' });
    });

    it('are not carried over when git names another instancetype or preference (KubeVirt would reject the old revision)', () => {
      const out = carryOverKubevirtFields(withMatchers({ name: 'u1.large' }, { name: 'fedora' }), liveVm);
      expect(spec(out).instancetype).toEqual({ name: 'u1.large' });
      expect(spec(out).preference).toEqual({ name: 'fedora', revisionName: 'vm-fedora-v1beta1-def-1' });
    });

    it('are not carried over when only the matcher kind changes (cluster-wide to namespaced)', () => {
      const out = carryOverKubevirtFields(withMatchers({ name: 'u1.small', kind: 'VirtualMachineInstancetype' }, { name: 'fedora', kind: 'VirtualMachinePreference' }), liveVm);
      expect(spec(out).instancetype).toEqual({ name: 'u1.small', kind: 'VirtualMachineInstancetype' });
      expect(spec(out).preference).toEqual({ name: 'fedora', kind: 'VirtualMachinePreference' });
    });
  });
});
