import rule from '../../rules/live-migration-readiness.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, template, vm, vmi, vmirs, vmWith, yaml } from './_manifests.js';

const LIVE = 'evictionStrategy: LiveMigrate\n';
const STRATEGY = 'evictionStrategy is LiveMigrate';
const CLUSTER_LIVE = { evictionStrategy: 'LiveMigrate' as const };

/** A masquerade pod interface and a dataVolume volume `rootdisk` → DataVolume `rootdv` (spec line 14: the volume's dataVolume key). */
const DV_SPEC = yaml`
  evictionStrategy: LiveMigrate
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
    resources:
      requests:
        memory: 1Gi
  networks:
  - name: default
    pod: {}
  volumes:
  - name: rootdisk
    dataVolume:
      name: rootdv
`;

function dataVolumeTemplate(accessModes: string, key = 'pvc'): string {
  return yaml`
    dataVolumeTemplates:
    - metadata:
        name: rootdv
      spec:
        ${key}:
          accessModes: ${accessModes}
          resources:
            requests:
              storage: 10Gi
        source:
          blank: {}
  `;
}

/** BASE_SPEC with masquerade on the pod network, plus `extra` lines under domain.devices (spec line 7 onwards). */
function withDevices(extra: string, strategy = LIVE): string {
  return `${strategy}domain:
  devices:
    interfaces:
    - name: default
      masquerade: {}
${extra}  resources:
    requests:
      memory: 1Gi
networks:
- name: default
  pod: {}
`;
}

