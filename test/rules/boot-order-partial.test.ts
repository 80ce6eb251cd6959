import rule from '../../rules/boot-order-partial.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, vm, vmi } from './_manifests.js';

/** A root disk with `rootOrder` (spec line 5) and a second disk `data` (spec line 7) backed by `dataSource`. */
function disks(rootOrder: string, dataOrder: string, dataSource: string): string {
  return `domain:
  devices:
    disks:
    - name: rootdisk
      ${rootOrder}
      disk: {}
    - name: data
      ${dataOrder}
      disk: {}
  resources:
    requests:
      memory: 1Gi
volumes:
- name: rootdisk
  containerDisk:
    image: quay.io/containerdisks/fedora:41
- name: data
  ${dataSource}
`;
}

const PVC = 'persistentVolumeClaim:\n    claimName: data';
const CLOUD_INIT = 'cloudInitNoCloud:\n    userData: "#cloud-config"';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'no boot orders at all', code: vm(disks('cache: none', 'cache: none', PVC)) },
    { name: 'every disk has one', code: vm(disks('bootOrder: 1', 'bootOrder: 2', PVC)) },
    { name: 'a cloud-init disk needs none (the seed PXE template, common templates)', code: vm(disks('bootOrder: 1', 'cache: none', CLOUD_INIT)) },
    { name: 'a Secret disk needs none', code: vm(disks('bootOrder: 1', 'cache: none', 'secret:\n    secretName: s')) },
    { name: 'junk does not throw', code: vm('domain:\n  devices:\n    disks:\n    - 3\n    - bootOrder: 1\n') },
  ],
  invalid: [
    {
      name: 'a data disk without bootOrder next to one with',
      code: vm(disks('bootOrder: 1', 'cache: none', PVC)),
      errors: [{ messageId: 'missing', data: { name: "'data'", ordered: "'rootdisk'" }, ...at.vm(7, 13), path: 'spec.template.spec.domain.devices.disks[1].name', severity: 'warning' }],
    },
    {
      name: 'the ordered disk may come second',
      code: vmi(disks('cache: none', 'bootOrder: 1', PVC)),
      errors: [{ messageId: 'missing', data: { name: "'rootdisk'", ordered: "'data'" }, ...at.vmi(4, 13) }],
    },
  ],
});
