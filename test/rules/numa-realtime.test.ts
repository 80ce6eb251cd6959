import rule from '../../rules/numa-realtime.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { at, BASE_SPEC, holders, vm, vmi } from './_manifests.js';

const HUGEPAGES = '  memory:\n    hugepages:\n      pageSize: 1Gi\n';

/** Line 1 domain, 2 devices, 3 cpu, then the cpu lines, then the extra domain lines. */
function spec(cpu: string, extra = HUGEPAGES): string {
  return `domain:\n  devices: {}\n  cpu:\n${cpu.replace(/^/gm, '    ')}\n${extra}`;
}

ruleTester.run(rule, {
  valid: [
    ...Object.values(holders).map((wrap) => wrap(BASE_SPEC)),
    { name: 'NUMA passthrough with dedicated CPUs and hugepages', code: vmi(spec('dedicatedCpuPlacement: true\nnuma:\n  guestMappingPassthrough: {}')) },
    { name: 'realtime with everything it needs', code: vm(spec('dedicatedCpuPlacement: true\nrealtime: {}\nnuma:\n  guestMappingPassthrough: {}')) },
    { name: 'an empty numa block', code: vmi(spec('numa: {}', '')) },
  ],
  invalid: [
    {
      name: 'NUMA passthrough without dedicated CPUs',
      code: vmi(spec('numa:\n  guestMappingPassthrough: {}')),
      errors: [{ messageId: 'numaNeedsDedicated', ...at.vmi(5, 7), path: 'spec.domain.cpu.numa.guestMappingPassthrough' }],
    },
    {
      name: 'NUMA passthrough without hugepages',
      code: vm(spec('dedicatedCpuPlacement: true\nnuma:\n  guestMappingPassthrough: {}', '')),
      errors: [{ messageId: 'numaNeedsHugepages', path: 'spec.template.spec.domain.cpu.numa.guestMappingPassthrough' }],
    },
    {
      name: 'realtime alone',
      code: vmi(spec('realtime: {}')),
      errors: [
        { messageId: 'realtimeNeedsDedicated', ...at.vmi(4, 5), path: 'spec.domain.cpu.realtime' },
        { messageId: 'realtimeNeedsNuma', path: 'spec.domain.cpu.realtime' },
      ],
    },
    { name: 'realtime with dedicated CPUs but no NUMA', code: vm(spec('dedicatedCpuPlacement: true\nrealtime:\n  mask: 0-3')), errors: [{ messageId: 'realtimeNeedsNuma' }] },
  ],
});
