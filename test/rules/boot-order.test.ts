import rule from '../../rules/boot-order.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmirs, yaml } from './_manifests.js';

/** A disk with `diskOrder` (line 5) and an interface with `nicOrder` (line 9). */
function devices(diskOrder: string, nicOrder: string): string {
  return yaml`
    domain:
      devices:
        disks:
        - name: testdisk
          bootOrder: ${diskOrder}
          disk: {}
        interfaces:
        - name: testnet
          bootOrder: ${nicOrder}
          masquerade: {}
      resources:
        requests:
          memory: 1Gi
    networks:
    - name: testnet
      pod: {}
    volumes:
    - name: testdisk
      containerDisk:
        image: quay.io/containerdisks/fedora:latest
  `;
}

// Two disks with the same boot order (vmi-create-admitter_test: "should reject disks with the same boot order").
const TWO_DISKS = yaml`
  domain:
    devices:
      disks:
      - name: testvolume1
        bootOrder: 1
        disk: {}
      - name: testvolume2
        bootOrder: 1
        disk: {}
    resources:
      requests:
        memory: 1Gi
  volumes:
  - name: testvolume1
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
  - name: testvolume2
    containerDisk:
      image: quay.io/containerdisks/fedora:latest
`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'different boot orders on a disk and an interface (77, 7)', code: vmi(devices('77', '7')) },
    { name: 'boot order 1 on a disk and 2 on an interface', code: vm(devices('1', '2')) },
    { name: 'Template parameters are never judged', code: template(devices('${BOOT}', '${BOOT}')) },
    { name: 'non-numbers are left to the schema check', code: vm(devices('"1"', 'null')) },
  ],
  invalid: [
    {
      name: 'two disks with the same boot order: the later one, naming the first',
      code: vmi(TWO_DISKS),
      errors: [
        {
          messageId: 'duplicate',
          data: { device: 'Disk', name: "'testvolume2'", value: 1, other: "disk 'testvolume1'" },
          ...at.vmi(8, 18),
          path: 'spec.domain.devices.disks[1].bootOrder',
        },
      ],
    },
    {
      name: 'a disk and an interface with the same boot order: disks come first',
      code: vm(devices('7', '7')),
      errors: [
        {
          messageId: 'duplicate',
          data: { device: 'Interface', name: "'testnet'", value: 7, other: "disk 'testdisk'" },
          ...at.vm(9, 18),
          path: 'spec.template.spec.domain.devices.interfaces[0].bootOrder',
        },
      ],
    },
    {
      name: 'disk boot order 0 (disks_test)',
      code: vm(devices('0', '2')),
      errors: [{ messageId: 'notPositive', data: { device: 'Disk', name: "'testdisk'", value: 0 }, ...at.vm(5, 18), path: 'spec.template.spec.domain.devices.disks[0].bootOrder' }],
    },
    {
      name: 'interface boot order 0',
      code: vmi(devices('1', '0')),
      errors: [{ messageId: 'notPositive', data: { device: 'Interface', name: "'testnet'", value: 0 }, ...at.vmi(9, 18) }],
    },
    { name: 'negative boot order (VMIRS)', code: vmirs(devices('-1', '2')), errors: [{ messageId: 'notPositive', ...at.vmirs(5, 18) }] },
    { name: 'duplicate in a pool', code: pool(devices('3', '3')), errors: [{ messageId: 'duplicate', ...at.pool(9, 18) }] },
    { name: 'duplicate in an OpenShift Template object', code: template(devices('3', '3')), errors: [{ messageId: 'duplicate', ...at.template(9, 18) }] },
  ],
});
