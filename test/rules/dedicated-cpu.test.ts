import rule from '../../rules/dedicated-cpu.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmirs, vmWith } from './_manifests.js';

/** Line 1 domain, 2 devices, 3 cpu, 4 dedicatedCpuPlacement, then the cpu lines, then resources (if any). */
function spec(cpu: string, resources = 'requests:\n  memory: 2Gi', extra = ''): string {
  let out = `domain:\n  devices: {}\n  cpu:\n    dedicatedCpuPlacement: true\n`;
  if (cpu !== '') out += `${cpu.replace(/^/gm, '    ')}\n`;
  if (resources !== '') out += `  resources:\n${resources.replace(/^/gm, '    ')}\n`;
  return out + extra;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'cores only (VM)', code: vm(spec('cores: 4')) },
    { name: 'nothing but memory: topology defaults to 1 socket (VM)', code: vm(spec('')) },
    { name: 'nothing but memory (VMI)', code: vmi(spec('')) },
    { name: 'equal whole requests and limits', code: vmi(spec('', 'requests:\n  memory: 2Gi\n  cpu: "2"\nlimits:\n  memory: 2Gi\n  cpu: "2"')) },
    { name: 'limit only: request and sockets follow it', code: vm(spec('', 'limits:\n  memory: 2Gi\n  cpu: "4"')) },
    { name: 'request matching the topology', code: vmi(spec('cores: 2\nsockets: 2', 'requests:\n  memory: 2Gi\n  cpu: "4"')) },
    { name: 'request matching cores x threads', code: vmi(spec('cores: 2\nthreads: 2', 'requests:\n  memory: 2Gi\n  cpu: "4"')) },
    { name: 'two threads on amd64', code: vmi(spec('cores: 2\nthreads: 2')) },
    { name: 'hugepages count as memory', code: vmi(spec('cores: 2', '', 'memory:\n  hugepages:\n    pageSize: 2Mi\n'.replace(/^/gm, '  '))) },
    { name: 'isolateEmulatorThread with dedicated CPUs', code: vmi(spec('cores: 2\nisolateEmulatorThread: true')) },
    { name: 'a VMIRS with cores', code: vmirs(spec('cores: 2')) },
    { name: 'an instancetype supplies memory and vCPUs', code: vmWith('instancetype:\n  name: cx1.medium', spec('', '')) },
    { name: 'Template parameters are not judged', code: template(spec('', 'requests:\n  memory: 2Gi\n  cpu: ${CPU}\nlimits:\n  cpu: "2"')) },
  ],
  invalid: [
    {
      name: 'no memory at all',
      code: vmi(spec('cores: 2', '')),
      errors: [{ messageId: 'memoryMissing', ...at.vmi(4, 5), path: 'spec.domain.cpu.dedicatedCpuPlacement' }],
    },
    {
      name: 'fractional CPU request',
      code: vmi(spec('', 'requests:\n  memory: 2Gi\n  cpu: 1500m')),
      errors: [{ messageId: 'requestNotInteger', data: { value: '1500m', suggestion: '2' }, ...at.vmi(8, 12) }],
    },
    {
      name: 'fractional CPU limit (reported once, not again for the copied request)',
      code: vm(spec('', 'requests:\n  memory: 2Gi\nlimits:\n  cpu: "1.5"')),
      errors: [{ messageId: 'limitNotInteger', data: { value: '1.5', suggestion: '2' }, path: 'spec.template.spec.domain.resources.limits.cpu' }],
    },
    {
      name: 'memory request differs from limit',
      code: vm(spec('cores: 2', 'requests:\n  memory: 2Gi\nlimits:\n  memory: 4Gi')),
      errors: [{ messageId: 'memoryRequestNotLimit', data: { request: '2Gi', limit: '4Gi' } }],
    },
    { name: 'a VMIRS template without a CPU count is validated as written', code: vmirs(spec('')), errors: [{ messageId: 'cpuAmountMissing', path: 'spec.template.spec.domain.cpu.dedicatedCpuPlacement' }] },
    { name: 'a pool template without a CPU count', code: pool(spec('')), errors: [{ messageId: 'cpuAmountMissing' }] },
    {
      name: 'CPU request differs from limit',
      code: vmi(spec('', 'requests:\n  memory: 2Gi\n  cpu: "2"\nlimits:\n  cpu: "4"')),
      errors: [{ messageId: 'cpuRequestNotLimit', data: { request: '2', limit: '4' }, path: 'spec.domain.resources.requests.cpu' }],
    },
    {
      name: 'CPU request does not match the topology',
      code: vm(spec('cores: 4', 'requests:\n  memory: 2Gi\n  cpu: "2"')),
      errors: [{ messageId: 'cpuVsTopology', data: { amount: 'request 2', vcpus: '4' } }],
    },
    { name: 'two threads on arm64', code: vmi(spec('cores: 2\nthreads: 2')), settings: { arch: 'arm64' }, errors: [{ messageId: 'threadsArm64', data: { threads: 2 }, path: 'spec.domain.cpu.threads' }] },
    {
      name: 'three threads',
      code: vmi(spec('threads: 3')),
      errors: [{ messageId: 'threadsAboveTwo', data: { threads: 3 }, ...at.vmi(5, 14) }],
    },
    {
      name: 'isolateEmulatorThread without dedicated CPUs',
      code: vm('domain:\n  devices: {}\n  cpu:\n    isolateEmulatorThread: true\n'),
      errors: [{ messageId: 'isolateWithoutDedicated', ...at.vm(4, 28), path: 'spec.template.spec.domain.cpu.isolateEmulatorThread' }],
    },
  ],
});
