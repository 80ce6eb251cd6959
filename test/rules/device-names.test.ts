import rule from '../../rules/device-names.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmirs, yaml } from './_manifests.js';

const VALID_NAMES = yaml`
  domain:
    devices:
      disks:
      - name: rootdisk
      - name: cloudinitdisk
      - name: ${'a'.repeat(63)}
      interfaces:
      - name: Default_Net-1
        masquerade: {}
      - name: multus
        bridge: {}
    resources:
      requests:
        memory: 1Gi
  networks:
  - name: Default_Net-1
    pod: {}
  - name: multus
    multus:
      networkName: ns/br1
  volumes:
  - name: rootdisk
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
  - name: cloudinitdisk
    cloudInitNoCloud:
      userData: "#cloud-config"
  - name: ${'a'.repeat(63)}
    emptyDisk:
      capacity: 1Gi
`;

// Line 4: an invalid disk name (and its volume on line 17).
const BAD_DISK_NAME = yaml`
  domain:
    devices:
      disks:
      - name: Root_Disk
        disk:
          bus: virtio
      - name: data.disk
      - name: ${'d'.repeat(64)}
    resources:
      requests:
        memory: 1Gi
  volumes:
  - name: Root_Disk
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
  - name: data.disk
    emptyDisk:
      capacity: 1Gi
  - name: ${'d'.repeat(64)}
    emptyDisk:
      capacity: 1Gi
`;

// Volumes without a disk get an automatic disk named after them: the volume name must be a label too.
const BAD_AUTO_DISK = yaml`
  domain:
    devices:
      disks:
      - name: rootdisk
      filesystems:
      - name: Shared_FS
        virtiofs: {}
    resources:
      requests:
        memory: 1Gi
  volumes:
  - name: rootdisk
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
  - name: CloudInit_Disk
    cloudInitNoCloud:
      userData: "#cloud-config"
  - name: Shared_FS
    configMap:
      name: shared
`;

const DUPLICATES = yaml`
  domain:
    devices:
      disks:
      - name: rootdisk
      - name: rootdisk
      interfaces:
      - name: default
        masquerade: {}
      - name: default
        bridge: {}
    resources:
      requests:
        memory: 1Gi
  networks:
  - name: default
    pod: {}
  - name: default
    multus:
      networkName: test
  volumes:
  - name: rootdisk
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
  - name: rootdisk
    emptyDisk:
      capacity: 1Gi
`;

const BAD_INTERFACE = yaml`
  domain:
    devices:
      interfaces:
      - name: bad.name
        masquerade: {}
    resources:
      requests:
        memory: 1Gi
  networks:
  - name: bad.name
    pod: {}
`;

