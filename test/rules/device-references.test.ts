import rule from '../../rules/device-references.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmirs, yaml } from './_manifests.js';

// Line 7: a disk whose volume is missing ("rootdisk" vs "rootdsk": a typo).
const DISK_WITHOUT_VOLUME = yaml`
  domain:
    devices:
      disks:
      - name: rootdisk
        disk:
          bus: virtio
      - name: datadisk
    resources:
      requests:
        memory: 1Gi
  volumes:
  - name: rootdisk
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
  - name: datadsk
    emptyDisk:
      capacity: 1Gi
`;

const EMPTY_CDROM = yaml`
  domain:
    devices:
      disks:
      - name: rootdisk
      - name: installer
        cdrom:
          bus: sata
    resources:
      requests:
        memory: 1Gi
  volumes:
  - name: rootdisk
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
`;

// The pod network is added only when both lists are empty: an interface alone has no network.
const INTERFACE_WITHOUT_NETWORK = yaml`
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
    resources:
      requests:
        memory: 1Gi
`;

const NETWORK_WITHOUT_INTERFACE = yaml`
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
  - name: not-the-default
    multus:
      networkName: ns/br1
`;

const DRA_NETWORK_WITHOUT_INTERFACE = yaml`
  domain:
    devices: {}
    resources:
      requests:
        memory: 1Gi
  resourceClaims:
  - name: sriov
    resourceClaimTemplateName: sriov-template
  networks:
  - name: dra-net
    resourceClaim:
      claimName: sriov
      requestName: vf
`;

const TEMPLATED = yaml`
  domain:
    devices:
      disks:
      - name: \${DISK_NAME}
      interfaces:
      - name: \${NIC}
        masquerade: {}
    resources:
      requests:
        memory: 1Gi
  networks:
  - name: default
    pod: {}
  volumes:
  - name: rootdisk
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
`;

const NO_AUTOATTACH = yaml`
  domain:
    devices:
      autoattachPodInterface: false
    resources:
      requests:
        memory: 1Gi
`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'an empty CD-ROM is allowed (DeclarativeHotplugVolumes is Beta, on by default)', code: vm(EMPTY_CDROM) },
    { name: 'an empty CD-ROM in a VMI', code: vmi(EMPTY_CDROM) },
    { name: 'no interfaces and no networks: KubeVirt adds both', code: vm('domain:\n  devices: {}\n  resources:\n    requests:\n      memory: 1Gi\n') },
    { name: 'autoattachPodInterface: false and no networks', code: vm(NO_AUTOATTACH) },
    { name: 'a volume without a disk gets one automatically', code: vm(BASE_SPEC + '- name: scratch\n  emptyDisk:\n    capacity: 1Gi\n') },
    { name: 'Template parameters are never judged', code: template(TEMPLATED) },
    { name: 'junk does not throw', code: vm('domain:\n  devices:\n    disks:\n    - 3\n    - name: 4\n    interfaces: x\nnetworks: 5\nvolumes:\n- null\n') },
  ],
  invalid: [
    {
      name: 'a disk without a volume (VM), with a did-you-mean',
      code: vm(DISK_WITHOUT_VOLUME),
      errors: [
        {
          messageId: 'diskWithoutVolume',
          data: { name: 'datadisk', didYouMean: " (did you mean the volume 'datadsk'?)" },
          ...at.vm(7, 13),
          path: 'spec.template.spec.domain.devices.disks[1].name',
        },
      ],
    },
    { name: 'a disk without a volume (VMI)', code: vmi(DISK_WITHOUT_VOLUME), errors: [{ messageId: 'diskWithoutVolume', ...at.vmi(7, 13) }] },
    { name: 'a disk without a volume (VMIRS)', code: vmirs(DISK_WITHOUT_VOLUME), errors: [{ messageId: 'diskWithoutVolume', ...at.vmirs(7, 13) }] },
    { name: 'a disk without a volume (pool)', code: pool(DISK_WITHOUT_VOLUME), errors: [{ messageId: 'diskWithoutVolume', ...at.pool(7, 13) }] },
    { name: 'a disk without a volume (Template)', code: template(DISK_WITHOUT_VOLUME), errors: [{ messageId: 'diskWithoutVolume', ...at.template(7, 13) }] },
    {
      name: 'an empty CD-ROM when DeclarativeHotplugVolumes is disabled',
      code: vm(EMPTY_CDROM),
      options: { disabledFeatureGates: ['DeclarativeHotplugVolumes'] },
      errors: [{ messageId: 'emptyCdromGate', data: { name: 'installer', gate: 'DeclarativeHotplugVolumes' }, ...at.vm(5, 13) }],
    },
    {
      name: 'an interface without a network (the default network is not added)',
      code: vm(INTERFACE_WITHOUT_NETWORK),
      errors: [
        {
          messageId: 'interfaceWithoutNetwork',
          data: { name: 'default', didYouMean: '', defaultHint: '; KubeVirt adds the default pod network only when both interfaces and networks are empty' },
          ...at.vm(4, 13),
          path: 'spec.template.spec.domain.devices.interfaces[0].name',
        },
      ],
    },
    {
      name: 'a network without an interface (netiface_test: not-the-default)',
      code: vmi(NETWORK_WITHOUT_INTERFACE),
      errors: [{ messageId: 'networkWithoutInterface', data: { name: 'not-the-default', didYouMean: '' }, ...at.vmi(12, 9), path: 'spec.networks[1].name' }],
    },
    {
      name: 'a DRA network without an interface',
      code: vmi(DRA_NETWORK_WITHOUT_INTERFACE),
      errors: [{ messageId: 'networkWithoutInterface', ...at.vmi(10, 9) }],
    },
    {
      name: 'an interface and a network whose names differ by a typo',
      code: vm(NETWORK_WITHOUT_INTERFACE.replace('- name: default\n      masquerade', '- name: defualt\n      masquerade')),
      errors: [
        { messageId: 'interfaceWithoutNetwork', data: { name: 'defualt', didYouMean: " (did you mean the network 'default'?)", defaultHint: '' }, ...at.vm(4, 13) },
        { messageId: 'networkWithoutInterface', data: { name: 'default', didYouMean: " (did you mean the interface 'defualt'?)" }, ...at.vm(10, 9) },
        { messageId: 'networkWithoutInterface', ...at.vm(12, 9) },
      ],
    },
  ],
});
