import rule from '../../rules/interface-state.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, template, vm, vmi } from './_manifests.js';

/** Interface 'a' (state on spec line 6) on network 'a', plus the pod interface 'default'. */
function spec(binding: string, state: string, network = 'multus:\n    networkName: br1'): string {
  return `domain:
  devices:
    interfaces:
    - name: a
      ${binding}
      state: ${state}
    - name: default
      masquerade: {}
  resources:
    requests:
      memory: 1Gi
networks:
- name: default
  pod: {}
- name: a
  ${network}
`;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    ...['up', 'down', 'absent', "''"].map((state) => ({ name: `bridge with state ${state} (admit_test)`, code: vm(spec('bridge: {}', state)) })),
    { name: 'SR-IOV with state absent is not a link state', code: vm(spec('bridge: {}\n      sriov: {}', 'absent')) },
    { name: 'absent on a Multus network that is not the default', code: vmi(spec('bridge: {}', 'absent')) },
    { name: 'Template parameter states are not judged', code: template(spec('bridge: {}', '${STATE}')) },
    { name: 'junk does not throw', code: vm(spec('bridge: {}', '[1]')) },
  ],
  invalid: [
    {
      name: 'unknown state (admit_test)',
      code: vm(spec('bridge: {}', 'foo')),
      errors: [{ messageId: 'unknownState', data: { name: 'a', state: 'foo' }, ...at.vm(6, 14), path: 'spec.template.spec.domain.devices.interfaces[0].state' }],
    },
    { name: 'state is case-sensitive', code: vm(spec('bridge: {}', 'Up')), errors: [{ messageId: 'unknownState' }] },
    { name: 'SR-IOV with state down (admit_test)', code: vmi(spec('sriov: {}', 'down')), errors: [{ messageId: 'sriovLinkState', data: { name: 'a', state: 'down' }, ...at.vmi(6, 14) }] },
    { name: 'SR-IOV with state up (admit_test)', code: vm(spec('sriov: {}', 'up')), errors: [{ messageId: 'sriovLinkState' }] },
    { name: 'absent with masquerade (admit_test)', code: vm(spec('masquerade: {}', 'absent')), errors: [{ messageId: 'absentNotBridge', data: { name: 'a' } }] },
    {
      name: 'absent on a Multus default network (admit_test)',
      code: vm(
        spec('bridge: {}', 'absent', 'multus:\n    networkName: br1\n    default: true').replace('- name: default\n  pod: {}', '- name: default\n  multus:\n    networkName: other'),
      ),
      errors: [{ messageId: 'absentDefaultNetwork', data: { name: 'a' } }],
    },
    {
      name: 'absent on the pod network',
      code: vm(spec('bridge: {}', 'absent', 'pod: {}').replace('- name: default\n  pod: {}\n', '')),
      errors: [{ messageId: 'absentDefaultNetwork' }],
    },
  ],
});
