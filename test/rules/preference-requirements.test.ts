import rule from '../../rules/preference-requirements.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { vmWith } from './_manifests.js';

const DOMAIN = 'domain:\n  devices: {}';
const matchers = (instancetype: string | undefined, preference: string) =>
  `${instancetype ? `instancetype:\n  name: ${instancetype}\n` : ''}preference:\n  name: ${preference}`;

/** A preference in the same file, after the VM. */
const withPreference = (vmText: string, spec: string) => `${vmText}
---
apiVersion: instancetype.kubevirt.io/v1beta1
kind: VirtualMachineClusterPreference
metadata:
  name: local
spec:
${spec.replace(/^/gm, '  ')}
`;

ruleTester.run(rule, {
  valid: [
    { name: 'fedora on u1.medium', code: vmWith(matchers('u1.medium', 'fedora'), DOMAIN) },
    { name: 'fedora sets its architecture on an arm64 cluster too', code: vmWith(matchers('u1.medium', 'fedora'), DOMAIN), settings: { arch: 'arm64' } },
    { name: 'no instancetype: the template gives enough', code: vmWith(matchers(undefined, 'windows.11'), 'domain:\n  cpu:\n    sockets: 2\n  memory:\n    guest: 4Gi\n  devices: {}') },
    { name: 'an unknown preference is not checked', code: vmWith(matchers('u1.nano', 'my-own'), DOMAIN) },
    { name: 'spread with divisible vCPUs', code: withPreference(vmWith(matchers('u1.2xlarge', 'local'), DOMAIN), 'cpu:\n  preferredCPUTopology: spread\n  spreadOptions:\n    ratio: 4') },
  ],
  invalid: [
    {
      name: 'windows.11 needs 2 vCPUs; u1.medium has 1',
      code: vmWith(matchers('u1.medium', 'windows.11'), DOMAIN),
      errors: [
        {
          messageId: 'cpuFromInstancetype',
          path: 'spec.instancetype',
          line: 7,
          column: 3,
          message: "The preference VirtualMachineClusterPreference 'windows.11' (common-instancetypes v1.7.0) requires at least 2 vCPUs, but the instancetype VirtualMachineClusterInstancetype 'u1.medium' (common-instancetypes v1.7.0) provides 1",
        },
      ],
    },
    { name: 'fedora needs 2Gi; u1.nano has 512Mi', code: vmWith(matchers('u1.nano', 'fedora'), DOMAIN), errors: [{ messageId: 'memoryFromInstancetype', message: "requires at least '2Gi' of memory, but the instancetype VirtualMachineClusterInstancetype 'u1.nano' (common-instancetypes v1.7.0) provides '512Mi'" }] },
    {
      name: 'no instancetype: the defaulted topology has 1 socket',
      code: vmWith(matchers(undefined, 'windows.11'), 'domain:\n  memory:\n    guest: 4Gi\n  devices: {}'),
      errors: [{ messageId: 'cpuFromVm', path: 'spec.template.spec.domain.cpu', message: 'requires at least 2 vCPUs as sockets, but the template gives 1 (KubeVirt defaults the topology' }],
    },
    {
      name: 'no instancetype: cores as the preference counts them',
      code: withPreference(vmWith(matchers(undefined, 'local'), 'domain:\n  cpu:\n    cores: 2\n    sockets: 4\n  memory:\n    guest: 1Gi\n  devices: {}'), 'cpu:\n  preferredCPUTopology: cores\nrequirements:\n  cpu:\n    guest: 4'),
      errors: [{ messageId: 'cpuFromVm', path: 'spec.template.spec.domain.cpu.cores', line: 13, message: 'as cores, but the template gives 2:' }],
    },
    {
      name: 'no instancetype: too little guest memory',
      code: vmWith(matchers(undefined, 'fedora'), 'domain:\n  resources:\n    requests:\n      memory: 1Gi\n  devices: {}'),
      errors: [{ messageId: 'memoryFromVm', message: "requires at least '2Gi' of guest memory, but the template gives '1Gi'" }],
    },
    {
      name: 'an explicit architecture the preference does not allow',
      code: vmWith(matchers('u1.medium', 'fedora'), 'architecture: s390x\ndomain:\n  devices: {}'),
      errors: [{ messageId: 'architecture', path: 'spec.template.spec.architecture', message: "requires architecture 'amd64', but the VirtualMachine asks for 's390x':" }],
    },
    {
      name: 'the cluster architecture when neither the VM nor the preference sets one',
      code: withPreference(vmWith(matchers('u1.medium', 'local'), DOMAIN), 'requirements:\n  architecture: arm64'),
      errors: [{ messageId: 'architecture', message: "asks for 'amd64' (the cluster architecture, settings.arch / --arch)" }],
    },
    {
      name: 'spread across sockets and cores by 4, 2 vCPUs',
      code: withPreference(vmWith(matchers('u1.large', 'local'), DOMAIN), 'cpu:\n  preferredCPUTopology: spread\n  spreadOptions:\n    ratio: 4'),
      errors: [{ messageId: 'spreadNotDivisible', path: 'spec.instancetype', message: "has 2 vCPUs, which the preference VirtualMachineClusterPreference 'local' (this file) cannot spread across SocketsCores (a ratio of 4 cores per socket)" }],
    },
    {
      name: 'spread across sockets, cores and threads needs a multiple of 2 × ratio',
      code: withPreference(vmWith(matchers('u1.2xlarge', 'local'), DOMAIN), 'cpu:\n  preferredCPUTopology: spread\n  spreadOptions:\n    across: SocketsCoresThreads\n    ratio: 3'),
      errors: [{ messageId: 'spreadNotDivisible', message: 'a multiple of 6' }],
    },
  ],
});
