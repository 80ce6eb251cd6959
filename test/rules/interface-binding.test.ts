import rule from '../../rules/interface-binding.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

/** One interface `name` with `binding` (spec line 5: the binding key) and the given networks (flush left). */
function nets(binding: string, networks: string, name = 'default'): string {
  return `domain:
  devices:
    interfaces:
    - name: ${name}
      ${binding}
  resources:
    requests:
      memory: 1Gi
${networks === '' ? '' : `networks:\n${networks}\n`}`;
}

const POD = '- name: default\n  pod: {}';
const MULTUS = '- name: default\n  multus:\n    networkName: br1';
const NO_BRIDGE = { permitBridgeInterfaceOnPodNetwork: false };

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'masquerade on the pod network', code: vm(nets('masquerade: {}', POD)) },
    { name: 'bridge on the pod network (permitted by default)', code: vm(nets('bridge: {}', POD)) },
    { name: 'bridge on a Multus network when bridge on the pod network is not permitted', code: vm(nets('bridge: {}', MULTUS)), settings: NO_BRIDGE },
    { name: 'sriov', code: vm(nets('sriov: {}', MULTUS)) },
    { name: 'binding plugin', code: vm(nets('binding:\n        name: l2bridge', MULTUS)) },
    { name: 'passtBinding on the pod network (Beta gate on by default)', code: vm(nets('passtBinding: {}', POD)) },
    { name: 'null bindings do not count', code: vm(nets('masquerade: {}\n      bridge: null', POD)) },
    { name: 'default interface with masquerade as the cluster default', code: vm(BASE_SPEC), settings: { ...NO_BRIDGE, defaultNetworkInterface: 'masquerade' } },
    {
      name: 'no default interface when autoattachPodInterface is false',
      code: vm('domain:\n  devices:\n    autoattachPodInterface: false\n  resources:\n    requests:\n      memory: 1Gi\n'),
      settings: NO_BRIDGE,
    },
    { name: 'passtBinding with a missing network is device-references’ finding', code: vm(nets('passtBinding: {}', '')) },
    { name: 'Template parameter names are not judged', code: template(nets('passtBinding: {}', '- name: ${NET}\n  multus:\n    networkName: x', '${NET}')) },
    { name: 'junk does not throw', code: vm(nets('bridge: {}', '- 3\n- name: default\n  pod: 5')) },
  ],
  invalid: [
    {
      name: 'no binding (binding_test)',
      code: vm(nets('model: virtio', POD)),
      errors: [{ messageId: 'noBinding', data: { name: 'default' }, ...at.vm(4, 7), path: 'spec.template.spec.domain.devices.interfaces[0]' }],
    },
    {
      name: 'two bindings (binding_test)',
      code: vmi(nets('masquerade: {}\n      bridge: {}', POD)),
      errors: [{ messageId: 'manyBindings', data: { name: 'default', count: 2, bindings: '`bridge`, `masquerade`' }, ...at.vmi(5, 7) }],
    },
    { name: 'binding plugin and sriov', code: vm(nets('sriov: {}\n      binding:\n        name: x', MULTUS)), errors: [{ messageId: 'manyBindings' }] },
    {
      name: 'slirp is discontinued (discontinued_test)',
      code: vm(nets('slirp: {}', POD)),
      errors: [{ messageId: 'discontinued', data: { name: 'default', binding: 'slirp', replacement: 'Use `masquerade: {}` on the pod network instead.' }, ...at.vm(5, 7) }],
    },
    { name: 'passt is discontinued', code: vmi(nets('passt: {}', POD)), errors: [{ messageId: 'discontinued', message: '`passt`' }] },
    { name: 'macvtap is discontinued', code: vm(nets('macvtap: {}', MULTUS)), errors: [{ messageId: 'discontinued', message: '`macvtap`' }] },
    { name: 'macvtap with bridge: only the discontinued binding', code: vm(nets('bridge: {}\n      macvtap: {}', MULTUS)), errors: [{ messageId: 'discontinued' }] },
    {
      name: 'bridge on the pod network not permitted (binding_test)',
      code: vm(nets('bridge: {}', POD)),
      settings: NO_BRIDGE,
      errors: [{ messageId: 'bridgeNotPermitted', data: { name: 'default' }, ...at.vm(5, 7) }],
    },
    { name: 'default bridge interface not permitted', code: vm(BASE_SPEC), settings: NO_BRIDGE, errors: [{ messageId: 'defaultBridgeNotPermitted', ...at.vm(2, 3) }] },
    {
      name: 'passtBinding with the PasstBinding gate disabled (passt_test)',
      code: vm(nets('passtBinding: {}', POD)),
      settings: { disabledFeatureGates: ['PasstBinding'] },
      errors: [{ messageId: 'passtGate', message: 'PasstBinding feature gate (Beta, on by default) is disabled', ...at.vm(5, 7) }],
    },
    {
      name: 'passtBinding on a Multus network (passt_test)',
      code: vm(nets('passtBinding: {}', MULTUS)),
      errors: [{ messageId: 'passtNotPod', data: { name: 'default', network: "a Multus network (networkName 'br1')" } }],
    },
  ],
});
