import rule from '../../rules/disk-bus.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, pool, template, vm, vmi, vmirs, vmWith } from './_manifests.js';
import { CONTAINER_VOLUME, storageSpec } from './_storage.js';

/** One disk `rootdisk` (line 4) with the given fields (line 5 on), backed by a containerDisk. */
const disk = (fields: string) => storageSpec({ disks: `- name: rootdisk\n${fields.replace(/^/gm, '  ')}`, volumes: CONTAINER_VOLUME });
const PVC = '- name: rootdisk\n  persistentVolumeClaim:\n    claimName: root';
const cdrom = (fields: string) => storageSpec({ disks: `- name: rootdisk\n${fields.replace(/^/gm, '  ')}`, volumes: PVC });

ruleTester.run(rule, {
  valid: [
    { name: 'virtio disk', code: vm(disk('disk:\n  bus: virtio')) },
    { name: 'scsi, sata, usb disks', code: vmi(storageSpec({ disks: '- name: a\n  disk:\n    bus: scsi\n- name: b\n  disk:\n    bus: sata\n- name: c\n  disk:\n    bus: usb', volumes: '- name: a\n  emptyDisk:\n    capacity: 1Gi\n- name: b\n  emptyDisk:\n    capacity: 1Gi\n- name: c\n  emptyDisk:\n    capacity: 1Gi' })) },
    { name: 'no bus at all', code: vmi(disk('disk: {}')) },
    { name: 'sata cdrom', code: vm(cdrom('cdrom:\n  bus: sata')) },
    { name: 'cdrom without bus on amd64 (defaults to sata)', code: vmi(cdrom('cdrom: {}')) },
    { name: 'read-only virtio disk', code: vmi(disk('disk:\n  bus: virtio\n  readonly: true')) },
    { name: 'read-only sata cdrom', code: vmi(cdrom('cdrom:\n  bus: sata\n  readonly: true')) },
    { name: 'read-only disk without bus on arm64 (defaults to virtio)', code: vmi(disk('disk:\n  readonly: true')), settings: { arch: 'arm64' } },
    { name: 'dedicated IO thread on virtio', code: vm(disk('dedicatedIOThread: true\ndisk:\n  bus: virtio')) },
    { name: 'dedicated IO thread without bus on s390x VMI', code: vmi(disk('dedicatedIOThread: true\ndisk: {}')), settings: { arch: 's390x' } },
    { name: 'arm64: scsi disk and scsi cdrom', code: vmi(cdrom('cdrom:\n  bus: scsi')), settings: { arch: 'arm64' } },
    { name: 'PCI address on virtio', code: vm(disk('disk:\n  bus: virtio\n  pciAddress: "0000:81:01.0"')) },
    { name: 'PCI address without bus on an arm64 VMI (defaults to virtio)', code: vmi(disk('disk:\n  pciAddress: "0000:81:01.0"')), settings: { arch: 'arm64' } },
    { name: 'Template parameter bus', code: template(disk('disk:\n  bus: ${DISK_BUS}')) },
    { name: 'junk does not throw', code: vm(storageSpec({ disks: '- name: rootdisk\n  disk: 3\n- 7\n- name: x\n  cdrom:\n    bus: [1]', volumes: CONTAINER_VOLUME })) },
  ],
  invalid: [
    {
      name: 'ide bus',
      code: vm(disk('disk:\n  bus: ide')),
      errors: [{ messageId: 'ide', ...at.vm(6, 14), path: 'spec.template.spec.domain.devices.disks[0].disk.bus' }],
    },
    { name: 'unknown bus', code: vmi(disk('disk:\n  bus: nvme')), errors: [{ messageId: 'unknownBus', data: { name: 'rootdisk', bus: 'nvme' }, ...at.vmi(6, 14) }] },
    { name: 'unknown lun bus', code: vmirs(cdrom('lun:\n  bus: virtio-scsi')), errors: [{ messageId: 'unknownBus' }] },
    { name: 'virtio cdrom', code: vm(cdrom('cdrom:\n  bus: virtio')), errors: [{ messageId: 'cdromVirtio', ...at.vm(6, 14) }] },
    {
      name: 'arm64 cdrom without bus defaults to virtio (VMI)',
      code: vmi(cdrom('cdrom: {}')),
      settings: { arch: 'arm64' },
      errors: [{ messageId: 'cdromVirtio', severity: 'error' }],
    },
    { name: 'arm64 cdrom without bus: the VM cannot start', code: vm(`architecture: arm64\n${cdrom('cdrom:\n  readonly: true')}`), errors: [{ messageId: 'cdromVirtio', severity: 'error' }] },
    { name: 's390x cdrom without bus', code: pool(cdrom('cdrom: {}')), settings: { arch: 's390x' }, errors: [{ messageId: 'cdromVirtio' }] },
    {
      name: 'a preference may set the cdrom bus: warning',
      code: vmWith('preference:\n  name: my-linux', cdrom('cdrom: {}')),
      settings: { arch: 'arm64' },
      errors: [{ messageId: 'cdromVirtio', severity: 'warning' }],
    },
    { name: 'read-only sata disk', code: vm(disk('disk:\n  bus: sata\n  readonly: true')), errors: [{ messageId: 'sataReadOnly', ...at.vm(6, 14) }] },
    { name: 'read-only disk without bus on amd64 (defaults to sata)', code: vmi(disk('disk:\n  readonly: true')), errors: [{ messageId: 'sataReadOnly', ...at.vmi(6, 19) }] },
    { name: 'dedicated IO thread on scsi', code: vm(disk('dedicatedIOThread: true\ndisk:\n  bus: scsi')), errors: [{ messageId: 'ioThreadBus', data: { name: 'rootdisk', bus: 'scsi', how: '' } }] },
    { name: 'dedicated IO thread on sata (amd64 default)', code: vmi(disk('dedicatedIOThread: true')), errors: [{ messageId: 'ioThreadBus', ...at.vmi(5, 26) }] },
    { name: 'dedicated IO thread on a lun with sata', code: vmi(cdrom('dedicatedIOThread: true\nlun:\n  bus: sata')), errors: [{ messageId: 'ioThreadBus' }] },
    { name: 'arm64: sata disk', code: vmi(disk('disk:\n  bus: sata')), settings: { arch: 'arm64' }, errors: [{ messageId: 'arm64Bus', data: { name: 'rootdisk', bus: 'sata' } }] },
    { name: 'arm64 by annotation-free architecture field: usb cdrom', code: vm(`architecture: arm64\n${cdrom('cdrom:\n  bus: usb')}`), errors: [{ messageId: 'arm64Bus' }] },
    { name: 'arm64 ide: reported once', code: vmi(disk('disk:\n  bus: ide')), settings: { arch: 'arm64' }, errors: [{ messageId: 'ide' }] },
    { name: 'PCI address on sata', code: vm(disk('disk:\n  bus: sata\n  pciAddress: "0000:81:01.0"')), errors: [{ messageId: 'pciAddressBus', ...at.vm(7, 21) }] },
    { name: 'PCI address without bus on a VM (checked before defaults)', code: vm(disk('disk:\n  pciAddress: "0000:81:01.0"')), settings: { arch: 'arm64' }, errors: [{ messageId: 'pciAddressBus', severity: 'error' }] },
    { name: 'PCI address without bus on an amd64 VMI (sata)', code: vmi(disk('disk:\n  pciAddress: "0000:81:01.0"')), errors: [{ messageId: 'pciAddressBus' }] },
    { name: 'PCI address without bus, VM with preference: warning', code: vmWith('preference:\n  name: virtio', disk('disk:\n  pciAddress: "0000:81:01.0"')), errors: [{ messageId: 'pciAddressBus', severity: 'warning' }] },
    { name: 'malformed PCI address', code: vmi(disk('disk:\n  bus: virtio\n  pciAddress: "81:01.0"')), errors: [{ messageId: 'pciAddressFormat', data: { name: 'rootdisk', address: '81:01.0' } }] },
    { name: 'PCI function above 7', code: template(disk('disk:\n  bus: virtio\n  pciAddress: "0000:81:01.8"')), errors: [{ messageId: 'pciAddressFormat' }] },
  ],
});