ruleTester.run(rule, {
  valid: [
    { name: 'no eviction strategy: nothing to migrate', code: vm(BASE_SPEC) },
    { name: 'LiveMigrateIfPossible falls back to shutdown', code: vm(`evictionStrategy: LiveMigrateIfPossible\n${BASE_SPEC}`) },
    { name: 'None on the VM beats a LiveMigrate cluster default', code: vm(`evictionStrategy: None\n${BASE_SPEC}`), settings: CLUSTER_LIVE },
    { name: 'masquerade on the pod network, containerDisk (block migration)', code: vmi(withDevices('')) },
    { name: 'passt binding migrates', code: vm(withDevices('').replace('masquerade: {}', 'passtBinding: {}')) },
    { name: 'a RWX DataVolume template', code: vmWith(dataVolumeTemplate('[ReadWriteMany]'), DV_SPEC) },
    { name: 'RWO and RWX listed: the PVC may be RWX', code: vmWith(dataVolumeTemplate('[ReadWriteOnce, ReadWriteMany]'), DV_SPEC) },
    { name: 'access modes left to the storage profile', code: vmWith(dataVolumeTemplate('[]', 'storage'), DV_SPEC) },
    { name: 'a DataVolume from another file is the cross-object check’s', code: vm(DV_SPEC) },
    {
      name: 'a shared hostDisk',
      code: vmi(`${LIVE}domain:\n  devices:\n    interfaces:\n    - name: default\n      masquerade: {}\n  resources:\n    requests:\n      memory: 1Gi\nnetworks:\n- name: default\n  pod: {}\nvolumes:\n- name: host\n  hostDisk:\n    path: /data/disk.img\n    type: Disk\n    shared: true\n`),
    },
    {
      name: 'bridge on the pod network with the allow annotation on the template',
      code: `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: testvm
spec:
  runStrategy: Always
  template:
    metadata:
      annotations:
        kubevirt.io/allow-pod-bridge-network-live-migration: ""
    spec:
${withDevices('').replace('masquerade: {}', 'bridge: {}').replace(/^/gm, '      ')}`,
    },
    { name: 'bridge on a Multus network is not the pod network', code: vm(withDevices('').replace('pod: {}', 'multus:\n    networkName: br1').replace('masquerade: {}', 'bridge: {}')) },
    { name: 'default interface with masquerade as the cluster default', code: vm(BASE_SPEC), settings: { ...CLUSTER_LIVE, defaultNetworkInterface: 'masquerade' } },
    { name: 'one GPU with the VGPULiveMigration gate', code: vm(withDevices('    gpus:\n    - name: gpu1\n      deviceName: nvidia.com/GRID_T4-1Q\n')), settings: { featureGates: ['VGPULiveMigration'] } },
    { name: 'Template parameters are not judged', code: template(`evictionStrategy: LiveMigrate\n${DV_SPEC.replace('evictionStrategy: LiveMigrate\n', '').replace('rootdv', '${DV}')}`) },
    { name: 'junk does not throw', code: vm(`${LIVE}domain: 3\nvolumes: 5\nnetworks:\n- 4\n`) },
  ],
  invalid: [
    {
      name: 'a RWO DataVolume template',
      code: vmWith(dataVolumeTemplate('[ReadWriteOnce]'), DV_SPEC),
      errors: [
        {
          messageId: 'rwoDataVolume',
          message: `${STRATEGY}, but volume 'rootdisk' uses DataVolume template 'rootdv' with access modes ReadWriteOnce`,
          path: 'spec.template.spec.volumes[0].dataVolume',
          line: 35,
          column: 9,
          severity: 'warning',
        },
      ],
    },
    { name: 'RWO under storage', code: vmWith(dataVolumeTemplate('[ReadWriteOnce]', 'storage'), DV_SPEC), errors: [{ messageId: 'rwoDataVolume' }] },
    {
      name: 'the cluster default LiveMigrate (settings.evictionStrategy)',
      code: vmWith(dataVolumeTemplate('[ReadWriteOnce]'), DV_SPEC.replace('evictionStrategy: LiveMigrate\n', '')),
      settings: CLUSTER_LIVE,
      errors: [{ messageId: 'rwoDataVolume', message: "The cluster's default evictionStrategy is LiveMigrate (settings.evictionStrategy)" }],
    },
    {
      name: 'a non-shared hostDisk',
      code: vmi(`${LIVE}domain:\n  devices:\n    interfaces:\n    - name: default\n      masquerade: {}\n  resources:\n    requests:\n      memory: 1Gi\nnetworks:\n- name: default\n  pod: {}\nvolumes:\n- name: host\n  hostDisk:\n    path: /data/disk.img\n    type: Disk\n`),
      errors: [{ messageId: 'hostDisk', data: { strategy: STRATEGY, volume: 'host' }, ...at.vmi(15, 3) }],
    },
    {
      name: 'bridge on the pod network',
      code: vm(withDevices('').replace('masquerade: {}', 'bridge: {}')),
      errors: [{ messageId: 'bridgeInterface', data: { strategy: STRATEGY, name: 'default' }, ...at.vm(6, 7), path: 'spec.template.spec.domain.devices.interfaces[0].bridge' }],
    },
    {
      name: 'the annotation on the VM (not the template) does not count',
      code: vm(withDevices('').replace('masquerade: {}', 'bridge: {}')).replace('  name: testvm\n', '  name: testvm\n  annotations:\n    kubevirt.io/allow-pod-bridge-network-live-migration: ""\n'),
      errors: [{ messageId: 'bridgeInterface' }],
    },
    {
      name: 'no interfaces: the default pod interface is bridge-bound',
      code: vmirs(`${LIVE}${BASE_SPEC}`),
      errors: [{ messageId: 'defaultBridgeInterface', data: { strategy: STRATEGY }, ...at.vmirs(2, 1), path: 'spec.template.spec.domain' }],
    },
    {
      name: 'host devices',
      code: vm(withDevices('    hostDevices:\n    - name: dev1\n      deviceName: vendor.com/dev\n')),
      errors: [{ messageId: 'hostDevices', ...at.vm(7, 5) }],
    },
    {
      name: 'one GPU without the VGPULiveMigration gate',
      code: vm(withDevices('    gpus:\n    - name: gpu1\n      deviceName: nvidia.com/GRID_T4-1Q\n')),
      errors: [{ messageId: 'gpuGate', ...at.vm(7, 5) }],
    },
    {
      name: 'two GPUs, even with the gate',
      code: vm(withDevices('    gpus:\n    - name: gpu1\n      deviceName: a/b\n    - name: gpu2\n      deviceName: a/b\n')),
      settings: { featureGates: ['VGPULiveMigration'] },
      errors: [{ messageId: 'gpus', data: { strategy: STRATEGY, count: 2 } }],
    },
    {
      name: 'SEV',
      code: vmi(withDevices('').replace('  resources:', '  launchSecurity:\n    sev: {}\n  resources:')),
      errors: [{ messageId: 'launchSecurity', data: { strategy: STRATEGY, technology: 'AMD SEV (launchSecurity)' } }],
    },
    {
      name: 'hypervPassthrough',
      code: vmi(withDevices('').replace('  resources:', '  features:\n    hypervPassthrough:\n      enabled: true\n  resources:')),
      errors: [{ messageId: 'hypervPassthrough' }],
    },
    {
      name: 'every cause is reported',
      code: vm(withDevices('    hostDevices:\n    - name: dev1\n      deviceName: vendor.com/dev\n').replace('masquerade: {}', 'bridge: {}')),
      errors: [{ messageId: 'bridgeInterface' }, { messageId: 'hostDevices' }],
    },
  ],
});
