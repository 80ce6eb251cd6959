import rule from '../../rules/filesystem-volumes.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, template, vm, vmi } from './_manifests.js';
import { CONTAINER_VOLUME, storageSpec } from './_storage.js';

const FS = 'filesystems:\n- name: shared\n  virtiofs: {}';
const containerPath = (path: string) => `- name: shared\n  containerPath:\n    path: ${path}`;

ruleTester.run(rule, {
  valid: [
    { name: 'containerPath shared by a filesystem', code: vm(storageSpec({ devices: FS, volumes: containerPath('/var/run/secrets/tokens') })) },
    { name: 'PVC filesystem with the gate', code: vmi(storageSpec({ devices: FS, volumes: '- name: shared\n  persistentVolumeClaim:\n    claimName: shared' })), settings: { featureGates: ['EnableVirtioFsStorageVolumes'] } },
    { name: 'configMap filesystem without the gate', code: vm(storageSpec({ devices: FS, volumes: '- name: shared\n  configMap:\n    name: cm' })) },
    { name: 'a path that only looks like a reserved one', code: vm(storageSpec({ devices: FS, volumes: containerPath('/var/run/kube') })) },
    { name: 'Template parameter path', code: template(storageSpec({ devices: FS, volumes: containerPath('${PATH}') })) },
  ],
  invalid: [
    {
      name: 'containerPath on a disk',
      code: vm(storageSpec({ disks: '- name: shared\n  disk:\n    bus: virtio', devices: FS, volumes: containerPath('/data') })),
      errors: [{ messageId: 'onDisk', ...at.vm(14, 9) }],
    },
    {
      name: 'containerPath without filesystem (KubeVirt would add a disk)',
      code: vmi(storageSpec({ disks: '- name: rootdisk\n  disk:\n    bus: virtio', volumes: `${CONTAINER_VOLUME}\n${containerPath('/data')}` })),
      errors: [{ messageId: 'noFilesystem', data: { name: 'shared' } }],
    },
    { name: 'reserved prefix /var/run/kubevirt', code: vm(storageSpec({ devices: FS, volumes: containerPath('/var/run/kubevirt/sockets') })), errors: [{ messageId: 'reserved', data: { name: 'shared', path: '/var/run/kubevirt/sockets', prefix: '/var/run/kubevirt' } }] },
    { name: 'reserved prefix, plain string prefix', code: vm(storageSpec({ devices: FS, volumes: containerPath('/var/run/kubevirt-private/x') })), errors: [{ messageId: 'reserved' }] },
    { name: 'reserved prefix /var/run/libvirt', code: vmi(storageSpec({ devices: FS, volumes: containerPath('/var/run/libvirt') })), errors: [{ messageId: 'reserved' }] },
    {
      name: 'PVC filesystem without the gate',
      code: vm(storageSpec({ devices: FS, volumes: '- name: shared\n  persistentVolumeClaim:\n    claimName: shared' })),
      errors: [{ messageId: 'virtiofsGate', ...at.vm(4, 13), message: 'EnableVirtioFsStorageVolumes' }],
    },
    { name: 'DataVolume filesystem without the gate', code: vmi(storageSpec({ devices: FS, volumes: '- name: shared\n  dataVolume:\n    name: shared' })), errors: [{ messageId: 'virtiofsGate' }] },
  ],
});
