import rule from '../../rules/network-sources.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, vm, vmi } from './_manifests.js';

/** Interfaces (bridge) named after the given networks; networks[0] is on spec line 8 + 2 × interfaces. */
function spec(networks: string, names: string[]): string {
  return `domain:
  devices:
    interfaces:
${names.map((n) => `    - name: ${n}\n      bridge: {}`).join('\n')}
  resources:
    requests:
      memory: 1Gi
networks:
${networks}
`;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'one pod network and a Multus network (netsource_test)', code: vm(spec('- name: a\n  pod: {}\n- name: b\n  multus:\n    networkName: br1', ['a', 'b'])) },
    { name: 'one Multus default network and a secondary one', code: vm(spec('- name: a\n  multus:\n    networkName: n1\n    default: true\n- name: b\n  multus:\n    networkName: n2', ['a', 'b'])) },
    { name: 'default: false does not count', code: vm(spec('- name: a\n  pod: {}\n- name: b\n  multus:\n    networkName: n2\n    default: false', ['a', 'b'])) },
    { name: 'a resourceClaim network is a source', code: vm(spec('- name: a\n  resourceClaim:\n    claimName: c\n    requestName: r', ['a'])) },
    { name: 'pod: null is no source but another is', code: vm(spec('- name: a\n  pod: null\n  multus:\n    networkName: n1', ['a'])) },
    { name: 'junk does not throw', code: vm(spec('- 3\n- name: a\n  multus: 7', ['a'])) },
  ],
  invalid: [
    {
      name: 'no source (netsource_test)',
      code: vm(spec('- name: a', ['a'])),
      errors: [{ messageId: 'noSource', data: { name: 'a' }, ...at.vm(10, 3), path: 'spec.template.spec.networks[0]' }],
    },
    {
      name: 'pod and multus (netsource_test)',
      code: vmi(spec('- name: a\n  pod: {}\n  multus:\n    networkName: n1', ['a'])),
      errors: [{ messageId: 'manySources', data: { name: 'a', sources: '`pod`, `multus`' }, ...at.vmi(12, 3) }],
    },
    { name: 'multus and resourceClaim', code: vm(spec('- name: a\n  multus:\n    networkName: n1\n  resourceClaim:\n    claimName: c\n    requestName: r', ['a'])), errors: [{ messageId: 'manySources' }] },
    {
      name: 'two pod networks (netsource_test)',
      code: vm(spec('- name: a\n  pod: {}\n- name: b\n  pod: {}', ['a', 'b'])),
      errors: [{ messageId: 'secondPod', data: { name: 'b', first: 0, firstName: 'a' }, ...at.vm(15, 3) }],
    },
    {
      name: 'two Multus default networks (netsource_test)',
      code: vm(spec('- name: a\n  multus:\n    networkName: n1\n    default: true\n- name: b\n  multus:\n    networkName: n2\n    default: true', ['a', 'b'])),
      errors: [{ messageId: 'secondMultusDefault', data: { name: 'b', first: 0, firstName: 'a' }, ...at.vm(19, 5) }],
    },
    {
      name: 'pod network and a Multus default network (netsource_test)',
      code: vm(spec('- name: a\n  pod: {}\n- name: b\n  multus:\n    networkName: n1\n    default: true', ['a', 'b'])),
      errors: [{ messageId: 'podWithMultusDefault', data: { name: 'b', pod: 0, podName: 'a' }, ...at.vm(17, 5) }],
    },
    {
      name: 'empty Multus networkName, first offender only (netsource_test)',
      code: vm(spec("- name: a\n  multus:\n    networkName: ''\n- name: b\n  multus:\n    networkName: ''", ['a', 'b'])),
      errors: [{ messageId: 'emptyNetworkName', data: { name: 'a' }, ...at.vm(14, 18) }],
    },
  ],
});