const TEMPLATED = yaml`
  domain:
    devices:
      disks:
      - name: \${DISK_NAME}
      - name: \${DISK_NAME}
      interfaces:
      - name: \${NIC}
        masquerade: {}
    resources:
      requests:
        memory: 1Gi
  networks:
  - name: \${NIC}
    pod: {}
  volumes:
  - name: \${DISK_NAME}
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
  - name: \${DISK_NAME}
    emptyDisk:
      capacity: 1Gi
  - name: \${EXTRA}_Disk
    emptyDisk:
      capacity: 1Gi
`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    vm(VALID_NAMES),
    vmi(VALID_NAMES),
    { name: 'Template parameters are never judged', code: template(TEMPLATED) },
    { name: 'a volume used by a filesystem gets no disk', code: vm(BAD_AUTO_DISK.replace('CloudInit_Disk', 'cloudinit')) },
    { name: 'junk values do not throw', code: vm('domain:\n  devices:\n    disks: 3\n    interfaces:\n    - 7\n    - name: 5\nvolumes: x\nnetworks:\n- null\n') },
  ],
  invalid: [
    {
      name: 'disk names that are not RFC 1123 labels (VM)',
      code: vm(BAD_DISK_NAME),
      errors: [
        {
          messageId: 'diskNameInvalid',
          data: { name: 'Root_Disk', problems: "it contains uppercase letters and '_'", suggestion: " (e.g. 'root-disk')" },
          ...at.vm(4, 13),
          path: 'spec.template.spec.domain.devices.disks[0].name',
        },
        { messageId: 'diskNameInvalid', data: { name: 'data.disk', problems: "it contains '.'", suggestion: " (e.g. 'data-disk')" }, ...at.vm(7, 13) },
        { messageId: 'diskNameInvalid', message: 'it is 64 characters long (at most 63)', ...at.vm(8, 13) },
      ],
    },
    {
      name: 'disk names (VMI)',
      code: vmi(BAD_DISK_NAME),
      errors: [
        { messageId: 'diskNameInvalid', ...at.vmi(4, 13), path: 'spec.domain.devices.disks[0].name' },
        { messageId: 'diskNameInvalid', ...at.vmi(7, 13) },
        { messageId: 'diskNameInvalid', ...at.vmi(8, 13) },
      ],
    },
    {
      name: 'disk names (VirtualMachineInstanceReplicaSet)',
      code: vmirs(BAD_DISK_NAME),
      errors: [
        { messageId: 'diskNameInvalid', ...at.vmirs(4, 13) },
        { messageId: 'diskNameInvalid', ...at.vmirs(7, 13) },
        { messageId: 'diskNameInvalid', ...at.vmirs(8, 13) },
      ],
    },
    {
      name: 'disk names (VirtualMachinePool)',
      code: pool(BAD_DISK_NAME),
      errors: [
        { messageId: 'diskNameInvalid', ...at.pool(4, 13), path: 'spec.virtualMachineTemplate.spec.template.spec.domain.devices.disks[0].name' },
        { messageId: 'diskNameInvalid', ...at.pool(7, 13) },
        { messageId: 'diskNameInvalid', ...at.pool(8, 13) },
      ],
    },
    {
      name: 'disk names (OpenShift Template object)',
      code: template(BAD_DISK_NAME),
      errors: [
        { messageId: 'diskNameInvalid', ...at.template(4, 13), path: 'objects[0].spec.template.spec.domain.devices.disks[0].name' },
        { messageId: 'diskNameInvalid', ...at.template(7, 13) },
        { messageId: 'diskNameInvalid', ...at.template(8, 13) },
      ],
    },
    {
      name: 'a volume without a disk is reported at the volume name (automatic disk)',
      code: vm(BAD_AUTO_DISK),
      errors: [
        {
          messageId: 'volumeNameInvalidForDisk',
          data: { name: 'CloudInit_Disk', problems: "it contains uppercase letters and '_'", suggestion: " (e.g. 'cloudinit-disk')" },
          ...at.vm(15, 9),
          path: 'spec.template.spec.volumes[1].name',
        },
      ],
    },
    {
      name: 'automatic disk in a VMI',
      code: vmi(BAD_AUTO_DISK),
      errors: [{ messageId: 'volumeNameInvalidForDisk', ...at.vmi(15, 9), path: 'spec.volumes[1].name' }],
    },
    {
      name: 'duplicate disks, volumes, interfaces and networks: the later one, naming the first',
      code: vm(DUPLICATES),
      errors: [
        { messageId: 'diskNameDuplicate', data: { name: 'rootdisk', first: 0 }, ...at.vm(5, 13), path: 'spec.template.spec.domain.devices.disks[1].name' },
        { messageId: 'interfaceNameDuplicate', data: { name: 'default', first: 0 }, ...at.vm(9, 13), path: 'spec.template.spec.domain.devices.interfaces[1].name' },
        { messageId: 'networkNameDuplicate', data: { name: 'default', first: 0 }, ...at.vm(17, 9), path: 'spec.template.spec.networks[1].name' },
        { messageId: 'volumeNameDuplicate', data: { name: 'rootdisk', first: 0 }, ...at.vm(24, 9), path: 'spec.template.spec.volumes[1].name' },
      ],
    },
    {
      name: 'interface names allow only letters, digits, - and _ (netiface_test: bad.name)',
      code: vmi(BAD_INTERFACE),
      errors: [{ messageId: 'interfaceNameInvalid', data: { name: 'bad.name', suggestion: " (e.g. 'bad-name')" }, ...at.vmi(4, 13), path: 'spec.domain.devices.interfaces[0].name' }],
    },
    {
      name: 'an empty disk name',
      code: vm(BASE_SPEC.replace('- name: rootdisk\n      disk', '- name: ""\n      disk')),
      errors: [{ messageId: 'diskNameInvalid', data: { name: '', problems: 'it is empty', suggestion: '' }, ...at.vm(4, 13) }],
    },
  ],
});
