import rule from '../../rules/disk-block-size.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, vm, vmi, vmWith } from './_manifests.js';
import { CONTAINER_VOLUME, storageSpec } from './_storage.js';

/** Disk `rootdisk` with target lines, then `blockSize:` (line 4 + target lines + 1). */
const disk = (target: string, blockSize: string) =>
  storageSpec({ disks: `- name: rootdisk\n${target.replace(/^/gm, '  ')}\n  blockSize:\n${blockSize.replace(/^/gm, '    ')}`, volumes: CONTAINER_VOLUME });
const VIRTIO = 'disk:\n  bus: virtio';
const custom = (logical: number, physical: number, extra = '') => `custom:\n  logical: ${logical}\n  physical: ${physical}${extra === '' ? '' : `\n  ${extra}`}`;

ruleTester.run(rule, {
  valid: [
    { name: '512/512', code: vm(disk(VIRTIO, custom(512, 512))) },
    { name: '4096/4096', code: vmi(disk(VIRTIO, custom(4096, 4096))) },
    { name: '512/4096 on sata', code: vm(disk('disk:\n  bus: sata', custom(512, 4096))) },
    { name: '2 MiB', code: vm(disk(VIRTIO, custom(2097152, 2097152))) },
    { name: 'matchVolume disabled with custom', code: vm(disk(VIRTIO, `${custom(512, 512)}\nmatchVolume:\n  enabled: false`)) },
    { name: 'matchVolume alone', code: vm(disk(VIRTIO, 'matchVolume: {}')) },
    { name: 'discard granularity a multiple of logical', code: vm(disk(VIRTIO, custom(512, 4096, 'discardGranularity: 2048'))) },
    { name: 'no bus on s390x VMI: virtio by default', code: vmi(disk('disk: {}', custom(4096, 4096))), settings: { arch: 's390x' } },
    { name: 'junk does not throw', code: vm(disk(VIRTIO, 'custom:\n  logical: -1\n  physical: abc')) },
  ],
  invalid: [
    { name: 'custom with matchVolume', code: vm(disk(VIRTIO, `${custom(512, 512)}\nmatchVolume: {}`)), errors: [{ messageId: 'customAndMatch', ...at.vm(11, 9) }] },
    { name: 'custom with matchVolume enabled', code: vmi(disk(VIRTIO, `matchVolume:\n  enabled: true\n${custom(512, 512)}`)), errors: [{ messageId: 'customAndMatch' }] },
    {
      name: 'logical larger than physical (only the first problem)',
      code: vm(disk(VIRTIO, custom(4096, 512))),
      errors: [{ messageId: 'logicalGtPhysical', data: { name: 'rootdisk', logical: 4096, physical: 512 }, ...at.vm(9, 20) }],
    },
    { name: 'sata with logical 4096', code: vm(disk('disk:\n  bus: sata', custom(4096, 4096))), errors: [{ messageId: 'sataLogical', data: { name: 'rootdisk', logical: 4096, how: '' } }] },
    { name: 'amd64 VMI without bus: sata', code: vmi(disk('disk: {}', custom(4096, 4096))), errors: [{ messageId: 'sataLogical', severity: 'error' }] },
    { name: 'amd64 VM without bus: rejected at start', code: vm(disk('disk: {}', custom(4096, 4096))), errors: [{ messageId: 'sataLogical', severity: 'error' }] },
    { name: 'VM with preference: warning', code: vmWith('preference:\n  name: my-linux', disk('disk: {}', custom(4096, 4096))), errors: [{ messageId: 'sataLogical', severity: 'warning' }] },
    { name: 'VM without bus: the VM admitter still checks the sizes', code: vm(disk('disk: {}', custom(1024, 3000))), errors: [{ messageId: 'sataLogical' }, { messageId: 'notPowerOf2' }] },
    { name: 'discard granularity not a multiple', code: vm(disk(VIRTIO, custom(4096, 4096, 'discardGranularity: 1000'))), errors: [{ messageId: 'discard', data: { name: 'rootdisk', granularity: 1000, logical: 4096 } }] },
    { name: 'too small', code: vm(disk(VIRTIO, custom(256, 256))), errors: [{ messageId: 'tooSmall', data: { name: 'rootdisk', which: 'logical', size: 256 } }, { messageId: 'tooSmall', data: { name: 'rootdisk', which: 'physical', size: 256 } }] },
    { name: 'missing sizes count as 0', code: vm(disk(VIRTIO, 'custom: {}')), errors: [{ messageId: 'tooSmall' }, { messageId: 'tooSmall' }] },
    { name: 'too large', code: vm(disk(VIRTIO, custom(512, 4194304))), errors: [{ messageId: 'tooLarge', data: { name: 'rootdisk', which: 'physical', size: 4194304 } }] },
    { name: 'not a power of two', code: vm(disk(VIRTIO, custom(1000, 1000))), errors: [{ messageId: 'notPowerOf2' }, { messageId: 'notPowerOf2' }] },
  ],
});
