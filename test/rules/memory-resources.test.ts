import rule from '../../rules/memory-resources.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, pool, template, vm, vmi, vmirs, vmWith, yaml } from './_manifests.js';

/** A spec whose line 3 is `resources:` and lines 4.. hold the given resource lines (flush left under resources). */
function resources(lines: string, extra = ''): string {
  return `domain:\n  devices: {}\n  resources:\n${lines.replace(/^/gm, '    ')}\n${extra}`;
}

const NO_MEMORY = yaml`
  domain:
    devices: {}
`;

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'exactly 1M', code: vmi(resources('requests:\n  memory: 1M')) },
    { name: 'request equal to limit', code: vm(resources('requests:\n  memory: 2Gi\nlimits:\n  memory: 2Gi')) },
    { name: 'request 0 with a limit: the limit is the guest memory', code: vmi(resources('requests:\n  memory: "0"\nlimits:\n  memory: 1Gi')) },
    { name: 'a limit of 0 is no limit', code: vm(resources('requests:\n  memory: 2Gi\nlimits:\n  memory: "0"')) },
    { name: 'only a limit', code: vmi(resources('limits:\n  memory: 1Gi')) },
    { name: 'only guest memory', code: vmi('domain:\n  devices: {}\n  memory:\n    guest: 1Gi\n') },
    { name: 'only hugepages', code: vmi('domain:\n  devices: {}\n  memory:\n    hugepages:\n      pageSize: 2Mi\n') },
    { name: 'a VM with an instancetype supplies memory', code: vmWith('instancetype:\n  name: u1.medium', NO_MEMORY) },
    { name: 'dedicated CPUs without memory are left to dedicated-cpu', code: vmi('domain:\n  devices: {}\n  cpu:\n    dedicatedCpuPlacement: true\n') },
    { name: 'reservedOverhead with the gate', code: vmi('domain:\n  devices: {}\n  memory:\n    guest: 1Gi\n    reservedOverhead:\n      addedOverhead: 1Gi\n'), settings: { featureGates: ['ReservedOverheadMemlock'] } },
    { name: 'Template parameters are not judged', code: template(resources('requests:\n  memory: ${MEMORY}\nlimits:\n  memory: 1Mi')) },
    { name: 'junk is left to the schema check', code: vm(resources('requests:\n  memory: lots')) },
  ],
  invalid: [
    {
      name: 'negative request',
      code: vmi(resources('requests:\n  memory: -1Gi')),
      errors: [{ messageId: 'requestNegative', data: { value: '-1Gi' }, ...at.vmi(5, 15), path: 'spec.domain.resources.requests.memory' }],
    },
    {
      name: 'request below 1M',
      code: vm(resources('requests:\n  memory: 999k')),
      errors: [{ messageId: 'requestTooSmall', data: { value: '999k' }, ...at.vm(5, 15) }],
    },
    {
      name: 'negative limit',
      code: vm(resources('requests:\n  memory: 1Gi\nlimits:\n  memory: -1Gi')),
      errors: [{ messageId: 'limitNegative', path: 'spec.template.spec.domain.resources.limits.memory' }],
    },
    {
      name: 'request above limit',
      code: vmirs(resources('requests:\n  memory: 2Gi\nlimits:\n  memory: 1Gi')),
      errors: [{ messageId: 'requestAboveLimit', data: { request: '2Gi', limit: '1Gi' }, ...at.vmirs(5, 15) }],
    },
    {
      name: 'no memory at all (VMI)',
      code: vmi(NO_MEMORY),
      errors: [{ messageId: 'memoryRequired', data: { subject: 'this VirtualMachineInstance' }, ...at.vmi(1, 1), path: 'spec.domain' }],
    },
    { name: 'no memory at all (VM without instancetype)', code: vm(NO_MEMORY), errors: [{ messageId: 'memoryRequired', data: { subject: 'every VirtualMachineInstance this object starts' } }] },
    { name: 'zero request and no other memory', code: pool(resources('requests:\n  memory: "0"')), errors: [{ messageId: 'memoryRequired' }] },
    {
      name: 'reservedOverhead without the gate',
      code: vmi('domain:\n  devices: {}\n  memory:\n    guest: 1Gi\n    reservedOverhead:\n      addedOverhead: 1Gi\n'),
      errors: [{ messageId: 'reservedOverheadGate', ...at.vmi(5, 5), path: 'spec.domain.memory.reservedOverhead' }],
    },
  ],
});
