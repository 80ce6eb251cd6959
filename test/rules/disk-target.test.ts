import rule from '../../rules/disk-target.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, template, vm, vmi, vmirs } from './_manifests.js';
import { storageSpec } from './_storage.js';

const spec = (diskFields: string, volume: string) =>
  storageSpec({ disks: `- name: data\n${diskFields.replace(/^/gm, '  ')}`, volumes: `- name: data\n${volume.replace(/^/gm, '  ')}` });
const PVC = 'persistentVolumeClaim:\n  claimName: data';

ruleTester.run(rule, {
  valid: [
    { name: 'one target', code: vm(spec('disk:\n  bus: virtio', PVC)) },
    { name: 'no target', code: vmi(spec('bootOrder: 1', PVC)) },
    { name: 'lun on a PVC', code: vm(spec('lun: {}', PVC)) },
    { name: 'lun on a DataVolume', code: vmi(spec('lun:\n  bus: scsi', 'dataVolume:\n  name: data')) },
    { name: 'null targets do not count', code: vm(spec('disk: {}\ncdrom: null', PVC)) },
    { name: 'lun without a volume: device-references reports it', code: vm(storageSpec({ disks: '- name: data\n  lun: {}' })) },
    { name: 'Template parameter name', code: template(storageSpec({ disks: '- name: ${DISK_NAME}\n  lun: {}', volumes: '- name: ${DISK_NAME}\n  containerDisk:\n    image: x' })) },
  ],
  invalid: [
    {
      name: 'disk and cdrom',
      code: vm(spec('disk: {}\ncdrom: {}', PVC)),
      errors: [{ messageId: 'multipleTargets', data: { name: 'data', targets: '`disk` and `cdrom`' }, ...at.vm(6, 7) }],
    },
    { name: 'all three', code: vmi(spec('disk: {}\nlun: {}\ncdrom: {}', PVC)), errors: [{ messageId: 'multipleTargets', data: { name: 'data', targets: '`disk` and `lun` and `cdrom`' } }] },
    {
      name: 'lun on a containerDisk',
      code: vmirs(spec('lun: {}', 'containerDisk:\n  image: quay.io/containerdisks/fedora:latest')),
      errors: [{ messageId: 'lunVolume', data: { name: 'data', source: 'containerDisk' }, ...at.vmirs(5, 7) }],
    },
    { name: 'lun on an emptyDisk', code: vm(spec('lun:\n  bus: scsi', 'emptyDisk:\n  capacity: 1Gi')), errors: [{ messageId: 'lunVolume' }] },
  ],
});
