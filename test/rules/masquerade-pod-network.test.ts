import rule from '../../rules/masquerade-pod-network.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmirs } from './_manifests.js';

/** An interface `name` with `binding` (line 6: the binding key) and the given networks (flush left, under `networks:`). */
function nets(binding: string, networks: string, name = 'default'): string {
  return `domain:
  devices:
    disks: []
    interfaces:
    - name: ${name}
      ${binding}
  resources:
    requests:
      memory: 1Gi
${networks === '' ? '' : `networks:\n${networks}\n`}`;
}

const MULTUS = '- name: default\n  multus:\n    networkName: test';
const POD = '- name: default\n  pod: {}';

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'masquerade on the pod network', code: vmi(nets('masquerade: {}', POD)) },
    { name: 'bridge on a Multus network', code: vm(nets('bridge: {}', MULTUS)) },
    { name: 'SR-IOV on a Multus network', code: vm(nets('sriov: {}', MULTUS)) },
    { name: 'masquerade: null is no binding', code: vm(nets('masquerade: null', MULTUS)) },
    { name: 'the last network of a name wins', code: vm(nets('masquerade: {}', `${MULTUS}\n${POD}`)) },
    { name: 'Template parameters are never judged', code: template(nets('masquerade: {}', '- name: ${NET}\n  multus:\n    networkName: test', '${NET}')) },
    { name: 'junk does not throw', code: vm(nets('masquerade: 3', '- 5\n- name: default\n  pod: x')) },
  ],
  invalid: [
    {
      name: 'masquerade on a Multus network (binding_test)',
      code: vm(nets('masquerade: {}', MULTUS)),
      errors: [
        {
          messageId: 'notPod',
          data: { name: 'default', network: "a Multus network (networkName 'test')" },
          ...at.vm(6, 7),
          path: 'spec.template.spec.domain.devices.interfaces[0].masquerade',
        },
      ],
    },
    { name: 'VMI', code: vmi(nets('masquerade: {}', MULTUS)), errors: [{ messageId: 'notPod', ...at.vmi(6, 7), path: 'spec.domain.devices.interfaces[0].masquerade' }] },
    { name: 'VMIRS', code: vmirs(nets('masquerade: {}', MULTUS)), errors: [{ messageId: 'notPod', ...at.vmirs(6, 7) }] },
    { name: 'pool', code: pool(nets('masquerade: {}', MULTUS)), errors: [{ messageId: 'notPod', ...at.pool(6, 7) }] },
    { name: 'OpenShift Template object', code: template(nets('masquerade: {}', MULTUS)), errors: [{ messageId: 'notPod', ...at.template(6, 7) }] },
    {
      name: 'masquerade on a DRA network',
      code: vm(nets('masquerade: {}', '- name: default\n  resourceClaim:\n    claimName: c\n    requestName: r')),
      errors: [{ messageId: 'notPod', data: { name: 'default', network: 'a resourceClaim (DRA) network' } }],
    },
    {
      name: 'masquerade on a network with no source',
      code: vm(nets('masquerade: {}', '- name: default')),
      errors: [{ messageId: 'notPod', data: { name: 'default', network: 'a network with no source (neither pod, multus nor resourceClaim)' } }],
    },
    {
      name: 'masquerade with no network at all (the pod network is not added when interfaces are given)',
      code: vm(nets('masquerade: {}', '')),
      errors: [{ messageId: 'noNetwork', data: { name: 'default' }, ...at.vm(6, 7) }],
    },
    {
      name: 'the last network of a name wins (pod, then Multus)',
      code: vm(nets('masquerade: {}', `${POD}\n${MULTUS}`)),
      errors: [{ messageId: 'notPod' }],
    },
  ],
});
