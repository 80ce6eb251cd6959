import { defineRule } from '../src/engine/rule.js';
import { dig, has, isRecord } from '../src/normalize/values.js';

export default defineRule({
  meta: {
    id: 'numa-realtime',
    type: 'problem',
    description: 'NUMA guest mapping passthrough needs dedicated CPUs and hugepages; realtime needs dedicated CPUs and NUMA passthrough',
    level: 'error',
    scope: 'instance-spec',
    catalog: ['numa-passthrough-requires-dedicated', 'numa-passthrough-requires-hugepages', 'realtime-requires-dedicated', 'realtime-requires-numa-passthrough'],
    messages: {
      numaNeedsDedicated:
        'domain.cpu.numa.guestMappingPassthrough needs dedicated CPUs. Add `dedicatedCpuPlacement: true` under domain.cpu, or remove the NUMA passthrough.',
      numaNeedsHugepages:
        "domain.cpu.numa.guestMappingPassthrough needs hugepages. Add domain.memory.hugepages with a pageSize (e.g. '1Gi' or '2Mi'), or remove the NUMA passthrough.",
      realtimeNeedsDedicated: 'domain.cpu.realtime needs dedicated CPUs. Add `dedicatedCpuPlacement: true` under domain.cpu, or remove realtime.',
      realtimeNeedsNuma: 'domain.cpu.realtime needs NUMA guest mapping passthrough. Add `numa: {guestMappingPassthrough: {}}` under domain.cpu, or remove realtime.',
    },
  },
  check(ctx) {
    const cpu = dig(ctx.spec, 'domain', 'cpu');
    if (!isRecord(cpu)) return;
    const numa = cpu['numa'];
    const passthrough = has(numa, 'guestMappingPassthrough');
    const realtime = has(cpu, 'realtime');
    if (!passthrough && !realtime) return;
    const dedicated = cpu['dedicatedCpuPlacement'] === true;
    if (passthrough) {
      const at = ['domain', 'cpu', 'numa', 'guestMappingPassthrough'];
      if (!dedicated) ctx.report({ path: at, target: 'key', messageId: 'numaNeedsDedicated' });
      if (!has(dig(ctx.spec, 'domain', 'memory'), 'hugepages')) ctx.report({ path: at, target: 'key', messageId: 'numaNeedsHugepages' });
    }
    if (realtime) {
      if (!dedicated) ctx.report({ path: ['domain', 'cpu', 'realtime'], target: 'key', messageId: 'realtimeNeedsDedicated' });
      if (!passthrough) ctx.report({ path: ['domain', 'cpu', 'realtime'], target: 'key', messageId: 'realtimeNeedsNuma' });
    }
  },
});
