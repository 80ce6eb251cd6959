import rule from '../../rules/container-disk-image-tag.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, holders, template, vm, vmi } from './_manifests.js';

/** One containerDisk volume `rootdisk` with `image` (spec line 7). */
function disk(image: string): string {
  return `domain:
  resources:
    requests:
      memory: 1Gi
volumes:
- name: rootdisk
  containerDisk:
    image: ${image}
`;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(disk('quay.io/containerdisks/fedora:41'))),
    { name: 'a registry port is not a tag', code: vm(disk('registry:5000/kubevirt/cirros-container-disk-demo:devel')) },
    { name: 'a digest', code: vm(disk('quay.io/containerdisks/fedora@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')) },
    { name: 'a tag and a digest', code: vm(disk('quay.io/containerdisks/fedora:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef')) },
    { name: 'a Template parameter', code: template(disk('${IMAGE}')) },
    { name: 'an empty image is the schema check’s', code: vm(disk('""')) },
  ],
  invalid: [
    {
      name: 'no tag',
      code: vm(disk('quay.io/containerdisks/fedora')),
      errors: [{ messageId: 'noTag', data: { name: 'rootdisk', image: 'quay.io/containerdisks/fedora' }, ...at.vm(8, 12), path: 'spec.template.spec.volumes[0].containerDisk.image', severity: 'warning' }],
    },
    { name: 'no tag after a registry port', code: vmi(disk('registry:5000/kubevirt/cirros')), errors: [{ messageId: 'noTag' }] },
    { name: ':latest', code: vm(disk('quay.io/containerdisks/fedora:latest')), errors: [{ messageId: 'latest', data: { name: 'rootdisk', image: 'quay.io/containerdisks/fedora:latest' } }] },
  ],
});
