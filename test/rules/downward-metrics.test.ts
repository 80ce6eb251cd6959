import rule from '../../rules/downward-metrics.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, vm, vmi, vmWith } from './_manifests.js';
import { storageSpec } from './_storage.js';

const ON = { featureGates: ['DownwardMetrics'] };
const METRICS = '- name: metrics\n  downwardMetrics: {}';
/** A `metrics` disk (line 4) with the given fields, on a downwardMetrics volume. */
const spec = (fields: string) => storageSpec({ disks: `- name: metrics\n${fields.replace(/^/gm, '  ')}`, volumes: METRICS });

ruleTester.run(rule, {
  valid: [
    { name: 'virtio disk with the gate', code: vm(spec('disk:\n  bus: virtio')), settings: ON },
    { name: 'VMI on arm64: the added disk gets virtio', code: vmi(storageSpec({ volumes: METRICS })), settings: { ...ON, arch: 'arm64' } },
    { name: 'VMI on s390x: disk without bus', code: vmi(spec('disk: {}')), settings: { ...ON, arch: 's390x' } },
    { name: 'no downwardMetrics volume', code: vm(storageSpec({ disks: '- name: a\n  cdrom: {}', volumes: '- name: a\n  containerDisk:\n    image: x' })) },
  ],
  invalid: [
    { name: 'gate off', code: vm(spec('disk:\n  bus: virtio')), errors: [{ messageId: 'gate', ...at.vm(12, 3) }] },
    {
      name: 'two volumes',
      code: vm(storageSpec({ disks: '- name: metrics\n  disk:\n    bus: virtio\n- name: m2\n  disk:\n    bus: virtio', volumes: `${METRICS}\n- name: m2\n  downwardMetrics: {}` })),
      settings: ON,
      errors: [{ messageId: 'duplicate', data: { name: 'm2', first: 0 } }],
    },
    { name: 'mapped to a cdrom', code: vmi(spec('cdrom:\n  bus: sata')), settings: ON, errors: [{ messageId: 'notDisk', ...at.vmi(5, 7) }] },
    { name: 'VM: disk without target', code: vm(spec('bootOrder: 1')), settings: ON, errors: [{ messageId: 'notDisk' }] },
    { name: 'VM: the disk KubeVirt adds has no target', code: vm(storageSpec({ volumes: METRICS })), settings: ON, errors: [{ messageId: 'notDisk', ...at.vm(7, 3) }] },
    { name: 'VMI on amd64: the added disk gets sata', code: vmi(storageSpec({ volumes: METRICS })), settings: ON, errors: [{ messageId: 'notVirtio' }] },
    { name: 'sata bus', code: vm(spec('disk:\n  bus: sata')), settings: ON, errors: [{ messageId: 'notVirtio', data: { name: 'metrics', bus: "'sata'" }, ...at.vm(6, 14) }] },
    { name: 'no bus on amd64', code: vm(spec('disk: {}')), settings: ON, errors: [{ messageId: 'notVirtio', severity: 'error' }] },
    { name: 'no bus, VM with preference', code: vmWith('preference:\n  name: p', spec('disk: {}')), settings: ON, errors: [{ messageId: 'notVirtio', severity: 'warning' }] },
  ],
});
