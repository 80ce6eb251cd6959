import rule from '../../rules/instancetype-conflicts.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { vm, vmWith } from './_manifests.js';

/** An instancetype in the same file, after the VM. */
const WITH_TYPE = (vmText: string, typeSpec = 'cpu:\n  guest: 2\nmemory:\n  guest: 4Gi') => `${vmText}
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineInstancetype
metadata:
  name: local
spec:
${typeSpec.replace(/^/gm, '  ')}
`;

const LOCAL = 'instancetype:\n  kind: VirtualMachineInstancetype\n  name: local';
const U1 = 'instancetype:\n  name: u1.medium';

ruleTester.run(rule, {
  valid: [
    { name: 'no instancetype', code: vm('domain:\n  cpu:\n    cores: 2\n  devices: {}') },
    { name: 'instancetype and a template that leaves CPU and memory to it', code: vmWith(U1, 'domain:\n  devices: {}') },
    { name: 'an unknown instancetype is not expanded', code: vmWith('instancetype:\n  name: not-deployed-here', 'domain:\n  cpu:\n    cores: 2\n  devices: {}') },
    { name: 'cpu.model set while the instancetype has none', code: vmWith(U1, 'domain:\n  cpu:\n    model: host-passthrough\n  devices: {}') },
    { name: 'dedicatedCpuPlacement false is not set', code: WITH_TYPE(vmWith(LOCAL, 'domain:\n  cpu:\n    dedicatedCpuPlacement: false\n  devices: {}'), 'cpu:\n  guest: 2\n  dedicatedCPUPlacement: true\nmemory:\n  guest: 4Gi') },
    { name: 'preference only', code: vmWith('preference:\n  name: fedora', 'domain:\n  cpu:\n    cores: 2\n  resources:\n    requests:\n      memory: 2Gi\n  devices: {}') },
  ],
  invalid: [
    {
      name: 'CPU topology and a memory request with a bundled instancetype',
      code: vmWith(U1, 'domain:\n  cpu:\n    sockets: 2\n  resources:\n    requests:\n      memory: 2Gi\n  devices: {}'),
      errors: [
        {
          messageId: 'conflict',
          path: 'spec.template.spec.domain.cpu.sockets',
          line: 13,
          column: 11,
          message: "domain.cpu.sockets is set here, but the instancetype VirtualMachineClusterInstancetype 'u1.medium' (common-instancetypes v1.7.0) provides the vCPUs (1) and their topology",
        },
        { messageId: 'conflict', path: 'spec.template.spec.domain.resources.requests.memory', line: 16, message: "provides the guest memory ('4Gi')" },
      ],
    },
    {
      name: 'memory: only the first conflict (guest before requests)',
      code: vmWith(U1, 'domain:\n  memory:\n    guest: 1Gi\n  resources:\n    limits:\n      memory: 1Gi\n  devices: {}'),
      errors: [{ messageId: 'conflict', path: 'spec.template.spec.domain.memory.guest' }],
    },
    {
      name: 'an instancetype from the same file that sets dedicatedCPUPlacement and hugepages',
      code: WITH_TYPE(
        vmWith(LOCAL, 'domain:\n  cpu:\n    dedicatedCpuPlacement: true\n  memory:\n    hugepages:\n      pageSize: 2Mi\n  devices: {}'),
        'cpu:\n  guest: 2\n  dedicatedCPUPlacement: true\nmemory:\n  guest: 4Gi\n  hugepages:\n    pageSize: 1Gi',
      ),
      errors: [
        { messageId: 'conflict', path: 'spec.template.spec.domain.cpu.dedicatedCpuPlacement', message: "VirtualMachineInstancetype 'local' (this file) provides its own dedicatedCpuPlacement" },
        { messageId: 'conflict', path: 'spec.template.spec.domain.memory.hugepages' },
      ],
    },
    {
      name: 'an annotation with another value',
      code: WITH_TYPE(
        `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: vm
spec:
  ${LOCAL.replace(/\n/g, '\n  ')}
  template:
    metadata:
      annotations:
        team: a
    spec:
      domain:
        devices: {}
`,
        'cpu:\n  guest: 2\nmemory:\n  guest: 4Gi\nannotations:\n  team: b',
      ),
      errors: [{ messageId: 'annotation', path: 'spec.template.metadata.annotations.team', line: 12, message: "Annotation team is 'a' here, but the instancetype VirtualMachineInstancetype 'local' (this file) sets it to 'b'" }],
    },
    {
      name: 'a pool template',
      code: `apiVersion: pool.kubevirt.io/v1beta1
kind: VirtualMachinePool
metadata:
  name: p
spec:
  virtualMachineTemplate:
    spec:
      instancetype:
        name: u1.small
      template:
        spec:
          domain:
            cpu:
              cores: 4
            devices: {}
`,
      errors: [{ messageId: 'conflict', path: 'spec.virtualMachineTemplate.spec.template.spec.domain.cpu.cores', message: 'KubeVirt rejects every VirtualMachine this pool creates' }],
    },
  ],
});
